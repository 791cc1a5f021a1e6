package main

// Proof of the buttons on reminder notifications through the real
// binary: `posture --background` on a private bus with a stand-in
// notification server that shows buttons, and a stand-in window holding
// the window's socket, as an open Posture window does.

import (
	"fmt"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/postureapp/posture/internal/background"
	"github.com/postureapp/posture/internal/desktop"
	"github.com/postureapp/posture/internal/desktop/desktoptest"
	"github.com/postureapp/posture/internal/remind"
	"github.com/postureapp/posture/internal/store"
	"github.com/postureapp/posture/internal/ui"
	"github.com/postureapp/posture/internal/wire"
)

// standInWindow holds the window's role for the data folder and passes
// on every request the window would be sent.
func standInWindow(t *testing.T, r *trayRig) <-chan wire.Request {
	t.Helper()
	t.Setenv("XDG_RUNTIME_DIR", r.runtime)
	reqs := make(chan wire.Request, 16)
	inst, err := desktop.Claim(ui.WindowRole, r.data, func(req wire.Request) wire.Reply {
		reqs <- req
		return wire.OK()
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(inst.Release)
	return reqs
}

// dueAMinuteAgo plans routines for a minute ago, today only, and has
// them remembered as last reminded yesterday: they fall due together at
// the background's first check.
func (r *trayRig) dueAMinuteAgo(routines ...string) {
	r.t.Helper()
	due := time.Now().Add(-time.Minute).Truncate(time.Minute)
	if due.Day() != time.Now().Day() {
		r.t.Skip("a minute past midnight: yesterday's reminder would be too old")
	}
	r.posture("remind", "hours", "--from", "00:00", "--to", "00:00")
	y, m, d := due.AddDate(0, 0, -1).Date()
	state := &remind.State{Done: map[string]int{}}
	for _, name := range routines {
		r.posture("remind", "add", name, "--days", remind.DayName(due.Weekday()), "--at", due.Format("15:04"))
		state.Done[name] = y*10000 + int(m)*100 + d
	}
	if err := remind.SaveState(filepath.Join(r.data, remind.StateFileName), state); err != nil {
		r.t.Fatal(err)
	}
}

// nextRequest is the next request to the window with verb, skipping
// others, or a failed test after 20 seconds (a window process starting
// on a loaded machine forwards it).
func nextRequest(t *testing.T, reqs <-chan wire.Request, verb wire.Verb) wire.Request {
	t.Helper()
	timeout := time.After(20 * time.Second)
	for {
		select {
		case req := <-reqs:
			if req.Verb == verb {
				return req
			}
		case <-timeout:
			t.Fatalf("the window was not sent %s", verb)
			return wire.Request{}
		}
	}
}

// noticeFor is the notification whose summary names routine.
func noticeFor(t *testing.T, notices []desktoptest.Notice, routine string) desktoptest.Notice {
	t.Helper()
	i := slices.IndexFunc(notices, func(n desktoptest.Notice) bool { return n.Summary == "Time for "+routine })
	if i < 0 {
		t.Fatalf("no notification for %s in %+v", routine, notices)
	}
	return notices[i]
}

// snoozeOf waits up to five seconds for the state to hold a snooze of
// routine, and returns it.
func snoozeOf(t *testing.T, data, routine string) remind.Snooze {
	t.Helper()
	for range 50 {
		st, err := remind.ReadState(filepath.Join(data, remind.StateFileName))
		if err != nil {
			t.Fatal(err)
		}
		if sn, ok := st.Snoozed[routine]; ok {
			return sn
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("%s was not snoozed", routine)
	return remind.Snooze{}
}

// TestProofNotificationButtons: three reminders fall due together; each
// gets a notification of category x-posture.reminder with Start and
// Snooze, and the window is asked to show the prompt for all three.
// Snooze on one notification snoozes that reminder only, by
// remind.SnoozeFor; Start on another asks the open window to play its
// routine, as the prompt's Start does; and the third, answered in the
// prompt, is withdrawn from the screen.
func TestProofNotificationButtons(t *testing.T) {
	display := desktoptest.StartXvfb(t, "640x480x24")
	r := newTrayRig(t, display)
	server := desktoptest.StartNotifications(t, r.bus, "body", "actions")
	window := standInWindow(t, r)

	routines := []string{"Upper Back Strength", "Forward Head", "Core Basics"}
	r.dueAMinuteAgo(routines...)
	r.startBackground()

	notices := server.Wait(t, len(routines), 15*time.Second)
	want := []string{string(wire.Start), "Start", string(wire.Snooze), fmt.Sprintf("Snooze %d min", int(remind.SnoozeFor.Minutes()))}
	for _, n := range notices {
		if !slices.Equal(n.Actions, want) || n.Category != "x-posture.reminder" {
			t.Errorf("%q: actions %q, category %q; want %q, x-posture.reminder", n.Summary, n.Actions, n.Category, want)
		}
	}
	prompt := nextRequest(t, window, wire.ShowPrompt).Reminders()
	if len(prompt) != len(routines) {
		t.Fatalf("the prompt lists %+v, want the three reminders", prompt)
	}

	pressed := time.Now()
	server.Invoke(t, noticeFor(t, notices, "Forward Head").ID, string(wire.Snooze))
	sn := snoozeOf(t, r.data, "Forward Head")
	if sn.Until.Before(pressed.Add(remind.SnoozeFor).Truncate(time.Second)) || sn.Until.After(time.Now().Add(remind.SnoozeFor)) {
		t.Errorf("Snooze pressed at %v: snoozed until %v, want %v later", pressed, sn.Until, remind.SnoozeFor)
	}

	server.Invoke(t, noticeFor(t, notices, "Upper Back Strength").ID, string(wire.Start))
	if play := nextRequest(t, window, wire.Play); play.Routine != "Upper Back Strength" {
		t.Errorf("Start on Upper Back Strength's notification asks the window to play %q", play.Routine)
	}
	st, err := remind.ReadState(filepath.Join(r.data, remind.StateFileName))
	if err != nil {
		t.Fatal(err)
	}
	if _, snoozed := st.Snoozed["Upper Back Strength"]; snoozed || len(st.Snoozed) != 1 {
		t.Errorf("after Start, the snoozes are %+v: want Forward Head's only", st.Snoozed)
	}

	core := prompt[slices.IndexFunc(prompt, func(p remind.Prompt) bool { return p.Routine == "Core Basics" })]
	if err := background.NewClient(store.Layout(r.data), r.data).Answer(wire.Skip, core); err != nil {
		t.Fatal(err)
	}
	got := server.WaitFor(t, 5*time.Second, func(got []desktoptest.Notice) bool { return noticeFor(t, got, "Core Basics").Withdrawn })
	for _, name := range routines[:2] {
		if noticeFor(t, got, name).Withdrawn {
			t.Errorf("%s's notification, answered by its own button, was withdrawn too", name)
		}
	}
}

// TestProofNotificationStartWithoutAWindow: with no Posture window open,
// Start on a reminder's notification opens the window on its routine.
func TestProofNotificationStartWithoutAWindow(t *testing.T) {
	for _, tool := range []string{"Xvfb", "xdotool"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not installed (make deps-test installs it)", tool)
		}
	}
	display := desktoptest.StartXvfb(t, "1280x800x24")
	r := newTrayRig(t, display)
	server := desktoptest.StartNotifications(t, r.bus, "body", "actions")
	r.dueAMinuteAgo("Upper Back Strength")
	r.startBackground()
	notice := server.Wait(t, 1, 15*time.Second)[0]
	if len(windows(display)) != 0 {
		t.Fatal("a window named Posture is open before Start")
	}
	server.Invoke(t, notice.ID, string(wire.Start))
	w := waitWindow(t, display)
	if !running(w.pid) {
		t.Error("the window's process is gone")
	}
}
