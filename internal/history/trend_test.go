package history

import (
	"testing"
	"time"
)

// The newest data is the last exercise done in the newest session that
// did one: a session of skipped exercises, however new, has none.
func TestLatestExerciseSkipsWhatWasNotDone(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2026, 11, d, 8, 0, 0, 0, time.UTC) }
	sessions := []Session{
		{Started: day(3), Exercises: []Exercise{{Exercise: "a", SetsDone: 1}, {Exercise: "b", Reps: []int{5}}, {Exercise: "c"}}},
		{Started: day(5), Exercises: []Exercise{{Exercise: "d"}}},
		{Started: day(1), Exercises: []Exercise{{Exercise: "e", SetsDone: 2}}},
	}
	if got := LatestExercise(sessions); got != "b" {
		t.Errorf("LatestExercise = %q, want b", got)
	}
	if got := LatestExercise(sessions[1:2]); got != "" {
		t.Errorf("LatestExercise of nothing done = %q", got)
	}
}
