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

// A session planned before the hours start is named at the time it really
// comes, when they start, by home (NextSession) and by Settings, the tray
// and `posture remind` (Scheduler.Next) alike.
func TestNextReminderComesWhenTheHoursStart(t *testing.T) {
	sun := time.Date(2026, 12, 6, 22, 0, 0, 0, time.UTC) // a Sunday, 22:00
	p := Plan{Quiet: DefaultQuiet, Sessions: []Session{
		{Routine: "Morning", Days: DaysOf(time.Monday), At: 7*60 + 30},
	}}
	want := time.Date(2026, 12, 7, 8, 0, 0, 0, time.UTC)
	if _, at, ok := p.NextSession(sun); !ok || !at.Equal(want) {
		t.Fatalf("home's next reminder is at %v (%v), want Monday 08:00", at, ok)
	}
	s := &Scheduler{Plan: p, State: &State{}, Loc: time.UTC, Clock: &fakeClock{t: sun}}
	if next, ok := s.Next(); !ok || !next.Planned.Equal(want) {
		t.Fatalf("Settings' next reminder is at %v (%v), want Monday 08:00", next.Planned, ok)
	}
	// At 07:45 Monday the 07:30 reminder has not come yet: it still comes at 08:00.
	if _, at, _ := p.NextSession(want.Add(-15 * time.Minute)); !at.Equal(want) {
		t.Fatalf("at 07:45 the next reminder is at %v, want 08:00", at)
	}
}
