package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestValidateAcceptsEveryBuiltInFile(t *testing.T) {
	files, _ := filepath.Glob("../../assets/exercises/*.toml")
	routines, _ := filepath.Glob("../../routines/*.toml")
	files = append(append(files, routines...), "../../assets/advice.toml")
	code, out, errs := posture(t, t.TempDir(), append([]string{"validate"}, files...)...)
	if code != 0 || !strings.Contains(out, "files valid") {
		t.Fatalf("exit %d\n%s%s", code, out, errs)
	}
}

func TestValidateNamesFileLineAndField(t *testing.T) {
	dir := t.TempDir()
	routine := filepath.Join(dir, "mine.toml")
	os.WriteFile(routine, []byte("format = 1\nname = \"Mine\"\n\n[[step]]\nexercise = \"band-pull-apart\"\nsets = 30\n"), 0o644)
	pose := filepath.Join(dir, "neck-roll.pose.toml")
	os.WriteFile(pose, []byte("format = 1\nview = \"sideways\"\n"), 0o644)
	code, _, errs := posture(t, t.TempDir(), "validate", routine, pose)
	if code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
	for _, want := range []string{
		routine + ":6: step[1].sets: 30 is out of range (1-20)",
		pose + ":2: view:",
		"2 of 2 files have problems",
	} {
		if !strings.Contains(errs, want) {
			t.Errorf("missing %q in:\n%s", want, errs)
		}
	}
}
