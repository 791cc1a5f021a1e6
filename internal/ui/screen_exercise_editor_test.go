package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/postureapp/posture/internal/locale"
	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/ui/kit"
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
	x.equip[5].SetChecked(true) // chair
	test.Type(x.f["muscles"], "rhomboids, middle trapezius")
	test.Type(x.f["steps"], "Sit tall with a towel behind you.\nPull the ends apart.")
	test.Type(x.f["cues"], "Shoulders down")
	test.Type(x.f["dose.reps"], "x")
	if x.valid != nil || !strings.Contains(lineText(x.lines, "dose.reps"), "not a number") {
		t.Fatalf("invalid reps not shown: %q", lineText(x.lines, "dose.reps"))
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
	// Back in the library, the new exercise is the one chosen.
	if l.chosen == nil || l.chosen.ID != "towel-squeeze" || l.pickBtn.Disabled() {
		t.Fatalf("after saving a new exercise the library has %v chosen", l.chosen)
	}
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
	if x.valid != nil || !strings.Contains(lineText(x.lines, "name"), `already an exercise called “Chin Tuck”`) || strings.Contains(lineText(x.lines, "name"), "chin-tuck") {
		t.Errorf("a built-in exercise's name shows %q", lineText(x.lines, "name"))
	}
}

// An exercise needs a dose, and a name's problem shows once.
func TestCustomExerciseNeedsADose(t *testing.T) {
	u := newEditingApp(t)
	x := u.editExercise(nil, u.showHome)
	if got := lineText(x.lines, "name"); got != "" {
		t.Errorf("a new exercise opens with a problem: %q", got)
	}
	test.Tap(x.save)
	if got := lineText(x.lines, "name"); strings.Count(got, "is empty") != 1 {
		t.Errorf("the empty name says %q", got)
	}
	test.Type(x.f["name"], "Towel Pull")
	if x.valid != nil || !strings.Contains(lineText(x.lines, "dose.reps"), "needs reps or a duration") {
		t.Fatalf("an exercise without a dose can be saved: %q", lineText(x.lines, "dose.reps"))
	}
	// The dose is below the fold: the bottom line says why Save is grey.
	if x.count.Text != "1 problem to fix" {
		t.Errorf("the bottom line says %q, want 1 problem to fix", x.count.Text)
	}
	test.Type(x.f["dose.duration"], "30s")
	if x.valid == nil || x.count.Text != "" {
		t.Fatalf("a timed exercise cannot be saved: %v %q", x.lines.General.Text, x.count.Text)
	}
}

// The person's own exercise can be deleted, but not while a routine uses
// it: the refusal names the routines.
func TestDeleteCustomExercise(t *testing.T) {
	u := newEditingApp(t)
	x := u.editExercise(nil, u.showHome)
	test.Type(x.f["name"], "Towel Pull")
	test.Type(x.f["dose.reps"], "10")
	test.Tap(x.save)
	ex, _ := u.cfg.Catalog.Library.Exercise("towel-pull")
	e := u.newRoutine()
	e.typeIn(t, "name", "Towels")
	pick(t, e, findButton(t, u.win.Content(), "Add exercise"), "towel")
	test.Tap(e.saveBtn)

	x = u.editExercise(ex, u.showHome)
	test.Tap(findButton(t, x.content, "Delete"))
	if !overlayShows(t, u.win, `"Towels"`) {
		t.Fatal("deleting a used exercise does not name the routine using it")
	}
	confirm(t, u, "Close")
	if _, err := os.Stat(ex.File); err != nil {
		t.Fatal("the used exercise was deleted")
	}
	u.trashRoutine(u.cfg.Catalog.Routine("Towels"))
	u.reloadCatalog(nil)
	x = u.editExercise(ex, u.showHome)
	test.Tap(findButton(t, x.content, "Delete"))
	confirm(t, u, "Delete")
	if _, err := os.Stat(ex.File); !os.IsNotExist(err) {
		t.Fatal("the unused exercise was not deleted")
	}
	if _, ok := u.cfg.Catalog.Library.Exercise("towel-pull"); ok {
		t.Error("the deleted exercise is still in the library")
	}
}

// Editing an exercise keeps what the form does not show: that it is done
// on the floor, its standing version and where its dose comes from.
func TestEditingAnExerciseKeepsItsFloorKeysAndDoseSource(t *testing.T) {
	u := newEditingApp(t)
	old, _ := u.cfg.Catalog.Library.Exercise("prone-y-raise")
	mine := *old
	mine.BuiltIn = false
	x := u.editExercise(&mine, func() {})
	got, problems := x.draft().Check()
	if len(problems) > 0 {
		t.Fatal(problems)
	}
	if !got.Floor || got.WithoutFloor != "wall-y-raise" || got.Dose.Source != routine.FromArticle {
		t.Errorf("saved as floor %v, without %q, source %q", got.Floor, got.WithoutFloor, got.Dose.Source)
	}
}

// Saving a new exercise with no dose at 960×720: the Reps problem, cut
// in its one-line place under the field, is said in full in the footer,
// with its field's caption, where the figure note stood.
func TestExerciseEditorFooterSaysTheFirstProblemInFull(t *testing.T) {
	u := newEditingApp(t)
	u.win.Resize(fyne.NewSize(960, 720))
	x := u.editExercise(nil, u.showHome)
	test.Type(x.f["name"], "Towel Pull")
	test.Tap(x.save)
	reps := lineText(x.lines, "dose.reps")
	if !strings.Contains(reps, "needs reps or a duration") {
		t.Fatalf("no dose problem under Reps: %q", reps)
	}
	footer := footerText(t, x.content)
	if !strings.Contains(footer, reps) || !strings.Contains(footer, "Reps") {
		t.Errorf("the footer does not say the Reps problem in full (%q):\n%s", reps, footer)
	}
	if strings.Contains(footer, "neutral figure") {
		t.Errorf("the footer shows the figure note beside a problem:\n%s", footer)
	}
	test.Type(x.f["dose.duration"], "30s")
	if footer := footerText(t, x.content); strings.Contains(footer, "needs reps") || !strings.Contains(footer, "neutral figure") {
		t.Errorf("with the problem fixed, the footer says:\n%s", footer)
	}
}

// footerText is the text shown outside the scrolled form, each label as
// it is wrapped on screen, the rows joined by spaces.
func footerText(t *testing.T, o fyne.CanvasObject) string {
	var b strings.Builder
	kit.WalkTree(o, func(c fyne.CanvasObject, path []fyne.CanvasObject) bool {
		for _, p := range path {
			if _, scrolled := p.(*container.Scroll); scrolled || !p.Visible() {
				return false
			}
		}
		if l, ok := c.(*widget.Label); ok {
			b.WriteString(strings.Join(shownRows(t, l), " ") + "\n")
		}
		return false
	})
	return b.String()
}

// In German the dose problem says what the field takes in German too,
// in the footer and under the field: its allowed text was left English.
func TestExerciseDoseProblemSpeaksTheLanguage(t *testing.T) {
	u, _ := editingIn(t, locale.German)
	x := u.editExercise(nil, u.showHome)
	test.Type(x.f["name"], "Handtuchzug")
	test.Tap(x.save)
	for where, shown := range map[string]string{"footer": footerText(t, x.content), "line": lineText(x.lines, "dose.reps")} {
		if !strings.Contains(shown, "Wiederholungen wie") || strings.Contains(shown, "timed move") {
			t.Errorf("the %s says the dose problem as %q", where, shown)
		}
	}
}
