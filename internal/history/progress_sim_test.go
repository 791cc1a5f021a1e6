package history

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/postureapp/posture/assets"
	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/routines"
)

// builtins is the shipped catalog: every exercise and routine.
func builtins(t *testing.T) *routine.Catalog {
	t.Helper()
	c := routine.Load(routine.Sources{BuiltinExercises: assets.ExerciseFiles(), BuiltinRoutines: routines.FS})
	for _, p := range c.Problems {
		t.Fatalf("%v", p)
	}
	return c
}

// twoCleanSessions are two sessions in which every set of t's exercise
// reached the top of its range, done exactly as planned.
func twoCleanSessions(t Target, sets int, day time.Time) []Session {
	var out []Session
	for i := range 2 {
		reps := make([]int, sets)
		for j := range reps {
			reps[j] = t.Reps.Hi
		}
		out = append(out, Session{ID: NewID(day.AddDate(0, 0, i)), Started: day.AddDate(0, 0, i), Status: Completed,
			Exercises: []Exercise{{Exercise: t.Exercise, SetsPlanned: sets, SetsDone: sets, Reps: reps,
				RepsPlanned: t.Reps.String(), Hold: Duration(t.Hold.Lo), Lower: Duration(t.Lower), Resistance: t.Resistance}}})
	}
	return out
}

func targetFor(r *routine.Routine, lib *routine.Library, id string) (Target, int, bool) {
	for _, t := range Targets(r, lib) {
		if t.Exercise == id {
			for _, sec := range r.Plans(lib) {
				for _, p := range sec {
					if p.Exercise.ID == id {
						return t, p.Sets, true
					}
				}
			}
		}
	}
	return Target{}, 0, false
}

// climb follows a person who always reaches the top of the range cleanly,
// accepting every suggestion, from the step's starting dose to the end of
// its progression, that is the first suggestion with nothing to accept.
// It returns the suggestions in order.
func climb(t *testing.T, r *routine.Routine, lib *routine.Library, id string) []Suggestion {
	t.Helper()
	var steps []Suggestion
	day := time.Date(2026, 1, 5, 8, 0, 0, 0, time.UTC)
	for range 80 {
		tgt, sets, ok := targetFor(r, lib, id)
		if !ok {
			t.Fatalf("%s: %s is no longer in the routine", r.Name, id)
		}
		sugs := Suggest(twoCleanSessions(tgt, sets, day), []Target{tgt})
		day = day.AddDate(0, 0, 3)
		if len(sugs) != 1 {
			t.Fatalf("%s: %s at %s reps, hold %v, lower %v, %q: %d suggestions, want one every time until the end",
				r.Name, id, tgt.Reps, tgt.Hold, tgt.Lower, tgt.Resistance, len(sugs))
		}
		s := sugs[0]
		steps = append(steps, s)
		if s.To == s.From { // nothing left to accept: the end of what the app changes
			return steps
		}
		r = Apply(r, s)
		id = s.To.Exercise
	}
	t.Fatalf("%s: %s still progressing after 80 suggestions: %s", r.Name, id, describeSteps(steps))
	return nil
}

func describeSteps(steps []Suggestion) string {
	var b strings.Builder
	for _, s := range steps {
		fmt.Fprintf(&b, "\n  %s %s: %s", s.From.Exercise, s.Kind, s.Change)
	}
	return b.String()
}

// checkClimb holds what a physiotherapist would check on every step.
func checkClimb(t *testing.T, where string, lib *routine.Library, steps []Suggestion) {
	t.Helper()
	for _, s := range steps {
		from, to := s.From, s.To
		e, _ := lib.Exercise(from.Exercise)
		text := s.Text()
		if !from.Gear && strings.Contains(text, "stronger band or heavier weights") {
			t.Errorf("%s: %s, a body-weight move, is told: %s", where, from.Exercise, text)
		}
		if strings.Contains(text, "before resistance") && !from.takesResistance() {
			t.Errorf("%s: %s never gets resistance, yet: %s", where, from.Exercise, text)
		}
		if to.Reps.Hi > from.cleanReps() && to.Exercise == from.Exercise {
			t.Errorf("%s: %s planned at %s reps, past its %d", where, from.Exercise, to.Reps, from.cleanReps())
		}
		if limit := max(e.Dose.Hold.Hi, e.Progression.Hold); to.Exercise == from.Exercise && to.Hold.Lo > limit {
			t.Errorf("%s: %s holds %v, past %v", where, from.Exercise, to.Hold.Lo, limit)
		}
		switch s.Kind {
		case LongerHold, SlowerLower, MoreResistance:
			if to != from && to.Reps != from.Working {
				t.Errorf("%s: %s gets harder (%s) at %s reps, want back at the working %s", where, from.Exercise, s.Kind, to.Reps, from.Working)
			}
		case AtTop:
			if to != from {
				t.Errorf("%s: %s at the top changes the step", where, from.Exercise)
			}
			if from.Then != "" && !strings.Contains(text, from.Then) {
				t.Errorf("%s: %s at the top does not name %s: %s", where, from.Exercise, from.Then, text)
			}
		}
	}
	// A band or weight move the step gives no resistance for ends at "a
	// stronger band or heavier weights"; everything else at the top.
	if last := steps[len(steps)-1]; last.Kind != AtTop && !(last.From.Gear && last.From.Resistance == "" && last.Kind == MoreResistance) {
		t.Errorf("%s: ends with %s: %s", where, last.Kind, last.Change)
	}
}

