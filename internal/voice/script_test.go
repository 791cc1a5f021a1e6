package voice

import (
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/postureapp/posture/internal/locale"
	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/session"
)

var update = flag.Bool("update", false, "rewrite the golden scripts in testdata/")

// Each built-in routine's script in names-and-sides mode is kept as a
// golden file, to be read by a person: go test -run Golden -update
// rewrites them after an intended change. The other languages' scripts
// are kept in testdata/script/<lang>/, with the content in that language,
// for a speaker of it to read.
func TestScriptOfEveryBuiltInRoutineMatchesItsGolden(t *testing.T) {
	for _, lang := range locale.Supported {
		c := builtinsIn(t, lang)
		dir := filepath.Join("testdata", "script")
		if lang != locale.English {
			dir = filepath.Join(dir, string(lang))
		}
		for _, r := range c.Routines {
			tl := session.Build(r, c.Library)
			checkGolden(t, filepath.Join(dir, slug(r.Name)+".txt"), describe(tl, ScriptIn(tl, Names, lang)))
		}
	}
}

func checkGolden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to write it)", err)
	}
	if got != string(want) {
		t.Errorf("script differs from %s:\n%s", path, got)
	}
}

func TestUpperBackStrengthScriptSaysWhatACoachWould(t *testing.T) {
	tl := timeline(t, "Upper Back Strength")
	lines := Script(tl, Names)
	got := texts(lines)
	if want := []string{"Band Pull-Apart.", "Three sets of fifteen."}; !slices.Equal(got[:2], want) {
		t.Errorf("get ready says %q, want %q", got[:2], want)
	}
	for _, want := range []string{"Rest, thirty seconds.", "Next: Face Pull.", "Three sets of twelve.", "Last set.", "Routine complete."} {
		if !slices.Contains(got, want) {
			t.Errorf("never says %q", want)
		}
	}
	if got[len(got)-1] != "Routine complete." || lines[len(lines)-1].Segment != len(tl.Segments)-1 {
		t.Errorf("the last line is %q in segment %d, want the end in the done segment", got[len(got)-1], lines[len(lines)-1].Segment)
	}
	for _, l := range lines {
		if strings.Contains(l.Text, "One.") || l.Text == halfway {
			t.Errorf("names-and-sides mode counts or marks halfway: %q", l.Text)
		}
	}
}

// Full coaching counts every rep at its lift, and says nothing in names
// mode that it does not say too.
func TestFullModeCountsEveryRepAtItsLift(t *testing.T) {
	tl := timeline(t, "Upper Back Strength")
	full := Script(tl, Full)
	counted := 0
	for _, s := range tl.Segments {
		if s.Phase != session.PhaseLift {
			continue
		}
		i := slices.IndexFunc(full, func(l Line) bool { return l.Segment == s.Index })
		if i < 0 || full[i].Text != sentence(number(s.Rep)) || full[i].Priority != mustSay {
			t.Fatalf("lift of rep %d (segment %d) is not counted", s.Rep, s.Index)
		}
		counted++
	}
	if counted != 3*15+3*12+2*10+2*10+2*10 {
		t.Errorf("%d lifts counted", counted)
	}
	names := Script(tl, Names)
	for _, l := range names {
		if !slices.Contains(full, l) {
			t.Errorf("full mode leaves out %+v", l)
		}
	}
	if Script(tl, Off) != nil {
		t.Error("off says something")
	}
}

// Sides: a stretch done on each side names the first side before it,
// switches before the other, and "halfway" marks a long hold.
func TestDeskBreakNamesSidesAndHalfway(t *testing.T) {
	tl := timeline(t, "Desk Posture Break")
	full := Script(tl, Full)
	sw := slices.IndexFunc(tl.Segments, func(s session.Segment) bool { return s.Phase == session.PhaseSwitch })
	if sw < 0 {
		t.Fatal("no switch in Desk Posture Break")
	}
	want := []Line{
		{Segment: sw - 2, Text: "Left side.", Slot: Tail, Priority: sideSay, Essential: true, Before: sw - 1},
		{Segment: sw - 1, Text: "Switch sides.", Slot: Tail, Priority: detailSay, Before: -1},
		{Segment: sw - 1, Text: "Halfway through.", Slot: Middle, Priority: doseSay, Before: -1},
		{Segment: sw, Text: "Right side.", Slot: Lead, Priority: sideSay, Essential: true, Before: sw + 1},
	}
	for _, w := range want {
		if !slices.Contains(full, w) {
			t.Errorf("no %+v in:\n%s", w, describe(tl, full))
		}
	}
	if !slices.Contains(texts(full), "Upper Trapezius Stretch.") && !slices.Contains(texts(full), "Next: Upper Trapezius Stretch.") {
		t.Errorf("the stretch is never named")
	}
}

