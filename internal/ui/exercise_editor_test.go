package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/postureapp/posture/internal/routine"
)

func TestCustomExerciseInARoutine(t *testing.T) {
	u := newEditingApp(t)
	e := u.newRoutine()
	e.typeIn(t, "name", "Mixed")
	test.Tap(findButton(t, e.content, "Add exercise"))
	test.Tap(findButton(t, e.picker.content, "New exercise"))
	x := e.picker.form
	if x == nil || u.win.Content() != x.content {
		t.Fatal("the exercise form is not on screen")
	}
	test.Type(x.f["name"], "Towel Squeeze")
	x.kind.SetSelected("Strength")
	x.equip.SetSelected([]string{"chair"})
	test.Type(x.f["muscles"], "rhomboids, middle trapezius")
	test.Type(x.f["steps"], "Sit tall with a towel behind you.\nPull the ends apart.")
	test.Type(x.f["cues"], "Shoulders down")
	test.Type(x.f["dose.reps"], "x")
	if !x.save.Disabled() || !strings.Contains(x.slots.labelFor("dose.reps").Text, "not a number") {
		t.Fatalf("invalid reps not shown: %q", x.slots.labelFor("dose.reps").Text)
	}
	x.f["dose.reps"].SetText("12")
	test.Type(x.f["dose.hold"], "2s")
	test.Tap(x.save)

	file := filepath.Join(u.cfg.Sources.UserExercises, "towel-squeeze.toml")
	if _, err := os.Stat(file); err != nil {
		t.Fatal("exercise file not written")
	}
	ex, ok := u.cfg.Catalog.Library.Exercise("towel-squeeze")
	if !ok || ex.BuiltIn || ex.Dose.Reps.Lo != 12 || len(ex.Steps) != 2 {
		t.Fatalf("custom exercise not in the library as typed: %+v", ex)
	}
	if u.cfg.Figures.Has("towel-squeeze") || u.cfg.Figures.Motion("towel-squeeze") == nil {
		t.Error("a custom exercise should get the neutral figure")
	}
	l := e.picker
	test.Type(l.search, "towel")
	l.list.Select(0)
	if !strings.Contains(l.facts.Text, "your own") {
		t.Errorf("library does not mark the exercise as the person's: %q", l.facts.Text)
	}
	test.Tap(l.pickBtn)
	pick(t, e, findButton(t, e.content, "Add exercise"), "chin tuck")
	test.Tap(e.saveBtn)
	r := u.cfg.Catalog.Routine("Mixed")
	if r == nil || strings.Join(stepExercises(r), " ") != ":towel-squeeze :chin-tuck" {
		t.Fatalf("routine with a custom exercise: %v", r)
	}
	again := routine.Load(u.cfg.Sources)
	if len(again.Problems) > 0 || again.Routine("Mixed") == nil {
		t.Errorf("the files do not load again: %v", again.Problems)
	}
}

func TestExerciseNameOfABuiltInIsRefused(t *testing.T) {
	u := newEditingApp(t)
	x := u.editExercise(nil, u.showHome)
	test.Type(x.f["name"], "Chin Tuck")
	if !x.save.Disabled() || !strings.Contains(x.slots.labelFor("name").Text, "has this id") {
		t.Errorf("a built-in exercise's name shows %q", x.slots.labelFor("name").Text)
	}
}
