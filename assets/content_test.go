package assets_test

import (
	"bytes"
	"io/fs"
	"sort"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"

	"github.com/postureapp/posture/assets"
	"github.com/postureapp/posture/internal/routine"
)

// issueIDs are the exercises the library must hold: the two articles'
// moves with their duplicates merged.
var issueIDs = []string{
	"band-pull-apart", "face-pull", "prone-y-raise", "prone-t-raise",
	"prone-w-raise", "reverse-fly", "seated-row", "wall-slide", "superman",
	"bent-over-row", "wall-push-up", "shoulder-blade-squeeze", "neck-roll",
	"shoulder-roll", "arm-circle", "overhead-reach", "chair-rotation",
	"cat-cow", "thoracic-extension", "childs-pose-reach", "doorway-stretch",
	"upper-trap-stretch", "chin-tuck",
}

// library parses every exercise file itself, so a file that fails is
// reported by name instead of silently missing from a catalog.
func library(t *testing.T) map[string]*routine.Exercise {
	t.Helper()
	names, err := fs.Glob(assets.ExerciseFiles(), "*.toml")
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]*routine.Exercise{}
	for _, name := range names {
		if strings.HasSuffix(name, ".pose.toml") {
			continue
		}
		data, err := fs.ReadFile(assets.ExerciseFiles(), name)
		if err != nil {
			t.Fatal(err)
		}
		e, err := routine.ParseExercise("assets/exercises/"+name, data)
		if err != nil {
			t.Errorf("%v", err)
			continue
		}
		if name != e.ID+".toml" {
			t.Errorf("%s holds id %q; the file must be named after its id", name, e.ID)
		}
		byID[e.ID] = e
	}
	return byID
}

func TestLibraryHoldsExactlyTheIssuesExercises(t *testing.T) {
	lib := library(t)
	var got []string
	for id := range lib {
		got = append(got, id)
	}
	want := append([]string(nil), issueIDs...)
	sort.Strings(got)
	sort.Strings(want)
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("exercise ids\n got %v\nwant %v", got, want)
	}
}

func TestEveryExerciseCanBeFollowed(t *testing.T) {
	for id, e := range library(t) {
		if e.Name == "" || e.Summary == "" || strings.Contains(e.Summary, "\n") {
			t.Errorf("%s: needs a name and a one-line summary", id)
		}
		if len(e.Muscles) == 0 || len(e.Cues) == 0 {
			t.Errorf("%s: needs muscles and cues", id)
		}
		if len(e.Steps) < 3 {
			t.Errorf("%s: %d steps; a beginner needs the set-up, the move and the return", id, len(e.Steps))
		}
		for i, s := range e.Steps {
			if !strings.HasSuffix(s, ".") || strings.ToUpper(s[:1]) != s[:1] {
				t.Errorf("%s: step %d is not a full sentence: %q", id, i+1, s)
			}
		}
	}
}

func TestRepBasedExercisesHavePhaseCuesAndTempo(t *testing.T) {
	for id, e := range library(t) {
		if !e.RepBased() {
			continue
		}
		c := e.PhaseCues
		if c.Lift == "" || c.Hold == "" || c.Lower == "" {
			t.Errorf("%s: phase cues lift %q, hold %q, lower %q; all three are needed", id, c.Lift, c.Hold, c.Lower)
		}
		if e.Dose.Hold.IsZero() || e.Tempo.Lift == nil || e.Tempo.Lower == nil {
			t.Errorf("%s: a rep-based move needs a hold and a lift and lower tempo", id)
		}
	}
}

// dose is what the articles prescribe, as the files write it; "" is "not
// given" and "-" skips the check.
type dose struct {
	kind            routine.Kind
	sides           routine.Sides
	sets            int
	reps, hold, dur string
	rest            string
}

