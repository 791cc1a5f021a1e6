package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/postureapp/posture/assets"
	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/ui/kit"
	"github.com/postureapp/posture/routines"
)

// newEditingApp is the window on the built-ins and an empty data folder
// of the person's own.
func newEditingApp(t testing.TB) *App {
	t.Helper()
	dir := t.TempDir()
	src := routine.Sources{
		BuiltinExercises: assets.ExerciseFiles(),
		BuiltinRoutines:  routines.FS,
		UserRoutines:     filepath.Join(dir, "routines"),
		UserExercises:    filepath.Join(dir, "exercises"),
	}
	for _, d := range []string{src.UserRoutines, src.UserExercises} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	a := test.NewTempApp(t)
	a.Preferences().SetBool(prefSafetySeen, true)
	u := New(a, Config{Catalog: routine.Load(src), Advice: testAdvice(t), Clock: newStepClock(), Sources: src, Background: inPlace})
	u.win.Resize(fyne.NewSize(480, 640))
	return u
}

// typeIn replaces the text of the editor field at path as a person would.
func (e *editor) typeIn(t *testing.T, path, text string) {
	t.Helper()
	in, ok := e.inputs[path].(*kit.Entry)
	if !ok {
		t.Fatalf("no entry for %s", path)
	}
	in.SetText("")
	test.Type(in, text)
}

// problemAt is the problem shown under the field at path, "" for none.
func (e *editor) problemAt(path string) string { return lineText(e.lines, path) }

// lineText is the problem shown on the line of the field at path, or in
// the footer when no line is its; "" for none.
func lineText(f *kit.FormProblems, path string) string {
	if at := f.LineOf(path); at != "" {
		return f.ByPath[at].Text
	}
	if !f.General.Visible() {
		return ""
	}
	return f.General.Text
}

// pick adds an exercise through the library as a person would: search,
// choose from the list, use it.
func pick(t *testing.T, e *editor, add *widget.Button, search string) {
	t.Helper()
	test.Tap(add)
	l := e.picker
	if l == nil || e.ui.win.Content() != l.content {
		t.Fatal("the library is not on screen")
	}
	test.Type(l.search, search)
	if len(l.shown) == 0 {
		t.Fatalf("library finds nothing for %q", search)
	}
	l.list.Select(0)
	test.Tap(l.pickBtn)
}

func stepExercises(r *routine.Routine) []string {
	var out []string
	for _, sec := range r.Sections {
		for _, s := range sec.Steps {
			out = append(out, sec.Name+":"+s.Exercise)
		}
	}
	return out
}

