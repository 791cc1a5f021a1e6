package store

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// crash is what a move cut short by reached panics with.
type crash struct{ step string }

// moveCutShortAt runs MoveOnce and stops it after step, as a power cut
// there would; it reports whether the move got that far.
func moveCutShortAt(t *testing.T, step, from, to string) (cut bool) {
	t.Helper()
	reached = func(s string) {
		if s == step {
			panic(crash{s})
		}
	}
	defer func() {
		reached = func(string) {}
		if r := recover(); r != nil {
			if _, ok := r.(crash); !ok {
				panic(r)
			}
			cut = true
		}
	}()
	MoveOnce(from, to)
	return false
}

// TestMoveOnceLosesNothingWhereverItIsCutShort moves a plan from the data
// folder to the config folder, stops the move after each of its steps in
// turn and runs it again, as the next start does: the plan is always on
// disk whole, ends at its new place, and the old file is kept once as
// .migrated beside where it was.
func TestMoveOnceLosesNothingWhereverItIsCutShort(t *testing.T) {
	const plan = "format = 1\n\n[[session]]\nroutine = \"Morning Reset\"\ndays = [\"mon\"]\nat = \"07:30\"\n"
	for _, step := range []string{"copied", "placed", "set aside"} {
		t.Run(step, func(t *testing.T) {
			data, config := t.TempDir(), filepath.Join(t.TempDir(), "posture")
			from, to := filepath.Join(data, RemindersFile), filepath.Join(config, RemindersFile)
			writeTestFile(t, from, plan)
			if !moveCutShortAt(t, step, from, to) {
				t.Fatalf("the move never reached %q", step)
			}
			if !holds(from, plan) && !holds(to, plan) {
				t.Fatalf("cut short after %q, the plan is in neither %s nor %s", step, from, to)
			}
			m, _ := MoveOnce(from, to)
			if m.Err != nil || m.Use != to {
				t.Fatalf("the move run again: %+v", m)
			}
			if !holds(to, plan) {
				t.Errorf("%s does not hold the plan after the move was run again", to)
			}
			if !holds(from+".migrated", plan) {
				t.Errorf("the old plan is not kept as %s.migrated", from)
			}
			for _, dir := range []string{data, config} {
				for _, name := range names(t, dir) {
					if strings.Contains(name, ".migrated.") || name == RemindersFile && dir == data {
						t.Errorf("%s holds %s after the move", dir, name)
					}
				}
			}
		})
	}
}

// TestMoveOnceKeepsTheFileInUseAndTheOldOneBoth: a plan an older Posture
// wrote in the data folder after the move (run again after an upgrade)
// does not replace the plan in use; it is kept beside the first copy.
func TestMoveOnceKeepsTheFileInUseAndTheOldOneBoth(t *testing.T) {
	data, config := t.TempDir(), t.TempDir()
	from, to := filepath.Join(data, RemindersFile), filepath.Join(config, RemindersFile)
	writeTestFile(t, from, "format = 1 # first\n")
	MoveOnce(from, to)
	writeTestFile(t, from, "format = 1 # written by an older Posture\n")
	m, moved := MoveOnce(from, to)
	if !moved || m.Use != to || m.KeptAs != from+".migrated.1" {
		t.Fatalf("second move: %+v", m)
	}
	if !holds(to, "format = 1 # first\n") || !holds(from+".migrated", "format = 1 # first\n") ||
		!holds(from+".migrated.1", "format = 1 # written by an older Posture\n") {
		t.Errorf("a copy was lost: %s %v, %s %v", config, names(t, config), data, names(t, data))
	}
}

// TestMoveOnceThatCannotCopyKeepsUsingTheOldFile: with a config folder
// Posture may not write in, the plan stays where it is and is used there.
func TestMoveOnceThatCannotCopyKeepsUsingTheOldFile(t *testing.T) {
	if os.Getuid() == 0 {
		t.Skip("root writes in a read-only folder")
	}
	data, config := t.TempDir(), t.TempDir()
	if err := os.Chmod(config, 0o500); err != nil {
		t.Fatal(err)
	}
	from := filepath.Join(data, RemindersFile)
	writeTestFile(t, from, "format = 1\n")
	m, moved := MoveOnce(from, filepath.Join(config, RemindersFile))
	if !moved || m.Err == nil || m.Use != from || !holds(from, "format = 1\n") {
		t.Errorf("%+v", m)
	}
}

// TestOpenPutsSettingsInConfigAndStateInState: without --data, Open names
// the plan and the weekly target in $XDG_CONFIG_HOME/posture and the
// reminder state in $XDG_STATE_HOME/posture, and moves them there from
// the data folder; with --data everything stays in that one folder.
func TestOpenPutsSettingsInConfigAndStateInState(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("POSTURE_DATA", "")
	t.Setenv("XDG_DATA_HOME", filepath.Join(home, "d"))
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(home, "c"))
	t.Setenv("XDG_STATE_HOME", filepath.Join(home, "s"))
	data := filepath.Join(home, "d", "posture")
	writeTestFile(t, filepath.Join(data, RemindersFile), "plan")
	writeTestFile(t, filepath.Join(data, ReminderStateFile), "state")
	writeTestFile(t, filepath.Join(data, "history", TargetFile), "target")
	p, err := Open("")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		filepath.Join(home, "c", "posture", RemindersFile):     "plan",
		filepath.Join(home, "s", "posture", ReminderStateFile): "state",
		filepath.Join(home, "c", "posture", TargetFile):        "target",
	}
	for path, text := range want {
		if !holds(path, text) {
			t.Errorf("%s does not hold %q", path, text)
		}
	}
	if p.Reminders != filepath.Join(home, "c", "posture", RemindersFile) || p.ReminderState != filepath.Join(home, "s", "posture", ReminderStateFile) ||
		p.Target != filepath.Join(home, "c", "posture", TargetFile) || len(p.Moves) != 3 {
		t.Errorf("paths %+v", p)
	}
	together, err := Open(filepath.Join(home, "one"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{together.Reminders, together.ReminderState, together.Target} {
		if filepath.Dir(f) != filepath.Join(home, "one") {
			t.Errorf("with --data, %s is outside it", f)
		}
	}
}

func writeTestFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func holds(path, text string) bool {
	b, err := os.ReadFile(path)
	return err == nil && string(b) == text
}

func names(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		if !strings.HasPrefix(e.Name(), "."+RemindersFile+".tmp") { // swept a minute later by Open
			out = append(out, e.Name())
		}
	}
	return out
}
