package routine

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/postureapp/posture/assets"
	"github.com/postureapp/posture/internal/hostile"
)

func TestHostileRoutinesAreRefusedWithTheirLimit(t *testing.T) {
	lib := NewLibrary(&Exercise{ID: "chin-tuck", Name: "Chin Tuck", Kind: Strength,
		Dose: Dose{Sets: 2, Reps: Count{10, 12}, Hold: Span{3e9, 5e9}}})
	for _, f := range hostile.Files() {
		if f.Kind != "routine" {
			continue
		}
		_, err := ParseRoutine(f.Name, f.Data, lib)
		if err == nil || !strings.Contains(err.Error(), f.Want) {
			t.Errorf("%s: got %v, want an error saying %q", f.Name, err, f.Want)
			continue
		}
		if !strings.HasPrefix(err.Error(), f.Name+":") || strings.Contains(err.Error(), "\x1b") {
			t.Errorf("%s: error does not start with the file or holds an escape: %q", f.Name, err)
		}
	}
}

// steps writes a flat routine of n steps of exercise, each with extra.
func steps(n int, exercise, extra string) string {
	var b strings.Builder
	b.WriteString("format = 1\nname = \"Long\"\nprepare = \"0s\"\nrest_after = \"0s\"\n")
	for range n {
		fmt.Fprintf(&b, "\n[[step]]\nexercise = %q\n%s", exercise, extra)
	}
	return b.String()
}

func TestStepCountIsCappedOnTheFirstStepTooMany(t *testing.T) {
	if got := problemsOf(t, steps(MaxSteps, "neck-roll", "")); got != nil {
		t.Fatalf("%d steps refused: %q", MaxSteps, got)
	}
	got := problemsOf(t, steps(5_000, "neck-roll", ""))
	line := 5 + 3*MaxSteps + 1 // the header of step 201
	want := fmt.Sprintf("r.toml:%d: step[201]: the routine has 5000 steps (at most 200 steps in a routine)", line)
	if len(got) != 1 || got[0] != want {
		t.Fatalf("got %q\nwant %q", got, want)
	}
}

func TestTheLargestAllowedRoutineIsAccepted(t *testing.T) {
	lib := NewLibrary(&Exercise{ID: "chin-tuck", Name: "Chin Tuck", Kind: Strength, Dose: Dose{Reps: Count{10, 12}}})
	r, err := ParseRoutine("largest.toml", hostile.LargestAllowed(), lib)
	if err != nil {
		t.Fatal(err)
	}
	if size := r.Size(lib); size.Phases < MaxPhases*9/10 || size.Time < 2*time.Hour {
		t.Fatalf("not near the limits: %+v", size)
	}
}

func TestStepsInSectionsCountTogether(t *testing.T) {
	var b strings.Builder
	b.WriteString("format = 1\nname = \"S\"\n")
	for range 3 {
		b.WriteString("\n[[section]]\n")
		for range 70 {
			b.WriteString("  [[section.step]]\n  exercise = \"neck-roll\"\n")
		}
	}
	got := problemsOf(t, b.String())
	if len(got) != 1 || !strings.Contains(got[0], "section[3].step[61]: the routine has 210 steps") {
		t.Fatalf("got %q", got)
	}
}

func TestPlannedTimeIsCappedAtFourHours(t *testing.T) {
	// neck-roll: one set of 20 s. 720 plays of 20 s are exactly 4 h.
	src := func(rounds int) string {
		return fmt.Sprintf("format = 1\nname = \"R\"\nprepare = \"0s\"\nrest_after = \"0s\"\n\n[[section]]\nrounds = %d\n", rounds) +
			strings.Repeat("  [[section.step]]\n  exercise = \"neck-roll\"\n", 36)
	}
	if got := problemsOf(t, src(20)); got != nil {
		t.Fatalf("exactly 4h refused: %q", got)
	}
	got := problemsOf(t, strings.Replace(src(20), `"neck-roll"`+"\n", `"neck-roll"`+"\n  duration = \"21s\"\n", 1))
	want := `r.toml:79: section[1].step[36]: the routine's planned time passes 4h at this step (at most 4h in all, rounds, sets, reps and sides counted; split it into shorter routines)`
	if len(got) != 1 || got[0] != want {
		t.Fatalf("got %q\nwant %q", got, want)
	}
}

func TestHugeProductsOfRoundsSetsRepsAndSidesAreRefused(t *testing.T) {
	// Every value within its own range; together 20 rounds × 20 sets × 100
	// reps × 2 sides × 3 phases: 240,000 phases, the first 20,000 of them
	// in well under 4 h.
	src := "format = 1\nname = \"P\"\n\n[[section]]\nrounds = 20\n\n  [[section.step]]\n  exercise = \"prone-y-raise\"\n" +
		"  sets = 20\n  reps = 100\n  hold = \"1s\"\n  tempo = { lift = \"100ms\", lower = \"100ms\" }\n  rest = \"0s\"\n  sides = \"alternate\"\n"
	got := problemsOf(t, src)
	if len(got) != 1 || !strings.Contains(got[0], "passes 20000 phases") {
		t.Fatalf("got %q", got)
	}
}

