package routine

import (
	"reflect"
	"slices"
	"testing"
)

func floorLibrary() *Library {
	return NewLibrary(
		&Exercise{ID: "prone-y-raise", Name: "Prone Y Raise", Floor: true, WithoutFloor: "wall-y-raise", Dose: Dose{Reps: Count{10, 15}, Source: FromArticle}},
		&Exercise{ID: "wall-y-raise", Name: "Wall Y Raise", Dose: Dose{Reps: Count{10, 15}, Source: Adapted}},
		&Exercise{ID: "superman", Name: "Superman", Floor: true, Dose: Dose{Reps: Count{10, 12}}},
		&Exercise{ID: "side-plank", Name: "Side Plank", Floor: true, Dose: Dose{Duration: Span{15e9, 30e9}}},
		&Exercise{ID: "neck-roll", Name: "Neck Roll", Dose: Dose{Duration: Span{20e9, 30e9}, Source: FromArticle}},
	)
}

// With no floor work, each floor move plays its standing version at the
// step's own dose, and one without a standing version is left out and named.
func TestWithoutFloorPlaysStandingVersionsAndLeavesOutTheRest(t *testing.T) {
	lib := floorLibrary()
	r := &Routine{Name: "Mixed", Sections: []Section{
		{Name: "Warm", Steps: []Step{{Exercise: "neck-roll"}}},
		{Name: "Floor", Rounds: 3, Steps: []Step{{Exercise: "prone-y-raise", Sets: 2, Reps: Count{12, 15}}, {Exercise: "superman"}, {Exercise: "superman"}}},
		{Name: "Core", Steps: []Step{{Exercise: "side-plank"}}},
	}}
	before := r.Clone()
	got, dropped := r.WithoutFloor(lib)
	if !reflect.DeepEqual(r, before) {
		t.Fatalf("WithoutFloor changed the routine it was given")
	}
	if !slices.Equal(dropped, []string{"Superman", "Side Plank"}) {
		t.Errorf("left out %v, want Superman and Side Plank once each", dropped)
	}
	if len(got.Sections) != 2 || got.Sections[1].Rounds != 3 || len(got.Sections[1].Steps) != 1 {
		t.Fatalf("sections %+v, want the warm-up and the floor section with one step, rounds kept", got.Sections)
	}
	if st := got.Sections[1].Steps[0]; st.Exercise != "wall-y-raise" || st.Sets != 2 || st.Reps != (Count{12, 15}) {
		t.Errorf("step %+v, want the wall Y raise at the step's 2 x 12-15", st)
	}
	if got.NeedsFloor(lib) || !r.NeedsFloor(lib) {
		t.Errorf("NeedsFloor: %v after, %v before", got.NeedsFloor(lib), r.NeedsFloor(lib))
	}
}

// A step keeping the exercise's dose carries its source; a built-in
// routine's own numbers are ours; a person's routine that writes a step's
// numbers says they are theirs, even when they equal the article's.
func TestPlanSaysWhereItsDoseComesFrom(t *testing.T) {
	lib := floorLibrary()
	r := &Routine{BuiltIn: true}
	for _, c := range []struct {
		step Step
		want DoseSource
	}{
		{Step{Exercise: "prone-y-raise", Sets: 2}, FromArticle},
		{Step{Exercise: "prone-y-raise", Reps: Count{12, 12}}, Ours},
		{Step{Exercise: "neck-roll", Duration: Span{20e9, 30e9}}, FromArticle},
	} {
		if got := r.Resolve(c.step, lib).DoseSource; got != c.want {
			t.Errorf("%+v: source %q, want %q", c.step, got, c.want)
		}
	}
	own := &Routine{}
	for _, c := range []struct {
		step Step
		want DoseSource
	}{
		{Step{Exercise: "prone-y-raise", Reps: Count{12, 12}}, Yours},
		{Step{Exercise: "prone-y-raise", Reps: Count{10, 15}}, Yours}, // as the article, but written by the person
		{Step{Exercise: "prone-y-raise", Sets: 4}, Yours},
		{Step{Exercise: "prone-y-raise", Pace: Self}, FromArticle},
		{Step{Exercise: "wall-y-raise"}, Adapted},
	} {
		if got := own.Resolve(c.step, lib).DoseSource; got != c.want {
			t.Errorf("own routine, %+v: source %q, want %q", c.step, got, c.want)
		}
	}
}
