package routine

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// A timed stretch has no reps, hold or lift and lower times; a rep-counted
// exercise has no duration; only an exercise against a load has a
// resistance. A value typed in keeps its field, so it can be seen and cleared.
func TestStepApplies(t *testing.T) {
	stretch := &Exercise{ID: "s", Kind: Stretch, Dose: Dose{Duration: Span{Lo: 30 * time.Second, Hi: 30 * time.Second}}}
	row := &Exercise{ID: "r", Kind: Strength, Equipment: []string{"dumbbells or band"}, Dose: Dose{Reps: Count{Lo: 8, Hi: 12}}}
	push := &Exercise{ID: "p", Kind: Strength, Equipment: []string{"wall"}, Dose: Dose{Reps: Count{Lo: 10, Hi: 10}}}
	empty := &DraftStep{}
	cases := []struct {
		ex   *Exercise
		step *DraftStep
		key  string
		want bool
	}{
		{stretch, empty, "reps", false},
		{stretch, empty, "tempo.lift", false},
		{stretch, empty, "tempo.lower", false},
		{stretch, empty, "hold", false},
		{stretch, empty, "duration", true},
		{stretch, empty, "sets", true},
		{stretch, empty, "sides", true},
		{stretch, empty, "pace", false},
		{stretch, &DraftStep{Pace: "self"}, "pace", true},
		{row, empty, "pace", true},
		{stretch, &DraftStep{Reps: "5"}, "reps", true},
		{row, empty, "reps", true},
		{row, empty, "tempo.lift", true},
		{row, empty, "duration", false},
		{row, empty, "resistance", true},
		{push, empty, "resistance", false},
		{push, &DraftStep{Resistance: "vest"}, "resistance", true},
	}
	for _, c := range cases {
		if got := c.step.StepApplies(c.key, c.ex); got != c.want {
			t.Errorf("%s step %+v: %s applies = %v, want %v", c.ex.ID, *c.step, c.key, got, c.want)
		}
	}
}

func TestDoseApplies(t *testing.T) {
	if (&ExerciseDraft{Kind: string(Stretch)}).DoseApplies("dose.reps") {
		t.Error("a stretch offers reps")
	}
	if (&ExerciseDraft{Kind: string(Warmup)}).DoseApplies("tempo.lift") {
		t.Error("a warm-up offers a lift time")
	}
	if !(&ExerciseDraft{Kind: string(Stretch)}).DoseApplies("dose.duration") {
		t.Error("a stretch offers no duration")
	}
	if !(&ExerciseDraft{Kind: string(Strength)}).DoseApplies("tempo.lower") {
		t.Error("strength work offers no lower time")
	}
	if !(&ExerciseDraft{Kind: string(Stretch), Reps: "5"}).DoseApplies("dose.reps") {
		t.Error("reps typed into a stretch are hidden")
	}
}

// Only a file with comments warns that saving drops them: a duplicate,
// written by Posture, has none.
func TestFileHasComments(t *testing.T) {
	dir := t.TempDir()
	plain := filepath.Join(dir, "plain.toml")
	mine := filepath.Join(dir, "mine.toml")
	os.WriteFile(plain, []byte("format = 1\nname = \"Plain # one\"\n"), 0o644)
	os.WriteFile(mine, []byte("format = 1\n# my favourite\nname = \"Mine\"\n"), 0o644)
	if FileHasComments(plain) || !FileHasComments(mine) || FileHasComments(filepath.Join(dir, "gone.toml")) {
		t.Errorf("plain %v, mine %v", FileHasComments(plain), FileHasComments(mine))
	}
}

// A stamp notices a file added, rewritten or removed, and nothing else.
func TestStampNoticesChanges(t *testing.T) {
	dir := t.TempDir()
	src := Sources{UserRoutines: filepath.Join(dir, "routines"), UserExercises: filepath.Join(dir, "exercises")}
	os.MkdirAll(src.UserRoutines, 0o755)
	a := filepath.Join(src.UserRoutines, "a.toml")
	os.WriteFile(a, []byte("one"), 0o644)
	before := src.Stamp()
	if !before.Equal(src.Stamp()) {
		t.Fatal("two stamps of an unchanged folder differ")
	}
	b := filepath.Join(src.UserRoutines, "b.toml")
	os.WriteFile(b, []byte("two"), 0o644)
	os.WriteFile(a, []byte("longer"), 0o644)
	after := src.Stamp()
	if got := after.Changed(before); len(got) != 2 || got[0] != a || got[1] != b {
		t.Errorf("changed %v, want %s and %s", got, a, b)
	}
	os.Remove(b)
	if got := src.Stamp().Changed(after); len(got) != 1 || got[0] != b {
		t.Errorf("after removing b, changed %v", got)
	}
}