func TestSizeCountsWithoutExpanding(t *testing.T) {
	r, err := ParseRoutine("r.toml", []byte(fullRoutine), testLibrary())
	if err != nil {
		t.Fatal(err)
	}
	// prepare 10s; warm-up 2 rounds of neck-roll 20s, each + 1m30s rest
	// after; prone-y-raise 2 self-paced sets (estimate 2 sides × 10 reps ×
	// 6s = 2m) with 45s between: 10s + 2×1m50s + 4m45s = 8m35s.
	want := Size{Time: 8*time.Minute + 35*time.Second, Phases: 1 + 2*2 + 3 + 1}
	if got := r.Size(testLibrary()); got != want {
		t.Fatalf("got %+v, want %+v", got, want)
	}
}

func TestDurationsThatOverflowAreOutOfRangeAsWritten(t *testing.T) {
	cases := map[string]string{
		`rest = 18446744074`:                  `r.toml:11: section[1].step[1].rest: 18446744074 is out of range (0s-10m, like "45s" or "1m30s")`,
		`rest_after = 9223372036854775807`:    `r.toml:11: section[1].step[1].rest_after: 9223372036854775807 is out of range (0s-10m, like "45s" or "1m30s")`,
		`rest = 99999999999999999999999`:      `r.toml:11: TOML syntax`,
		`rest = "99999999999999999999999"`:    `r.toml:11: section[1].step[1].rest: 99999999999999999999999 is out of range (0s-10m, like "45s" or "1m30s")`,
		`rest = "9999999999h"`:                `r.toml:11: section[1].step[1].rest: 9999999999h is out of range (0s-10m, like "45s" or "1m30s")`,
		`hold = "2s-9223372036854775807"`:     `r.toml:11: section[1].step[1].hold: 2s-9223372036854775807 is out of range (1s-10m, or a range like "20s-30s")`,
		`duration = 9223372036`:               `r.toml:11: section[1].step[1].duration: 9223372036 is out of range (1s-10m, or a range like "20s-30s")`,
		`tempo = { lift = 9223372037 }`:       `r.toml:11: section[1].step[1].tempo.lift: 9223372037 is out of range (0s-10m, like "45s" or "1m30s")`,
		`rest = -9223372036854775808`:         `r.toml:11: section[1].step[1].rest: -9223372036854775808 is out of range (0s-10m, like "45s" or "1m30s")`,
		`rest = "+10s"`:                       ``,
		`rest = 600`:                          ``,
		`rest = "-0s"`:                        ``,
		`rest = "1.5m"`:                       ``,
		`rest = "1x"`:                         `r.toml:11: section[1].step[1].rest: "1x" is not a duration (0s-10m, like "45s" or "1m30s")`,
		`rest = "-9223372036854775808ns"`:     `r.toml:11: section[1].step[1].rest: -9223372036854775808ns is out of range (0s-10m, like "45s" or "1m30s")`,
		`rest = "2562047h47m16.854775808s"`:   `r.toml:11: section[1].step[1].rest: 2562047h47m16.854775808s is out of range (0s-10m, like "45s" or "1m30s")`,
		`rest = "  9223372036854775807ns  "`:  `r.toml:11: section[1].step[1].rest: 9223372036854775807ns is out of range (0s-10m, like "45s" or "1m30s")`,
		`rest_after = "9223372036854775807s"`: `r.toml:11: section[1].step[1].rest_after: 9223372036854775807s is out of range (0s-10m, like "45s" or "1m30s")`,
	}
	for line, want := range cases {
		got := problemsOf(t, goodRoutine+"  "+line+"\n")
		switch {
		case want == "" && got != nil:
			t.Errorf("%s: want no problem, got %q", line, got)
		case want != "" && (len(got) != 1 || !strings.HasPrefix(got[0], want)):
			t.Errorf("%s:\ngot  %q\nwant %q", line, got, want)
		}
	}
}

