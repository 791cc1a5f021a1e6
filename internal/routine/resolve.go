package routine

import (
	"slices"
	"time"
)

// DefaultRest is the rest between sets when nobody says.
const DefaultRest = 30 * time.Second

// Plan is a step with every value decided: the step's own, else the
// exercise's dose, else the routine's, else the defaults.
type Plan struct {
	Exercise   *Exercise
	Section    string
	Sets       int
	Reps       Count // zero for a timed step
	Hold       Span
	Duration   Span // zero for a rep-based step
	Lift       time.Duration
	Lower      time.Duration
	Rest       time.Duration // between sets
	RestAfter  time.Duration // after the last set
	Pace       Pace
	Sides      Sides
	Resistance string
	// DoseSource says where the step's numbers come from: the exercise's
	// own source when the step keeps its dose, ours when a built-in
	// routine changes it, Yours when a step of the person's own routine
	// writes any of them.
	DoseSource DoseSource
}

// RepBased reports whether the plan counts reps rather than time.
func (p Plan) RepBased() bool { return !p.Reps.IsZero() }

// Work says what each set asks for, as the files write it: "15-20 reps"
// or "20s-30s".
func (p Plan) Work() string {
	if p.RepBased() {
		return p.Reps.String() + " reps"
	}
	return p.Duration.String()
}

// Resolve decides every value of step s of routine r. An exercise missing
// from lib resolves to a neutral one, so a routine is never unplayable.
func (r *Routine) Resolve(s Step, lib *Library) Plan {
	e, ok := lib.Exercise(s.Exercise)
	if !ok {
		e = Neutral(s.Exercise)
	}
	p := Plan{
		Exercise:   e,
		Sets:       firstInt(s.Sets, e.Dose.Sets, 1),
		Rest:       firstDur(s.Rest, e.Dose.Rest, Dur(DefaultRest)),
		RestAfter:  firstDur(s.RestAfter, r.RestAfter, Dur(DefaultRestAfter)),
		Pace:       Timed,
		Sides:      e.Sides,
		Resistance: s.Resistance,
	}
	if s.Pace != "" {
		p.Pace = s.Pace
	}
	if s.Sides != nil {
		p.Sides = *s.Sides
	}
	// The step's own reps or duration decide whether it counts reps or
	// time; only when it gives neither does the exercise's dose decide.
	switch {
	case !s.Reps.IsZero():
		p.Reps = s.Reps
	case !s.Duration.IsZero():
		p.Duration = s.Duration
	case !e.Dose.Reps.IsZero():
		p.Reps = e.Dose.Reps
	default:
		p.Duration = e.Dose.Duration
	}
	if p.RepBased() {
		p.Hold = firstSpan(s.Hold, e.Dose.Hold)
		p.Lift = firstDur(s.Tempo.Lift, e.Tempo.Lift, Dur(time.Second))
		p.Lower = firstDur(s.Tempo.Lower, e.Tempo.Lower, Dur(2*time.Second))
	}
	p.DoseSource = r.doseSource(s, e, p)
	return p
}

// doseSource: a person's step that writes its own numbers is theirs, even
// where they equal the exercise's (a copy of a built-in routine writes
// them out); a built-in step that changes the reps, time or hold is ours.
func (r *Routine) doseSource(s Step, e *Exercise, p Plan) DoseSource {
	if !r.BuiltIn {
		if s.writesDose() {
			return Yours
		}
		return e.Dose.Source
	}
	d := e.Dose
	if p.Reps == d.Reps && p.Duration == d.Duration && (!p.RepBased() || p.Hold == d.Hold) {
		return d.Source
	}
	return Ours
}

// writesDose reports a step that gives any of a dose's numbers itself.
func (s Step) writesDose() bool {
	return s.Sets != 0 || !s.Reps.IsZero() || !s.Hold.IsZero() || !s.Duration.IsZero() || s.Rest != nil
}

// Plans resolves every step of the routine, section by section, once per
// round is left to the caller; each plan carries its section's name.
func (r *Routine) Plans(lib *Library) [][]Plan {
	out := make([][]Plan, len(r.Sections))
	for i, sec := range r.Sections {
		for _, s := range sec.Steps {
			p := r.Resolve(s, lib)
			p.Section = sec.Name
			out[i] = append(out[i], p)
		}
	}
	return out
}

// PrepareTime is the get-ready countdown.
func (r *Routine) PrepareTime() time.Duration { return firstDur(r.Prepare, Dur(DefaultPrepare)) }

// SwitchTime is the pause to change sides.
func (r *Routine) SwitchTime() time.Duration { return firstDur(r.Switch, Dur(DefaultSwitch)) }

// Target is the sessions a week the routine aims for.
func (r *Routine) Target() int { return firstInt(r.PerWeek, DefaultPerWeek) }

// RoundCount is how often the section plays.
func (s Section) RoundCount() int { return firstInt(s.Rounds, 1) }

// Equipment lists what the routine needs: single things in the order of
// Equipment, then choices ("dumbbells or band") that nothing else in the
// list already meets.
func (r *Routine) Equipment(lib *Library) []string {
	var entries []string
	for _, sec := range r.Sections {
		for _, s := range sec.Steps {
			if e, ok := lib.Exercise(s.Exercise); ok {
				entries = append(entries, e.Equipment...)
			}
		}
	}
	var out []string
	for _, eq := range Equipment {
		if slices.Contains(entries, eq) {
			out = append(out, eq)
		}
	}
	singles := slices.Clone(out)
	for _, entry := range entries {
		choices := Choices(entry)
		met := slices.ContainsFunc(choices, func(c string) bool { return slices.Contains(singles, c) })
		if len(choices) > 1 && !met && !slices.Contains(out, entry) {
			out = append(out, entry)
		}
	}
	return out
}

// ExerciseCount is the number of distinct exercises in the routine.
func (r *Routine) ExerciseCount() int {
	seen := map[string]bool{}
	for _, sec := range r.Sections {
		for _, s := range sec.Steps {
			seen[s.Exercise] = true
		}
	}
	return len(seen)
}

func firstInt(vs ...int) int {
	for _, v := range vs {
		if v != 0 {
			return v
		}
	}
	return 0
}

func firstDur(vs ...*time.Duration) time.Duration {
	for _, v := range vs {
		if v != nil {
			return *v
		}
	}
	return 0
}

func firstSpan(vs ...Span) Span {
	for _, v := range vs {
		if !v.IsZero() {
			return v
		}
	}
	return Span{}
}
