package routine

import (
	"errors"
	"io/fs"
	"strings"
	"testing"

	"github.com/postureapp/posture/assets"
	"github.com/postureapp/posture/internal/tomlfile/filetest"
	"github.com/postureapp/posture/routines"
)

// addBuiltIns seeds f with the files shipped in the binary that match.
func addBuiltIns(f *testing.F, fsys fs.FS, match func(name string) bool) {
	names, err := fs.Glob(fsys, "*.toml")
	if err != nil || len(names) == 0 {
		f.Fatalf("no built-in files: %v", err)
	}
	for _, n := range names {
		if data, err := fs.ReadFile(fsys, n); err == nil && match(n) {
			f.Add(data)
		}
	}
}

func isPose(name string) bool { return strings.HasSuffix(name, ".pose.toml") }

// FuzzParseRoutine feeds arbitrary bytes to the parser: it must never
// panic, and whatever it accepts must save and load back unchanged, within
// the limits on a routine's size.
func FuzzParseRoutine(f *testing.F) {
	f.Add([]byte(fullRoutine))
	f.Add([]byte(goodRoutine))
	f.Add([]byte(quotedNote))
	addBuiltIns(f, routines.FS, func(string) bool { return true })
	lib := testLibrary()
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := ParseRoutine("f.toml", data, lib)
		if err != nil {
			wantProblems(t, data, err)
			return
		}
		if size := r.Size(lib); size.Time > MaxPlanned || size.Phases > MaxPhases {
			t.Fatalf("accepted a routine of %+v", size)
		}
		again, err := ParseRoutine("f.toml", EncodeRoutine(r), lib)
		if err != nil {
			t.Fatalf("accepted file does not survive a save: %v\n%s", err, EncodeRoutine(r))
		}
		if string(EncodeRoutine(again)) != string(EncodeRoutine(r)) {
			t.Fatalf("save is not stable:\n%s\n---\n%s", EncodeRoutine(r), EncodeRoutine(again))
		}
	})
}

// FuzzParseExercise holds the exercise parser to the same: no panic, every
// problem a Problem, and what it accepts saves and loads back unchanged.
func FuzzParseExercise(f *testing.F) {
	addBuiltIns(f, assets.ExerciseFiles(), func(n string) bool { return !isPose(n) })
	f.Fuzz(func(t *testing.T, data []byte) {
		e, err := ParseExercise("f.toml", data)
		if err != nil {
			wantProblems(t, data, err)
			return
		}
		again, err := ParseExercise("f.toml", EncodeExercise(e))
		if err != nil {
			t.Fatalf("accepted file does not survive a save: %v\n%s", err, EncodeExercise(e))
		}
		if string(EncodeExercise(again)) != string(EncodeExercise(e)) {
			t.Fatalf("save is not stable:\n%s\n---\n%s", EncodeExercise(e), EncodeExercise(again))
		}
	})
}

// FuzzParseAdvice: no panic, every problem a Problem with the file's name.
func FuzzParseAdvice(f *testing.F) {
	f.Add(assets.Advice)
	f.Fuzz(func(t *testing.T, data []byte) {
		if _, err := ParseAdvice("f.toml", data); err != nil {
			wantProblems(t, data, err)
		}
	})
}

// wantProblems: the error is Problems, each on its line of the file.
func wantProblems(t *testing.T, data []byte, err error) {
	t.Helper()
	var ps Problems
	if !errors.As(err, &ps) || len(ps) == 0 {
		t.Fatalf("error is %T, not Problems: %v", err, err)
	}
	filetest.Placed(t, "f.toml", data, ps)
}

// FuzzParseExerciseText: no panic, every problem on its line, and an
// overlay accepted leaves every list of the English exercise as long as
// it was, so no step or warning is lost in a translation.
func FuzzParseExerciseText(f *testing.F) {
	for _, lang := range []string{"de", "es", "fr"} {
		addBuiltIns(f, subFS(f, lang+"/exercises"), func(string) bool { return true })
	}
	c := Load(Sources{BuiltinExercises: assets.ExerciseFiles(), BuiltinRoutines: routines.FS})
	en, _ := c.Library.Exercise("prone-y-raise")
	f.Fuzz(func(t *testing.T, data []byte) {
		text, err := ParseExerciseText("f.toml", data, en)
		if err != nil {
			wantProblems(t, data, err)
			return
		}
		e := *en
		text.Apply(&e)
		for _, l := range [][2][]string{{e.Steps, en.Steps}, {e.Cues, en.Cues}, {e.Safety, en.Safety}, {e.Muscles, en.Muscles}} {
			if len(l[0]) != len(l[1]) {
				t.Fatalf("a list of %d items became %d", len(l[1]), len(l[0]))
			}
		}
		if e.Name == "" || len([]rune(e.PhaseNames.Lift)) > maxPhaseName {
			t.Fatalf("accepted name %q, phase name %q", e.Name, e.PhaseNames.Lift)
		}
	})
}

// FuzzParseRoutineText: no panic, every problem on its line, and an
// accepted overlay keeps the routine's sections.
func FuzzParseRoutineText(f *testing.F) {
	for _, lang := range []string{"de", "es", "fr"} {
		addBuiltIns(f, subFS(f, lang+"/routines"), func(string) bool { return true })
	}
	c := Load(Sources{BuiltinExercises: assets.ExerciseFiles(), BuiltinRoutines: routines.FS})
	en := c.Routine("Home Upper Back")
	f.Fuzz(func(t *testing.T, data []byte) {
		text, err := ParseRoutineText("f.toml", data, en)
		if err != nil {
			wantProblems(t, data, err)
			return
		}
		r := en.Clone()
		text.Apply(r)
		if len(r.Sections) != len(en.Sections) || r.Name != en.Name {
			t.Fatalf("sections %d, name %q", len(r.Sections), r.Name)
		}
	})
}

func subFS(f *testing.F, dir string) fs.FS {
	sub, err := fs.Sub(assets.TranslationFiles(), dir)
	if err != nil {
		f.Fatal(err)
	}
	return sub
}
