package routine

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"testing/fstest"
)

// folderWith makes a person's folder holding the given routine files and
// returns it with the catalog loaded from it (one built-in, "Built In").
func folderWith(t *testing.T, files map[string]string) (Folder, func() *Catalog) {
	t.Helper()
	dir := t.TempDir()
	for name, src := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	builtIn := fstest.MapFS{"built-in.toml": {Data: []byte(routineNamed("Built In"))}}
	exercises := fstest.MapFS{}
	for _, e := range testLibrary().All() {
		exercises[e.ID+".toml"] = &fstest.MapFile{Data: EncodeExercise(e)}
	}
	src := Sources{BuiltinExercises: exercises, BuiltinRoutines: builtIn, UserRoutines: dir}
	return src.Folder(), func() *Catalog {
		c := Load(src)
		if len(c.Problems) > 0 && !strings.HasSuffix(t.Name(), "DidNotLoad") {
			t.Fatalf("catalog problems: %v", c.Problems)
		}
		return c
	}
}

func routineNamed(name string) string {
	return "format = 1\nname = " + quote(name) + "\n\n[[step]]\nexercise = \"neck-roll\"\n"
}

func mustSave(t *testing.T, f Folder, c *Catalog, name string) Saved {
	t.Helper()
	r, err := ParseRoutine("x.toml", []byte(routineNamed(name)), c.Library)
	if err != nil {
		t.Fatal(err)
	}
	saved, err := f.SaveRoutine(c, r, "")
	if err != nil {
		t.Fatalf("save %q: %v", name, err)
	}
	return saved
}

func TestNamesWithoutLettersGetFilesOfTheirOwn(t *testing.T) {
	f, load := folderWith(t, nil)
	files := map[string]string{}
	for _, name := range []string{"日本", "💪💪", "..", "中文"} {
		saved := mustSave(t, f, load(), name)
		if other, taken := files[saved.File]; taken {
			t.Fatalf("%q and %q were both saved to %s", other, name, saved.File)
		}
		files[saved.File] = name
	}
	c := load()
	for _, name := range files {
		if r := c.Routine(name); r == nil {
			t.Errorf("%q is lost", name)
		}
	}
}

func TestImportReplacesOnlyTheRoutineOfThatName(t *testing.T) {
	f, load := folderWith(t, nil)
	first := mustSave(t, f, load(), "日本")
	mustSave(t, f, load(), "💪")
	c := load()
	newer := strings.Replace(routineNamed("💪"), "[[step]]", "description = \"newer\"\n\n[[step]]", 1)
	r, err := ParseRoutine("in.toml", []byte(newer), c.Library)
	if err != nil {
		t.Fatal(err)
	}
	saved, err := f.ImportRoutine(c, r, []byte(newer))
	if err != nil {
		t.Fatal(err)
	}
	if saved.File == first.File {
		t.Fatalf("importing 💪 wrote over 日本's file %s", first.File)
	}
	c = load()
	if c.Routine("日本") == nil || c.Routine("💪").Description != "newer" || len(c.Routines) != 3 {
		t.Fatalf("after import: %d routines, 日本 %v", len(c.Routines), c.Routine("日本"))
	}
}

func TestSaveNeverWritesOverAFileThatDidNotLoad(t *testing.T) {
	broken := "format = 1\nname = \"Mine\"\n[[step]\n"
	f, load := folderWith(t, map[string]string{"mine.toml": broken})
	saved := mustSave(t, f, load(), "Mine")
	if filepath.Base(saved.File) != "mine-2.toml" {
		t.Errorf("saved to %s", saved.File)
	}
	if got, _ := os.ReadFile(filepath.Join(f.Routines, "mine.toml")); string(got) != broken {
		t.Error("the broken file was changed")
	}
}

