package main

// Proofs through the real binary of the menu entry's "Start My Last
// Routine" (posture --start-last): an open window is asked to play the
// routine of the latest session, or to come forward on the home screen
// when there is none; with no window open, the window would open on it.

import (
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/postureapp/posture/internal/desktop"
	"github.com/postureapp/posture/internal/history"
	"github.com/postureapp/posture/internal/ui"
	"github.com/postureapp/posture/internal/wire"
)

// startLast runs posture --start-last on data with no display and
// returns its exit status and output; runtime is the socket folder.
func startLast(t *testing.T, data, runtime string) (int, string) {
	t.Helper()
	cmd := exec.Command(realBinary(t), "--data", data, "--start-last")
	cmd.Env = append(os.Environ(), "XDG_RUNTIME_DIR="+runtime, "HOME="+t.TempDir(), "POSTURE_DATA=",
		"DISPLAY=", "WAYLAND_DISPLAY=", "DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent")
	out, err := cmd.CombinedOutput()
	if ee, ok := err.(*exec.ExitError); ok {
		return ee.ExitCode(), string(out)
	} else if err != nil {
		t.Fatal(err)
	}
	return 0, string(out)
}

// windowStandIn holds the window's role for data, as an open window does,
// and passes on the requests it is sent.
func windowStandIn(t *testing.T, data string) (runtime string, reqs <-chan wire.Request) {
	t.Helper()
	runtime = shortTempDir(t) // a socket's path is at most 107 bytes
	t.Setenv("XDG_RUNTIME_DIR", runtime)
	got := make(chan wire.Request, 4)
	inst, err := desktop.Claim(ui.WindowRole, data, func(req wire.Request) wire.Reply {
		got <- req
		return wire.OK()
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(inst.Release)
	return runtime, got
}

// sessionOf is a completed session of routine, daysAgo days ago.
func sessionOf(routine string, daysAgo int) history.Session {
	s := pastSession(daysAgo, history.Completed)
	s.Routine = routine
	return s
}

func TestStartLastAsksTheOpenWindowToPlayTheLatestSessionsRoutine(t *testing.T) {
	data := t.TempDir()
	// Saved out of order: the latest by its start counts, not the last written.
	saveHistory(t, data, sessionOf("Core Basics", 1), sessionOf("Upper Back Strength", 3))
	runtime, reqs := windowStandIn(t, data)
	if code, out := startLast(t, data, runtime); code != 0 {
		t.Fatalf("exit %d: %s", code, out)
	}
	select {
	case req := <-reqs:
		if req.Verb != wire.Play || req.Routine != "Core Basics" {
			t.Errorf("the window was sent %s %q, want play \"Core Basics\"", req.Verb, req.Routine)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the open window was sent nothing")
	}
}

func TestStartLastWithoutHistoryOrWithTheRoutineGoneShowsHome(t *testing.T) {
	for _, tc := range []struct {
		name     string
		sessions []history.Session
		said     string
	}{
		{"no history", nil, ""},
		{"routine gone", []history.Session{sessionOf("My Old Routine", 1)}, `"My Old Routine", is not among your routines`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data := t.TempDir()
			saveHistory(t, data, tc.sessions...)
			runtime, reqs := windowStandIn(t, data)
			code, out := startLast(t, data, runtime)
			if code != 0 || !strings.Contains(out, tc.said) {
				t.Fatalf("exit %d, said %q, want it to say %q", code, out, tc.said)
			}
			select {
			case req := <-reqs:
				if req.Verb != wire.Show {
					t.Errorf("the window was sent %s %q, want show (the home screen)", req.Verb, req.Routine)
				}
			case <-time.After(5 * time.Second):
				t.Fatal("the open window was sent nothing")
			}
		})
	}
}

// With no window open, the window opens on the last routine: here, with
// no display, it says so and how to follow that routine in the terminal.
func TestStartLastWithNoWindowOpensOnTheLatestSessionsRoutine(t *testing.T) {
	data := t.TempDir()
	saveHistory(t, data, sessionOf("Upper Back Strength", 3), sessionOf("Core Basics", 1))
	code, out := startLast(t, data, t.TempDir())
	if code == 0 || !strings.Contains(out, `posture run "Core Basics" --terminal`) {
		t.Errorf("exit %d: %s; want the no-display line naming Core Basics", code, out)
	}
}

func TestStartAndStartLastTogetherIsAUsageMistake(t *testing.T) {
	if code, _, errs := posture(t, t.TempDir(), "--start", "core-basics", "--start-last"); code != 2 || !strings.Contains(errs, "not both") {
		t.Errorf("exit %d: %s", code, errs)
	}
}

// shortTempDir is a temporary folder with a short path, removed at cleanup.
func shortTempDir(t *testing.T) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "pst")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.RemoveAll(dir) })
	return dir
}
