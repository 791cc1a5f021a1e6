package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// posture runs the CLI with a fresh data folder and no stdin.
func posture(t *testing.T, data string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errs bytes.Buffer
	code = run(append([]string{"--data", data}, args...), strings.NewReader(""), &out, &errs)
	return code, out.String(), errs.String()
}

func writeRoutine(t *testing.T, text string) string {
	t.Helper()
	file := filepath.Join(t.TempDir(), "mine.toml")
	if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return file
}

func TestPlanUpperBackStrengthTotal(t *testing.T) {
	code, out, errs := posture(t, t.TempDir(), "plan", "upper back strength")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if last := lines[len(lines)-1]; last != "Total: 15m19s" {
		t.Errorf("last line %q, want Total: 15m19s", last)
	}
	if !strings.Contains(out, "Band Pull-Apart") || !strings.Contains(out, "4m30s") {
		t.Errorf("no band pull-apart line with its 4m30s:\n%s", out)
	}
}

func TestPlanFileWithRoundsSidesAndSelfPace(t *testing.T) {
	file := writeRoutine(t, `format = 1
name = "Mine"
prepare = "2s"

[[section]]
name = "Loosen"
rounds = 2

  [[section.step]]
  exercise = "upper-trap-stretch"
  duration = "10s"

[[section]]
name = "Work"

  [[section.step]]
  exercise = "face-pull"
  sets = 2
  reps = "5"
  pace = "self"
`)
	code, out, errs := posture(t, t.TempDir(), "plan", file)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	// Loosen: 2 rounds × (10 left + 3 switch + 10 right + 60 rest after)
	// = 166 s; Work: 2 sets × 5 reps × 4 s estimated + 30 s rest = 70 s.
	for _, want := range []string{"Loosen (2 rounds)", "both", "2m46s", "5 reps, own pace", "~1m10s", "Total: 3m58s"} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in:\n%s", want, out)
		}
	}
}

func TestPlanUnknownRoutineOrBrokenFile(t *testing.T) {
	if code, _, errs := posture(t, t.TempDir(), "plan", "no such routine"); code != 2 || !strings.Contains(errs, "posture list") {
		t.Errorf("unknown name: exit %d, stderr %q", code, errs)
	}
	file := writeRoutine(t, "format = 1\nname = \"Bad\"\n[[step]]\nexercise = \"face-pull\"\nsets = 0\n")
	code, _, errs := posture(t, t.TempDir(), "plan", file)
	if code != 1 || !strings.Contains(errs, "mine.toml:5") || !strings.Contains(errs, "sets") {
		t.Errorf("broken file: exit %d, stderr %q", code, errs)
	}
}

func TestPlanWithoutFloorWorkPlaysTheStandingVersions(t *testing.T) {
	code, out, errs := posture(t, t.TempDir(), "plan", "Y-T-W Series", "--no-floor")
	if code != 0 || !strings.Contains(out, "Wall Y Raise") || strings.Contains(out, "Prone Y Raise") ||
		!strings.Contains(out, "Left out (floor work with no standing version): Superman") {
		t.Errorf("exit %d\n%s%s", code, out, errs)
	}
	code, _, errs = posture(t, t.TempDir(), "plan", "Core Basics", "--no-floor")
	if code != 1 || !strings.Contains(errs, "every move of Core Basics is done on the floor") {
		t.Errorf("exit %d: %s", code, errs)
	}
}

func TestExerciseShowsWhereItsDoseComesFrom(t *testing.T) {
	for id, want := range map[string]string{
		"band-pull-apart": "Dose: 3 × 15-20 reps, hold 1s, rest 30s (from the article)\n",
		"dead-bug":        "(our suggestion)\nDone on the floor.\n",
		"chin-tuck":       "(adapted from the article)\n",
	} {
		code, out, errs := posture(t, t.TempDir(), "exercises", "--show", id)
		if code != 0 || !strings.Contains(out, want) {
			t.Errorf("%s: exit %d, want %q in\n%s%s", id, code, want, out, errs)
		}
	}
}
