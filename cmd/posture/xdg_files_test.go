package main

// Proof through the real binary that settings and state live where the
// XDG base directory spec puts them, moved once from an older layout.

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/postureapp/posture/internal/background"
	"github.com/postureapp/posture/internal/desktop"
	"github.com/postureapp/posture/internal/store"
	"github.com/postureapp/posture/internal/wire"
)

// xdgHome is a person's home with the XDG folders set, no --data.
type xdgHome struct {
	t                         *testing.T
	bin, home                 string
	data, config, state, hist string
	env                       []string
}

func newXDGHome(t *testing.T) *xdgHome {
	t.Helper()
	home := t.TempDir()
	h := &xdgHome{t: t, bin: realBinary(t), home: home,
		data:   filepath.Join(home, ".local", "share", "posture"),
		config: filepath.Join(home, ".config", "posture"),
		state:  filepath.Join(home, ".local", "state", "posture"),
	}
	h.hist = filepath.Join(h.data, "history")
	h.env = append(os.Environ(), "HOME="+home, "POSTURE_DATA=", "XDG_DATA_HOME=", "XDG_CONFIG_HOME=",
		"XDG_STATE_HOME=", "XDG_CACHE_HOME=", "XDG_RUNTIME_DIR="+t.TempDir(), "DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent")
	return h
}

// run runs posture with args and returns its exit status and outputs.
func (h *xdgHome) run(args ...string) (code int, stdout, stderr string) {
	h.t.Helper()
	cmd := exec.Command(h.bin, args...)
	cmd.Env = h.env
	// Files, not pipes: a background reminder it starts keeps its stderr.
	out, errs := h.outputFile(), h.outputFile()
	cmd.Stdout, cmd.Stderr = out, errs
	err := cmd.Run()
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		h.t.Fatal(err)
	}
	return code, readBack(h.t, out), readBack(h.t, errs)
}

// outputFile is a file for a command's output, closed at cleanup.
func (h *xdgHome) outputFile() *os.File {
	h.t.Helper()
	f, err := os.CreateTemp(h.t.TempDir(), "out")
	if err != nil {
		h.t.Fatal(err)
	}
	h.t.Cleanup(func() { _ = f.Close() })
	return f
}

