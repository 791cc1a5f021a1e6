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
