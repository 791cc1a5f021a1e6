package routines_test

import (
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/postureapp/posture/assets"
	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/session"
	"github.com/postureapp/posture/routines"
)

func catalog(t *testing.T) *routine.Catalog {
	t.Helper()
	c := routine.Load(routine.Sources{BuiltinExercises: assets.ExerciseFiles(), BuiltinRoutines: routines.FS})
	for _, p := range c.Problems {
		t.Errorf("%v", p)
	}
	return c
}

// played lists a routine's steps in the order they play, sections repeated
// for their rounds.
func played(c *routine.Catalog, name string) (*routine.Routine, []routine.Plan) {
	r := c.Routine(name)
	if r == nil {
		return nil, nil
	}
	var out []routine.Plan
	for i, plans := range r.Plans(c.Library) {
		for range r.Sections[i].RoundCount() {
			out = append(out, plans...)
		}
	}
	return r, out
}

// plannedLength is how long the player takes at the low end of every
// range: get-ready, every rep's lift, hold and lower (or the timed hold),
// side switches, rests between sets and rests between steps, none after
// the last.
func plannedLength(r *routine.Routine, plays []routine.Plan) time.Duration {
	total := r.PrepareTime()
	for i, p := range plays {
		set := p.Duration.Lo
		if p.RepBased() {
			set = time.Duration(p.Reps.Lo) * (p.Lift + p.Hold.Lo + p.Lower)
		}
		if p.Sides == routine.BothSides {
			set = 2*set + r.SwitchTime()
		}
		total += time.Duration(p.Sets)*set + time.Duration(p.Sets-1)*p.Rest
		if i < len(plays)-1 {
			total += p.RestAfter
		}
	}
	return total
}

func ids(plays []routine.Plan) []string {
	var out []string
	for _, p := range plays {
		out = append(out, p.Exercise.ID)
	}
	return out
}

func TestBuiltinRoutinesLoadAndUseKnownExercises(t *testing.T) {
	c := catalog(t)
	want := []string{"Upper Back Strength", "Y-T-W Series", "Dynamic Warm-up",
		"Home Upper Back", "Beginner, No Equipment", "Desk Posture Break",
		"Chest and Neck Stretch", "Forward Head", "10-Minute Posture Workout", "Band Only",
		"Core Basics", "Daily Pull-Aparts and Face Pulls"}
	if len(c.Routines) != len(want) {
		t.Errorf("%d built-in routines, want %d", len(c.Routines), len(want))
	}
	for _, name := range want {
		r, plays := played(c, name)
		if r == nil {
			t.Errorf("routine %q is missing", name)
			continue
		}
		if r.Description == "" || r.PerWeek == 0 {
			t.Errorf("%s: needs a description and a per_week target", name)
		}
		for _, p := range plays {
			if _, ok := c.Library.Exercise(p.Exercise.ID); !ok {
				t.Errorf("%s: exercise %q is not in the library", name, p.Exercise.ID)
			}
		}
	}
}

func TestUpperBackStrengthIsTheArticlesSample(t *testing.T) {
	r, plays := played(catalog(t), "Upper Back Strength")
	if r == nil {
		t.Fatal("missing")
	}
	want := []struct {
		id   string
		sets int
		reps string
	}{
		{"band-pull-apart", 3, "15-20"}, {"face-pull", 3, "12-15"},
		{"prone-y-raise", 2, "10-15"}, {"prone-t-raise", 2, "10-15"},
		{"wall-slide", 2, "10-15"},
	}
	if len(plays) != len(want) {
		t.Fatalf("steps %v, want the five of the article", ids(plays))
	}
	for i, w := range want {
		p := plays[i]
		if p.Exercise.ID != w.id || p.Sets != w.sets || p.Reps.String() != w.reps {
			t.Errorf("step %d: %s %d x %v, want %s %d x %s", i+1, p.Exercise.ID, p.Sets, p.Reps, w.id, w.sets, w.reps)
		}
	}
	if r.Target() != 3 {
		t.Errorf("per_week %d, want 3", r.Target())
	}
	if d := plannedLength(r, plays); d < 14*time.Minute || d > 16*time.Minute {
		t.Errorf("plays for %v, want about 15 minutes", d)
	}
}

