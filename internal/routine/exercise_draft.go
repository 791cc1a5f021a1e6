package routine

import (
	"slices"
	"strings"
	"time"
)

// ExerciseDraft is an exercise as a person types it in the form: texts as
// typed, lists as entered. EncodeExercise writes an exercise through it, so
// the exercise file's keys are spelled here and in the parser only.
type ExerciseDraft struct {
	ID, Name, Kind, Summary, Sides string
	Equipment                      []string // nil writes no key; the form always gives one
	Muscles, Steps, Cues, Safety   []string
	Sets, Reps, Hold, Duration     string // the [dose] table
	Rest, Source                   string
	Floor                          bool
	WithoutFloor                   string
	Lift, Lower                    string // the [tempo] table
	PhaseNames                     PhaseNames
	PhaseCues                      PhaseCues
	Progression                    ProgressionDraft
}

// ProgressionDraft is the [progression] table as texts.
type ProgressionDraft struct {
	Reps, Hold, Lower, Resistance, Next, Then string
}

// ProgressionDraftOf turns a progression into the texts of its table.
func ProgressionDraftOf(p Progression) ProgressionDraft {
	text := func(d time.Duration) string {
		if d <= 0 {
			return ""
		}
		return FormatDuration(d)
	}
	return ProgressionDraft{Reps: intText(p.Reps), Hold: text(p.Hold), Lower: text(p.Lower), Resistance: p.Resistance, Next: p.Next, Then: p.Then}
}

// ExerciseDraftOf turns an exercise into the texts its form shows.
func ExerciseDraftOf(e *Exercise) *ExerciseDraft {
	return &ExerciseDraft{
		ID: e.ID, Name: e.Name, Kind: string(e.Kind), Summary: e.Summary, Sides: string(e.Sides),
		Equipment: nonNil(e.Equipment), Muscles: e.Muscles, Steps: e.Steps, Cues: e.Cues, Safety: e.Safety,
		Sets: intText(e.Dose.Sets), Reps: e.Dose.Reps.String(), Hold: e.Dose.Hold.String(),
		Duration: e.Dose.Duration.String(), Rest: durText(e.Dose.Rest), Source: string(e.Dose.Source),
		Floor: e.Floor, WithoutFloor: e.WithoutFloor,
		Lift: durText(e.Tempo.Lift), Lower: durText(e.Tempo.Lower),
		PhaseNames: e.PhaseNames, PhaseCues: e.PhaseCues,
		Progression: ProgressionDraftOf(e.Progression),
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
	if x.Floor {
		w.line("floor = true")
	}
	w.text("without_floor", x.WithoutFloor)
	w.blank()
	w.line("[dose]")
	w.number("sets", x.Sets)
	w.text("reps", x.Reps)
	w.text("hold", x.Hold)
	w.text("duration", x.Duration)
	w.text("rest", x.Rest)
	w.text("source", x.Source)
	if strings.TrimSpace(x.Lift+x.Lower) != "" {
		w.blank()
		w.line("[tempo]")
		w.text("lift", x.Lift)
		w.text("lower", x.Lower)
	}
	w.phases("phase_names", PhaseCues(x.PhaseNames))
	w.phases("phase_cues", x.PhaseCues)
	if p := x.Progression; !allBlank(p.Reps, p.Hold, p.Lower, p.Resistance, p.Next, p.Then) {
		w.blank()
		w.line("[progression]")
		w.number("reps", p.Reps)
		w.text("hold", p.Hold)
		w.text("lower", p.Lower)
		w.text("resistance", p.Resistance)
		w.text("next", p.Next)
		w.text("then", p.Then)
	}
	return []byte(w.b.String())
}

// phases writes a table of one text per phase of a rep, if any is given.
func (w *tomlWriter) phases(table string, p PhaseCues) {
	if allBlank(p.Lift, p.Hold, p.Lower) {
		return
	}
	w.blank()
	w.line("[%s]", table)
	w.text("lift", p.Lift)
	w.text("hold", p.Hold)
	w.text("lower", p.Lower)
}

// allBlank reports texts that the writer leaves out, every one of them
// empty or spaces: a table of them alone would be an empty header that
// reads back as nothing.
func allBlank(texts ...string) bool {
	return !slices.ContainsFunc(texts, func(t string) bool { return strings.TrimSpace(t) != "" })
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
	// A file may leave the dose to the routines that use it; an exercise
	// made in the window gets one, so it plays the same everywhere.
	if e.Dose.Reps.IsZero() && e.Dose.Duration.IsZero() {
		field := "dose.duration" // the field a timed kind offers
		if x.DoseApplies("dose.reps") {
			field = "dose.reps"
		}
		return nil, Problems{{Field: field, Msg: "an exercise needs reps or a duration", Allowed: `reps like "10-15", or a duration like "30s" for a timed move`}}
	}
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
