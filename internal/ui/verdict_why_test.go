package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/postureapp/posture/internal/history"
	"github.com/postureapp/posture/internal/locale"
	"github.com/postureapp/posture/internal/remind"
)

// TestAStoppedSessionCountsWithoutADenominator: a session stopped during
// the first of three exercises records only that one, so "1 of 1
// exercise skipped" would read as a routine of one exercise; the window
// says what the CLI says.
func TestAStoppedSessionCountsWithoutADenominator(t *testing.T) {
	inLanguage(t, locale.English)
	newReminderApp(t) // the window loads its catalogue: "1 exercise", not "1 exercises"
	cases := []struct {
		v    history.Verdict
		want string
	}{
		{history.Verdict{Outcome: history.OutcomeSkipped, Exercises: 1, Skipped: 1, Stopped: true}, "1 exercise skipped, stopped before the end"},
		{history.Verdict{Outcome: history.OutcomePartial, Exercises: 2, Short: 2, Stopped: true, Pain: true}, "2 exercises short of their sets, stopped for pain"},
		{history.Verdict{Outcome: history.OutcomePartial, Exercises: 5, Skipped: 3}, "3 of 5 exercises skipped"},
	}
	for _, c := range cases {
		if got := verdictWhy(c.v); got != c.want {
			t.Errorf("%+v: %q, want %q", c.v, got, c.want)
		}
		if got := c.v.Why(); got != c.want {
			t.Errorf("the CLI's Why of %+v: %q, want %q", c.v, got, c.want)
		}
	}
}

// TestHomeNamesTheTimeAReminderReallyComes: a reminder set for 07:30
// with reminders allowed from 08:00 comes at 08:00, and home's header
// says so, as Settings and `posture remind` do.
func TestHomeNamesTheTimeAReminderReallyComes(t *testing.T) {
	u, _ := newReminderApp(t)
	u.showHome()
	plan := remind.Plan{Quiet: remind.DefaultQuiet, Sessions: []remind.Session{
		{Routine: "Test Flow", Days: remind.DaysOf(time.Monday), At: 7*60 + 30},
	}}
	u.home.refreshStatus(plan)
	if got := u.home.status.Text; !strings.Contains(got, "at 08:00") || strings.Contains(got, "07:30") {
		t.Errorf("home's header says %q, want the reminder at 08:00", got)
	}
}
