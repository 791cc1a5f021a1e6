package routine

import (
	"slices"
	"strings"
)

// Loads are the equipment whose weight or strength a step can set, which
// is what a step's resistance says ("light band", "2 kg").
var Loads = []string{"band", "dumbbells", "cable"}

// countsReps reports whether an exercise left to its own dose counts reps
// (a lift, a hold and a lower each rep) rather than time.
func (e *Exercise) countsReps() bool { return !e.Dose.Reps.IsZero() }

// takesLoad reports whether the exercise is done against a band,
// dumbbells or a cable, so a step may say how heavy.
func (e *Exercise) takesLoad() bool {
	return slices.ContainsFunc(Loads, func(l string) bool { return Offers(e.Equipment, l) })
}

// StepApplies reports whether the step field key (as the file spells it:
// "reps", "tempo.lift") means anything for a step of exercise e: a timed
// exercise has no reps, hold, lift and lower times or pace (the beat of
// its reps, which the docs and the editor describe), an exercise that
// counts reps no duration, and only an exercise against a load a
// resistance. A field the step gives a value always applies, so nothing
// typed is ever hidden.
func (s *DraftStep) StepApplies(key string, e *Exercise) bool {
	if strings.TrimSpace(s.value(key)) != "" {
		return true
	}
	switch key {
	case "reps", "hold", "tempo.lift", "tempo.lower", "pace":
		return e.countsReps()
	case "duration":
		return !e.countsReps()
	case "resistance":
		return e.takesLoad()
	}
	return true
}

// value is the text of the step field key, "" for a key it has not.
func (s *DraftStep) value(key string) string {
	return map[string]string{
		"sets": s.Sets, "reps": s.Reps, "hold": s.Hold, "duration": s.Duration,
		"tempo.lift": s.Lift, "tempo.lower": s.Lower, "rest": s.Rest, "rest_after": s.RestAfter,
		"pace": s.Pace, "resistance": s.Resistance,
	}[key]
}

// DoseApplies reports whether the exercise field key ("dose.reps",
// "tempo.lift") means anything for an exercise of the draft's kind:
// strength work counts reps or time, warm-ups and stretches are held or
// moved through for a time, with no reps, hold or lift and lower times.
// A field with a value always applies.
func (x *ExerciseDraft) DoseApplies(key string) bool {
	if strings.TrimSpace(x.doseValue(key)) != "" {
		return true
	}
	switch key {
	case "dose.reps", "dose.hold", "tempo.lift", "tempo.lower":
		return Kind(x.Kind) == Strength
	}
	return true
}

func (x *ExerciseDraft) doseValue(key string) string {
	return map[string]string{
		"dose.sets": x.Sets, "dose.reps": x.Reps, "dose.hold": x.Hold, "dose.duration": x.Duration,
		"dose.rest": x.Rest, "tempo.lift": x.Lift, "tempo.lower": x.Lower,
	}[key]
}
