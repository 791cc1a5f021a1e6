package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/ui/kit"
)

// editDraft opens the editor on a routine read from text.
func editDraft(t *testing.T, u *App, text string) *editor {
	t.Helper()
	r, err := routine.ParseRoutine("test.toml", []byte(text), u.cfg.Catalog.Library)
	if err != nil {
		t.Fatal(err)
	}
	return u.openEditor(routine.DraftOf(r), "")
}

// A timed stretch shows no reps, hold or lift and lower times; strength
// work against a band shows them, and its resistance, but no duration.
func TestEditorFieldsFollowTheExercise(t *testing.T) {
	u := newEditingApp(t)
	e := editDraft(t, u, `format = 1
name = "Two kinds"
[[step]]
exercise = "doorway-stretch"
[[step]]
exercise = "band-pull-apart"
`)
	stretch, strength := "section[1].step[1].", "section[1].step[2]."
	for _, key := range []string{"reps", "hold", "tempo.lift", "tempo.lower", "resistance", "pace"} {
		if _, ok := e.inputs[stretch+key]; ok {
			t.Errorf("the stretch shows %s", key)
		}
	}
	for _, key := range []string{"sets", "duration", "rest", "sides"} {
		if _, ok := e.inputs[stretch+key]; !ok {
			t.Errorf("the stretch has no %s", key)
		}
	}
	for _, key := range []string{"sets", "reps", "hold", "tempo.lift", "tempo.lower", "resistance", "pace"} {
		if _, ok := e.inputs[strength+key]; !ok {
			t.Errorf("the strength step has no %s", key)
		}
	}
	if _, ok := e.inputs[strength+"duration"]; ok {
		t.Error("the strength step shows a duration")
	}
	if got := countLabels(t, e.content, "Lift takes"); got != 1 {
		t.Errorf("%d steps show Lift takes, want the strength step's alone", got)
	}
	if got := e.inputs[strength+"resistance"].(*kit.Entry).PlaceHolder; got != "e.g. light band" {
		t.Errorf("an empty resistance says %q, not what to type", got)
	}
}

// The footer names where the first problem is: the step and its field.
func TestProblemFooterNamesTheStep(t *testing.T) {
	u := newEditingApp(t)
	e := editDraft(t, u, `format = 1
name = "Three"
[[step]]
exercise = "doorway-stretch"
[[step]]
exercise = "band-pull-apart"
[[step]]
exercise = "chin-tuck"
`)
	e.typeIn(t, "section[1].step[3].sets", "0")
	if !strings.HasPrefix(e.status.Text, "Step 3, Sets: ") {
		t.Errorf("the footer says %q, not which step", e.status.Text)
	}
	e.typeIn(t, "section[1].step[3].sets", "")
	test.Tap(findButton(t, e.addSection, "Add section"))
	e.typeIn(t, "section[1].step[2].reps", "abc")
	if want := "Section 1, step 2, Reps"; !strings.HasPrefix(e.status.Text, want) {
		t.Errorf("with two sections the footer says %q, want it to start %q", e.status.Text, want)
	}
}

// The exercise form offers reps and tempo for strength work only.
func TestExerciseFormFieldsFollowTheKind(t *testing.T) {
	u := newEditingApp(t)
	x := u.editExercise(nil, u.showHome)
	x.kind.SetSelected("Stretch")
	if x.dose["dose.reps"].Visible() || x.dose["tempo.lift"].Visible() || !x.dose["dose.duration"].Visible() {
		t.Error("a stretch offers reps or a lift time, or no duration")
	}
	x.kind.SetSelected("Strength")
	if !x.dose["dose.reps"].Visible() || !x.dose["tempo.lower"].Visible() {
		t.Error("strength work offers no reps or lower time")
	}
}

// A new routine opens with no problem shown anywhere; a field shows its
// problem once changed, and Save shows them all and goes to the first.
func TestNewRoutineOpensClean(t *testing.T) {
	u := newEditingApp(t)
	e := u.newRoutine()
	if text := allProblems(e); text != "" || e.problemBtn.Visible() {
		t.Fatalf("a new routine opens with problems shown: %q", text)
	}
	e.typeIn(t, "prepare", "soon")
	if e.problemAt("prepare") == "" || e.problemAt("name") != "" {
		t.Fatalf("after typing in Get ready: its problem %q, the untouched name's %q", e.problemAt("prepare"), e.problemAt("name"))
	}
	e.typeIn(t, "prepare", "")
	test.Tap(e.saveBtn)
	if e.problemAt("name") == "" || !e.problemBtn.Visible() {
		t.Fatal("Save did not show the problems")
	}
	if u.win.Canvas().Focused() != e.inputs["name"] {
		t.Error("Save did not go to the first problem, the name")
	}
}

