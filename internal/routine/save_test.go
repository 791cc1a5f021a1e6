package routine

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

const fullRoutine = `format = 1
name = "Round Trip \"Special\""
description = "Line one\nline two"
per_week = 4
prepare = "10s"
rest_after = "1m30s"
switch = "5s"

[[section]]
name = "Warm-up"
rounds = 2

  [[section.step]]
  exercise = "neck-roll"
  duration = "20s-30s"

[[section]]
name = "Strength"

  [[section.step]]
  exercise = "prone-y-raise"
  sets = 2
  reps = "10-15"
  hold = "3s"
  tempo = { lift = "1s", lower = "2s" }
  rest = "45s"
  rest_after = "0s"
  pace = "self"
  sides = "both"
  resistance = "light band"
`

func TestLoadSaveLoadGivesEqualRoutine(t *testing.T) {
	for name, src := range map[string]string{"sections": fullRoutine, "flat": "format = 1\nname = \"Flat\"\n\n[[step]]\nexercise = \"neck-roll\"\n"} {
		t.Run(name, func(t *testing.T) {
			first, err := ParseRoutine("a.toml", []byte(src), testLibrary())
			if err != nil {
				t.Fatal(err)
			}
			data := EncodeRoutine(first)
			second, err := ParseRoutine("a.toml", data, testLibrary())
			if err != nil {
				t.Fatalf("saved file does not load: %v\n%s", err, data)
			}
			if !reflect.DeepEqual(first, second) {
				t.Fatalf("round trip changed the routine:\n%+v\n%+v\nfile:\n%s", first, second, data)
			}
		})
	}
}

func TestExerciseRoundTrip(t *testing.T) {
	src := `format = 1
id = "prone-y-raise"
name = "Prone Y Raise"
kind = "strength"
equipment = ["mat"]
muscles = ["lower trapezius"]
summary = "Lift the arms in a Y."
steps = ["Lie face down.", "Lift."]
cues = ["Neck long"]
sides = "both"

[dose]
sets = 2
reps = "10-15"
hold = "2s-3s"
rest = "45s"

[tempo]
lift = "1s"
lower = "2s"

[phase_cues]
lift = "Up"
hold = "Squeeze"
lower = "Down slowly"
`
	first, err := ParseExercise("e.toml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	second, err := ParseExercise("e.toml", EncodeExercise(first))
	if err != nil {
		t.Fatalf("%v\n%s", err, EncodeExercise(first))
	}
	if !reflect.DeepEqual(first, second) {
		t.Fatalf("round trip changed the exercise:\n%+v\n%+v", first, second)
	}
}

func TestSaveKeepsBackupOfPreviousVersion(t *testing.T) {
	r, err := ParseRoutine("a.toml", []byte(fullRoutine), testLibrary())
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "round-trip-special.toml")
	if err := os.WriteFile(path, []byte("hand-written"), 0o644); err != nil {
		t.Fatal(err)
	}
	r.File = path
	c := &Catalog{Library: testLibrary(), Routines: []*Routine{r}}
	if _, err := (Folder{Routines: dir}).SaveRoutine(c, r, path); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path + ".bak"); string(b) != "hand-written" {
		t.Fatalf("backup holds %q", b)
	}
}

func TestBrokenFileInFolderDoesNotStopTheOthers(t *testing.T) {
	dir := t.TempDir()
	good := "format = 1\nname = \"Good %d\"\n\n[[step]]\nexercise = \"neck-roll\"\n"
	for i, name := range []string{"a.toml", "c.toml"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(strings.Replace(good, "%d", string(rune('1'+i)), 1)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	broken := "format = 1\nname = \"Broken\"\n[[step]]\nexercise = \"neck-roll\"\nsets = [\n"
	if err := os.WriteFile(filepath.Join(dir, "b.toml"), []byte(broken), 0o644); err != nil {
		t.Fatal(err)
	}
	exercises := t.TempDir()
	neck, _ := testLibrary().Exercise("neck-roll")
	if _, err := (Folder{Exercises: exercises}).SaveExercise(neck); err != nil {
		t.Fatal(err)
	}
	c := Load(Sources{UserExercises: exercises, UserRoutines: dir})
	if len(c.Routines) != 2 {
		t.Fatalf("loaded %d routines, want the 2 good ones", len(c.Routines))
	}
	if len(c.Problems) != 1 || !strings.Contains(c.Problems[0].Error(), filepath.Join(dir, "b.toml")+":") {
		t.Fatalf("broken file not reported with its name: %v", c.Problems)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "b.toml")); string(b) != broken {
		t.Fatal("broken file was changed")
	}
}

func TestFileName(t *testing.T) {
	for in, want := range map[string]string{
		"Upper Back Strength":    "upper-back-strength.toml",
		"Beginner, No Equipment": "beginner-no-equipment.toml",
		"../../etc/passwd":       "etc-passwd.toml",
		"???":                    "routine.toml",
		"日本":                     "routine.toml",
		"..":                     "routine.toml",
		"Épaules et Cou":         "epaules-et-cou.toml",
	} {
		if got := FileName(in); got != want {
			t.Errorf("FileName(%q) = %q, want %q", in, got, want)
		}
	}
}