var articleDoses = map[string]dose{
	"band-pull-apart":        {routine.Strength, "", 3, "15-20", "-", "", "-"},
	"face-pull":              {routine.Strength, "", 3, "12-15", "-", "", "-"},
	"prone-y-raise":          {routine.Strength, "", 3, "10-15", "2s-3s", "", "-"},
	"prone-t-raise":          {routine.Strength, "", 3, "10-15", "2s-3s", "", "-"},
	"prone-w-raise":          {routine.Strength, "", 3, "10-15", "2s-3s", "", "-"},
	"reverse-fly":            {routine.Strength, "", 3, "12-15", "-", "", "-"},
	"seated-row":             {routine.Strength, "", 3, "12-15", "-", "", "-"},
	"wall-slide":             {routine.Strength, "", 2, "10-15", "-", "", "-"},
	"superman":               {routine.Strength, "", 2, "10-12", "3s-5s", "", "-"},
	"shoulder-blade-squeeze": {routine.Strength, "", -1, "-", "3s-5s", "", "-"},
	"chin-tuck":              {routine.Strength, "", -1, "-", "3s-5s", "", "-"},
	"neck-roll":              {routine.Warmup, "", 1, "", "", "20s-30s", "0s"},
	"shoulder-roll":          {routine.Warmup, "", 1, "", "", "20s-30s", "0s"},
	"arm-circle":             {routine.Warmup, "", 1, "", "", "20s-30s", "0s"},
	"overhead-reach":         {routine.Warmup, "", 1, "", "", "20s-30s", "0s"},
	"chair-rotation":         {routine.Warmup, "", 1, "", "", "20s-30s", "0s"},
	"cat-cow":                {routine.Warmup, "", 1, "", "", "20s-30s", "0s"},
	"thoracic-extension":     {routine.Warmup, "", 1, "", "", "20s-30s", "0s"},
	"doorway-stretch":        {routine.Stretch, "", 3, "", "", "15s-20s", "-"},
	"upper-trap-stretch":     {routine.Stretch, "both", 1, "", "", "15s-30s", "-"},
	"childs-pose-reach":      {routine.Stretch, "both", -1, "", "", "-", "-"},
}

func TestDosesAreTheArticles(t *testing.T) {
	lib := library(t)
	for id, want := range articleDoses {
		e, ok := lib[id]
		if !ok {
			t.Errorf("%s: missing", id)
			continue
		}
		d := e.Dose
		check(t, id, "kind", string(e.Kind), string(want.kind))
		check(t, id, "sides", string(e.Sides), string(want.sides))
		if want.sets >= 0 && d.Sets != want.sets {
			t.Errorf("%s: sets %d, want %d", id, d.Sets, want.sets)
		}
		check(t, id, "reps", d.Reps.String(), want.reps)
		check(t, id, "hold", d.Hold.String(), want.hold)
		check(t, id, "duration", d.Duration.String(), want.dur)
		if d.Rest == nil {
			t.Errorf("%s: no rest given", id)
		} else {
			check(t, id, "rest", routine.FormatDuration(*d.Rest), want.rest)
		}
	}
}

func check(t *testing.T, id, field, got, want string) {
	t.Helper()
	if want != "-" && got != want {
		t.Errorf("%s: %s %q, want %q", id, field, got, want)
	}
}

type adviceFile struct {
	Format int
	Advice []struct {
		ID, Title, Text string
		Safety          bool
	}
}

func TestAdviceCoversTheArticlesGuidance(t *testing.T) {
	var f adviceFile
	md, err := toml.NewDecoder(bytes.NewReader(assets.Advice)).Decode(&f)
	if err != nil {
		t.Fatalf("advice.toml: %v", err)
	}
	if u := md.Undecoded(); len(u) > 0 {
		t.Errorf("advice.toml: unknown keys %v", u)
	}
	if f.Format != 1 {
		t.Errorf("advice.toml: format %d, want 1", f.Format)
	}
	// id -> whether it belongs to the safety advice
	want := map[string]bool{
		"warm-up-first": false, "strengthen-weak-stretch-tight": false,
		"start-light": false, "reps-before-resistance": false,
		"how-often": false, "stop-on-pain": true, "injury-history": true,
	}
	seen := map[string]bool{}
	for _, a := range f.Advice {
		if seen[a.ID] {
			t.Errorf("advice %q appears twice", a.ID)
		}
		seen[a.ID] = true
		if a.Title == "" {
			t.Errorf("advice %q has no title", a.ID)
		}
		if n := sentences(a.Text); n < 2 || n > 4 {
			t.Errorf("advice %q has %d sentences, want two to four", a.ID, n)
		}
		if safety, listed := want[a.ID]; listed && safety != a.Safety {
			t.Errorf("advice %q: safety %v, want %v", a.ID, a.Safety, safety)
		}
	}
	for id := range want {
		if !seen[id] {
			t.Errorf("advice %q is missing", id)
		}
	}
}

func sentences(text string) int {
	n := 0
	for _, f := range strings.Fields(text) {
		if strings.HasSuffix(f, ".") || strings.HasSuffix(f, "!") || strings.HasSuffix(f, "?") {
			n++
		}
	}
	return n
}