// allProblems joins every problem line of the editor.
func allProblems(e *editor) string {
	var out []string
	for _, l := range e.lines.ByPath {
		if l.Text != "" {
			out = append(out, l.Text)
		}
	}
	if e.lines.General.Visible() {
		out = append(out, e.lines.General.Text)
	}
	return strings.Join(out, "; ")
}

// The footer's problem count is a button: it scrolls to the first
// problem, far down the form, and puts the focus in its field.
func TestProblemButtonGoesToTheFirstProblem(t *testing.T) {
	u := newEditingApp(t)
	e := u.editRoutine(u.cfg.Catalog.Routine("Home Upper Back"))
	last := len(e.d.Sections) - 1
	far := stepPos{last, len(e.d.Sections[last].Steps) - 1}.path() + ".sets"
	e.typeIn(t, far, "0")
	e.typeIn(t, "name", "My Home Upper Back")
	e.scroll.ScrollToTop()
	u.win.Canvas().Focus(e.inputs["name"].(*kit.Entry))
	if !e.problemBtn.Visible() || e.problemBtn.Text != "1 problem to fix" {
		t.Fatalf("the footer shows %q", e.problemBtn.Text)
	}
	if !strings.Contains(e.status.Text, "Sets") {
		t.Errorf("the footer does not say the problem in full: %q", e.status.Text)
	}
	in := e.inputs[far].(*kit.Entry)
	if shownIn(e.scroll, in) {
		t.Fatal("the test needs the problem out of view")
	}
	test.Tap(e.problemBtn)
	if u.win.Canvas().Focused() != in {
		t.Fatal("the problem button did not focus the field")
	}
	if !shownIn(e.scroll, in) || !shownIn(e.scroll, e.lines.ByPath[far]) {
		t.Fatal("the problem button did not scroll the field and its problem into view")
	}
}

// Adding an exercise brings the new step into view, with the focus in its
// first field.
func TestAddedStepIsInViewAndFocused(t *testing.T) {
	u := newEditingApp(t)
	e := u.editRoutine(u.cfg.Catalog.Routine("Home Upper Back"))
	e.typeIn(t, "name", "Mine")
	e.scroll.ScrollToTop()
	pick(t, e, findButton(t, e.sections.Objects[len(e.sections.Objects)-1], "Add exercise"), "chin tuck")
	last := len(e.d.Sections) - 1
	sets := e.inputs[stepPos{last, len(e.d.Sections[last].Steps) - 1}.path()+".sets"].(*kit.Entry)
	if u.win.Canvas().Focused() != sets {
		t.Fatal("the new step's first field does not have the focus")
	}
	if !shownIn(e.scroll, sets) {
		t.Fatal("the new step is out of view")
	}
}

// Before there is an exercise, a routine shows no section controls, only
// a way to add the first exercise.
func TestSectionControlsWaitForAnExercise(t *testing.T) {
	u := newEditingApp(t)
	e := u.newRoutine()
	for _, text := range []string{"Section up", "Remove section", "Add section", "Section name"} {
		if countLabels(t, e.content, text) > 0 || hasVisibleButton(t, e.content, text) {
			t.Errorf("a routine with no exercise shows %q", text)
		}
	}
	pick(t, e, findButton(t, e.content, "Add exercise"), "chin tuck")
	if !hasVisibleButton(t, e.content, "Add section") || !hasVisibleButton(t, e.content, "Remove section") {
		t.Error("with an exercise, the section controls do not show")
	}
}

// hasVisibleButton reports a button labelled text on show below o: it
// and everything around it visible.
func hasVisibleButton(t *testing.T, o fyne.CanvasObject, text string) bool {
	if o == nil || !o.Visible() {
		return false
	}
	if b, ok := o.(*kit.Button); ok && b.Text == text {
		return true
	}
	var parts []fyne.CanvasObject
	switch x := o.(type) {
	case *fyne.Container:
		parts = x.Objects
	case fyne.Widget:
		parts = test.TempWidgetRenderer(t, x).Objects()
	}
	for _, c := range parts {
		if hasVisibleButton(t, c, text) {
			return true
		}
	}
	return false
}