func TestSaveSameNameReplacesTheOtherAndKeepsItForUndo(t *testing.T) {
	f, load := folderWith(t, map[string]string{"old-file.toml": routineNamed("Mine")})
	saved := mustSave(t, f, load(), "MINE")
	if len(saved.Replaced) != 1 || saved.Replaced[0].Name != "Mine" {
		t.Fatalf("replaced %+v", saved.Replaced)
	}
	c := load()
	if len(c.Routines) != 2 || c.Routine("mine").Name != "MINE" {
		t.Fatalf("routines after replace: %d", len(c.Routines))
	}
	if err := f.Restore(c, saved.Replaced[0]); err == nil {
		t.Error("undo brought back a second routine of the same name")
	}
}

func TestBuiltInNamesAreRefused(t *testing.T) {
	f, load := folderWith(t, nil)
	c := load()
	r, _ := ParseRoutine("x.toml", []byte(routineNamed("built in")), c.Library)
	if _, err := f.SaveRoutine(c, r, ""); err == nil || !strings.Contains(err.Error(), "built-in") {
		t.Errorf("saving a built-in's name: %v", err)
	}
}

func TestControlCharactersInNamesAreRefused(t *testing.T) {
	f, load := folderWith(t, map[string]string{"a.toml": routineNamed("A")})
	c := load()
	r := c.Routine("A")
	for _, name := range []string{"Evil\x1b[31m", "Two\nlines", "Tab\there"} {
		if _, err := f.RenameRoutine(c, r, name); err == nil {
			t.Errorf("rename to %q accepted", name)
		}
	}
}

func TestRenameMovesTheFileAndDeleteCanBeUndone(t *testing.T) {
	f, load := folderWith(t, map[string]string{"a.toml": routineNamed("A")})
	c := load()
	saved, err := f.RenameRoutine(c, c.Routine("A"), "  Band Day ")
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Base(saved.File) != "band-day.toml" {
		t.Errorf("renamed to %s", saved.File)
	}
	if _, err := os.Stat(filepath.Join(f.Routines, "a.toml")); !os.IsNotExist(err) {
		t.Error("the old file stays")
	}
	c = load()
	gone, err := f.TrashRoutine(c.Routine("Band Day"))
	if err != nil {
		t.Fatal(err)
	}
	if load().Routine("Band Day") != nil {
		t.Fatal("delete left the routine")
	}
	if err := f.Restore(load(), gone); err != nil {
		t.Fatal(err)
	}
	if load().Routine("Band Day") == nil {
		t.Error("undo did not bring it back")
	}
}

func TestOwnCopyOfABuiltInIsMineAndReused(t *testing.T) {
	f, load := folderWith(t, nil)
	c := load()
	own := OwnCopy(c, c.Routine("Built In"))
	if own.Name != "Built In (mine)" || own.BuiltIn || own.File != "" {
		t.Fatalf("own copy %+v", own)
	}
	own.Sections[0].Steps[0].Sets = 2
	if c.Routine("Built In").Sections[0].Steps[0].Sets == 2 {
		t.Fatal("changing the copy changed the built-in")
	}
	if _, err := f.SaveRoutine(c, own, own.File); err != nil {
		t.Fatal(err)
	}
	c = load()
	again := OwnCopy(c, c.Routine("Built In"))
	if again.File == "" || again.Sections[0].Steps[0].Sets != 2 {
		t.Errorf("the second accept does not reuse the copy: %+v", again)
	}
}

// In a catalog of another language a new own copy is named from the
// routine's shown name in that language's words, in a file whose name is
// plain letters; a copy made earlier under the English name is still the
// one a suggestion changes, and so is the translated one once saved.
func TestOwnCopyIsNamedInTheCatalogsLanguage(t *testing.T) {
	f, load := folderWith(t, nil)
	german := func() *Catalog {
		c := load()
		c.Routine("Built In").Title = "Eingebaute Übung"
		c.OwnName = func(shown string) string { return shown + " (meine)" }
		return c
	}
	c := german()
	own := OwnCopy(c, c.Routine("Built In"))
	if own.Name != "Eingebaute Übung (meine)" || own.Title != "" {
		t.Fatalf("a German window's own copy is called %q (title %q)", own.Name, own.Title)
	}
	saved, err := f.SaveRoutine(c, own, own.File)
	if err != nil {
		t.Fatal(err)
	}
	if got := filepath.Base(saved.File); got != "eingebaute-ubung-meine.toml" {
		t.Errorf("the copy is in %q", got)
	}
	c = german()
	if again := OwnCopy(c, c.Routine("Built In")); again.File != saved.File {
		t.Errorf("the second accept makes another copy: %+v", again)
	}

	_, load = folderWith(t, map[string]string{"built-in-mine.toml": routineNamed("Built In (mine)")})
	c = german()
	if again := OwnCopy(c, c.Routine("Built In")); again.Name != "Built In (mine)" || again.File == "" {
		t.Errorf("the English-named copy is not the one changed: %+v", again)
	}

	_, load = folderWith(t, nil)
	c = german()
	c.Routine("Built In").Title = strings.Repeat("Ü", MaxNameLength)
	if name := OwnCopy(c, c.Routine("Built In")).Name; len([]rune(name)) != MaxNameLength || !strings.HasSuffix(name, "Ü (meine)") {
		t.Errorf("a long name's own copy is %q", name)
	}
}

