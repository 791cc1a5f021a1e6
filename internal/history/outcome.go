package history

import (
	"fmt"
	"strings"
)

// Outcome says how much of its planned work a session did. It is read
// from what every history file already holds (status, sets_planned,
// sets_done, reps), not from a key of its own, so files written by any
// version read the same way here, and versions before it read the files
// this one writes unchanged.
type Outcome string

const (
	// OutcomeCompleted: played to the end with every exercise done to at
	// least all its planned sets but one (and at least one set).
	OutcomeCompleted Outcome = "completed"
	// OutcomePartial: some work done, not enough to be completed.
	OutcomePartial Outcome = "partial"
	// OutcomeSkipped: no set and no rep done.
	OutcomeSkipped Outcome = "skipped"
)

// Verdict is a session's outcome and what led to it, for every screen
// and command that shows a session or counts it.
type Verdict struct {
	Outcome   Outcome
	Exercises int  // exercise entries recorded (one per step and round reached)
	Skipped   int  // entries with nothing done
	Short     int  // entries with some work, fewer sets than enough
	Stopped   bool // ended before the end of the routine (Stop or Stop: pain)
	Pain      bool // stopped for pain
}

// setsEnough is what an entry must reach to count as done: all its
// planned sets but one, and at least one. One set short is a set cut for
// time or fatigue; none at all is the exercise skipped.
func setsEnough(planned int) int { return max(min(planned, 1), planned-1) }

// Judge gives the session's verdict. A session played to the end
// without any exercise entry (written by hand or imported from a summary)
// keeps the completed status it says.
func (s Session) Judge() Verdict {
	v := Verdict{Exercises: len(s.Exercises), Stopped: s.Status != Completed, Pain: s.Status == Pain}
	worked := false
	for _, x := range s.Exercises {
		switch done := x.done(); {
		case x.Skipped():
			v.Skipped++
		case done < setsEnough(x.SetsPlanned):
			v.Short++
			worked = true
		default:
			worked = true
		}
	}
	switch {
	case !v.Stopped && v.Skipped == 0 && v.Short == 0:
		v.Outcome = OutcomeCompleted
	case worked:
		v.Outcome = OutcomePartial
	default:
		v.Outcome = OutcomeSkipped
	}
	return v
}

// Skipped reports an entry with nothing done: no set, and no rep of a set
// left before its end.
func (x Exercise) Skipped() bool { return x.done() == 0 && !x.triedReps() }

// triedReps reports reps done in sets left before their end.
func (x Exercise) triedReps() bool {
	for _, n := range x.PartialReps {
		if n > 0 {
			return true
		}
	}
	return false
}

// Counts reports whether a session counts towards the weekly target and
// the streak: only a completed one does. Partial work is shown but not
// counted, so the target cannot be met by starting routines.
func (s Session) Counts() bool { return s.Judge().Outcome == OutcomeCompleted }

// Text is the verdict as every list shows it: "completed", or the outcome
// and why, "skipped (12 of 12 exercises skipped)".
func (v Verdict) Text() string {
	if why := v.Why(); why != "" {
		return fmt.Sprintf("%s (%s)", v.Outcome, why)
	}
	return string(v.Outcome)
}

// Note says whether the session counts toward the weekly target, and why
// not, as the summary screen and 'posture run' end with it.
func (v Verdict) Note() string {
	if v.Counted() {
		return "Counts toward your weekly target."
	}
	return "Not counted toward your weekly target: " + v.Why() + "."
}

// Why says what led to the verdict, in a few words ("3 of 5 exercises
// skipped, stopped before the end"); "" for a session completed in full.
func (v Verdict) Why() string {
	var parts []string
	if v.Skipped > 0 {
		parts = append(parts, v.howMany(v.Skipped, true)+" skipped")
	}
	if v.Short > 0 {
		parts = append(parts, fmt.Sprintf("%s short of %s sets", v.howMany(v.Short, false), plural(v.Short, "its", "their")))
	}
	switch {
	case v.Pain:
		parts = append(parts, "stopped for pain")
	case v.Stopped:
		parts = append(parts, "stopped before the end")
	}
	if v.Outcome == OutcomeSkipped && v.Exercises == 0 {
		parts = append(parts, "no exercise started")
	}
	return strings.Join(parts, ", ")
}

// howMany is n exercises as Why counts them: "3 of 5 (exercises)" of a
// session played to the end, whose entries are all the routine's; of a
// stopped one only "1 exercise", as its entries are just those reached
// and "1 of 1" would read as a routine of one exercise.
func (v Verdict) howMany(n int, noun bool) string {
	switch {
	case v.Stopped:
		return fmt.Sprintf("%d %s", n, plural(n, "exercise", "exercises"))
	case noun:
		return fmt.Sprintf("%d of %d %s", n, v.Exercises, plural(v.Exercises, "exercise", "exercises"))
	default:
		return fmt.Sprintf("%d of %d", n, v.Exercises)
	}
}

// Counted says whether the verdict counts toward the weekly target.
func (v Verdict) Counted() bool { return v.Outcome == OutcomeCompleted }

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