// A fresh duplicate says nothing about comments; a file with comments
// written by hand warns that saving drops them.
func TestCommentWarningOnlyForFilesWithComments(t *testing.T) {
	u := newEditingApp(t)
	u.duplicateRoutine(u.cfg.Catalog.Routine("Desk Posture Break"))
	e := u.reload.editor
	if e == nil || strings.Contains(e.status.Text, "comments") {
		t.Fatalf("a fresh duplicate warns: %q", e.status.Text)
	}
	file := filepath.Join(u.cfg.Sources.UserRoutines, "commented.toml")
	text := "format = 1\n# my own note\nname = \"Commented\"\n[[step]]\nexercise = \"chin-tuck\"\n"
	if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	u.reloadCatalog(nil)
	e = u.editRoutine(u.cfg.Catalog.Routine("Commented"))
	if !strings.Contains(e.status.Text, "comments") {
		t.Fatalf("a file with comments does not warn: %q", e.status.Text)
	}
}

// queueBackground makes u's background work wait in a queue, as if slow;
// run runs it, and what it queues in turn.
func queueBackground(u *App) (run func()) {
	var queued []func()
	u.cfg.Background = func(f func()) { queued = append(queued, f) }
	return func() {
		for len(queued) > 0 {
			f := queued[0]
			queued = queued[1:]
			f()
		}
	}
}

// Duplicating is done off the UI goroutine: a busy sign shows until the
// copy opens in the editor.
func TestDuplicateShowsABusySign(t *testing.T) {
	u := newEditingApp(t)
	run := queueBackground(u)
	u.duplicateRoutine(u.cfg.Catalog.Routine("Desk Posture Break"))
	if !overlayShows(t, u.win, "Duplicating") || u.win.Content() != u.home.content {
		t.Fatal("no busy sign while duplicating")
	}
	run()
	if u.win.Canvas().Overlays().Top() != nil || u.reload.editor == nil || u.win.Content() != u.reload.editor.content {
		t.Fatal("the copy did not open in the editor with the busy sign gone")
	}
}

// Saving is done off the UI goroutine: the busy sign turns and Save waits
// until the file is written; the routine is then in the catalog.
func TestSaveShowsABusySign(t *testing.T) {
	u := newEditingApp(t)
	e := editDraft(t, u, "format = 1\nname = \"Quick\"\n[[step]]\nexercise = \"chin-tuck\"\n")
	run := queueBackground(u)
	test.Tap(e.saveBtn)
	if !e.busy.Box.Visible() || !e.saveBtn.Disabled() || u.cfg.Catalog.Routine("Quick") != nil {
		t.Fatal("no busy sign while saving, or Save could be pressed again")
	}
	run()
	if e.busy.Box.Visible() || e.saveBtn.Disabled() || !strings.HasPrefix(e.status.Text, "Saved to") || u.cfg.Catalog.Routine("Quick") == nil {
		t.Fatalf("after saving: busy %v, status %q", e.busy.Box.Visible(), e.status.Text)
	}
}

// A long routine is laid out a slice of steps at a time, each in its own
// turn of the UI goroutine: the editor shows at once with a busy sign,
// Save waits, and every step is there once the last slice is made.
func TestLongRoutineIsLaidOutInSlices(t *testing.T) {
	u := newEditingApp(t)
	run := queueBackground(u)
	text := "format = 1\nname = \"Long\"\nrest_after = \"5s\"\n"
	for range 20 {
		text += "\n[[step]]\nexercise = \"chin-tuck\"\nreps = 5\n"
	}
	e := editDraft(t, u, text)
	last := "section[1].step[20].sets"
	if _, made := e.inputs[last]; made || !e.busy.Box.Visible() || !e.saveBtn.Disabled() {
		t.Fatalf("a 20-step routine was laid out in one go (last step made %v, busy %v)", made, e.busy.Box.Visible())
	}
	if _, made := e.inputs["section[1].step[1].sets"]; !made {
		t.Fatal("the first steps are not there at once")
	}
	run()
	if _, made := e.inputs[last]; !made || e.busy.Box.Visible() || e.saveBtn.Disabled() {
		t.Fatalf("after the last slice: last step made %v, busy %v, Save disabled %v", made, e.busy.Box.Visible(), e.saveBtn.Disabled())
	}
}

// With a name but no exercise, Save goes to Add exercise.
func TestSaveWithoutExerciseGoesToAddExercise(t *testing.T) {
	u := newEditingApp(t)
	e := u.newRoutine()
	e.typeIn(t, "name", "Empty")
	test.Tap(e.saveBtn)
	if got := u.win.Canvas().Focused(); got != e.inputs["section[1]#add"] {
		t.Fatalf("Save with no exercise focused %v", got)
	}
}