func TestYTWSeriesRepeatsTheRaisesWithHoldsThenSupermans(t *testing.T) {
	c := catalog(t)
	r := c.Routine("Y-T-W Series")
	if r == nil {
		t.Fatal("missing")
	}
	plans := r.Plans(c.Library)
	if len(plans) != 2 || r.Sections[0].RoundCount() < 2 || len(plans[0]) != 3 {
		t.Fatalf("want Y, T, W repeated, then a section of supermans")
	}
	for i, p := range plans[0] {
		want := []string{"prone-y-raise", "prone-t-raise", "prone-w-raise"}[i]
		if p.Exercise.ID != want || p.Hold.String() != "2s-3s" {
			t.Errorf("step %d: %s hold %v, want %s hold 2s-3s", i+1, p.Exercise.ID, p.Hold, want)
		}
	}
	if p := plans[1]; len(p) != 1 || p[0].Exercise.ID != "superman" || p[0].Sets != 2 || p[0].Reps.String() != "10-12" || p[0].Hold.String() != "3s-5s" {
		t.Errorf("finish %+v, want the article's supermans: 2 sets of 10-12, 3s-5s holds", p)
	}
}

func TestDynamicWarmUpIsSevenMovesTwiceThrough(t *testing.T) {
	r, plays := played(catalog(t), "Dynamic Warm-up")
	if r == nil {
		t.Fatal("missing")
	}
	seven := []string{"neck-roll", "shoulder-roll", "arm-circle", "overhead-reach",
		"chair-rotation", "cat-cow", "thoracic-extension"}
	if want := append(slices.Clone(seven), seven...); !slices.Equal(ids(plays), want) {
		t.Errorf("plays %v, want %v", ids(plays), want)
	}
	for _, p := range plays {
		if p.Duration.String() != "20s-30s" || p.Sets != 1 {
			t.Errorf("%s: %d x %v, want one 20s-30s bout", p.Exercise.ID, p.Sets, p.Duration)
		}
	}
}

func TestHomeUpperBackWarmsUpStrengthensThenStretches(t *testing.T) {
	c := catalog(t)
	r := c.Routine("Home Upper Back")
	if r == nil {
		t.Fatal("missing")
	}
	kinds := []routine.Kind{routine.Warmup, routine.Strength, routine.Stretch}
	plans := r.Plans(c.Library)
	if len(plans) != len(kinds) {
		t.Fatalf("%d sections, want warm-up, strength, stretch", len(plans))
	}
	for i, sec := range plans {
		for _, p := range sec {
			if p.Exercise.Kind != kinds[i] {
				t.Errorf("section %q holds %s (%s)", p.Section, p.Exercise.ID, p.Exercise.Kind)
			}
		}
	}
	if n := len(plans[1]); n < 2 || n > 3 {
		t.Errorf("%d strength moves, want two or three", n)
	}
	for _, p := range plans[1] {
		if !routine.Offers(p.Exercise.Equipment, "band") && !routine.Offers(p.Exercise.Equipment, "dumbbells") {
			t.Errorf("%s: a band or dumbbell move was wanted", p.Exercise.ID)
		}
	}
}

func TestBeginnerNeedsNoEquipment(t *testing.T) {
	c := catalog(t)
	r, plays := played(c, "Beginner, No Equipment")
	if r == nil {
		t.Fatal("missing")
	}
	want := []string{"wall-push-up", "shoulder-blade-squeeze", "childs-pose-reach", "chin-tuck", "doorway-stretch"}
	if !slices.Equal(ids(plays), want) {
		t.Errorf("plays %v, want %v", ids(plays), want)
	}
	for _, eq := range r.Equipment(c.Library) {
		if eq != "wall" && eq != "doorway" {
			t.Errorf("needs %s; a home's walls and doors are all it may use", eq)
		}
	}
	if r.Target() > 2 {
		t.Errorf("per_week %d; beginners start with one or two", r.Target())
	}
}

func TestDeskPostureBreakIsAFewMinutesDaily(t *testing.T) {
	r, plays := played(catalog(t), "Desk Posture Break")
	if r == nil {
		t.Fatal("missing")
	}
	if d := plannedLength(r, plays); d < 2*time.Minute || d > 5*time.Minute {
		t.Errorf("plays for %v, want a few minutes", d)
	}
	if r.Target() != 7 {
		t.Errorf("per_week %d, want 7 (daily)", r.Target())
	}
	stretches, squeezes := 0, 0
	for _, p := range plays {
		switch {
		case p.Exercise.Kind == routine.Stretch:
			stretches++
		case p.Exercise.ID == "shoulder-blade-squeeze" || p.Exercise.ID == "band-pull-apart":
			squeezes++
		}
	}
	if stretches < 1 || stretches > 2 || squeezes != 1 {
		t.Errorf("%d stretches and %d squeeze sets; want one or two and one", stretches, squeezes)
	}
}

