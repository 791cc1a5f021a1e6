package routine

import (
	"strings"
	"testing"
)

// testLibrary has one rep-based and one timed exercise.
func testLibrary() *Library {
	return NewLibrary(
		&Exercise{ID: "prone-y-raise", Name: "Prone Y Raise", Kind: Strength,
			Dose:  Dose{Sets: 3, Reps: Count{10, 15}, Hold: Span{2e9, 3e9}, Rest: Dur(45e9)},
			Tempo: Tempo{Lift: Dur(1e9), Lower: Dur(2e9)}},
		&Exercise{ID: "neck-roll", Name: "Neck Roll", Kind: Warmup,
			Dose: Dose{Sets: 1, Duration: Span{20e9, 30e9}}},
	)
}

const goodRoutine = `format = 1
name = "Test"
per_week = 3

[[section]]
name = "Strength"
rounds = 2

  [[section.step]]
  exercise = "prone-y-raise"
`

// problemsOf parses a routine and returns its problems as strings.
func problemsOf(t *testing.T, src string) []string {
	t.Helper()
	_, err := ParseRoutine("r.toml", []byte(src), testLibrary())
	if err == nil {
		return nil
	}
	ps, ok := err.(Problems)
	if !ok {
		t.Fatalf("error is %T, want Problems: %v", err, err)
	}
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.String()
	}
	return out
}

func TestGoodRoutineHasNoProblems(t *testing.T) {
	if ps := problemsOf(t, goodRoutine); ps != nil {
		t.Fatalf("unexpected problems:\n%s", strings.Join(ps, "\n"))
	}
}

// quotedNote is goodRoutine with three quotes in a comment and in a
// one-line string, and a mistake on line 12, after them.
var quotedNote = strings.Replace(goodRoutine, "format = 1\n", "format = 1 # note \"\"\"\ndescription = \"say '''hello\"\n", 1) +
	"  stes = 2\n"

// TestThreeQuotesOutsideAStringKeepLaterLines: three quotes in a comment
// or in a one-line string start no multi-line string, so the mistake
// after them is still placed on its line.
func TestThreeQuotesOutsideAStringKeepLaterLines(t *testing.T) {
	got := problemsOf(t, quotedNote)
	want := `r.toml:12: section[1].step[1].stes: unknown key (did you mean "sets"?)`
	if len(got) != 1 || got[0] != want {
		t.Fatalf("got %q\nwant %q", got, want)
	}
}

func TestValueRules(t *testing.T) {
	cases := []struct {
		name, line, want string
	}{
		{"sets at the bottom", `sets = 1`, ""},
		{"sets at the top", `sets = 20`, ""},
		{"sets too many", `sets = 21`, "r.toml:11: section[1].step[1].sets: 21 is out of range (1-20)"},
		{"sets zero", `sets = 0`, "r.toml:11: section[1].step[1].sets: 0 is out of range (1-20)"},
		{"sets not a number", `sets = "two"`, `r.toml:11: section[1].step[1].sets: "two" is not a whole number (1-20)`},
		{"reps number", `reps = 100`, ""},
		{"reps too many", `reps = "90-101"`, `r.toml:11: section[1].step[1].reps: 90-101 is out of range (1-100, or a range like "10-15")`},
		{"reps backwards", `reps = "15-10"`, `r.toml:11: section[1].step[1].reps: range 15-10 starts above its end (the low end first, "10-15")`},
		{"reps junk", `reps = "lots"`, `r.toml:11: section[1].step[1].reps: "lots" is not a number or a range (1-100, or a range like "10-15")`},
		{"hold bare seconds", `hold = 3`, ""},
		{"hold range", `hold = "2s-3s"`, ""},
		{"hold too short", `hold = "500ms"`, `r.toml:11: section[1].step[1].hold: 500ms is out of range (1s-10m, or a range like "20s-30s")`},
		{"hold too long", `hold = "11m"`, `r.toml:11: section[1].step[1].hold: 11m is out of range (1s-10m, or a range like "20s-30s")`},
		{"hold backwards", `hold = "5s-3s"`, `r.toml:11: section[1].step[1].hold: range 5s-3s starts above its end (the low end first, "20s-30s")`},
		{"rest zero", `rest = "0s"`, ""},
		{"rest ten minutes", `rest = "10m"`, ""},
		{"rest too long", `rest = "10m1s"`, `r.toml:11: section[1].step[1].rest: 10m1s is out of range (0s-10m, like "45s" or "1m30s")`},
		{"rest negative", `rest = "-1s"`, `r.toml:11: section[1].step[1].rest: -1s is out of range (0s-10m, like "45s" or "1m30s")`},
		{"rest junk", `rest = "soon"`, `r.toml:11: section[1].step[1].rest: "soon" is not a duration (0s-10m, like "45s" or "1m30s")`},
		{"pace", `pace = "slow"`, `r.toml:11: section[1].step[1].pace: "slow" is not allowed (one of "timed", "self")`},
		{"sides", `sides = "left"`, `r.toml:11: section[1].step[1].sides: "left" is not allowed (one of "", "both", "alternate")`},
		{"tempo inline", `tempo = { lift = "1s", lower = "2s" }`, ""},
		{"tempo unknown key", `tempo = { lift = "1s", lowr = "2s" }`, `r.toml:11: section[1].step[1].tempo.lowr: unknown key (did you mean "lower"?)`},
		{"unknown key", `reeps = 12`, `r.toml:11: section[1].step[1].reeps: unknown key (did you mean "reps"?)`},
		{"reps and duration", "duration = \"30s\"\n  reps = 12", `r.toml:11: section[1].step[1].duration: a step has reps or a duration, not both (reps for rep-based moves, duration for timed ones)`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			src := goodRoutine + "  " + c.line + "\n"
			got := problemsOf(t, src)
			if c.want == "" {
				if got != nil {
					t.Fatalf("want no problems, got:\n%s", strings.Join(got, "\n"))
				}
				return
			}
			if len(got) != 1 || got[0] != c.want {
				t.Fatalf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), c.want)
			}
		})
	}
}

