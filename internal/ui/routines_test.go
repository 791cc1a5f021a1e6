package ui

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"

	"github.com/postureapp/posture/internal/routine"
)

const mine = `# my notes stay in an imported file
format = 1
name = "Mine"

[[step]]
exercise = "chin-tuck"
reps = 10
`

// confirm answers the dialog on top of the window.
func confirm(t *testing.T, u *App, button string) {
	t.Helper()
	top := u.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatalf("no dialog to answer %q", button)
	}
	test.Tap(findButton(t, top, button))
}

func TestImportValidFileKeepsItAsWritten(t *testing.T) {
	u := newEditingApp(t)
	u.importRoutine("/somewhere/mine.toml", []byte(mine))
	got, err := os.ReadFile(filepath.Join(u.cfg.Sources.UserRoutines, "mine.toml"))
	if err != nil || string(got) != mine {
		t.Fatalf("imported file %q, %v", got, err)
	}
	if !slices.Contains(cardTitles(u.home), "Mine") {
		t.Error("the imported routine is not on the home screen")
	}
}

func TestImportInvalidFileWritesNothing(t *testing.T) {
	u := newEditingApp(t)
	bad := strings.Replace(mine, "reps = 10", "reps = 500\nsets = \"two\"", 1)
	u.importRoutine("/somewhere/bad.toml", []byte(bad))
	if !overlayShows(t, u.win, "bad.toml:7: step[1].reps: 500 is out of range") || !overlayShows(t, u.win, "bad.toml:8: step[1].sets") {
		t.Errorf("the full problem list is not shown")
	}
	if entries, _ := os.ReadDir(u.cfg.Sources.UserRoutines); len(entries) != 0 {
		t.Errorf("an invalid import wrote %v", entries)
	}
}

func TestImportSameNameAsks(t *testing.T) {
	u := newEditingApp(t)
	u.importRoutine("/a/mine.toml", []byte(mine))
	newer := strings.Replace(mine, "reps = 10", "reps = 12", 1)
	u.importRoutine("/b/mine.toml", []byte(newer))
	file := filepath.Join(u.cfg.Sources.UserRoutines, "mine.toml")
	if !overlayShows(t, u.win, `You already have a routine called “Mine”`) {
		t.Fatal("importing over a routine did not ask")
	}
	confirm(t, u, "Cancel")
	if got, _ := os.ReadFile(file); string(got) != mine {
		t.Fatal("Cancel replaced the routine")
	}
	u.importRoutine("/b/mine.toml", []byte(newer))
	confirm(t, u, "Import as a copy")
	if got, _ := os.ReadFile(file); string(got) != mine {
		t.Fatal("importing as a copy replaced the routine")
	}
	if c := u.cfg.Catalog.Routine("Mine (imported)"); c == nil || c.File == file || c.Sections[0].Steps[0].Reps.Lo != 12 {
		t.Fatalf("the copy is not beside the routine: %+v", c)
	}
	u.importRoutine("/b/mine.toml", []byte(newer))
	confirm(t, u, "Replace mine")
	if got, _ := os.ReadFile(file); string(got) != newer {
		t.Fatal("Replace did not replace the routine")
	}
	builtIn := strings.Replace(mine, `"Mine"`, `"Upper Back Strength"`, 1)
	u.importRoutine("/c/ubs.toml", []byte(builtIn))
	// A built-in stays as it is, but the file can come in beside it.
	if !overlayShows(t, u.win, "A built-in routine is called “Upper Back Strength”") {
		t.Fatal("importing a built-in's name did not say a built-in has it")
	}
	confirm(t, u, "Import as a copy")
	if c := u.cfg.Catalog.Routine("Upper Back Strength (imported)"); c == nil || c.BuiltIn || c.Sections[0].Steps[0].Reps.Lo != 10 {
		t.Fatalf("the built-in's name did not come in as a copy: %+v", c)
	}
	if ubs := u.cfg.Catalog.Routine("Upper Back Strength"); ubs == nil || !ubs.BuiltIn {
		t.Error("the built-in routine was replaced")
	}
}