// The first article's figures: three or four sessions a week suit these
// muscles; the second's: one or two for a beginner. Nothing else.
func TestEveryWeeklyTargetIsAnArticlesFigure(t *testing.T) {
	c := catalog(t)
	for _, r := range c.Routines {
		switch n := r.Target(); {
		case n == 7:
			// the daily breaks and stretches the second article allows on top
		case n < 1 || n > 4:
			t.Errorf("%s: %d a week", r.Name, n)
		}
		desc := strings.ToLower(r.Description)
		if strings.Contains(desc, "two or three times") {
			t.Errorf("%s: says two or three times a week, which neither article does", r.Name)
		}
	}
}

// Strength work comes after a warm-up: a routine that begins with it
// says so and names the Dynamic Warm-up for the player to offer.
func TestRoutinesThatStartWithStrengthOfferTheWarmUp(t *testing.T) {
	c := catalog(t)
	offered := 0
	for _, r := range c.Routines {
		first := r.Plans(c.Library)[0][0].Exercise
		startsStrong := first.Kind == routine.Strength
		if startsStrong != (r.Warmup == "Dynamic Warm-up") {
			t.Errorf("%s starts with %s (%s) and names warm-up %q", r.Name, first.ID, first.Kind, r.Warmup)
		}
		if startsStrong && !strings.Contains(strings.ToLower(r.Description), "warm up first") {
			t.Errorf("%s: the description does not say to warm up first", r.Name)
		}
		if r.Warmup != "" {
			offered++
		}
	}
	if offered < 4 {
		t.Errorf("%d routines offer the warm-up; Upper Back Strength, Y-T-W, Beginner and Band Only should", offered)
	}
}

var numberWords = map[string]int{"three": 3, "four": 4, "five": 5, "six": 6, "nine": 9, "ten": 10, "fifteen": 15, "twenty": 20}

// statedMinutes reads "About N minutes" from a description; 0 when it
// states no time.
func statedMinutes(desc string) int {
	words := strings.Fields(strings.ToLower(desc))
	for i := 0; i+2 < len(words); i++ {
		if words[i] != "about" || !strings.HasPrefix(words[i+2], "minute") {
			continue
		}
		if n, err := strconv.Atoi(words[i+1]); err == nil {
			return n
		}
		return numberWords[words[i+1]]
	}
	return 0
}

// posture plan's total (the session's timeline) is within 15 % of the
// time the description states; every new routine states one.
func TestStatedTimesAreThePlannedTimes(t *testing.T) {
	c := catalog(t)
	for _, r := range c.Routines {
		stated := time.Duration(statedMinutes(r.Description)) * time.Minute
		if stated == 0 {
			if slices.Contains([]string{"Chest and Neck Stretch", "Forward Head", "10-Minute Posture Workout", "Band Only", "Core Basics", "Daily Pull-Aparts and Face Pulls"}, r.Name) {
				t.Errorf("%s states no time", r.Name)
			}
			continue
		}
		planned := session.Build(r, c.Library).Total
		if ratio := float64(planned) / float64(stated); ratio < 0.85 || ratio > 1.15 {
			t.Errorf("%s: plans %v, states about %v", r.Name, planned, stated)
		}
	}
}

func TestChestAndNeckStretchIsTheArticlesStretches(t *testing.T) {
	c := catalog(t)
	r, plays := played(c, "Chest and Neck Stretch")
	if r == nil {
		t.Fatal("missing")
	}
	got := ids(plays)
	slices.Sort(got)
	want := []string{"childs-pose-reach", "chin-tuck", "doorway-stretch", "thoracic-extension", "upper-trap-stretch"}
	if !slices.Equal(got, want) {
		t.Errorf("exercises %v, want %v", got, want)
	}
	for _, p := range plays {
		checkArticleDose(t, r.Name, p)
	}
	if routine.NeedsGear(r.Equipment(c.Library)) {
		t.Errorf("needs %v; stretches need no gear", r.Equipment(c.Library))
	}
}

func TestForwardHeadIsChinTucksAndTheUpperTrapStretchDaily(t *testing.T) {
	r, plays := played(catalog(t), "Forward Head")
	if r == nil {
		t.Fatal("missing")
	}
	got := ids(plays)
	slices.Sort(got)
	if !slices.Equal(got, []string{"chin-tuck", "upper-trap-stretch"}) || r.Target() != 7 {
		t.Errorf("exercises %v, %d a week; want chin tucks and the upper trapezius stretch, daily", got, r.Target())
	}
	for _, p := range plays {
		checkArticleDose(t, r.Name, p)
	}
}

