package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/postureapp/posture/internal/history"
	"github.com/postureapp/posture/internal/hostile"
)

// postureSoon is posture, failing the test if the command blocks: a named
// pipe must be refused, not waited on.
func postureSoon(t *testing.T, data string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	done := make(chan struct{})
	go func() {
		code, stdout, stderr = posture(t, data, args...)
		close(done)
	}()
	select {
	case <-done:
		return code, stdout, stderr
	case <-time.After(20 * time.Second):
		t.Fatalf("posture %s blocked", strings.Join(args, " "))
		return 0, "", ""
	}
}

func mkfifo(t *testing.T, path string) string {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(path, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestCommandsRefuseANamedPipeAtOnce(t *testing.T) {
	pipe := mkfifo(t, filepath.Join(t.TempDir(), "pipe.toml"))
	for _, cmd := range []string{"validate", "import", "plan"} {
		code, _, errs := postureSoon(t, t.TempDir(), cmd, pipe)
		if code != 1 || !strings.Contains(errs, pipe+": is a named pipe (FIFO), not a file") {
			t.Errorf("%s: exit %d\n%s", cmd, code, errs)
		}
	}

	data := t.TempDir()
	mkfifo(t, filepath.Join(data, "routines", "pipe.toml"))
	code, out, errs := postureSoon(t, data, "list")
	if code != 0 || !strings.Contains(errs, "pipe.toml: is a named pipe (FIFO), not a file") || !strings.Contains(out, "Upper Back Strength") {
		t.Errorf("list: exit %d\n%s%s", code, out, errs)
	}

	data = t.TempDir()
	mkfifo(t, filepath.Join(data, "history", "2026-01.toml"))
	code, _, errs = postureSoon(t, data, "history")
	if code != 0 || !strings.Contains(errs, "2026-01.toml: is a named pipe (FIFO), not a file") {
		t.Errorf("history: exit %d\n%s", code, errs)
	}
}

func TestHostileFilesAreRefusedByValidateAndImport(t *testing.T) {
	dir := t.TempDir()
	for _, f := range hostile.Files() {
		if f.Kind != "routine" {
			continue
		}
		file := filepath.Join(dir, f.Name)
		if err := os.WriteFile(file, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
		for _, cmd := range []string{"validate", "import"} {
			data := t.TempDir()
			code, _, errs := postureSoon(t, data, cmd, file)
			if code != 1 || !strings.Contains(errs, file+":") || !strings.Contains(errs, f.Want) || strings.Contains(errs, "\x1b") {
				t.Errorf("%s %s: exit %d\n%.300s", cmd, f.Name, code, errs)
			}
			if entries, _ := os.ReadDir(filepath.Join(data, "routines")); len(entries) > 0 {
				t.Errorf("%s %s: wrote %v", cmd, f.Name, entries)
			}
		}
	}
}

func TestNoCommandPrintsAControlCharacterFromAFile(t *testing.T) {
	data := t.TempDir()
	escape := "\x1b[2J\x1b]0;pwned\x07"
	// A routine file with an escape in its name, and a hand-edited history
	// month with one in a routine name.
	if err := os.MkdirAll(filepath.Join(data, "routines"), 0o755); err != nil {
		t.Fatal(err)
	}
	routine := "format = 1\nname = \"\\u001b[2J\\u001b]0;pwned\\u0007\"\n\n[[step]]\nexercise = \"chin-tuck\"\n"
	if err := os.WriteFile(filepath.Join(data, "routines", "bad.toml"), []byte(routine), 0o644); err != nil {
		t.Fatal(err)
	}
	s := pastSession(0, history.Completed)
	s.Routine = escape
	saveHistory(t, data, s)
	for _, args := range [][]string{{"list"}, {"history"}, {"plan", filepath.Join(data, "routines", "bad.toml")}} {
		_, out, errs := postureSoon(t, data, args...)
		if strings.ContainsAny(out+errs, "\x1b\x07") {
			t.Errorf("%s printed a control character:\n%q\n%q", args[0], out, errs)
		}
	}
	_, out, _ := postureSoon(t, data, "history")
	if !strings.Contains(out, `\x1b[2J\x1b]0;pwned\x07`) {
		t.Errorf("history does not show the name escaped:\n%s", out)
	}
}
