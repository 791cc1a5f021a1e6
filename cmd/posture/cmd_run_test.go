package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRunTerminalPlaysToTheEndWithoutKeys(t *testing.T) {
	file := writeRoutine(t, `format = 1
name = "Quick"
prepare = "2s"

[[step]]
exercise = "face-pull"
sets = 2
reps = "3"
pace = "self"
rest = "5s"

[[step]]
exercise = "upper-trap-stretch"
duration = "10s"
`)
	code, out, errs := posture(t, t.TempDir(), "--speed", "1000", "run", file, "--terminal")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"Get ready: Face Pull", "Switch to your right side", `completed "Quick"`, "3 sets done"} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in:\n%s", want, out)
		}
	}
	if !strings.Contains(errs, "not saved") {
		t.Errorf("a sped-up run should say it is not saved: %q", errs)
	}
}

func TestRunTerminalSavesTheSession(t *testing.T) {
	file := writeRoutine(t, "format = 1\nname = \"One Second\"\nprepare = \"0s\"\n[[step]]\nexercise = \"neck-roll\"\nduration = \"1s\"\n")
	data := t.TempDir()
	if code, _, errs := posture(t, data, "run", "--terminal", file); code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	months, _ := filepath.Glob(filepath.Join(data, "history", "*.toml"))
	if len(months) != 1 {
		t.Fatalf("history files %v, want one month", months)
	}
	saved, _ := os.ReadFile(months[0])
	for _, want := range []string{`routine = "One Second"`, `status = "completed"`, `exercise = "neck-roll"`, "sets_done = 1"} {
		if !strings.Contains(string(saved), want) {
			t.Errorf("no %s in the history:\n%s", want, saved)
		}
	}
}

func TestRunTerminalNamesAPushsPhasesForTheMovement(t *testing.T) {
	file := writeRoutine(t, `format = 1
name = "Push"
prepare = "1s"

[[step]]
exercise = "wall-push-up"
sets = 1
reps = "1"
`)
	code, out, errs := posture(t, t.TempDir(), "--speed", "1000", "run", file, "--terminal")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"Wall Push-Up | bend | ", "Wall Push-Up | pause | ", "Wall Push-Up | push | ", "Next: push 1s"} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in:\n%s", want, out)
		}
	}
	if strings.Contains(out, "| lift |") {
		t.Errorf("a push is shown as a lift:\n%s", out)
	}
}
