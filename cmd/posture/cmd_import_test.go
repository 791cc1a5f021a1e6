package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const importable = `# comments stay
format = 1
name = "Morning Reset"

[[step]]
exercise = "chin-tuck"
reps = 10
`

func TestImportCopiesTheFileAsItIs(t *testing.T) {
	data := t.TempDir()
	code, out, errs := posture(t, data, "import", writeRoutine(t, importable))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	target := filepath.Join(data, "routines", "morning-reset.toml")
	if got, _ := os.ReadFile(target); string(got) != importable {
		t.Fatalf("%s holds %q", target, got)
	}
	if !strings.Contains(out, target) {
		t.Errorf("output does not say where: %s", out)
	}
	_, list, _ := posture(t, data, "list")
	if !strings.Contains(list, "Morning Reset") {
		t.Errorf("list does not show the import:\n%s", list)
	}
}

func TestImportRefusesAnInvalidFileWithEveryProblem(t *testing.T) {
	data := t.TempDir()
	bad := strings.Replace(importable, "reps = 10", "reps = 500\nsets = \"two\"", 1)
	file := writeRoutine(t, bad)
	code, _, errs := posture(t, data, "import", file)
	if code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
	for _, want := range []string{file + ":7: step[1].reps: 500 is out of range", file + ":8: step[1].sets", "nothing was written"} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	if entries, _ := os.ReadDir(filepath.Join(data, "routines")); len(entries) != 0 {
		t.Errorf("an invalid import wrote %v", entries)
	}
}

func TestImportSameNameNeedsReplace(t *testing.T) {
	data := t.TempDir()
	if code, _, errs := posture(t, data, "import", writeRoutine(t, importable)); code != 0 {
		t.Fatal(errs)
	}
	newer := strings.Replace(importable, "reps = 10", "reps = 12", 1)
	file := writeRoutine(t, newer)
	code, _, errs := posture(t, data, "import", file)
	if code != 1 || !strings.Contains(errs, "--replace") {
		t.Fatalf("same name without --replace: exit %d, %s", code, errs)
	}
	target := filepath.Join(data, "routines", "morning-reset.toml")
	if got, _ := os.ReadFile(target); string(got) != importable {
		t.Fatal("the refused import changed the file")
	}
	if code, _, errs := posture(t, data, "import", file, "--replace"); code != 0 {
		t.Fatalf("--replace: exit %d, %s", code, errs)
	}
	if got, _ := os.ReadFile(target); string(got) != newer {
		t.Fatal("--replace did not replace")
	}
	builtIn := strings.Replace(importable, "Morning Reset", "Upper Back Strength", 1)
	if code, _, errs := posture(t, data, "import", writeRoutine(t, builtIn), "--replace"); code != 1 || !strings.Contains(errs, "built-in") {
		t.Errorf("a built-in's name: exit %d, %s", code, errs)
	}
}

func TestValidateAndListKnowCustomExercises(t *testing.T) {
	data := t.TempDir()
	ex := `format = 1
id = "towel-squeeze"
name = "Towel Squeeze"
kind = "strength"
equipment = ["chair"]

[dose]
reps = "10-12"
`
	if err := os.MkdirAll(filepath.Join(data, "exercises"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(data, "exercises", "towel-squeeze.toml"), []byte(ex), 0o644); err != nil {
		t.Fatal(err)
	}
	mixed := strings.Replace(importable, "reps = 10\n", "reps = 10\n\n[[step]]\nexercise = \"towel-squeeze\"\n", 1)
	file := writeRoutine(t, mixed)
	if code, _, errs := posture(t, data, "validate", file); code != 0 {
		t.Fatalf("validate: %s", errs)
	}
	if code, _, errs := posture(t, data, "import", file); code != 0 {
		t.Fatalf("import: %s", errs)
	}
	_, list, _ := posture(t, data, "list")
	if !strings.Contains(list, "Morning Reset") {
		t.Errorf("list lacks the routine with a custom exercise:\n%s", list)
	}
}
