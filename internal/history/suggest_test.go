package history

import (
	"strings"
	"testing"
	"time"

	"github.com/postureapp/posture/internal/routine"
)

// did builds sessions of one exercise, oldest first, each with the reps given.
func did(exercise string, sets ...[]int) []Session {
	var out []Session
	for i, reps := range sets {
		s := session(time.Date(2026, 11, 10+i, 8, 0, 0, 0, time.UTC), 0)
		s.Exercises = []Exercise{{Exercise: exercise, SetsPlanned: len(reps), SetsDone: len(reps), Reps: reps}}
		out = append(out, s)
	}
	return out
}

func target(reps routine.Count, hold routine.Span, resistance string) Target {
	return Target{Exercise: "pull-apart", Reps: reps, Hold: hold, Resistance: resistance}
}

func only(t *testing.T, got []Suggestion) Suggestion {
	t.Helper()
	if len(got) != 1 {
		t.Fatalf("want one suggestion, got %+v", got)
	}
	return got[0]
}

func TestDiscomfortInTheLatestSessionSaysEaseOffWithSafety(t *testing.T) {
	sessions := did("pull-apart", []int{15, 15}, []int{15, 15})
	sessions[1].Exercises[0].Comfort = ComfortDiscomfort
	s := only(t, Suggest(sessions, []Target{target(routine.Count{Lo: 12, Hi: 15}, routine.Span{}, "medium band")}))
	if s.Kind != EaseOff || !s.Safety || s.To.Reps.Lo != 10 || s.To.Resistance != "light band" {
		t.Errorf("got %+v", s)
	}
	if !strings.Contains(s.Text, "Discomfort") {
		t.Errorf("text %q does not mention the discomfort", s.Text)
	}
}

func TestStoppedForPainDuringAnExerciseSaysEaseOff(t *testing.T) {
	sessions := did("pull-apart", []int{10}, []int{8})
	sessions[1].Status = Pain
	s := only(t, Suggest(sessions, []Target{target(routine.Count{Lo: 10, Hi: 15}, routine.Span{Lo: 3 * time.Second, Hi: 3 * time.Second}, "light band")}))
	if s.Kind != EaseOff || !s.Safety || s.To.Resistance != "" || s.To.Hold.Lo != 2*time.Second {
		t.Errorf("got %+v", s)
	}
	if !strings.Contains(s.Text, "Pain") {
		t.Errorf("text %q does not mention the pain", s.Text)
	}
}

func TestOlderDiscomfortNoLongerHoldsBackProgress(t *testing.T) {
	sessions := did("pull-apart", []int{12, 12}, []int{15, 15}, []int{15, 15})
	sessions[0].Exercises[0].Comfort = ComfortDiscomfort
	s := only(t, Suggest(sessions, []Target{target(routine.Count{Lo: 12, Hi: 15}, routine.Span{}, "light band")}))
	if s.Kind != MoreResistance {
		t.Errorf("got %+v", s)
	}
}

func TestTopOfRangeTwiceCleanlyMeansMoreResistance(t *testing.T) {
	sessions := did("pull-apart", []int{15, 15, 16}, []int{15, 15, 15})
	s := only(t, Suggest(sessions, []Target{target(routine.Count{Lo: 12, Hi: 15}, routine.Span{}, "light band")}))
	if s.Kind != MoreResistance || s.To.Resistance != "medium band" || s.Safety {
		t.Errorf("got %+v", s)
	}
}

func TestTopOfRangeOnlyOnceIsNotEnough(t *testing.T) {
	sessions := did("pull-apart", []int{12, 12, 12}, []int{15, 15, 15})
	s := only(t, Suggest(sessions, []Target{target(routine.Count{Lo: 12, Hi: 15}, routine.Span{}, "light band")}))
	if s.Kind != AddReps {
		t.Errorf("got %+v, want add reps (the older session stayed at 12)", s)
	}
}

func TestHoldExerciseAtTopOfRepsGetsALongerHoldFirst(t *testing.T) {
	sessions := did("pull-apart", []int{15, 15}, []int{15, 15})
	hold := routine.Span{Lo: 2 * time.Second, Hi: 3 * time.Second}
	s := only(t, Suggest(sessions, []Target{target(routine.Count{Lo: 10, Hi: 15}, hold, "")}))
	if s.Kind != LongerHold || s.To.Hold.Lo != 3*time.Second || s.To.Reps != s.From.Reps {
		t.Errorf("got %+v", s)
	}
	// Already at the top of its hold range: more resistance instead.
	hold.Lo = hold.Hi
	s = only(t, Suggest(sessions, []Target{target(routine.Count{Lo: 10, Hi: 15}, hold, "")}))
	if s.Kind != MoreResistance || s.To.Resistance != "light band" {
		t.Errorf("at the top of the hold range: %+v", s)
	}
}

func TestLowEndReachedCleanlyMeansAddRepsWithinTheRange(t *testing.T) {
	sessions := did("pull-apart", []int{10, 10, 11}, []int{11, 10, 12})
	s := only(t, Suggest(sessions, []Target{target(routine.Count{Lo: 10, Hi: 15}, routine.Span{}, "light band")}))
	if s.Kind != AddReps || s.To.Reps != (routine.Count{Lo: 11, Hi: 15}) || s.To.Resistance != "light band" {
		t.Errorf("got %+v", s)
	}
	// More done than planned: two more, never beyond the top.
	sessions = did("pull-apart", []int{14, 14}, []int{14, 14})
	s = only(t, Suggest(sessions, []Target{target(routine.Count{Lo: 13, Hi: 15}, routine.Span{}, "")}))
	if s.To.Reps.Lo != 15 {
		t.Errorf("from 13 after sets of 14: suggested %d, want 15", s.To.Reps.Lo)
	}
}

func TestTwentyCleanRepsAlwaysMeansMoreResistance(t *testing.T) {
	sessions := did("pull-apart", []int{20, 21}, []int{22, 20})
	hold := routine.Span{Lo: 2 * time.Second, Hi: 5 * time.Second}
	s := only(t, Suggest(sessions, []Target{target(routine.Count{Lo: 15, Hi: 25}, hold, "light band")}))
	if s.Kind != MoreResistance {
		t.Errorf("got %+v", s)
	}
}

func TestNoSuggestionWithoutTwoCleanCompleteSessions(t *testing.T) {
	short := did("pull-apart", []int{15, 15}, []int{15})
	short[1].Exercises[0].SetsPlanned = 2 // stopped after one of two sets
	cases := map[string][]Session{
		"one session":        did("pull-apart", []int{15, 15}),
		"below the low end":  did("pull-apart", []int{9, 10}, []int{10, 10}),
		"a set left undone":  short,
		"another exercise":   did("face-pull", []int{15, 15}, []int{15, 15}),
		"no sessions at all": nil,
	}
	for name, sessions := range cases {
		if got := Suggest(sessions, []Target{target(routine.Count{Lo: 10, Hi: 15}, routine.Span{}, "")}); len(got) != 0 {
			t.Errorf("%s: got %+v", name, got)
		}
	}
}

func TestTimedMovesOnlyEverGetEaseOff(t *testing.T) {
	sessions := did("pull-apart", []int{1}, []int{1})
	tgt := Target{Exercise: "pull-apart"}
	if got := Suggest(sessions, []Target{tgt}); len(got) != 0 {
		t.Errorf("progression for a timed move: %+v", got)
	}
	sessions[1].Exercises[0].Comfort = ComfortPain
	if s := only(t, Suggest(sessions, []Target{tgt})); s.Kind != EaseOff {
		t.Errorf("got %+v", s)
	}
}
