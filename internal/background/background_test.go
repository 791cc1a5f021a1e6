package background

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/postureapp/posture/assets"
	"github.com/postureapp/posture/internal/desktop"
	"github.com/postureapp/posture/internal/remind"
	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/wire"
	"github.com/postureapp/posture/routines"
)

type fixedClock time.Time

func (c fixedClock) Now() time.Time { return time.Time(c) }

// newDaemon is a reminder process with a plan of one routine on Mondays
// at 18:00, a given display, and what it notifies, opens and logs kept.
func newDaemon(t *testing.T, display bool) (d *daemon, notified, opened *[]string, log *strings.Builder) {
	t.Helper()
	notified, opened, log = new([]string), new([]string), new(strings.Builder)
	plan := remind.NewPlan()
	plan.Sessions = []remind.Session{{Routine: "Upper Back Strength", Days: remind.DaysOf(time.Monday), At: 18 * 60}}
	state, _ := remind.LoadState(filepath.Join(t.TempDir(), remind.StateFileName))
	d = &daemon{
		cfg: Config{
			StatePath: filepath.Join(t.TempDir(), remind.StateFileName),
			Log:       log,
			Notify: func(n desktop.Notification) (uint32, error) {
				*notified = append(*notified, n.Title)
				return uint32(len(*notified)), nil
			},
			Open:       func(args ...string) error { *opened = append(*opened, strings.Join(args, " ")); return nil },
			HasDisplay: func() bool { return display },
		},
		sched: &remind.Scheduler{Plan: plan, State: state, Loc: time.Local,
			Clock: fixedClock(time.Date(2026, 11, 16, 12, 0, 0, 0, time.Local))},
		quit: make(chan struct{}),
	}
	return d, notified, opened, log
}

// Without a display a reminder is a notification only, and the log says
// why once; with one, the prompt window opens too.
func TestWithoutADisplayAReminderIsANotificationOnly(t *testing.T) {
	p := remind.Prompt{Routine: "Upper Back Strength", Planned: time.Date(2026, 11, 16, 18, 0, 0, 0, time.Local)}
	d, notified, opened, log := newDaemon(t, false)
	d.remind([]remind.Prompt{p})
	d.remind([]remind.Prompt{p})
	if len(*notified) != 2 || len(*opened) != 0 {
		t.Errorf("without a display: notified %q, opened %q", *notified, *opened)
	}
	if n := strings.Count(log.String(), "notifications only"); n != 1 {
		t.Errorf("said %d times:\n%s", n, log)
	}
	d, _, opened, _ = newDaemon(t, true)
	d.remind([]remind.Prompt{p})
	if len(*opened) != 1 || !strings.HasPrefix((*opened)[0], "--prompt ") {
		t.Fatalf("with a display: opened %q", *opened)
	}
	got, err := wire.ParsePromptArg(strings.TrimPrefix((*opened)[0], "--prompt "))
	if err != nil || len(got) != 1 || got[0].Routine != p.Routine || !got[0].Planned.Equal(p.Planned) {
		t.Errorf("the prompt window is given %+v, %v", got, err)
	}
}

// The background answers its own requests and refuses the window's.
func TestTheBackgroundAnswersItsRequests(t *testing.T) {
	d, _, _, _ := newDaemon(t, true)
	rep := d.handle(wire.Ask(wire.GetStatus))
	if rep.Err() != nil || rep.Status == nil || rep.Status.IdleSource != "" {
		t.Fatalf("status %+v", rep)
	}
	next, ok := rep.Status.NextReminder()
	if !ok || next.Routine != "Upper Back Strength" {
		t.Errorf("next %+v, %v", next, ok)
	}
	p := remind.Prompt{Routine: "Upper Back Strength", Planned: next.Planned}
	if rep := d.handle(wire.About(wire.Snooze, p)); rep.Err() != nil {
		t.Fatal(rep.Err())
	}
	if sn := d.sched.State.Snoozed["Upper Back Strength"]; !sn.Until.Equal(time.Time(d.sched.Clock.(fixedClock)).Add(remind.SnoozeFor)) {
		t.Errorf("snoozed until %v", sn.Until)
	}
	if rep := d.handle(wire.Ask(wire.Show)); !wire.IsRefused(rep.Err(), wire.BadRequest) {
		t.Errorf("the window's request: %+v", rep)
	}
}

// A reminder's notification says the routine's planned length in the
// words and number the window's home and prompt use.
func TestANotificationSaysThePlannedLengthAsTheWindowDoes(t *testing.T) {
	d, _, _, _ := newDaemon(t, false)
	var bodies []string
	d.cfg.Notify = func(n desktop.Notification) (uint32, error) {
		bodies = append(bodies, n.Body)
		return uint32(len(bodies)), nil
	}
	d.cfg.Sources = routine.Sources{BuiltinExercises: assets.ExerciseFiles(), BuiltinRoutines: routines.FS}
	cat := routine.Load(d.cfg.Sources)
	r := cat.Routine("Upper Back Strength")
	if r == nil {
		t.Fatal("no built-in Upper Back Strength")
	}
	d.remind([]remind.Prompt{{Routine: r.Name, Planned: time.Date(2026, 11, 16, 18, 0, 0, 0, time.Local)}})
	want := " About " + routine.LengthText(r.Size(cat.Library).Time) + "."
	if len(bodies) != 1 || !strings.HasSuffix(bodies[0], want) {
		t.Errorf("notification %q, want it to end %q", bodies, want)
	}
}