func TestDeleteExerciseRefusedWhileARoutineUsesIt(t *testing.T) {
	dir := t.TempDir()
	f := Folder{Routines: dir, Exercises: t.TempDir()}
	mine := &Exercise{ID: "my-move", Name: "My Move", Kind: Strength, Dose: Dose{Reps: Count{10, 10}}}
	file, err := f.SaveExercise(mine)
	if err != nil {
		t.Fatal(err)
	}
	uses := strings.Replace(routineNamed("Uses It"), "neck-roll", "my-move", 1)
	if err := os.WriteFile(filepath.Join(dir, "uses-it.toml"), []byte(uses), 0o644); err != nil {
		t.Fatal(err)
	}
	c := Load(Sources{UserExercises: f.Exercises, UserRoutines: dir})
	e, _ := c.Library.Exercise("my-move")
	if err := f.DeleteExercise(c, e); err == nil || !strings.Contains(err.Error(), `"Uses It"`) {
		t.Fatalf("delete while used: %v", err)
	}
	if err := os.Remove(filepath.Join(dir, "uses-it.toml")); err != nil {
		t.Fatal(err)
	}
	c = Load(Sources{UserExercises: f.Exercises, UserRoutines: dir})
	e, _ = c.Library.Exercise("my-move")
	if err := f.DeleteExercise(c, e); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(file); !os.IsNotExist(err) {
		t.Error("the exercise file stays")
	}
}

func TestOnlyRegularTOMLFilesAreImportable(t *testing.T) {
	dir := t.TempDir()
	good, pipe, other := filepath.Join(dir, "a.toml"), filepath.Join(dir, "p.toml"), filepath.Join(dir, "a.txt")
	for _, f := range []string{good, other} {
		if err := os.WriteFile(f, []byte(routineNamed("A")), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := syscall.Mkfifo(pipe, 0o644); err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]bool{good: true, pipe: false, other: false, dir: false, filepath.Join(dir, "gone.toml"): false} {
		if got := Importable(path); got != want {
			t.Errorf("Importable(%s) = %v, want %v", filepath.Base(path), got, want)
		}
	}
}

// A rename leaves no backup of the old file behind, and a folder scan
// never lists a backup as a routine.
func TestRenameLeavesNoStaleBackup(t *testing.T) {
	f, load := folderWith(t, map[string]string{"a.toml": routineNamed("A")})
	c := load()
	if _, err := f.SaveRoutine(c, c.Routine("A"), c.Routine("A").File); err != nil { // a save keeps a.toml.bak
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(f.Routines, "a.toml.bak")); err != nil {
		t.Fatalf("a save kept no backup: %v", err)
	}
	c = load()
	if len(c.Routines) != 2 {
		t.Errorf("the scan lists %d routines with a backup beside a.toml, want 2", len(c.Routines))
	}
	if _, err := f.RenameRoutine(c, c.Routine("A"), "B"); err != nil {
		t.Fatal(err)
	}
	baks, _ := filepath.Glob(filepath.Join(f.Routines, "*.bak"))
	if len(baks) != 0 {
		t.Errorf("a rename left %v behind", baks)
	}
}
