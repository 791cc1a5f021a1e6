package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/postureapp/posture/assets"
	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/routines"
)

// scaleSources is a data folder of n routines of the person's own,
// copies of the built-ins under new names as bench/scalegen writes them.
func scaleSources(b *testing.B, n int) routine.Sources {
	dir := b.TempDir()
	src := routine.Sources{
		BuiltinExercises: assets.ExerciseFiles(), BuiltinRoutines: routines.FS,
		UserRoutines: filepath.Join(dir, "routines"), UserExercises: filepath.Join(dir, "exercises"),
	}
	os.MkdirAll(src.UserRoutines, 0o755)
	os.MkdirAll(src.UserExercises, 0o755)
	c := routine.Load(src)
	for i := range n {
		r := *c.Routines[i%len(c.Routines)]
		r.Name = fmt.Sprintf("%s %04d", r.Name, i+1)
		r.BuiltIn = false
		if err := os.WriteFile(filepath.Join(src.UserRoutines, routine.FileName(r.Name)), routine.EncodeRoutine(&r), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	return src
}

// BenchmarkSaveUIGoroutine is the time one Save in the editor holds the
// UI goroutine with 2,000 routines of the person's own: "inline" does
// all of it where Save was pressed (writing the file and reading the
// catalog again, as before #23's follow-up); "handed off" counts only
// the parts that still run there (starting the save, showing it saved,
// putting the catalog read elsewhere in place).
func BenchmarkSaveUIGoroutine(b *testing.B) {
	src := scaleSources(b, 2000)
	open := func(b *testing.B) (*App, *editor) {
		a := test.NewTempApp(b)
		a.Preferences().SetBool(prefSafetySeen, true)
		u := New(a, Config{Catalog: routine.Load(src), Advice: testAdvice(b), Clock: newStepClock(), Sources: src, Background: inPlace})
		u.win.Resize(fyne.NewSize(960, 720))
		for _, r := range u.cfg.Catalog.Routines {
			if !r.BuiltIn {
				return u, u.editRoutine(r)
			}
		}
		b.Fatal("no routine of the person's own")
		return nil, nil
	}
	b.Run("inline", func(b *testing.B) {
		_, e := open(b)
		for i := 0; b.Loop(); i++ {
			b.StopTimer()
			e.d.Description = fmt.Sprint("round ", i)
			e.refreshChecks()
			b.StartTimer()
			e.onSave()
		}
	})
	b.Run("handed off", func(b *testing.B) {
		u, e := open(b)
		u.cfg.Background = func(func()) {} // the benchmark does the background parts itself, untimed
		for i := 0; b.Loop(); i++ {
			b.StopTimer()
			e.d.Description = fmt.Sprint("round ", i)
			e.refreshChecks()
			r, file, text := e.valid, e.file, string(e.d.Encode())
			b.StartTimer()
			e.onSave()
			b.StopTimer()
			saved, err := u.folder().SaveRoutine(u.cfg.Catalog, r, file)
			b.StartTimer()
			e.saved(saved, err, text, nil)
			b.StopTimer()
			stamp := src.Stamp()
			c := routine.Load(src)
			b.StartTimer()
			u.catalogLoaded(c, stamp)
		}
	})
}
