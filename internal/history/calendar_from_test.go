package history

import (
	"testing"
	"time"
)

// The calendar's rows start on the day the locale's week starts, and a
// session lands on its own day whichever that is.
func TestCalendarFromStartsOnTheFirstDay(t *testing.T) {
	friday := time.Date(2026, 11, 20, 18, 0, 0, 0, time.UTC)
	sunday := Session{ID: "s", Started: time.Date(2026, 11, 15, 9, 0, 0, 0, time.UTC), Status: Completed}
	for _, first := range []time.Weekday{time.Monday, time.Sunday, time.Saturday} {
		weeks := CalendarFrom([]Session{sunday}, friday, time.UTC, 2, first)
		if got := weeks[0][0].Date.Weekday(); got != first {
			t.Errorf("weeks from %v start on %v", first, got)
		}
		found := 0
		for _, w := range weeks {
			for _, d := range w {
				if d.Sessions > 0 {
					found++
					if d.Date.Day() != 15 {
						t.Errorf("weeks from %v: the session shows on the %d", first, d.Date.Day())
					}
				}
			}
		}
		if found != 1 {
			t.Errorf("weeks from %v: the Sunday session shows %d times", first, found)
		}
		last := weeks[len(weeks)-1]
		if !(last[0].Date.Before(friday) && last[6].Date.After(friday.Add(-24*time.Hour))) {
			t.Errorf("weeks from %v: the last row %v-%v does not hold today", first, last[0].Date, last[6].Date)
		}
	}
}
