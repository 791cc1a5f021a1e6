package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// customExercise is an exercise file of the person's own.
func customExercise(id, name, reps string) string {
	return `format = 1
id = "` + id + `"
name = "` + name + `"
kind = "strength"
equipment = ["wall"]
summary = "A move of my own."
steps = ["Stand with your back to a wall.", "Slide your arms up and down."]
cues = ["Slow"]

[dose]
sets = 2
reps = "` + reps + `"
rest = "5s"
`
}

// ownData is a data folder with two exercises of the person's own and a
// routine that uses both.
func ownData(t *testing.T) string {
	t.Helper()
	data := t.TempDir()
	for _, dir := range []string{"exercises", "routines"} {
		if err := os.MkdirAll(filepath.Join(data, dir), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	writeFile(t, filepath.Join(data, "exercises", "wall-angel.toml"), customExercise("wall-angel", "Wall Angel", "8"))
	writeFile(t, filepath.Join(data, "exercises", "towel-row.toml"), customExercise("towel-row", "Towel Row", "6"))
	writeFile(t, filepath.Join(data, "routines", "wall-work.toml"), `format = 1
name = "Wall Work"
prepare = "0s"

[[step]]
exercise = "wall-angel"

[[step]]
exercise = "chin-tuck"
sets = 1
reps = 3

[[step]]
exercise = "towel-row"
`)
	return data
}

// Issue #26: an export carries the person's own exercises; imported into
// an empty data folder it plans and plays.
func TestExportedRoutineWithItsExercisesPlaysInAnEmptyDataFolder(t *testing.T) {
	file := filepath.Join(t.TempDir(), "wall-work.toml")
	if code, _, errs := posture(t, ownData(t), "export", "Wall Work", "--out", file); code != 0 {
		t.Fatalf("export: exit %d: %s", code, errs)
	}
	exported, _ := os.ReadFile(file)
	if strings.Count(string(exported), "[[exercise]]") != 2 || !strings.Contains(string(exported), "[exercise.dose]") {
		t.Fatalf("the export does not carry both exercises:\n%s", exported)
	}
	empty := t.TempDir()
	code, out, errs := posture(t, empty, "import", file)
	if code != 0 || !strings.Contains(out, `added the exercise "wall-angel"`) || !strings.Contains(out, `added the exercise "towel-row"`) {
		t.Fatalf("import: exit %d\n%s%s", code, out, errs)
	}
	code, plan, errs := posture(t, empty, "plan", "Wall Work")
	if code != 0 || !strings.Contains(plan, "Wall Angel") || !strings.Contains(plan, "Towel Row") {
		t.Fatalf("plan: exit %d\n%s%s", code, plan, errs)
	}
	code, run, errs := posture(t, empty, "--speed", "1000", "run", "Wall Work", "--terminal")
	if code != 0 || !strings.Contains(run, "Towel Row |") || !strings.Contains(run, "5 sets done") {
		t.Fatalf("run: exit %d\n%s%s", code, run, errs)
	}
}

// Importing where an exercise of the same id exists: the same one is
// reused, a different one leaves the person's alone and comes in renamed,
// and the routine uses the renamed one.
func TestImportReusesTheSameExerciseAndRenamesADifferentOne(t *testing.T) {
	file := filepath.Join(t.TempDir(), "wall-work.toml")
	if code, _, errs := posture(t, ownData(t), "export", "Wall Work", "--out", file); code != 0 {
		t.Fatalf("export: exit %d: %s", code, errs)
	}
	other := t.TempDir()
	if err := os.MkdirAll(filepath.Join(other, "exercises"), 0o755); err != nil {
		t.Fatal(err)
	}
	mine := customExercise("towel-row", "My Towel Row", "12")
	writeFile(t, filepath.Join(other, "exercises", "wall-angel.toml"), customExercise("wall-angel", "Wall Angel", "8"))
	writeFile(t, filepath.Join(other, "exercises", "towel-row.toml"), mine)
	code, out, errs := posture(t, other, "import", file)
	if code != 0 || !strings.Contains(out, `the exercise "wall-angel" is the same as yours`) ||
		!strings.Contains(out, `another exercise with the id "towel-row": the routine's is added as "towel-row-2"`) {
		t.Fatalf("import: exit %d\n%s%s", code, out, errs)
	}
	if got, _ := os.ReadFile(filepath.Join(other, "exercises", "towel-row.toml")); string(got) != mine {
		t.Errorf("the person's own towel-row was changed:\n%s", got)
	}
	_, plan, _ := posture(t, other, "plan", "Wall Work")
	if !strings.Contains(plan, "Towel Row (Wall Work)") || strings.Contains(plan, "My Towel Row") {
		t.Errorf("the routine does not use the renamed exercise:\n%s", plan)
	}
}

// What a carried exercise may hold is what an exercise file may: an
// unknown key is refused on its line, and nothing is written.
func TestImportRefusesACarriedExerciseWithAnUnknownKey(t *testing.T) {
	file := filepath.Join(t.TempDir(), "wall-work.toml")
	if code, _, errs := posture(t, ownData(t), "export", "Wall Work", "--out", file); code != 0 {
		t.Fatalf("export: exit %d: %s", code, errs)
	}
	exported, _ := os.ReadFile(file)
	bad := strings.Replace(string(exported), "[exercise.dose]\n", "[exercise.dose]\nweight = 5\n", 1)
	writeFile(t, file, bad)
	line := strings.Count(bad[:strings.Index(bad, "weight = 5")], "\n") + 1
	empty := t.TempDir()
	code, _, errs := posture(t, empty, "import", file)
	if code == 0 || !strings.Contains(errs, file+":"+strconv.Itoa(line)+": exercise[1].dose.weight") {
		t.Fatalf("exit %d, want the unknown key on line %d:\n%s", code, line, errs)
	}
	if entries, _ := os.ReadDir(filepath.Join(empty, "exercises")); len(entries) != 0 {
		t.Errorf("%d exercise files written from a refused import", len(entries))
	}
}