func TestControlCharactersAreRefusedInNamesAndTexts(t *testing.T) {
	cases := map[string]string{
		"name = \"\\u001b[31mRed\\u001b[0m\"":       `r.toml:2: name: contains the control character U+001B (one line of text without control characters)`,
		"name = \"Two\\nlines\"":                    `r.toml:2: name: contains the control character U+000A (one line of text without control characters)`,
		"name = \"Right\\u202eto left\"":            `r.toml:2: name: contains the control character U+202E (one line of text without control characters)`,
		"name = \"日本 💪\"":                           ``,
		"name = \"R\"\ndescription = \"a\\nb\\tc\"": ``,
		"name = \"R\"\ndescription = \"\\u0007\"":   `r.toml:3: description: contains the control character U+0007 (text without control characters; new lines and tabs are fine)`,
	}
	for head, want := range cases {
		src := "format = 1\n" + head + "\n\n[[step]]\nexercise = \"neck-roll\"\nresistance = \"band\"\n"
		got := problemsOf(t, src)
		switch {
		case want == "" && got != nil:
			t.Errorf("%s: want no problem, got %q", head, got)
		case want != "" && (len(got) != 1 || got[0] != want):
			t.Errorf("%s:\ngot  %q\nwant %q", head, got, want)
		}
	}
	got := problemsOf(t, "format = 1\nname = \"R\"\n\n[[section]]\nname = \"\\u009b2J\"\n[[section.step]]\nexercise = \"neck-roll\"\n")
	if len(got) != 1 || got[0] != `r.toml:5: section[1].name: contains the control character U+009B (one line of text without control characters)` {
		t.Errorf("section name: %q", got)
	}
	_, err := ParseExercise("e.toml", []byte("format = 1\nid = \"x\"\nname = \"\\u001b]0;title\\u0007\"\nkind = \"warmup\"\ncues = [\"ok\", \"\\u001b[2J\"]\n"))
	want := "e.toml:3: name: contains the control character U+001B (one line of text without control characters)\n" +
		"e.toml:5: cues: contains the control character U+001B (one line of text without control characters)"
	if err == nil || err.Error() != want {
		t.Errorf("exercise:\ngot  %v\nwant %s", err, want)
	}
}

func TestDidYouMeanCountsSwapsAndPrefersKeysNotYetSet(t *testing.T) {
	cases := map[string]string{
		"sets = 2\n  rets = \"45s\"": `did you mean "rest"?`,
		"stes = 2":                   `did you mean "sets"?`,
		"rest = \"45s\"\n  rset = 2": `did you mean "sets"?`,
	}
	for lines, want := range cases {
		got := problemsOf(t, goodRoutine+"  "+lines+"\n")
		if len(got) != 1 || !strings.HasSuffix(got[0], "unknown key ("+want+")") {
			t.Errorf("%s: got %q, want %s", lines, got, want)
		}
	}
}

func TestNewerFormatIsReportedAloneAndNothingElseRead(t *testing.T) {
	got := problemsOf(t, "format = 2\nname = 7\nnew_key = { deep = true }\n")
	want := `r.toml:1: format: written by a newer Posture (format 2); left as it is (this version reads format = 1; update Posture to use this file)`
	if len(got) != 1 || got[0] != want {
		t.Fatalf("got %q", got)
	}
}

func TestLoadRefusesPipesAndLinksOutOfTheDataFolder(t *testing.T) {
	root := t.TempDir()
	dir := filepath.Join(root, "routines")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.toml"), 0o644); err != nil {
		t.Fatal(err)
	}
	elsewhere := filepath.Join(t.TempDir(), "other.toml")
	inside := filepath.Join(root, "kept.toml")
	for _, p := range []string{elsewhere, inside} {
		src := fmt.Sprintf("format = 1\nname = %q\n\n[[step]]\nexercise = \"chin-tuck\"\n", filepath.Base(p))
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink(elsewhere, filepath.Join(dir, "out.toml")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("../kept.toml", filepath.Join(dir, "in.toml")); err != nil {
		t.Fatal(err)
	}
	done := make(chan *Catalog, 1)
	go func() { done <- Load(Sources{UserRoutines: dir, Root: root, BuiltinExercises: assets.ExerciseFiles()}) }()
	var c *Catalog
	select {
	case c = <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("loading the routines folder blocked on a named pipe")
	}
	var got []string
	for _, p := range c.Problems {
		got = append(got, p.Error())
	}
	joined := strings.Join(got, "\n")
	for _, want := range []string{
		filepath.Join(dir, "pipe.toml") + ": is a named pipe (FIFO), not a file (a regular file)",
		filepath.Join(dir, "out.toml") + ": is a link to " + elsewhere + ", outside the data folder",
	} {
		if !strings.Contains(joined, want) {
			t.Errorf("problems do not say %q:\n%s", want, joined)
		}
	}
	if len(c.Routines) != 1 || c.Routines[0].Name != "kept.toml" {
		t.Errorf("the link inside the data folder did not load: %d routines", len(c.Routines))
	}
}

func TestAnExerciseFileFromANewerPostureIsNotSavedOver(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "wall-slide.toml")
	newer := []byte("format = 2\nid = \"wall-slide\"\nname = \"Wall Slide\"\nvideo = \"wall-slide.webm\"\n")
	if err := os.WriteFile(file, newer, 0o644); err != nil {
		t.Fatal(err)
	}
	e := &Exercise{ID: "wall-slide", Name: "Mine", Kind: Strength, Dose: Dose{Reps: Count{10, 10}}}
	_, err := (Folder{Exercises: dir}).SaveExercise(e)
	if err == nil || !strings.Contains(err.Error(), "written by a newer Posture") {
		t.Fatalf("got %v", err)
	}
	if data, _ := os.ReadFile(file); string(data) != string(newer) {
		t.Fatal("the newer file was written over")
	}
}
