package assets_test

import (
	"bytes"
	"io/fs"
	"math"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/BurntSushi/toml"

	"github.com/postureapp/posture/assets"
	"github.com/postureapp/posture/internal/figure"
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
	// the second article's next steps for the wall push-up
	"incline-push-up", "floor-push-up",
}

// beyondIDs go beyond the articles: core work they ask for but do not
// name, a harder superman, and standing versions of the floor moves.
var beyondIDs = []string{
	"dead-bug", "bird-dog", "side-plank", "superman-pull",
	"wall-y-raise", "wall-t-raise", "wall-w-raise", "seated-cat-cow", "standing-chest-opener",
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
	want := append(append([]string(nil), issueIDs...), beyondIDs...)
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
		"how-often": false, "stop-on-pain": true, "ask-first": true,
		"steady-not-hard": false, "core-too": false, "tingling-dizziness": true,
		"door-anchor": true, "desk-setup": false,
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
	text := map[string]string{}
	for _, a := range f.Advice {
		text[a.ID] = strings.ToLower(a.Text)
	}
	for id, facts := range map[string][]string{
		"reps-before-resistance": {"20 or more clean reps", "incline", "floor"},
		"how-often":              {"three or four", "one or two", "pull-apart and face-pull sets every day"},
		"steady-not-hard":        {"every day", "week after week"},
		"core-too":               {"core", "spine", "lower-back pain"},
		"ask-first":              {"doctor or physical therapist", "everyone", "hurt your back, neck or shoulders"},
		"tingling-dizziness":     {"tingling", "numbness", "dizzy", "stop"},
		"door-anchor":            {"hinge side", "opens away from you", "shut the door", "nicks"},
		"desk-setup":             {"screen", "eye level", "our own", "desk posture break"},
	} {
		for _, fact := range facts {
			if !strings.Contains(text[id], fact) {
				t.Errorf("advice %q does not say %q", id, fact)
			}
		}
	}
	if strings.Contains(text["reps-before-resistance"], "more than 20") {
		t.Errorf("the articles say 20 or more, not more than 20")
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

// progressions are the next steps for moves without weights, once every
// set reaches 20 clean reps: the push-up moves on to an incline and then
// the floor, where the articles stop and only a longer pause is left; the
// squeeze adds a band; the raises, wall slides, supermans and chin tucks
// hold longer or lower more slowly, no further than the articles' hold
// ranges, and then name the exercise to try beside them. Supermans get
// harder at the article's 12 reps, not 20, and move on to the superman pull.
var progressions = map[string]routine.Progression{
	"wall-push-up":           {Next: "incline-push-up"},
	"incline-push-up":        {Next: "floor-push-up"},
	"floor-push-up":          {Hold: 3 * time.Second},
	"shoulder-blade-squeeze": {Hold: 5 * time.Second, Resistance: "light band"},
	"prone-y-raise":          {Hold: 3 * time.Second, Lower: 2 * time.Second, Then: "face-pull"},
	"prone-t-raise":          {Hold: 3 * time.Second, Lower: 2 * time.Second, Then: "reverse-fly"},
	"prone-w-raise":          {Hold: 3 * time.Second, Lower: 2 * time.Second, Then: "face-pull"},
	"wall-slide":             {Lower: 4 * time.Second, Then: "prone-y-raise"},
	"superman":               {Reps: 12, Hold: 5 * time.Second, Next: "superman-pull"},
	"superman-pull":          {Reps: 10, Hold: 3 * time.Second},
	"chin-tuck":              {Hold: 5 * time.Second},
	"dead-bug":               {Hold: 3 * time.Second, Lower: 3 * time.Second, Then: "side-plank"},
	"bird-dog":               {Hold: 5 * time.Second, Then: "dead-bug"},
	"wall-y-raise":           {Hold: 3 * time.Second, Lower: 2 * time.Second, Then: "prone-y-raise"},
	"wall-t-raise":           {Hold: 3 * time.Second, Lower: 2 * time.Second, Then: "prone-t-raise"},
	"wall-w-raise":           {Hold: 3 * time.Second, Lower: 2 * time.Second, Then: "prone-w-raise"},
}

func TestBodyweightMovesHaveTheirOwnNextStep(t *testing.T) {
	lib := library(t)
	for id, e := range lib {
		want, listed := progressions[id]
		if e.Progression != want {
			t.Errorf("%s: progression %+v, want %+v", id, e.Progression, want)
		}
		needsGear := routine.NeedsGear(e.Equipment)
		switch {
		case e.RepBased() && !needsGear && !listed:
			t.Errorf("%s: a rep-based move without weights needs its own progression", id)
		case needsGear && listed:
			t.Errorf("%s: a band or weight move progresses by resistance, the articles' rule", id)
		}
		if article, ok := articleDoses[id]; ok && article.hold != "-" && want.Hold > 0 && want.Hold != e.Dose.Hold.Hi {
			t.Errorf("%s: holds grow to %v, but the article's range ends at %v", id, want.Hold, e.Dose.Hold.Hi)
		}
		if want.Lower > 0 && (e.Tempo.Lower == nil || want.Lower <= *e.Tempo.Lower) {
			t.Errorf("%s: a slower lower must be slower than the tempo's", id)
		}
		if next, ok := lib[want.Next]; want.Next != "" && (!ok || !next.RepBased()) {
			t.Errorf("%s moves on to %q, which is not a rep-based exercise of the library", id, want.Next)
		}
		if _, ok := lib[want.Then]; want.Then != "" && !ok {
			t.Errorf("%s names %q to try next, which is not in the library", id, want.Then)
		}
	}
}

func TestPushesNameTheirPhasesForTheMovement(t *testing.T) {
	lib := library(t)
	for _, id := range []string{"wall-push-up", "incline-push-up", "floor-push-up"} {
		if n := lib[id].PhaseNames; n.Lift != "Bend" || n.Lower != "Push" {
			t.Errorf("%s: phases %+v, want Bend and Push", id, n)
		}
	}
	for id, e := range lib {
		for _, cue := range []string{e.PhaseCues.Lift, e.PhaseCues.Lower} {
			if e.PhaseNames.Lift == "" && strings.HasPrefix(strings.ToLower(cue), "push") {
				t.Errorf("%s: a push shown as LIFT: %q", id, cue)
			}
		}
	}
}

func TestEquipmentSaysWhatEachMoveCanBeDoneWith(t *testing.T) {
	lib := library(t)
	for id, want := range map[string][]string{
		"reverse-fly":     {"dumbbells", "band"},
		"seated-row":      {"band", "cable", "chair"},
		"chin-tuck":       {"wall", "chair"},
		"incline-push-up": {"chair", "bench"},
	} {
		for _, eq := range want {
			if !routine.Offers(lib[id].Equipment, eq) {
				t.Errorf("%s: equipment %q does not offer %s", id, lib[id].Equipment, eq)
			}
		}
	}
	if !strings.Contains(strings.Join(lib["reverse-fly"].Steps, " "), "band") {
		t.Errorf("reverse fly: the steps do not say how to use a band")
	}
	if !strings.Contains(strings.Join(lib["seated-row"].Steps, " "), "cable") {
		t.Errorf("seated row: the steps do not say how to use a cable")
	}
}

func TestChinTuckLeavesTheHeadFreeToMoveBack(t *testing.T) {
	first := strings.ToLower(library(t)["chin-tuck"].Steps[0])
	for _, bad := range []string{"head against", "back and head", "head on the wall", "head and back"} {
		if strings.Contains(first, bad) {
			t.Errorf("chin tuck step 1 puts the head on the wall (%q): %q", bad, first)
		}
	}
	if !strings.Contains(first, "back") || !strings.Contains(first, "head free") {
		t.Errorf("chin tuck step 1 must rest the back only and leave the head free: %q", first)
	}
}

// poses loads the pictures' keyframes.
func poses(t *testing.T) figure.Library {
	t.Helper()
	lib, err := figure.Load(assets.ExerciseFiles(), ".")
	if err != nil {
		t.Fatal(err)
	}
	return lib
}

func joint(t *testing.T, p figure.Pose, name string) (float64, float64) {
	t.Helper()
	x, y, ok := p.Joint(name)
	if !ok {
		t.Fatalf("no joint %s", name)
	}
	return x, y
}

// The text holds the band at chest height; so does the picture: the hands
// sit clearly below the shoulders and above the waist, start and end.
func TestPullApartPictureHoldsTheBandAtChestHeight(t *testing.T) {
	if !strings.Contains(library(t)["band-pull-apart"].Steps[1], "chest") {
		t.Fatalf("the text no longer puts the band at the chest")
	}
	m := poses(t).Motion("band-pull-apart")
	for i, key := range m.KeyNames() {
		p := m.KeyPose(i, figure.NoSide)
		_, shoulder := joint(t, p, "shoulder_r")
		_, waist := joint(t, p, "waist")
		_, hand := joint(t, p, "hand_r")
		if hand > shoulder-8 || hand < waist+8 {
			t.Errorf("%s: hands at %.0f, want chest height between the shoulders (%.0f) and the waist (%.0f)", key, hand, shoulder, waist)
		}
	}
}

// Every push-up picture keeps its hands where they were put, on the wall,
// the support or the floor, while the elbows bend.
func TestPushUpHandsStayPut(t *testing.T) {
	for _, id := range []string{"wall-push-up", "incline-push-up", "floor-push-up"} {
		m := poses(t).Motion(id)
		if m.KeyNames()[0] != "start" {
			t.Fatalf("%s: has no pose of its own", id)
		}
		x0, y0 := joint(t, m.KeyPose(0, figure.NoSide), "wrist_r")
		x1, y1 := joint(t, m.KeyPose(len(m.KeyNames())-1, figure.NoSide), "wrist_r")
		if math.Hypot(x1-x0, y1-y0) > 4 {
			t.Errorf("%s: the hands move from (%.0f, %.0f) to (%.0f, %.0f)", id, x0, y0, x1, y1)
		}
	}
}
