package remind

import (
	"testing"
	"time"
)

// Issue #26: reminders due together all come, and none is marked done
// until the person answers it.
func TestRemindersDueTogetherAllComeAndWaitForAnAnswer(t *testing.T) {
	loc := berlin(t)
	m := newSim(t, planWith(
		Session{Routine: "Band Only", Days: everyDay(), At: 8 * 60},
		Session{Routine: "Dynamic Warm-up", Days: everyDay(), At: 8 * 60},
	), at(loc, 2026, 11, 16, 7, 50))
	m.runUntil(at(loc, 2026, 11, 16, 8, 30))
	m.wantShown(due("Band Only", at(loc, 2026, 11, 16, 8, 0)), due("Dynamic Warm-up", at(loc, 2026, 11, 16, 8, 0)))
	if done := m.s.State.Done; done["Band Only"] >= 20261116 || done["Dynamic Warm-up"] >= 20261116 {
		t.Fatalf("marked done before any answer: %v", done)
	}
	m.s.Skip(m.shown[0].p)
	if done := m.s.State.Done; done["Band Only"] != 20261116 || done["Dynamic Warm-up"] >= 20261116 {
		t.Fatalf("after Skip on Band Only: %v", done)
	}
	// The background process restarts before the warm-up was answered:
	// it comes again, as it was never seen to an end.
	m.s = &Scheduler{Plan: m.s.Plan, State: m.s.State, Loc: loc, Clock: m.clock, Idle: m.idle}
	m.shown = nil
	m.runUntil(at(loc, 2026, 11, 16, 8, 40))
	m.wantShown(shown{at(loc, 2026, 11, 16, 8, 30), Prompt{Routine: "Dynamic Warm-up", Planned: at(loc, 2026, 11, 16, 8, 0)}})
}

// Quiet hours and a full-screen window hold reminders back; when they
// end, every one held comes.
func TestRemindersHeldBackComeTogether(t *testing.T) {
	loc := berlin(t)
	m := newSim(t, planWith(
		Session{Routine: "Chest and Neck Stretch", Days: everyDay(), At: 7*60 + 57},
		Session{Routine: "Y-T-W Series", Days: everyDay(), At: 7*60 + 58},
	), at(loc, 2026, 11, 16, 7, 50))
	m.busy = true
	m.runUntil(at(loc, 2026, 11, 16, 8, 10))
	m.busy = false
	m.runUntil(at(loc, 2026, 11, 16, 8, 20))
	if len(m.shown) != 2 || m.shown[0].p.Routine != "Chest and Neck Stretch" || m.shown[1].p.Routine != "Y-T-W Series" {
		t.Fatalf("want both after the full-screen window:\n%s", describe(m.shown))
	}
}

// A routine already done that day is not reminded of again that day.
func TestARoutineDoneThatDayIsNotRemindedOf(t *testing.T) {
	loc := berlin(t)
	m := newSim(t, planWith(Session{Routine: "Forward Head", Days: everyDay(), At: 12 * 60}), at(loc, 2026, 11, 16, 7, 0))
	m.s.DoneThatDay = func(routine string, t time.Time) bool { return routine == "Forward Head" && t.Day() == 16 }
	m.runUntil(at(loc, 2026, 11, 17, 12, 30))
	m.wantShown(due("Forward Head", at(loc, 2026, 11, 17, 12, 0)))
}

// New reminders are spread: the second routine on the same days is not
// proposed for the minute the first one has.
func TestProposeAtSpreadsNewReminders(t *testing.T) {
	p := NewPlan()
	p.Quiet = Hours{}
	mwf := DaysOf(time.Monday, time.Wednesday, time.Friday)
	if at := p.ProposeAt("Band Only", mwf); at != DefaultAt {
		t.Fatalf("the first reminder: %s, want 18:00", at)
	}
	p.SetSession(Session{Routine: "Band Only", Days: mwf, At: p.ProposeAt("Band Only", mwf)})
	second := p.ProposeAt("Dynamic Warm-up", DaysOf(time.Monday))
	p.SetSession(Session{Routine: "Dynamic Warm-up", Days: DaysOf(time.Monday), At: second})
	third := p.ProposeAt("Y-T-W Series", mwf)
	if second != DefaultAt+30 || third != DefaultAt-30 {
		t.Errorf("second %s, third %s; want 18:30 and 17:30", second, third)
	}
	if at := p.ProposeAt("Forward Head", DaysOf(time.Tuesday)); at != DefaultAt {
		t.Errorf("a reminder on other days: %s, want 18:00", at)
	}
	if at := p.ProposeAt("Band Only", mwf); at != DefaultAt {
		t.Errorf("the routine's own reminder is no clash: %s", at)
	}
	p.Quiet = Hours{From: 8 * 60, To: 18 * 60}
	if at := p.ProposeAt("Chin Tucks", DaysOf(time.Sunday)); at != 17*60+30 {
		t.Errorf("with reminders allowed 08:00-18:00: %s, want 17:30", at)
	}
}

// A prompt back from a snooze says so in plain words.
func TestASnoozedPromptSaysSnoozedFrom(t *testing.T) {
	loc := berlin(t)
	m := newSim(t, planWith(Session{Routine: "A", Days: everyDay(), At: 7*60 + 56}), at(loc, 2026, 11, 16, 7, 50))
	m.answer = func(p Prompt) {
		if !p.Snoozed {
			m.s.Snooze(p, SnoozeFor)
		}
	}
	m.runUntil(at(loc, 2026, 11, 16, 8, 30))
	if len(m.shown) != 2 {
		t.Fatalf("want the reminder and its return:\n%s", describe(m.shown))
	}
	if got := m.shown[1].p.Text(m.shown[1].at); got != "Snoozed from 07:56." {
		t.Errorf("the snoozed prompt says %q", got)
	}
}