func TestEditorBuildsARoutineFromScratch(t *testing.T) {
	u := newEditingApp(t)
	findButton(t, u.win.Content(), "New routine")
	e := u.newRoutine()
	if got := u.win.Canvas().Focused(); got == nil || got != e.inputs["name"] {
		t.Errorf("a new routine opens with the focus on %T, not its Name", got)
	}
	test.Tap(e.saveBtn)
	if entries, _ := os.ReadDir(u.cfg.Sources.UserRoutines); len(entries) != 0 || e.problemAt("name") == "" {
		t.Fatalf("Save on an empty routine wrote %v, and the name shows %q", entries, e.problemAt("name"))
	}
	e.typeIn(t, "name", "Desk Break")
	pick(t, e, findButton(t, u.win.Content(), "Add exercise"), "chin tuck")
	e.typeIn(t, "section[1].name", "Main")
	pick(t, e, findButton(t, u.win.Content(), "Add exercise"), "prone y raise")
	e.typeIn(t, "section[1].step[2].sets", "2")
	e.typeIn(t, "section[1].step[2].reps", "8-12")
	e.typeIn(t, "section[1].step[2].hold", "3s")
	test.Tap(findButton(t, u.win.Content(), "Add section"))
	e.typeIn(t, "section[2].name", "Stretch")
	e.typeIn(t, "section[2].rounds", "2")
	// The last step of the first section moves down into the second.
	test.Tap(e.inputs["section[1].step[2]#1"].(*kit.Button))
	if e.valid == nil || e.saveBtn.Disabled() {
		t.Fatalf("a valid routine cannot be saved: %v", e.problems)
	}
	// A time with its units, as the routine's page writes it, never
	// "88:55" for an hour and a half.
	if !strings.HasPrefix(e.total.Text, "Planned time ") || !strings.Contains(e.total.Text, " s") || strings.Contains(e.total.Text, ":") {
		t.Errorf("total shows %q", e.total.Text)
	}
	test.Tap(e.saveBtn)

	file := filepath.Join(u.cfg.Sources.UserRoutines, "desk-break.toml")
	got := u.cfg.Catalog.Routine("Desk Break")
	if got == nil || got.File != file {
		t.Fatalf("saved routine not in the reloaded catalog (file %s)", file)
	}
	want := []string{"Main:chin-tuck", "Stretch:prone-y-raise"}
	if s := stepExercises(got); strings.Join(s, " ") != strings.Join(want, " ") {
		t.Errorf("saved steps %v, want %v", s, want)
	}
	p := got.Sections[1].Steps[0]
	if p.Sets != 2 || p.Reps != (routine.Count{Lo: 8, Hi: 12}) || p.Hold.Lo.Seconds() != 3 || got.Sections[1].Rounds != 2 {
		t.Errorf("values not kept: %+v rounds %d", p, got.Sections[1].Rounds)
	}
	reopened := u.editRoutine(got)
	if string(reopened.d.Encode()) != string(e.d.Encode()) {
		t.Errorf("reopened routine differs:\n%s\nwant\n%s", reopened.d.Encode(), e.d.Encode())
	}
}

func TestEditorShowsProblemsAndBlocksSave(t *testing.T) {
	u := newEditingApp(t)
	e := u.editRoutine(u.cfg.Catalog.Routine("Home Upper Back"))
	e.typeIn(t, "name", "My Strength")
	if e.valid == nil {
		t.Fatalf("a copy of a built-in cannot be saved: %v", e.problems)
	}
	before := e.total.Text
	e.typeIn(t, "section[2].step[1].reps", "abc")
	if msg := e.problemAt("section[2].step[1].reps"); !strings.Contains(msg, `"abc" is not a number`) {
		t.Errorf("reps problem shows %q", msg)
	}
	test.Tap(e.saveBtn)
	if entries, _ := os.ReadDir(u.cfg.Sources.UserRoutines); len(entries) != 0 {
		t.Errorf("Save with invalid reps wrote %v", entries)
	}
	e.typeIn(t, "section[2].step[1].reps", "25")
	if e.problemAt("section[2].step[1].reps") != "" || e.valid == nil {
		t.Errorf("fixed reps still marked: %q", e.problemAt("section[2].step[1].reps"))
	}
	if e.total.Text == before {
		t.Errorf("planned time did not change with more reps: %s", before)
	}
	e.typeIn(t, "section[2].step[1].rest", "11m")
	if msg := e.problemAt("section[2].step[1].rest"); !strings.Contains(msg, "out of range") {
		t.Errorf("rest problem shows %q", msg)
	}
	e.typeIn(t, "section[2].step[1].rest", "")
	e.typeIn(t, "name", "upper back strength")
	if msg := e.problemAt("name"); !strings.Contains(msg, "built-in") || e.valid != nil {
		t.Errorf("a built-in's name shows %q", msg)
	}
}