func TestDoseTexts(t *testing.T) {
	both, self := routine.BothSides, routine.Self
	for _, c := range []struct {
		plan routine.Plan
		want string
	}{
		{routine.Plan{Sets: 3, Reps: routine.Count{Lo: 15, Hi: 20}}, "three sets of fifteen"},
		{routine.Plan{Sets: 1, Reps: routine.Count{Lo: 1, Hi: 1}}, "one rep"},
		{routine.Plan{Sets: 1, Duration: routine.Span{Lo: 90 * time.Second}, Sides: both}, "one minute thirty, each side"},
		{routine.Plan{Sets: 2, Duration: routine.Span{Lo: 20 * time.Second}}, "two sets of twenty seconds"},
		{routine.Plan{Sets: 2, Reps: routine.Count{Lo: 12}, Pace: self}, "two sets of twelve, at your own pace"},
		{routine.Plan{Sets: 1}, "at your own pace"},
	} {
		if got := english.dose(c.plan); got != c.want {
			t.Errorf("%+v: %q, want %q", c.plan, got, c.want)
		}
	}
}

func TestNumbersInWords(t *testing.T) {
	for n, want := range map[int]string{0: "zero", 7: "seven", 15: "fifteen", 20: "twenty", 45: "forty-five", 100: "one hundred", 121: "one hundred and twenty-one", 1000: "1000"} {
		if got := number(n); got != want {
			t.Errorf("number(%d) = %q, want %q", n, got, want)
		}
	}
	for d, want := range map[time.Duration]string{time.Second: "one second", 30 * time.Second: "thirty seconds", 2 * time.Minute: "two minutes", 75 * time.Second: "one minute fifteen"} {
		if got := english.duration(roundSeconds(d)); got != want {
			t.Errorf("spokenDuration(%v) = %q, want %q", d, got, want)
		}
	}
}

// sayAll places every segment's lines in order as a session played
// through would, each piece of news told at its first chance, and counts
// how often each text is said.
func sayAll(tl session.Timeline, script []Line, length func(string) (time.Duration, bool)) map[string]int {
	said := map[string]int{}
	told := map[string]int{}
	for i, s := range tl.Segments {
		placed := Place(s, i == len(tl.Segments)-1, Untold(linesOf(script, i), told), length)
		Tell(placed, told)
		for _, p := range placed {
			said[p.Text]++
		}
	}
	return said
}

// Every exercise of every built-in routine is named: in the get-ready or
// the rest before it, or, when that is too short, early in the exercise
// itself, and never twice for one play of it.
func TestEveryExerciseIsNamedOnce(t *testing.T) {
	c := builtins(t)
	for _, r := range c.Routines {
		tl := session.Build(r, c.Library)
		said := sayAll(tl, Script(tl, Names), spokenAt)
		plays := map[string]int{}
		for _, st := range tl.Steps {
			plays[st.Plan.Exercise.Name]++
		}
		for name, n := range plays {
			if got := said[name+"."] + said["Next: "+name+"."]; got != n {
				t.Errorf("%s: %s named %d times in %d plays", r.Name, name, got, n)
			}
		}
	}
}

// The warm-up's 5 s rests leave no room for "Next: Overhead Reach.", so
// the rest says the short form, before the move begins; where the rest
// has room the full form is said there and not again.
func TestShortRestSaysTheShortName(t *testing.T) {
	tl := timeline(t, "Dynamic Warm-up")
	var said []Said
	for _, s := range Rehearse(tl, Script(tl, Names), spokenAt) {
		if !s.Dropped && strings.Contains(s.Text, "Overhead Reach") {
			said = append(said, s)
		}
	}
	if len(said) != 2 || said[0].Text != "Overhead Reach." || tl.Segments[said[0].Segment].Phase != session.PhaseRest {
		t.Errorf("Overhead Reach told %+v, want twice (two rounds), in the short form in the rest before it", said)
	}
	tl = timeline(t, "Upper Back Strength")
	got := sayAll(tl, Script(tl, Names), spokenAt)
	if got["Face Pull."] != 0 || got["Next: Face Pull."] != 1 {
		t.Errorf("Face Pull named in the rest %d times, during it %d times", got["Next: Face Pull."], got["Face Pull."])
	}
}
