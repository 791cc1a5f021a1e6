package routine

import "fmt"

var (
	exerciseKeys = []string{"format", "id", "name", "kind", "equipment", "muscles", "summary", "steps", "cues", "safety", "sides", "dose", "tempo", "phase_cues"}
	doseKeys     = []string{"sets", "reps", "hold", "duration", "rest"}
	phaseKeys    = []string{"lift", "hold", "lower"}
	kinds        = []string{string(Warmup), string(Strength), string(Stretch)}
	sidesValues  = []string{string(NoSides), string(BothSides), string(Alternate)}
)

// ParseExercise reads one exercise file. The error, if any, is Problems
// listing everything wrong with it.
func ParseExercise(file string, data []byte) (*Exercise, error) {
	raw, d, err := parse(file, data)
	if err != nil {
		return nil, err
	}
	d.checkFormat(raw)
	d.checkKeys(raw, "", exerciseKeys)
	e := &Exercise{
		ID:        d.str(raw, "id", "", true),
		Name:      d.str(raw, "name", "", true),
		Summary:   d.str(raw, "summary", "", false),
		Equipment: d.strList(raw, "equipment", ""),
		Muscles:   d.strList(raw, "muscles", ""),
		Steps:     d.strList(raw, "steps", ""),
		Cues:      d.strList(raw, "cues", ""),
		Safety:    d.strList(raw, "safety", ""),
		Tempo:     d.tempo(raw, ""),
		File:      file,
	}
	if e.ID != "" && !idRe.MatchString(e.ID) {
		d.add("id", fmt.Sprintf("%q is not kebab-case", e.ID), `lower-case words joined by "-", like "prone-y-raise"`)
	}
	if k, ok := d.enum(raw, "kind", "", kinds); ok {
		e.Kind = Kind(k)
	} else if _, given := raw["kind"]; !given {
		d.add("kind", "missing", "one of "+quoteAll(kinds))
	}
	if s, ok := d.enum(raw, "sides", "", sidesValues); ok {
		e.Sides = Sides(s)
	}
	for _, eq := range e.Equipment {
		if !contains(Equipment, eq) {
			d.add("equipment", fmt.Sprintf("%q is not known equipment", eq), "any of "+quoteAll(Equipment))
		}
	}
	e.Dose = d.dose(raw)
	e.PhaseCues = d.phaseCues(raw)
	return e, d.err()
}

func (d *decoder) dose(raw map[string]any) Dose {
	t := d.table(raw, "dose", "")
	if t == nil {
		return Dose{}
	}
	d.checkKeys(t, "dose", doseKeys)
	dose := Dose{
		Sets:     d.intIn(t, "sets", "dose", 1, maxSets),
		Reps:     d.count(t, "reps", "dose", 1, maxReps),
		Hold:     d.span(t, "hold", "dose"),
		Duration: d.span(t, "duration", "dose"),
		Rest:     d.dur(t, "rest", "dose", maxRest),
	}
	if !dose.Reps.IsZero() && !dose.Duration.IsZero() {
		d.add("dose.duration", "a dose has reps or a duration, not both", "reps for rep-based moves, duration for timed ones")
	}
	return dose
}

func (d *decoder) phaseCues(raw map[string]any) PhaseCues {
	t := d.table(raw, "phase_cues", "")
	if t == nil {
		return PhaseCues{}
	}
	d.checkKeys(t, "phase_cues", phaseKeys)
	return PhaseCues{
		Lift:  d.str(t, "lift", "phase_cues", false),
		Hold:  d.str(t, "hold", "phase_cues", false),
		Lower: d.str(t, "lower", "phase_cues", false),
	}
}

// RepBased reports whether the exercise counts reps by default.
func (e *Exercise) RepBased() bool { return !e.Dose.Reps.IsZero() }

// Neutral is the exercise shown for an id the library does not have, so a
// routine that names a deleted custom exercise still opens.
func Neutral(id string) *Exercise {
	return &Exercise{ID: id, Name: id, Kind: Strength}
}
