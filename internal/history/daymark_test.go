package history

import (
	"testing"
	"time"
)

// Each calendar day is marked by what its sessions did: pain above all,
// then a completed session, then partial work, then nothing done.
func TestCalendarMarksEachDayByWhatHappened(t *testing.T) {
	loc := berlin(t)
	day := func(d, h int) time.Time { return at(loc, 2026, 11, d, h, 0) } // 16 Nov 2026 is a Monday
	completed := session(day(16, 8), 2)
	partial := session(day(17, 8), 2)
	partial.Exercises[1].SetsDone, partial.Exercises[1].Reps = 0, nil
	skipped := session(day(18, 8), 1)
	skipped.Exercises[0].SetsDone, skipped.Exercises[0].Reps = 0, nil
	stopped := session(day(18, 9), 2)
	stopped.Status = Stopped
	stopped.Exercises = nil
	painAfterCompleted := []Session{session(day(19, 8), 1), session(day(19, 18), 1)}
	painAfterCompleted[1].Status = Pain
	partialAndCompleted := []Session{partial, session(day(20, 18), 1)}
	partialAndCompleted[0].Started = day(20, 8)

	sessions := append([]Session{completed, partial, skipped, stopped}, painAfterCompleted...)
	sessions = append(sessions, partialAndCompleted...)
	cal := Calendar(sessions, day(22, 20), loc, 1)
	want := []DayMark{DayCompleted, DayPartial, DaySkipped, DayPain, DayCompleted, DayNone, DayNone}
	for d, cell := range cal[0] {
		if cell.Mark != want[d] {
			t.Errorf("%s: %s, want %s", cell.Date.Format("Mon 2 Jan"), cell.Mark.Name(), want[d].Name())
		}
	}
}

func TestToGoCountsTheSessionsLeftThisWeek(t *testing.T) {
	for _, c := range []struct{ done, target, want int }{{0, 3, 3}, {2, 3, 1}, {3, 3, 0}, {5, 3, 0}} {
		if got := (Summary{ThisWeek: c.done, Target: c.target}).ToGo(); got != c.want {
			t.Errorf("%d of %d: %d to go, want %d", c.done, c.target, got, c.want)
		}
	}
}
