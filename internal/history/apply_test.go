package history

import (
	"reflect"
	"testing"
	"time"

	"github.com/postureapp/posture/internal/routine"
)

// pushUps is a library with a push-up that moves on to a harder one, and a
// routine that does it twice with its own sets and rests.
func pushUps() (*routine.Catalog, *routine.Routine) {
	lib := routine.NewLibrary(
		&routine.Exercise{ID: "wall-push-up", Name: "Wall Push-Up", Kind: routine.Strength,
			Dose:        routine.Dose{Sets: 2, Reps: routine.Count{Lo: 10, Hi: 15}, Hold: routine.Span{Lo: time.Second, Hi: time.Second}},
			Progression: routine.Progression{Next: "incline-push-up"}},
		&routine.Exercise{ID: "incline-push-up", Name: "Incline Push-Up", Kind: routine.Strength,
			Dose:  routine.Dose{Sets: 2, Reps: routine.Count{Lo: 8, Hi: 12}, Hold: routine.Span{Lo: time.Second, Hi: time.Second}},
			Tempo: routine.Tempo{Lower: routine.Dur(2 * time.Second)}},
		&routine.Exercise{ID: "chin-tuck", Name: "Chin Tuck", Kind: routine.Strength,
			Dose:        routine.Dose{Sets: 2, Reps: routine.Count{Lo: 10, Hi: 12}, Hold: routine.Span{Lo: 3 * time.Second, Hi: 5 * time.Second}},
			Progression: routine.Progression{Hold: 5 * time.Second}},
	)
	r := &routine.Routine{Name: "Push", Sections: []routine.Section{{Steps: []routine.Step{
		{Exercise: "wall-push-up", Sets: 3, Reps: routine.Count{Lo: 20, Hi: 20}, Rest: routine.Dur(40 * time.Second), Resistance: "none"},
		{Exercise: "chin-tuck", Tempo: routine.Tempo{Lift: routine.Dur(time.Second)}},
		{Exercise: "wall-push-up", Sets: 1},
	}}}}
	return &routine.Catalog{Library: lib, Routines: []*routine.Routine{r}}, r
}

func TestTargetsCarryTheProgressionAndTheHarderExercise(t *testing.T) {
	c, r := pushUps()
	got := Targets(r, c.Library)
	if len(got) != 2 || got[0].Exercise != "wall-push-up" || got[1].Exercise != "chin-tuck" {
		t.Fatalf("targets %+v, want the push-up (once) and the chin tuck", got)
	}
	next := got[0].Next
	if next == nil || next.Exercise != "incline-push-up" || next.Reps != (routine.Count{Lo: 8, Hi: 12}) || next.Lower != 2*time.Second {
		t.Errorf("next %+v, want the incline push-up at its own dose", next)
	}
	if got[1].Next != nil || got[1].Progression.Hold != 5*time.Second || got[1].Lower != 2*time.Second {
		t.Errorf("chin tuck %+v", got[1])
	}
}

func TestApplyMovesEveryStepOnToTheHarderExerciseKeepingItsPlace(t *testing.T) {
	c, r := pushUps()
	before := r.Clone()
	sessions := did("wall-push-up", []int{20, 20, 20}, []int{20, 20, 20})
	for i := range sessions {
		sessions[i].Routine = "Push"
		sessions[i].Exercises[0].Resistance = "none"
	}
	got, sugs := Current(sessions, c)
	if got != r || len(sugs) != 1 || sugs[0].Kind != HarderExercise {
		t.Fatalf("current: %v %+v", got, sugs)
	}
	after := Apply(r, sugs[0])
	if !reflect.DeepEqual(r, before) {
		t.Errorf("Apply changed the routine it was given")
	}
	steps := after.Sections[0].Steps
	first := routine.Step{Exercise: "incline-push-up", Sets: 3, Rest: routine.Dur(40 * time.Second)}
	if !reflect.DeepEqual(steps[0], first) || !reflect.DeepEqual(steps[2], routine.Step{Exercise: "incline-push-up", Sets: 1}) {
		t.Errorf("push-up steps became %+v and %+v", steps[0], steps[2])
	}
	if !reflect.DeepEqual(steps[1], r.Sections[0].Steps[1]) {
		t.Errorf("the chin tuck changed: %+v", steps[1])
	}
	if p := after.Resolve(steps[0], c.Library); p.Reps.Lo != 8 || p.Sets != 3 {
		t.Errorf("the new step plays %+v, want 3 sets of the incline push-up's 8", p)
	}
}

func TestApplyWritesOnlyWhatTheSuggestionChanges(t *testing.T) {
	_, r := pushUps()
	from := Target{Exercise: "chin-tuck", Reps: routine.Count{Lo: 10, Hi: 12}, Hold: routine.Span{Lo: 3 * time.Second, Hi: 5 * time.Second}, Lower: 2 * time.Second}
	to := from
	to.Hold.Lo, to.Lower, to.Resistance = 4*time.Second, 3*time.Second, "light band"
	after := Apply(r, Suggestion{Exercise: "chin-tuck", From: from, To: to})
	st := after.Sections[0].Steps[1]
	if st.Hold != to.Hold || *st.Tempo.Lower != 3*time.Second || *st.Tempo.Lift != time.Second || st.Resistance != "light band" || !st.Reps.IsZero() {
		t.Errorf("chin tuck step %+v: want the new hold, lower and band, its own lift, and reps still from the dose", st)
	}
	if r.Sections[0].Steps[1].Tempo.Lower != nil {
		t.Errorf("the original step's tempo changed")
	}
}