func TestDeleteAsksAndUndoRestores(t *testing.T) {
	u := newEditingApp(t)
	u.importRoutine("/a/mine.toml", []byte(mine))
	confirm(t, u, "Close")
	file := filepath.Join(u.cfg.Sources.UserRoutines, "mine.toml")
	u.askDelete(u.cfg.Catalog.Routine("Mine"))
	confirm(t, u, "Keep it")
	if _, err := os.Stat(file); err != nil {
		t.Fatal("Keep it deleted the file")
	}
	u.askDelete(u.cfg.Catalog.Routine("Mine"))
	confirm(t, u, "Delete")
	if _, err := os.Stat(file); !os.IsNotExist(err) || slices.Contains(cardTitles(u.home), "Mine") {
		t.Fatal("delete left the routine")
	}
	if !strings.Contains(allText(t, u.home.content), `Deleted "Mine".`) {
		t.Fatal("home does not offer undo")
	}
	test.Tap(findButton(t, u.home.content, "Undo"))
	if got, _ := os.ReadFile(file); string(got) != mine || !slices.Contains(cardTitles(u.home), "Mine") {
		t.Fatalf("undo did not bring the file back as it was: %q", got)
	}
	if strings.Contains(allText(t, u.home.content), "Deleted") {
		t.Error("the undo banner stays after undo")
	}
}

func TestDuplicateBuiltInAndRename(t *testing.T) {
	u := newEditingApp(t)
	ubs := u.cfg.Catalog.Routine("Upper Back Strength")
	u.duplicateRoutine(ubs)
	c := u.cfg.Catalog.Routine("Upper Back Strength (copy)")
	if c == nil || c.BuiltIn || filepath.Dir(c.File) != u.cfg.Sources.UserRoutines {
		t.Fatalf("duplicate not saved among the person's routines: %+v", c)
	}
	if strings.Join(stepExercises(c), " ") != strings.Join(stepExercises(ubs), " ") {
		t.Error("the copy has other steps")
	}
	u.showHome()
	if u.folder().RenameProblem(u.cfg.Catalog, c, "Upper Back Strength") == "" {
		t.Error("renaming to a built-in's name is allowed")
	}
	u.renameRoutine(c, "Band Day")
	r := u.cfg.Catalog.Routine("Band Day")
	if r == nil || filepath.Base(r.File) != "band-day.toml" {
		t.Fatalf("renamed routine: %+v", r)
	}
	if _, err := os.Stat(c.File); !os.IsNotExist(err) {
		t.Error("the old file stays after a rename")
	}
}

type closingBuffer struct {
	bytes.Buffer
	closed bool
}

func (b *closingBuffer) Close() error { b.closed = true; return nil }

func TestExportWritesAFileThatImports(t *testing.T) {
	u := newEditingApp(t)
	var out closingBuffer
	if err := writeAndClose(&out, routine.Export(u.cfg.Catalog.Routine("Home Upper Back"))); err != nil || !out.closed {
		t.Fatal(err)
	}
	r, err := routine.ParseRoutine("export.toml", out.Bytes(), u.cfg.Catalog.Library)
	if err != nil || r.Name != "Home Upper Back" || r.ExerciseCount() != 9 {
		t.Fatalf("export does not read back: %v", err)
	}
}

// Export says where it wrote the routine.
func TestExportSaysWhereItWrote(t *testing.T) {
	u := newEditingApp(t)
	r := u.cfg.Catalog.Routine("Desk Posture Break")
	path := filepath.Join(t.TempDir(), "break.toml")
	wc, err := storage.Writer(storage.NewFileURI(path))
	if err != nil {
		t.Fatal(err)
	}
	u.writeExport(wc, routine.Export(r), func(p string) string { return fmt.Sprintf("%q was written to %s.", r.Name, p) })
	if !overlayShows(t, u.win, path) {
		t.Fatal("the export does not say where it went")
	}
	data, _ := os.ReadFile(path)
	if back, err := routine.ParseRoutine(path, data, u.cfg.Catalog.Library); err != nil || back.Name != r.Name {
		t.Fatalf("the exported file does not read back: %v", err)
	}
}

// The file choosers of Import and Export open in a narrow window and
// close on Esc.
func TestFileChoosersOpenAndCloseOnEsc(t *testing.T) {
	u := newEditingApp(t)
	for _, open := range []func(){u.chooseImport, func() { u.chooseExport(u.cfg.Catalog.Routine("Desk Posture Break")) }} {
		open()
		top := u.win.Canvas().Overlays().Top()
		if top == nil || top.Size().Width > 480 {
			t.Fatalf("the file chooser is not open within the window: %v", top)
		}
		escape(u)
		if u.win.Canvas().Overlays().Top() != nil || len(u.dialogs) != 0 {
			t.Fatal("Esc did not close the file chooser")
		}
	}
}

