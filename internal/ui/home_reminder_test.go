package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/postureapp/posture/internal/remind"
)

// Home's header names the reminder that really comes next, as Settings
// and `posture remind` do: not a routine already done today, and a
// snoozed one when its snooze ends. A reminder added by another program
// shows at the next poll, without leaving home.
func TestHomeNamesTheReminderThatComesNext(t *testing.T) {
	u, c := newReminderApp(t)
	sun := time.Date(2026, 12, 6, 14, 40, 0, 0, time.Local) // a Sunday
	u.clockNow = func() time.Time { return sun }
	plan := remind.Plan{Quiet: remind.DefaultQuiet, Breaks: remind.Breaks{Every: 50 * time.Minute, Routine: "Desk Posture Break"}, Sessions: []remind.Session{
		{Routine: "Test Flow", Days: remind.DaysOf(time.Sunday), At: 14*60 + 56},
		{Routine: "Upper Back Strength", Days: remind.DaysOf(time.Sunday), At: 14*60 + 50},
	}}
	if err := c.SavePlan(plan); err != nil {
		t.Fatal(err)
	}
	state := &remind.State{}
	s := &remind.Scheduler{Plan: plan, State: state, Loc: time.Local, Clock: fixedNow(sun)}
	s.StartNow(remind.Prompt{Kind: remind.Scheduled, Routine: "Test Flow", Planned: sun.Add(16 * time.Minute)})
	s.Snooze(remind.Prompt{Kind: remind.Scheduled, Routine: "Upper Back Strength", Planned: sun.Add(10 * time.Minute)}, 26*time.Minute)
	if err := remind.SaveState(c.StatePath(), state); err != nil {
		t.Fatal(err)
	}
	u.showHome()
	if got := u.home.status.Text; !strings.Contains(got, "Next reminder: Sun at 15:06, Upper Back Strength") {
		t.Errorf("home's header says %q, want Upper Back Strength at 15:06 when its snooze ends", got)
	}

	before := u.remindersStamp()
	plan.SetSession(remind.Session{Routine: "Desk Posture Break", Days: remind.DaysOf(time.Sunday), At: 14*60 + 45})
	if err := c.SavePlan(plan); err != nil {
		t.Fatal(err)
	}
	u.pollReminders(before)
	if got := u.home.status.Text; !strings.Contains(got, "Next reminder: Sun at 14:45, Desk Posture Break") {
		t.Errorf("after a reminder was added elsewhere home's header says %q", got)
	}
	if facts := rowFor(t, u.home, "Desk Posture Break").Facts; !strings.Contains(facts, "Reminder: Sun at 14:45") {
		t.Errorf("its row says %q", facts)
	}
}

type fixedNow time.Time

func (c fixedNow) Now() time.Time { return time.Time(c) }