// Every rep-based step of every built-in routine, from its starting dose
// to the last step of its progression: a suggestion every time, and a
// clear end.
func TestEveryRoutineStepProgressesToAClearEnd(t *testing.T) {
	c := builtins(t)
	for _, r := range c.Routines {
		for _, tgt := range Targets(r, c.Library) {
			where := r.Name + ": " + tgt.Exercise
			steps := climb(t, r, c.Library, tgt.Exercise)
			checkClimb(t, where, c.Library, steps)
			t.Logf("%s: %d suggestions, ends %q", where, len(steps), steps[len(steps)-1].Change)
		}
	}
}

// Every rep-based exercise of the library, alone at its own dose.
func TestEveryRepBasedExerciseProgressesToAClearEnd(t *testing.T) {
	c := builtins(t)
	for _, e := range c.Library.All() {
		if !e.RepBased() {
			continue
		}
		r := &routine.Routine{Name: "alone", Sections: []routine.Section{{Steps: []routine.Step{{Exercise: e.ID}}}}}
		checkClimb(t, e.ID, c.Library, climb(t, r, c.Library, e.ID))
	}
}

// The physiotherapist's particular points, on the shipped content.
func TestShippedProgressionsEndWhereAPhysioWould(t *testing.T) {
	c := builtins(t)
	alone := func(id string) []Suggestion {
		r := &routine.Routine{Name: "alone", Sections: []routine.Section{{Steps: []routine.Step{{Exercise: id}}}}}
		return climb(t, r, c.Library, id)
	}
	kinds := func(steps []Suggestion) string {
		var out []string
		for _, s := range steps {
			out = append(out, s.From.Exercise+":"+string(s.Kind))
		}
		return strings.Join(out, " ")
	}
	// The floor push-up pauses longer, then stops; no band for a push-up.
	if got := kinds(alone("floor-push-up")); !strings.Contains(got, "floor-push-up:longer-hold") ||
		strings.Contains(got, "more-resistance") || !strings.HasSuffix(got, "floor-push-up:at-top") {
		t.Errorf("floor push-up: %s", got)
	}
	// Supermans get harder at 12 reps and move on to the superman pull.
	steps := alone("superman")
	for _, s := range steps {
		if s.From.Exercise == "superman" && s.To.Exercise == "superman" && s.To.Reps.Hi > 12 {
			t.Errorf("supermans planned at %s reps, past the article's 10-12", s.To.Reps)
		}
	}
	if !strings.Contains(kinds(steps), "superman:harder-exercise") || steps[len(steps)-1].From.Exercise != "superman-pull" {
		t.Errorf("supermans: %s, want the superman pull after the longer hold", kinds(steps))
	}
	// Chin tucks never get resistance, so "before resistance" is never said.
	for _, s := range alone("chin-tuck") {
		if strings.Contains(s.Change, "resistance") {
			t.Errorf("chin tuck: %q", s.Change)
		}
	}
	// Y raises end by naming the face pull.
	if last := alone("prone-y-raise"); !strings.Contains(last[len(last)-1].Change, "Face Pull") {
		t.Errorf("prone Y raise ends: %q", last[len(last)-1].Change)
	}
}

// Easing off never takes away what a move needs: the face pull and the
// seated row keep their band.
func TestEasingOffKeepsTheBandOfBandMoves(t *testing.T) {
	c := builtins(t)
	r := c.Routine("Band Only")
	for _, tgt := range Targets(r, c.Library) {
		sessions := twoCleanSessions(tgt, 3, time.Date(2026, 1, 5, 8, 0, 0, 0, time.UTC))
		sessions[1].Exercises[0].Comfort = ComfortDiscomfort
		s := only(t, Suggest(sessions, []Target{tgt}))
		if s.Kind != EaseOff || s.To.Resistance != "light band" || strings.Contains(s.Change, "no added resistance") {
			t.Errorf("%s eases off to %q: %s", tgt.Exercise, s.To.Resistance, s.Change)
		}
	}
}
