package history

import (
	"testing"
	"time"

	"github.com/postureapp/posture/internal/routine"
)

// skippedThrough is a session played to the end with Next pressed on
// every exercise: every step reached, nothing done.
func skippedThrough(start time.Time, n int) Session {
	s := session(start, n)
	for i := range s.Exercises {
		s.Exercises[i].Reps, s.Exercises[i].SetsDone = nil, 0
	}
	return s
}

func TestJudgeTellsCompletedPartialAndSkippedApart(t *testing.T) {
	start := time.Date(2026, 11, 23, 8, 0, 0, 0, time.UTC)
	oneShort := session(start, 5)
	oneShort.Exercises[2].Reps, oneShort.Exercises[2].SetsDone = []int{12, 12}, 2
	threeSkipped := session(start, 5)
	for i := range 3 {
		threeSkipped.Exercises[i].Reps, threeSkipped.Exercises[i].SetsDone = nil, 0
	}
	stopped := session(start, 2)
	stopped.Status = Stopped
	cutShort := skippedThrough(start, 2)
	cutShort.Exercises[0].PartialReps = []int{4}
	pain := skippedThrough(start, 1)
	pain.Status = Pain
	stoppedFirst := skippedThrough(start, 1)
	stoppedFirst.Status = Stopped
	stoppedShort := skippedThrough(start, 2)
	stoppedShort.Status = Stopped
	for i := range stoppedShort.Exercises {
		stoppedShort.Exercises[i].PartialReps = []int{3}
	}
	for _, c := range []struct {
		name string
		s    Session
		want Outcome
		text string
		why  string
	}{
		{"every set", session(start, 5), OutcomeCompleted, "completed", ""},
		{"one set short", oneShort, OutcomeCompleted, "completed", ""},
		{"next through", skippedThrough(start, 12), OutcomeSkipped, "skipped (12 of 12 exercises skipped)", "12 of 12 exercises skipped"},
		{"three skipped", threeSkipped, OutcomePartial, "partial (3 of 5 exercises skipped)", "3 of 5 exercises skipped"},
		{"stopped", stopped, OutcomePartial, "partial (stopped before the end)", "stopped before the end"},
		{"a few reps", cutShort, OutcomePartial, "partial (1 of 2 exercises skipped, 1 of 2 short of its sets)", "1 of 2 exercises skipped, 1 of 2 short of its sets"},
		{"pain at once", pain, OutcomeSkipped, "skipped (1 exercise skipped, stopped for pain)", "1 exercise skipped, stopped for pain"},
		// Issue #25: a three-exercise routine stopped in its first: only
		// the one reached is recorded, so no "1 of 1" that reads as a
		// routine of one exercise.
		{"stopped in the first", stoppedFirst, OutcomeSkipped, "skipped (1 exercise skipped, stopped before the end)", "1 exercise skipped, stopped before the end"},
		{"stopped short", stoppedShort, OutcomePartial, "partial (2 exercises short of their sets, stopped before the end)", "2 exercises short of their sets, stopped before the end"},
		{"summary only", session(start, 0), OutcomeCompleted, "completed", ""},
	} {
		v := c.s.Judge()
		if v.Outcome != c.want || v.Text() != c.text || v.Why() != c.why {
			t.Errorf("%s: %s %q %q, want %s %q %q", c.name, v.Outcome, v.Text(), v.Why(), c.want, c.text, c.why)
		}
		if c.s.Counts() != (c.want == OutcomeCompleted) {
			t.Errorf("%s: counts %v", c.name, c.s.Counts())
		}
	}
}

func TestASkippedRunThroughMeetsNoTargetAndNoStreak(t *testing.T) {
	now := time.Date(2026, 11, 27, 20, 0, 0, 0, time.UTC)
	sessions := []Session{
		session(time.Date(2026, 11, 23, 8, 0, 0, 0, time.UTC), 3),
		skippedThrough(time.Date(2026, 11, 24, 8, 0, 0, 0, time.UTC), 12),
	}
	sum := Summarise(sessions, now, time.UTC, 2)
	if sum.ThisWeek != 1 || sum.Streak != 0 {
		t.Errorf("this week %d, streak %d; want 1 and 0", sum.ThisWeek, sum.Streak)
	}
	weeks := RecentWeeks(sessions, now, time.UTC, 1, 2)
	if w := weeks[0]; w.Completed != 1 || w.Other != 1 || w.Met {
		t.Errorf("week %+v", w)
	}
	if d := Calendar(sessions, now, time.UTC, 1)[0][1]; d.Sessions != 1 || d.Completed != 0 {
		t.Errorf("Tuesday %+v", d)
	}
}

// Accepting an ease-off changes the step; the one painful session behind
// it must not ask for a second step down.
func TestOnePainfulSessionEasesOffOnce(t *testing.T) {
	sessions := did("pull-apart", []int{10, 10}, []int{10, 10})
	for i := range sessions {
		sessions[i].Exercises[0].RepsPlanned = "10-15"
	}
	sessions[1].Exercises[0].Comfort = ComfortPain
	tgt := target(routine.Count{Lo: 10, Hi: 15}, routine.Span{}, "")
	first := only(t, Suggest(sessions, []Target{tgt}))
	if first.Kind != EaseOff || first.To.Reps.Lo != 8 {
		t.Fatalf("first: %+v", first)
	}
	if got := Suggest(sessions, []Target{first.To}); len(got) != 0 {
		t.Errorf("after it was accepted: %+v", got)
	}
}