func TestEditorMovesStepsByKeyboard(t *testing.T) {
	u := newEditingApp(t)
	e := u.editRoutine(u.cfg.Catalog.Routine("Home Upper Back"))
	first := e.d.Sections[1].Steps[0].Exercise
	reps := e.inputs["section[2].step[1].reps"].(*kit.Entry)
	u.win.Canvas().Focus(reps)
	reps.TypedShortcut(kit.MoveDownKey)
	if e.d.Sections[1].Steps[1].Exercise != first {
		t.Fatalf("Alt+Down did not move %s down", first)
	}
	if u.win.Canvas().Focused() != e.inputs["section[2].step[2].reps"] {
		t.Error("the focus did not follow the moved step")
	}
	// From a focused button, the shortcut reaches the window.
	down := e.inputs["section[2].step[2]#1"].(*kit.Button)
	u.win.Canvas().Focus(down)
	e.onShortcut(kit.MoveUpKey)
	if e.d.Sections[1].Steps[1].Exercise == first || e.d.Sections[1].Steps[0].Exercise != first {
		t.Fatalf("Alt+Up on the button did not move %s back up", first)
	}
	test.Tap(e.inputs["section[2].step[1]#3"].(*kit.Button)) // Duplicate
	if len(e.d.Sections[1].Steps) != 4 || e.d.Sections[1].Steps[1].Exercise != first {
		t.Errorf("duplicate did not add a copy below")
	}
	test.Tap(e.inputs["section[2].step[2]#4"].(*kit.Button)) // Remove
	if len(e.d.Sections[1].Steps) != 3 {
		t.Errorf("remove left %d steps", len(e.d.Sections[1].Steps))
	}
	test.Tap(findButton(t, e.sections.Objects[1], "Section up"))
	if e.d.Sections[0].Name != "Strength" {
		t.Errorf("section up made the first section %q", e.d.Sections[0].Name)
	}
}

func TestEditorAsksBeforeLeavingUnsaved(t *testing.T) {
	u := newEditingApp(t)
	e := u.newRoutine()
	e.typeIn(t, "name", "Half done")
	test.Tap(findButton(t, e.content, "Back"))
	if !overlayShows(t, u.win, "not saved") {
		t.Fatal("leaving with changes did not ask")
	}
	test.Tap(findButton(t, u.win.Canvas().Overlays().Top(), "Keep editing"))
	if u.win.Content() != e.content {
		t.Fatal("Keep editing left the editor")
	}
	test.Tap(findButton(t, e.content, "Back"))
	test.Tap(findButton(t, u.win.Canvas().Overlays().Top(), "Discard changes"))
	if u.win.Content() != u.home.content {
		t.Fatal("Discard did not go home")
	}
	entries, _ := os.ReadDir(u.cfg.Sources.UserRoutines)
	if len(entries) != 0 {
		t.Errorf("discarding wrote %v", entries)
	}
}

func TestEditorMarkup(t *testing.T) {
	u := newEditingApp(t)
	test.ApplyTheme(t, kit.NewTheme(kit.ThemeLight))
	r, err := routine.ParseRoutine("small.toml", []byte(`format = 1
name = "Small"
[[section]]
name = "Main"
  [[section.step]]
  exercise = "chin-tuck"
  reps = 10
`), u.cfg.Catalog.Library)
	if err != nil {
		t.Fatal(err)
	}
	e := u.openEditor(routine.DraftOf(r), "")
	e.typeIn(t, "section[1].step[1].reps", "1O")
	test.AssertRendersToMarkup(t, "editor.xml", u.win.Canvas())
}

// A new routine left as it opened has nothing to lose: Back leaves at once.
func TestNewRoutineLeftUntouchedLeavesAtOnce(t *testing.T) {
	u := newEditingApp(t)
	u.newRoutine()
	escape(u)
	if u.win.Canvas().Overlays().Top() != nil || u.win.Content() != u.home.content {
		t.Fatal("an untouched new routine asked about unsaved changes")
	}
	e := u.newRoutine()
	e.typeIn(t, "name", "Something")
	escape(u)
	if !overlayShows(t, u.win, "changes that are not saved") {
		t.Fatal("a typed-in routine left without asking")
	}
}

// A problem says each allowed form once, and the description takes
// several lines.
func TestEditorProblemsSayTheFormOnce(t *testing.T) {
	u := newEditingApp(t)
	e := u.newRoutine()
	e.typeIn(t, "prepare", "soon")
	if got := e.problemAt("prepare"); strings.Count(got, "1m30s") != 1 {
		t.Errorf("the problem says the form %d times: %q", strings.Count(got, "1m30s"), got)
	}
	if desc := e.inputs["description"].(*kit.Entry); !desc.MultiLine {
		t.Error("the description is one line")
	}
}