// readBack is what was written to f.
func readBack(t *testing.T, f *os.File) string {
	t.Helper()
	b, err := os.ReadFile(f.Name())
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// olderLayout writes the files an older Posture kept in the data folder:
// the plan and its state at its root, the weekly target in history/.
func (h *xdgHome) olderLayout() (plan []byte) {
	h.t.Helper()
	if code, _, errs := h.run("--data", h.data, "remind", "add", "Core Basics", "--days", "mon", "--at", "07:30"); code != 0 {
		h.t.Fatal(errs)
	}
	plan, err := os.ReadFile(filepath.Join(h.data, "reminders.toml"))
	if err != nil {
		h.t.Fatal(err)
	}
	if err := os.MkdirAll(h.hist, 0o755); err != nil {
		h.t.Fatal(err)
	}
	writeFile(h.t, filepath.Join(h.hist, "target.toml"), "format = 1\nper_week = 5\n")
	writeFile(h.t, filepath.Join(h.data, "reminders-state.toml"), "format = 1\n")
	return plan
}

// TestSettingsAndStateMoveToTheirXDGFoldersOnce: a data folder laid out
// by an older Posture has its plan and weekly target moved to
// ~/.config/posture and the reminder state to ~/.local/state/posture at
// the first command, each old file kept as .migrated; the commands read
// them there (the reminder, the target 5), say so once, and posture
// paths names the new places.
func TestSettingsAndStateMoveToTheirXDGFoldersOnce(t *testing.T) {
	h := newXDGHome(t)
	plan := h.olderLayout()
	code, out, errs := h.run("remind", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var doc struct {
		File     string
		Sessions []struct{ Routine string }
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.File != filepath.Join(h.config, "reminders.toml") || len(doc.Sessions) != 1 || doc.Sessions[0].Routine != "Core Basics" {
		t.Errorf("remind --json reads %s with %+v, want the moved plan in %s", doc.File, doc.Sessions, h.config)
	}
	if strings.Count(errs, "moved ") != 3 {
		t.Errorf("want three 'moved' lines on stderr, got:\n%s", errs)
	}
	for from, to := range map[string]string{
		filepath.Join(h.data, "reminders.toml"):       filepath.Join(h.config, "reminders.toml"),
		filepath.Join(h.hist, "target.toml"):          filepath.Join(h.config, "target.toml"),
		filepath.Join(h.data, "reminders-state.toml"): filepath.Join(h.state, "reminders-state.toml"),
	} {
		now, err := os.ReadFile(to)
		kept, kerr := os.ReadFile(from + ".migrated")
		if err != nil || kerr != nil || string(now) != string(kept) {
			t.Errorf("%s: moved %q (%v), kept %q (%v)", from, now, err, kept, kerr)
		}
		if _, err := os.Lstat(from); err == nil {
			t.Errorf("%s is still there", from)
		}
	}
	if got, _ := os.ReadFile(filepath.Join(h.config, "reminders.toml")); string(got) != string(plan) {
		t.Errorf("the moved plan reads\n%s\nwant\n%s", got, plan)
	}
	code, out, errs = h.run("history", "--json")
	if code != 0 || !strings.Contains(out, `"target": 5`) {
		t.Errorf("history --json (exit %d) does not count against the moved target 5:\n%s%s", code, out, errs)
	}
	if strings.Contains(errs, "moved") {
		t.Errorf("a second command moved again: %s", errs)
	}
	_, out, _ = h.run("paths")
	for _, want := range []string{filepath.Join(h.config, "reminders.toml"), filepath.Join(h.config, "target.toml"),
		filepath.Join(h.state, "reminders-state.toml"), filepath.Join(h.data, "routines")} {
		if !strings.Contains(out, want) {
			t.Errorf("posture paths does not name %s:\n%s", want, out)
		}
	}
}

// TestDataFlagKeepsEverythingInOneFolder: with --data, the plan, its
// state and the weekly target are written in that folder, and nothing in
// ~/.config/posture or ~/.local/state/posture, for people who back up one
// folder.
func TestDataFlagKeepsEverythingInOneFolder(t *testing.T) {
	h := newXDGHome(t)
	one := filepath.Join(h.home, "Sync", "posture")
	if code, _, errs := h.run("--data", one, "remind", "add", "Core Basics", "--days", "mon", "--at", "07:30"); code != 0 {
		t.Fatal(errs)
	}
	if _, err := os.Stat(filepath.Join(one, "reminders.toml")); err != nil {
		t.Error(err)
	}
	_, out, _ := h.run("--data", one, "paths")
	for _, f := range []string{"reminders.toml", "target.toml", "reminders-state.toml"} {
		if !strings.Contains(out, filepath.Join(one, f)) {
			t.Errorf("posture --data paths does not put %s in %s:\n%s", f, one, out)
		}
	}
	for _, dir := range []string{h.config, h.state} {
		if _, err := os.Stat(dir); err == nil {
			t.Errorf("%s was made though --data keeps everything in %s", dir, one)
		}
	}
}

// TestAnOlderBackgroundReminderIsStoppedBeforeTheMoveAndStartedAfter: a
// background reminder of an older Posture, still running on the plan in
// the data folder, is asked to quit before the files move (so the state
// it writes last is moved too), and this version's starts on the moved
// plan.
func TestAnOlderBackgroundReminderIsStoppedBeforeTheMoveAndStartedAfter(t *testing.T) {
	h := newXDGHome(t)
	h.olderLayout()
	runtime := shortTempDir(t)
	h.env = append(h.env, "XDG_RUNTIME_DIR="+runtime)
	t.Setenv("XDG_RUNTIME_DIR", runtime)
	planStillThere := make(chan bool, 1)
	var older *desktop.Instance
	older, err := desktop.Claim(background.Role, h.data, func(req wire.Request) wire.Reply {
		if req.Verb == wire.Quit {
			_, err := os.Stat(filepath.Join(h.data, "reminders.toml"))
			planStillThere <- err == nil
			go older.Release()
		}
		return wire.OK()
	})
	if err != nil {
		t.Fatal(err)
	}
	if code, _, errs := h.run("remind"); code != 0 {
		t.Fatal(errs)
	}
	select {
	case there := <-planStillThere:
		if !there {
			t.Error("the older background reminder was asked to quit after its plan had moved")
		}
	default:
		t.Fatal("the older background reminder was not asked to quit")
	}
	c := background.NewClient(store.Layout(h.data), "")
	t.Cleanup(func() { stopBackground(c) })
	for i := 0; !c.Running(); i++ {
		if i == 100 {
			t.Fatal("no background reminder runs after the move")
		}
		time.Sleep(100 * time.Millisecond)
	}
	if next, ok := c.Status().NextReminder(); !ok || next.Routine != "Core Basics" {
		t.Errorf("the background reminder started after the move reminds next of %+v, want the moved plan's Core Basics", next)
	}
}