func TestTenMinuteWorkoutWarmsUpDoesYTWAndPullApartsThenStretches(t *testing.T) {
	c := catalog(t)
	r, plays := played(c, "10-Minute Posture Workout")
	if r == nil {
		t.Fatal("missing")
	}
	var order []string // kinds and moves in the order they first play
	for _, p := range plays {
		what := string(p.Exercise.Kind)
		if p.Exercise.Kind == routine.Strength {
			what = p.Exercise.ID
		}
		if len(order) == 0 || order[len(order)-1] != what {
			order = append(order, what)
		}
	}
	want := []string{"warmup", "prone-y-raise", "prone-t-raise", "prone-w-raise", "band-pull-apart", "stretch"}
	if !slices.Equal(order, want) {
		t.Errorf("plays %v, want %v", order, want)
	}
	for _, p := range plays {
		checkArticleDose(t, r.Name, p)
	}
	if d := session.Build(r, c.Library).Total; d < 9*time.Minute || d > 11*time.Minute {
		t.Errorf("plays for %v, want about ten minutes", d)
	}
}

func TestBandOnlyNeedsABandAndNothingElseToBuy(t *testing.T) {
	c := catalog(t)
	r, plays := played(c, "Band Only")
	if r == nil {
		t.Fatal("missing")
	}
	want := []string{"band-pull-apart", "face-pull", "seated-row", "reverse-fly"}
	if !slices.Equal(ids(plays), want) {
		t.Errorf("plays %v, want %v", ids(plays), want)
	}
	for _, eq := range r.Equipment(c.Library) {
		if eq != "band" && eq != "door anchor" && slices.Contains(routine.Gear, eq) {
			t.Errorf("needs %s", eq)
		}
	}
	for _, p := range plays {
		checkArticleDose(t, r.Name, p)
		if !strings.Contains(p.Resistance, "band") || !routine.Offers(p.Exercise.Equipment, "band") {
			t.Errorf("%s: resistance %q; every move uses the band", p.Exercise.ID, p.Resistance)
		}
	}
}

func TestSeatedRowAndSupermanAreInARoutine(t *testing.T) {
	c := catalog(t)
	for _, id := range []string{"seated-row", "superman"} {
		found := false
		for _, r := range c.Routines {
			_, plays := played(c, r.Name)
			found = found || slices.Contains(ids(plays), id)
		}
		if !found {
			t.Errorf("no built-in routine does %s", id)
		}
	}
}

// articleDoses are the articles' sets, reps, holds and stretch times, as
// a routine step plays them ("" where the articles give none).
var articleDoses = map[string]struct{ reps, hold, duration string }{
	"band-pull-apart":    {"15-20", "", ""},
	"face-pull":          {"12-15", "", ""},
	"seated-row":         {"12-15", "", ""},
	"reverse-fly":        {"12-15", "", ""},
	"prone-y-raise":      {"10-15", "2s-3s", ""},
	"prone-t-raise":      {"10-15", "2s-3s", ""},
	"prone-w-raise":      {"10-15", "2s-3s", ""},
	"chin-tuck":          {"", "3s-5s", ""},
	"doorway-stretch":    {"", "", "15s-20s"},
	"upper-trap-stretch": {"", "", "15s-30s"},
	"thoracic-extension": {"", "", "20s-30s"},
	"neck-roll":          {"", "", "20s-30s"},
	"shoulder-roll":      {"", "", "20s-30s"},
	"arm-circle":         {"", "", "20s-30s"},
}

func checkArticleDose(t *testing.T, routineName string, p routine.Plan) {
	t.Helper()
	want, ok := articleDoses[p.Exercise.ID]
	if !ok {
		return
	}
	for _, c := range [][3]string{{"reps", p.Reps.String(), want.reps}, {"hold", p.Hold.String(), want.hold}, {"duration", p.Duration.String(), want.duration}} {
		if c[2] != "" && c[1] != c[2] {
			t.Errorf("%s: %s %s %s, the articles say %s", routineName, p.Exercise.ID, c[0], c[1], c[2])
		}
	}
	if p.Exercise.ID == "doorway-stretch" && p.Sets != 3 {
		t.Errorf("%s: doorway stretch %d times, the article says up to 3", routineName, p.Sets)
	}
	if p.Exercise.ID == "upper-trap-stretch" && p.Sides != routine.BothSides {
		t.Errorf("%s: upper trapezius stretch on one side only", routineName)
	}
}