// Rename shows what is wrong with the name, once, with no tick or cross of
// its own beside it; Enter renames.
func TestRenameByEnter(t *testing.T) {
	u := newEditingApp(t)
	u.duplicateRoutine(u.cfg.Catalog.Routine("Desk Posture Break"))
	u.showHome()
	u.askRename(u.cfg.Catalog.Routine("Desk Posture Break (copy)"))
	top := u.win.Canvas().Overlays().Top()
	var in *kit.Entry
	walk(t, top, func(o fyne.CanvasObject) {
		if e, ok := o.(*kit.Entry); ok {
			in = e
		}
	})
	if in.Validator != nil {
		t.Fatal("the entry has a validator icon besides the problem line")
	}
	in.SetText("Upper Back Strength")
	if n := countLabels(t, top, "a built-in routine is called"); n != 1 {
		t.Fatalf("a taken name shows %d problem lines", n)
	}
	in.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if u.cfg.Catalog.Routine("Desk Posture Break (copy)") == nil {
		t.Fatal("Enter renamed to a taken name")
	}
	in.SetText("My Break")
	in.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if u.cfg.Catalog.Routine("My Break") == nil || u.win.Canvas().Overlays().Top() != nil {
		t.Fatal("Enter did not rename")
	}
}

// A routine of top-level steps (no sections in its file) still shows each
// problem under its field.
func TestFlatRoutineProblemsShowUnderTheirField(t *testing.T) {
	u := newEditingApp(t)
	u.duplicateRoutine(u.cfg.Catalog.Routine("Beginner, No Equipment"))
	e := u.editRoutine(u.cfg.Catalog.Routine("Beginner, No Equipment (copy)"))
	if !e.d.Flat {
		t.Skip("the beginner routine has sections now")
	}
	e.typeIn(t, "section[1].step[1].sets", "abc")
	if got := e.problemAt("section[1].step[1].sets"); !strings.Contains(got, "not a whole number") {
		t.Fatalf("the sets problem is not under Sets: %q (general: %q)", got, e.lines.General.Text)
	}
}

// A problem under one field of a row leaves the other rows as tall as
// their own fields: no gap opens under them.
func TestAProblemOpensNoGapInOtherRows(t *testing.T) {
	u := newEditingApp(t)
	e := u.editRoutine(u.cfg.Catalog.Routine("Home Upper Back"))
	e.typeIn(t, "per_week", "0")
	if e.problemAt("per_week") == "" {
		t.Fatal("0 sessions a week shows no problem")
	}
	in := e.inputs["rest_after"].(*kit.Entry)
	path := kit.PathTo(u.win.Canvas(), in)
	box := path[len(path)-2] // its caption, the entry and its problem line
	if got, want := box.Size().Height, box.MinSize().Height; got != want {
		t.Fatalf("the row under the problem is %.0f tall, its field needs %.0f: a gap", got, want)
	}
}

// A section's Rounds field is a narrow column, but its problem is read in
// full: the line under the row is as wide as the message.
func TestSectionRoundsProblemIsReadInFull(t *testing.T) {
	u := newEditingApp(t)
	u.win.Resize(fyne.NewSize(960, 720))
	e := u.editRoutine(u.cfg.Catalog.Routine("Y-T-W Series"))
	e.typeIn(t, "section[1].rounds", "0")
	msg := e.problemAt("section[1].rounds")
	if !strings.Contains(msg, "0") {
		t.Fatalf("rounds 0 shows %q", msg)
	}
	line := e.lines.ByPath[e.lines.LineOf("section[1].rounds")]
	need := fyne.MeasureText(line.Text, theme.CaptionTextSize(), line.TextStyle).Width
	if got := line.Size().Width; got < need {
		t.Errorf("the rounds problem %q is cut: %.0f wide for %.0f of text", line.Text, got, need)
	}
}
