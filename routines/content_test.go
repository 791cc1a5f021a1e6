package routines_test

import (
	"slices"
	"testing"
	"time"

	"github.com/postureapp/posture/assets"
	"github.com/postureapp/posture/internal/routine"
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
		"Home Upper Back", "Beginner, No Equipment", "Desk Posture Break"}
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

func TestYTWSeriesRepeatsTheRaisesWithHolds(t *testing.T) {
	r, plays := played(catalog(t), "Y-T-W Series")
	if r == nil {
		t.Fatal("missing")
	}
	got := ids(plays)
	if len(got) < 6 || len(got)%3 != 0 {
		t.Fatalf("steps %v, want Y, T, W at least twice", got)
	}
	for i, p := range plays {
		want := []string{"prone-y-raise", "prone-t-raise", "prone-w-raise"}[i%3]
		if p.Exercise.ID != want || p.Hold.String() != "2s-3s" {
			t.Errorf("step %d: %s hold %v, want %s hold 2s-3s", i+1, p.Exercise.ID, p.Hold, want)
		}
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
		if !slices.Contains(p.Exercise.Equipment, "band") && !slices.Contains(p.Exercise.Equipment, "dumbbells") {
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
