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
	s, at, ok := nextSession(p, wed)
	if !ok || s.Routine != "Morning" || !at.Equal(time.Date(2026, 12, 3, 7, 30, 0, 0, time.UTC)) {
		t.Fatalf("next is %q at %v (%v), want Morning on Thursday 07:30", s.Routine, at, ok)
	}
	s, at, _ = nextSession(p, wed.Add(-2*time.Hour))
	if s.Routine != "Evening" || !at.Equal(time.Date(2026, 12, 2, 18, 0, 0, 0, time.UTC)) {
		t.Fatalf("at 17:00 next is %q at %v, want Evening today 18:00", s.Routine, at)
	}
	if _, _, ok := nextSession(Plan{}, wed); ok {
		t.Fatal("an empty plan has a next session")
	}
}

// A session planned before the hours start is named at the time it really
// comes, when they start, by home, Settings, the tray and `posture remind`
// (UpcomingAt, Scheduler.Next) alike.
func TestNextReminderComesWhenTheHoursStart(t *testing.T) {
	sun := time.Date(2026, 12, 6, 22, 0, 0, 0, time.UTC) // a Sunday, 22:00
	p := Plan{Quiet: DefaultQuiet, Sessions: []Session{
		{Routine: "Morning", Days: DaysOf(time.Monday), At: 7*60 + 30},
	}}
	want := time.Date(2026, 12, 7, 8, 0, 0, 0, time.UTC)
	if _, at, ok := nextSession(p, sun); !ok || !at.Equal(want) {
		t.Fatalf("home's next reminder is at %v (%v), want Monday 08:00", at, ok)
	}
	s := &Scheduler{Plan: p, State: &State{}, Loc: time.UTC, Clock: &fakeClock{t: sun}}
	if next, ok := s.Next(); !ok || !next.Planned.Equal(want) {
		t.Fatalf("Settings' next reminder is at %v (%v), want Monday 08:00", next.Planned, ok)
	}
	// At 07:45 Monday the 07:30 reminder has not come yet: it still comes at 08:00.
	if _, at, _ := nextSession(p, want.Add(-15*time.Minute)); !at.Equal(want) {
		t.Fatalf("at 07:45 the next reminder is at %v, want 08:00", at)
	}
}

// nextSession is the first of UpcomingAt with no state: what home names.
func nextSession(p Plan, now time.Time) (Prompt, time.Time, bool) {
	up := UpcomingAt(p, &State{}, now, 1)
	if len(up) == 0 {
		return Prompt{}, time.Time{}, false
	}
	return up[0], up[0].Planned, true
}

// A routine done today and a snoozed one: the next reminder is the
// snoozed one when its snooze ends, not the one done today.
func TestNextReminderSkipsWhatWasDoneAndFollowsASnooze(t *testing.T) {
	sun := time.Date(2026, 12, 6, 14, 0, 0, 0, time.UTC) // a Sunday
	p := Plan{Quiet: DefaultQuiet, Sessions: []Session{
		{Routine: "Quick Test", Days: DaysOf(time.Sunday), At: 14*60 + 56},
		{Routine: "Wall Work", Days: DaysOf(time.Sunday), At: 14*60 + 50},
	}}
	st := &State{}
	s := &Scheduler{Plan: p, State: st, Loc: time.UTC, Clock: &fakeClock{t: sun}}
	s.StartNow(Prompt{Kind: Scheduled, Routine: "Quick Test", Planned: sun.Add(56 * time.Minute)})
	s.Snooze(Prompt{Kind: Scheduled, Routine: "Wall Work", Planned: sun.Add(50 * time.Minute)}, 16*time.Minute)
	up := UpcomingAt(p, st, sun, 1)
	if len(up) != 1 || up[0].Routine != "Wall Work" || !up[0].Planned.Equal(sun.Add(16*time.Minute)) {
		t.Fatalf("next reminder %+v, want Wall Work at 14:16 when its snooze ends", up)
	}
}
