package routines_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/session"
)

func TestCoreBasicsIsOurOwnShortCoreRoutine(t *testing.T) {
	c := catalog(t)
	r, plays := played(c, "Core Basics")
	if r == nil {
		t.Fatal("missing")
	}
	if want := []string{"dead-bug", "bird-dog", "side-plank"}; !slices.Equal(ids(plays), want) {
		t.Errorf("plays %v, want %v", ids(plays), want)
	}
	if d := session.Build(r, c.Library).Total; d < 6*time.Minute || d > 12*time.Minute {
		t.Errorf("plays for %v, want a short routine", d)
	}
	if !strings.Contains(strings.ToLower(r.Description), "our own addition") {
		t.Errorf("the description does not say it goes beyond the articles: %q", r.Description)
	}
	for _, p := range plays {
		if p.DoseSource != routine.Ours {
			t.Errorf("%s: dose labelled %q, want our suggestion", p.Exercise.ID, p.DoseSource)
		}
	}
}

// The first article: a handful of daily sets of these two band moves
// suit some people.
func TestDailyPullApartsAndFacePullsTakeThreeToFiveMinutes(t *testing.T) {
	c := catalog(t)
	r, plays := played(c, "Daily Pull-Aparts and Face Pulls")
	if r == nil {
		t.Fatal("missing")
	}
	if d := session.Build(r, c.Library).Total; d < 3*time.Minute || d > 5*time.Minute+15*time.Second {
		t.Errorf("plays for %v, want three to five minutes", d)
	}
	if r.Target() != 7 {
		t.Errorf("per_week %d, want 7 (daily)", r.Target())
	}
	strength := 0
	for _, p := range plays {
		switch {
		case p.Exercise.Kind == routine.Warmup:
		case p.Exercise.ID == "band-pull-apart" || p.Exercise.ID == "face-pull":
			strength++
			if p.Resistance != "light band" {
				t.Errorf("%s at %q, want a light band", p.Exercise.ID, p.Resistance)
			}
		default:
			t.Errorf("%s is neither a pull-apart nor a face pull", p.Exercise.ID)
		}
	}
	if strength < 2 {
		t.Errorf("%d sets of pull-aparts and face pulls", strength)
	}
}

// What the home screen lists is what the exercises need, and the
// description names it: the gear to buy, and the floor for floor moves.
func TestEveryRoutineSaysTruthfullyWhatItNeeds(t *testing.T) {
	c := catalog(t)
	for _, r := range c.Routines {
		desc := strings.ToLower(r.Description)
		listed := r.Equipment(c.Library)
		if want := unionOfNeeds(r, c.Library); !slices.Equal(sorted(listed), sorted(want)) {
			t.Errorf("%s lists %q, its exercises need %q", r.Name, listed, want)
		}
		for _, eq := range listed {
			for _, choice := range routine.Choices(eq) {
				if slices.Contains(routine.Gear, choice) && !strings.Contains(desc, choice) && !slices.ContainsFunc(routine.Choices(eq), func(o string) bool { return strings.Contains(desc, o) }) {
					t.Errorf("%s needs %s, which its description does not name", r.Name, eq)
				}
			}
		}
		if r.NeedsFloor(c.Library) && !strings.Contains(desc, "floor") && !strings.Contains(desc, "mat") {
			t.Errorf("%s has floor work its description does not mention", r.Name)
		}
		if strings.Contains(desc, "only thing you need") {
			t.Errorf("%s: %q", r.Name, r.Description)
		}
	}
}

// unionOfNeeds is every step's equipment, a choice left out when one of
// its things is needed anyway.
func unionOfNeeds(r *routine.Routine, lib *routine.Library) []string {
	var entries []string
	for _, sec := range r.Plans(lib) {
		for _, p := range sec {
			for _, eq := range p.Exercise.Equipment {
				if !slices.Contains(entries, eq) {
					entries = append(entries, eq)
				}
			}
		}
	}
	var out []string
	for _, eq := range entries {
		choices := routine.Choices(eq)
		if len(choices) > 1 && slices.ContainsFunc(choices, func(c string) bool { return slices.Contains(entries, c) }) {
			continue
		}
		out = append(out, eq)
	}
	return out
}

func sorted(s []string) []string {
	s = slices.Clone(s)
	slices.Sort(s)
	return s
}

// With "no floor work", no built-in routine keeps a move done lying or
// kneeling: the standing versions take their place.
func TestNoFloorWorkSwapsInStandingVersions(t *testing.T) {
	c := catalog(t)
	for _, r := range c.Routines {
		got, _ := r.WithoutFloor(c.Library)
		if got.NeedsFloor(c.Library) {
			t.Errorf("%s still has floor work", r.Name)
		}
	}
	ytw, dropped := c.Routine("Y-T-W Series").WithoutFloor(c.Library)
	var moves []string
	for _, sec := range ytw.Plans(c.Library) {
		for _, p := range sec {
			moves = append(moves, p.Exercise.ID)
		}
	}
	if !slices.Equal(moves, []string{"wall-y-raise", "wall-t-raise", "wall-w-raise"}) || !slices.Equal(dropped, []string{"Superman"}) {
		t.Errorf("Y-T-W without the floor: %v, left out %v", moves, dropped)
	}
	warm, _ := c.Routine("Dynamic Warm-up").WithoutFloor(c.Library)
	if !slices.Contains(ids(flatten(warm, c.Library)), "seated-cat-cow") {
		t.Errorf("the warm-up's cat-cow is not done sitting")
	}
	core, dropped := c.Routine("Core Basics").WithoutFloor(c.Library)
	if len(core.Sections) != 0 || len(dropped) != 3 {
		t.Errorf("Core Basics without the floor: %d sections, left out %v; every move needs the floor", len(core.Sections), dropped)
	}
}

func flatten(r *routine.Routine, lib *routine.Library) []routine.Plan {
	var out []routine.Plan
	for _, sec := range r.Plans(lib) {
		out = append(out, sec...)
	}
	return out
}
