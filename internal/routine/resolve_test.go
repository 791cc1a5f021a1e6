package routine

import (
	"testing"
	"time"
)

func TestStepInheritsFromExerciseThenRoutine(t *testing.T) {
	r := &Routine{Name: "R", RestAfter: Dur(90 * time.Second)}
	lib := testLibrary()

	bare := r.Resolve(Step{Exercise: "prone-y-raise"}, lib)
	if bare.Sets != 3 || bare.Reps != (Count{10, 15}) || bare.Hold != (Span{2 * time.Second, 3 * time.Second}) {
		t.Errorf("dose not inherited: %+v", bare)
	}
	if bare.Rest != 45*time.Second || bare.RestAfter != 90*time.Second {
		t.Errorf("rest %v (want the exercise's 45s), rest after %v (want the routine's 90s)", bare.Rest, bare.RestAfter)
	}
	if bare.Lift != time.Second || bare.Lower != 2*time.Second || bare.Pace != Timed {
		t.Errorf("tempo or pace not inherited: %+v", bare)
	}

	own := r.Resolve(Step{Exercise: "prone-y-raise", Sets: 2, Reps: Count{12, 12}, Hold: Span{5e9, 5e9},
		Rest: Dur(0), RestAfter: Dur(10 * time.Second), Pace: Self, Tempo: Tempo{Lower: Dur(3 * time.Second)}}, lib)
	if own.Sets != 2 || own.Reps != (Count{12, 12}) || own.Hold.Lo != 5*time.Second || own.Pace != Self {
		t.Errorf("step's own values lost: %+v", own)
	}
	if own.Rest != 0 {
		t.Errorf("rest = 0 on the step must win over the exercise's 45s, got %v", own.Rest)
	}
	if own.Lift != time.Second || own.Lower != 3*time.Second {
		t.Errorf("tempo: lift %v lower %v, want 1s from the exercise and 3s from the step", own.Lift, own.Lower)
	}
}

func TestDefaultsWhenNobodySays(t *testing.T) {
	r := &Routine{Name: "R"}
	p := r.Resolve(Step{Exercise: "neck-roll"}, testLibrary())
	if p.RepBased() || p.Duration.Lo != 20*time.Second {
		t.Errorf("timed exercise should stay timed at 20s: %+v", p)
	}
	if p.Rest != DefaultRest || p.RestAfter != DefaultRestAfter {
		t.Errorf("rest %v / %v, want defaults", p.Rest, p.RestAfter)
	}
	if r.PrepareTime() != DefaultPrepare || r.SwitchTime() != DefaultSwitch || r.Target() != DefaultPerWeek {
		t.Errorf("routine defaults wrong")
	}
}

func TestStepDurationTurnsRepExerciseIntoTimedOne(t *testing.T) {
	p := (&Routine{}).Resolve(Step{Exercise: "prone-y-raise", Duration: Span{30e9, 30e9}}, testLibrary())
	if p.RepBased() || p.Duration.Lo != 30*time.Second || p.Hold != (Span{}) {
		t.Fatalf("step duration should make it timed: %+v", p)
	}
}

func TestUnknownExerciseResolvesToNeutral(t *testing.T) {
	p := (&Routine{}).Resolve(Step{Exercise: "gone", Reps: Count{8, 8}}, testLibrary())
	if p.Exercise.ID != "gone" || p.Sets != 1 {
		t.Fatalf("got %+v", p)
	}
}
