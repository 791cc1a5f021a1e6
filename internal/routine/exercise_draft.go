package routine

import "strings"

// ExerciseDraft is an exercise as a person types it in the form: texts as
// typed, lists as entered. EncodeExercise writes an exercise through it, so
// the exercise file's keys are spelled here and in the parser only.
type ExerciseDraft struct {
	ID, Name, Kind, Summary, Sides string
	Equipment                      []string // nil writes no key; the form always gives one
	Muscles, Steps, Cues, Safety   []string
	Sets, Reps, Hold, Duration     string // the [dose] table
	Rest                           string
	Lift, Lower                    string // the [tempo] table
	PhaseCues                      PhaseCues
}

// ExerciseDraftOf turns an exercise into the texts its form shows.
func ExerciseDraftOf(e *Exercise) *ExerciseDraft {
	return &ExerciseDraft{
		ID: e.ID, Name: e.Name, Kind: string(e.Kind), Summary: e.Summary, Sides: string(e.Sides),
		Equipment: nonNil(e.Equipment), Muscles: e.Muscles, Steps: e.Steps, Cues: e.Cues, Safety: e.Safety,
		Sets: intText(e.Dose.Sets), Reps: e.Dose.Reps.String(), Hold: e.Dose.Hold.String(),
		Duration: e.Dose.Duration.String(), Rest: durText(e.Dose.Rest),
		Lift: durText(e.Tempo.Lift), Lower: durText(e.Tempo.Lower),
		PhaseCues: e.PhaseCues,
	}
}

// IDFromName makes an exercise id from its name: lower-case words joined
// by dashes, as the files want.
func IDFromName(name string) string {
	if strings.TrimSpace(name) == "" {
		return ""
	}
	return slug(name, "exercise")
}

// Encode writes the draft in the exercise file format.
func (x *ExerciseDraft) Encode() []byte {
	w := &tomlWriter{}
	w.line("format = %d", Format)
	w.line("id = %s", quote(x.ID))
	w.line("name = %s", quote(x.Name))
	w.text("kind", x.Kind)
	w.list("equipment", x.Equipment)
	w.list("muscles", nonEmpty(x.Muscles))
	w.text("summary", x.Summary)
	w.list("steps", nonEmpty(x.Steps))
	w.list("cues", nonEmpty(x.Cues))
	w.list("safety", nonEmpty(x.Safety))
	w.text("sides", x.Sides)
	w.blank()
	w.line("[dose]")
	w.number("sets", x.Sets)
	w.text("reps", x.Reps)
	w.text("hold", x.Hold)
	w.text("duration", x.Duration)
	w.text("rest", x.Rest)
	if strings.TrimSpace(x.Lift+x.Lower) != "" {
		w.blank()
		w.line("[tempo]")
		w.text("lift", x.Lift)
		w.text("lower", x.Lower)
	}
	if x.PhaseCues != (PhaseCues{}) {
		w.blank()
		w.line("[phase_cues]")
		w.text("lift", x.PhaseCues.Lift)
		w.text("hold", x.PhaseCues.Hold)
		w.text("lower", x.PhaseCues.Lower)
	}
	return []byte(w.b.String())
}

// Check parses the draft as the files are parsed; the exercise is nil
// while there are problems.
func (x *ExerciseDraft) Check() (*Exercise, Problems) {
	e, err := ParseExercise("exercise", x.Encode())
	if err != nil {
		if ps, ok := err.(Problems); ok {
			return nil, ps
		}
		return nil, Problems{{Msg: err.Error()}}
	}
	e.File = ""
	return e, nil
}

// nonEmpty is nil for an empty list, so that no key is written for it.
func nonEmpty(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	return s
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
