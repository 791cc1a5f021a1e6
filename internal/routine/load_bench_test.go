package routine_test

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/postureapp/posture/assets"
	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/routines"
)

// BenchmarkLoad2000Routines reads a catalog with 2,000 of the person's own
// routines (copies of the built-ins under names of their own, as
// bench/scalegen writes them): what home waits for before it can show.
func BenchmarkLoad2000Routines(b *testing.B) {
	builtIn := routine.Sources{BuiltinExercises: assets.ExerciseFiles(), BuiltinRoutines: routines.FS}
	src := builtIn
	src.Root = b.TempDir()
	src.UserRoutines = filepath.Join(src.Root, "routines")
	builtIns := routine.Load(builtIn)
	writeOwnRoutines(b, src.UserRoutines, builtIns, 2000)
	want := 2000 + len(builtIns.Routines)
	for b.Loop() {
		c := routine.Load(src)
		if len(c.Problems) > 0 || len(c.Routines) != want {
			b.Fatalf("%d routines, problems %v", len(c.Routines), c.Problems)
		}
	}
}

func writeOwnRoutines(b *testing.B, dir string, c *routine.Catalog, n int) {
	b.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		b.Fatal(err)
	}
	for i := range n {
		r := *c.Routines[i%len(c.Routines)]
		r.Name = fmt.Sprintf("%s %04d", r.Name, i+1)
		r.BuiltIn = false
		if err := os.WriteFile(filepath.Join(dir, routine.FileName(r.Name)), routine.EncodeRoutine(&r), 0o644); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadBuiltIns reads the built-in catalog in English and, with
// its 46 overlays read and applied, in German: what a translation adds
// to the start-up.
func BenchmarkLoadBuiltIns(b *testing.B) {
	for _, lang := range []string{"en", "de"} {
		b.Run(lang, func(b *testing.B) {
			src := routine.Sources{BuiltinExercises: assets.ExerciseFiles(), BuiltinRoutines: routines.FS,
				Translations: assets.TranslationFiles(), Lang: lang}
			for b.Loop() {
				if c := routine.Load(src); len(c.Problems) > 0 {
					b.Fatal(c.Problems)
				}
			}
		})
	}
}

// BenchmarkStamp2000Routines lists a routines folder of 2,000 files, as
// the window's watch does every two seconds off the UI goroutine; beside
// BenchmarkLoad2000Routines it says what a poll costs against a reload.
func BenchmarkStamp2000Routines(b *testing.B) {
	builtIn := routine.Sources{BuiltinExercises: assets.ExerciseFiles(), BuiltinRoutines: routines.FS}
	src := builtIn
	src.Root = b.TempDir()
	src.UserRoutines = filepath.Join(src.Root, "routines")
	writeOwnRoutines(b, src.UserRoutines, routine.Load(builtIn), 2000)
	for b.Loop() {
		if s := src.Stamp(); len(s) != 2000 {
			b.Fatalf("%d files listed", len(s))
		}
	}
}