func TestUnknownExerciseSuggestsNearestID(t *testing.T) {
	src := strings.Replace(goodRoutine, `"prone-y-raise"`, `"prone-y-rise"`, 1)
	got := problemsOf(t, src)
	want := `r.toml:10: section[1].step[1].exercise: no exercise with id "prone-y-rise" (did you mean "prone-y-raise"?)`
	if len(got) != 1 || got[0] != want {
		t.Fatalf("got %q, want %q", got, want)
	}
}

func TestSyntaxErrorNamesItsLine(t *testing.T) {
	got := problemsOf(t, "format = 1\nname = \"x\"\nsets = = 3\n")
	if len(got) != 1 || !strings.HasPrefix(got[0], "r.toml:3: TOML syntax:") {
		t.Fatalf("got %q", got)
	}
}

func TestEveryProblemReportedAtOnce(t *testing.T) {
	src := `format = 0
name = ""
per_wek = 3

[[step]]
exercise = "neck-rol"

[[step]]
exercise = "prone-y-raise"
sets = 40
hold = "0s"
`
	got := problemsOf(t, src)
	want := []string{
		`r.toml:1: format: 0 is not a format this version reads (format = 1)`,
		`r.toml:2: name: is empty (required)`,
		`r.toml:3: per_wek: unknown key (did you mean "per_week"?)`,
		`r.toml:6: step[1].exercise: no exercise with id "neck-rol" (did you mean "neck-roll"?)`,
		`r.toml:10: step[2].sets: 40 is out of range (1-20)`,
		`r.toml:11: step[2].hold: 0s is out of range (1s-10m, or a range like "20s-30s")`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestMissingFormatAndSteps(t *testing.T) {
	got := problemsOf(t, `name = "x"`+"\n")
	want := []string{
		`r.toml: step: the routine has no steps ([[section]] tables with [[section.step]], or top-level [[step]] tables)`,
		`r.toml:1: format: missing (every file starts with format = 1)`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestSectionsAndTopLevelStepsDoNotMix(t *testing.T) {
	got := problemsOf(t, goodRoutine+"\n[[step]]\nexercise = \"neck-roll\"\n")
	if len(got) != 1 || !strings.Contains(got[0], "cannot be mixed") {
		t.Fatalf("got %q", got)
	}
}

func TestOversizedFileRefusedUnparsed(t *testing.T) {
	big := goodRoutine + "# " + strings.Repeat("x", MaxFileSize) + "\n"
	got := problemsOf(t, big)
	if len(got) != 1 || !strings.Contains(got[0], "too large") || !strings.Contains(got[0], "at most 1 MiB") {
		t.Fatalf("got %q", got)
	}
}

func TestExerciseRules(t *testing.T) {
	src := `format = 1
id = "Prone Y"
name = "Prone Y"
kind = "cardio"
equipment = ["band", "kettlebell"]
sides = "one"

[dose]
sets = 3
reps = "10-15"
duration = "30s"
rst = "45s"

[phase_cues]
lift = "Up"
hld = "Stay"
`
	_, err := ParseExercise("e.toml", []byte(src))
	want := []string{
		`e.toml:2: id: "Prone Y" is not kebab-case (lower-case words joined by "-", like "prone-y-raise")`,
		`e.toml:4: kind: "cardio" is not allowed (one of "warmup", "strength", "stretch")`,
		`e.toml:5: equipment: "kettlebell" is not known equipment (any of "band", "dumbbells", "cable", "wall", "doorway", "chair", "bench", "mat", "door anchor", or choices such as "band or cable")`,
		`e.toml:6: sides: "one" is not allowed (one of "", "both", "alternate")`,
		`e.toml:11: dose.duration: a dose has reps or a duration, not both (reps for rep-based moves, duration for timed ones)`,
		`e.toml:12: dose.rst: unknown key (did you mean "rest"?)`,
		`e.toml:16: phase_cues.hld: unknown key (did you mean "hold"?)`,
	}
	if err == nil || err.Error() != strings.Join(want, "\n") {
		t.Fatalf("got:\n%v\nwant:\n%s", err, strings.Join(want, "\n"))
	}
}
