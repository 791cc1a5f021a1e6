package remind

import (
	"testing"
	"time"
)

// The next reminder is the planned session due soonest after now, on a
// later day when today's time has passed.
func TestNextSessionIsTheSoonestPlanned(t *testing.T) {
	wed := time.Date(2026, 12, 2, 19, 0, 0, 0, time.UTC) // a Wednesday, 19:00
	p := Plan{Sessions: []Session{
		{Routine: "Evening", Days: DaysOf(time.Wednesday, time.Friday), At: 18 * 60},
		{Routine: "Morning", Days: DaysOf(time.Thursday), At: 7*60 + 30},
	}}
	s, at, ok := p.NextSession(wed)
	if !ok || s.Routine != "Morning" || !at.Equal(time.Date(2026, 12, 3, 7, 30, 0, 0, time.UTC)) {
		t.Fatalf("next is %q at %v (%v), want Morning on Thursday 07:30", s.Routine, at, ok)
	}
	s, at, _ = p.NextSession(wed.Add(-2 * time.Hour))
	if s.Routine != "Evening" || !at.Equal(time.Date(2026, 12, 2, 18, 0, 0, 0, time.UTC)) {
		t.Fatalf("at 17:00 next is %q at %v, want Evening today 18:00", s.Routine, at)
	}
	if _, _, ok := (Plan{}).NextSession(wed); ok {
		t.Fatal("an empty plan has a next session")
	}
}