// Issue #26: a routine exported from one window with two exercises of the
// person's own imports into another, empty one, exercises and all.
func TestImportBringsTheExercisesARoutineCarries(t *testing.T) {
	from := newEditingApp(t)
	for _, id := range []string{"door-press", "towel-row"} {
		e := &routine.Exercise{ID: id, Name: strings.ToUpper(id[:1]) + id[1:], Kind: routine.Strength,
			Dose: routine.Dose{Sets: 2, Reps: routine.Count{Lo: 8, Hi: 8}}}
		if _, err := from.folder().SaveExercise(e); err != nil {
			t.Fatal(err)
		}
	}
	from.reloadCatalog(nil)
	r, err := routine.ParseRoutine("carry.toml", []byte("format = 1\nname = \"Carry\"\n[[step]]\nexercise = \"door-press\"\n[[step]]\nexercise = \"towel-row\"\n"), from.cfg.Catalog.Library)
	if err != nil {
		t.Fatal(err)
	}
	exported := routine.ExportWhole(r, from.cfg.Catalog.Library)

	to := newEditingApp(t)
	to.importRoutine("/elsewhere/carry.toml", exported)
	if !overlayShows(t, to.win, `Added the exercise "door-press".`) || !overlayShows(t, to.win, `Added the exercise "towel-row".`) {
		t.Error("the window does not say which exercises came with the routine")
	}
	imported := to.cfg.Catalog.Routine("Carry")
	if imported == nil {
		t.Fatal("the routine is not in the catalog")
	}
	for _, st := range imported.Steps() {
		if _, ok := to.cfg.Catalog.Library.Exercise(st.Exercise); !ok {
			t.Errorf("%s is not in the library after the import", st.Exercise)
		}
	}
}

// The Undo banner leaves home undoShownFor after home shows it, as a
// toast does; a routine replaced from the editor starts counting only
// once the person is back home.
func TestUndoBannerLeavesAfterAWhile(t *testing.T) {
	u := newEditingApp(t)
	var pending []func()
	var waited []time.Duration
	u.trashBin().after = func(d time.Duration, f func()) {
		waited = append(waited, d)
		pending = append(pending, f)
	}
	fire := func() {
		fs := pending
		pending = nil
		for _, f := range fs {
			f()
		}
	}
	u.importRoutine("/a/mine.toml", []byte(mine))
	confirm(t, u, "Close")
	u.askDelete(u.cfg.Catalog.Routine("Mine"))
	confirm(t, u, "Delete")
	if !strings.Contains(allText(t, u.home.content), `Deleted "Mine".`) {
		t.Fatal("home does not offer undo")
	}
	if len(waited) != 1 || waited[0] != 10*time.Second {
		t.Fatalf("the banner waits %v, want one wait of 10s", waited)
	}
	fire()
	if strings.Contains(allText(t, u.home.content), "Deleted") {
		t.Fatal("the undo banner stays after its time")
	}

	// Replaced from the editor: no countdown until home shows the banner.
	u.importRoutine("/a/mine.toml", []byte(mine))
	confirm(t, u, "Close")
	u.showPreview(u.cfg.Catalog.Routine("Mine"))
	u.keepReplaced(routine.Saved{Replaced: []routine.Trashed{{Name: "Mine"}}})
	if len(pending) != 0 {
		t.Fatal("the banner counts down while home is not on show")
	}
	u.backFromPreview() // as after Delete in the page's menu
	if !strings.Contains(allText(t, u.home.content), `Deleted "Mine".`) || len(pending) != 1 {
		t.Fatalf("back home: banner %q, %d countdowns", allText(t, u.home.content), len(pending))
	}
	u.showHistory()
	u.showHome() // shown again: the same countdown goes on
	if len(pending) != 1 {
		t.Fatalf("%d countdowns after showing home twice, want 1", len(pending))
	}
	fire()
	if strings.Contains(allText(t, u.home.content), "Deleted") {
		t.Fatal("the undo banner stays after its time")
	}
}
