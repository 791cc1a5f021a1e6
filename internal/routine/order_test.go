package routine_test

import (
	"slices"
	"testing"

	"github.com/postureapp/posture/assets"
	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/routines"
)

func builtins(t *testing.T) *routine.Catalog {
	t.Helper()
	c := routine.Load(routine.Sources{BuiltinExercises: assets.ExerciseFiles(), BuiltinRoutines: routines.FS})
	if len(c.Problems) > 0 {
		t.Fatal(c.Problems)
	}
	return c
}

func names(rs []*routine.Routine) []string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = r.Name
	}
	return out
}

// Names sort as a person reads them: case and punctuation do not count,
// numbers go by value, and a copy comes right after its original.
func TestCompareNamesReadsAsAPerson(t *testing.T) {
	got := []string{
		"upper back (copy 10)", "Y-T-W Series", "Upper Back (copy)", "band only", "Mine 10",
		"Upper Back", "Mine 9", "Upper Back (copy 2)", "Beginner, No Equipment", "10-Minute Posture Workout", "Band Pull",
	}
	slices.SortFunc(got, routine.CompareNames)
	want := []string{
		"10-Minute Posture Workout", "band only", "Band Pull", "Beginner, No Equipment", "Mine 9", "Mine 10",
		"Upper Back", "Upper Back (copy)", "Upper Back (copy 2)", "upper back (copy 10)", "Y-T-W Series",
	}
	if !slices.Equal(got, want) {
		t.Fatalf("sorted as\n%q\nwant\n%q", got, want)
	}
}

func TestSortForHomePutsOwnRoutinesFirst(t *testing.T) {
	c := builtins(t)
	mine := &routine.Routine{Name: "zzz mine"}
	copyOf := &routine.Routine{Name: "Upper Back Strength (copy)"}
	rs := append([]*routine.Routine{}, c.Routines...)
	rs = append(rs, mine, copyOf)
	routine.SortForHome(rs)
	got := names(rs)
	if got[0] != "Upper Back Strength (copy)" || got[1] != "zzz mine" {
		t.Fatalf("own routines are not first, by name: %q", got[:3])
	}
	if got[2] != "10-Minute Posture Workout" || got[len(got)-1] != "Y-T-W Series" {
		t.Fatalf("built-ins not by name: %q", got[2:])
	}
}

// Translated built-ins sort by the names they are shown by, an accented
// first letter among its plain one: the French "Écartements…" comes
// among the E's, not after the Y's.
func TestSortForHomeReadsTheShownNames(t *testing.T) {
	rs := []*routine.Routine{
		{Name: "Band Only", Title: "Nur mit Band", BuiltIn: true},
		{Name: "Beginner", Title: "Einsteiger", BuiltIn: true},
		{Name: "Daily Pull-Aparts", Title: "Écartements quotidiens", BuiltIn: true},
		{Name: "Y-T-W Series", Title: "Y-T-W", BuiltIn: true},
		{Name: "Forward Head", Title: "Fehlhaltung", BuiltIn: true},
		{Name: "10-Minute", Title: "10 Minuten", BuiltIn: true},
	}
	routine.SortForHome(rs)
	var got []string
	for _, r := range rs {
		got = append(got, r.ShownName())
	}
	want := []string{"10 Minuten", "Écartements quotidiens", "Einsteiger", "Fehlhaltung", "Nur mit Band", "Y-T-W"}
	if !slices.Equal(got, want) {
		t.Errorf("sorted as\n%q\nwant\n%q", got, want)
	}
}

// A newcomer is pointed at a short routine that needs nothing bought, no
// floor and no warm-up.
func TestFirstRoutineAsksLittle(t *testing.T) {
	c := builtins(t)
	r := routine.FirstRoutine(c.Routines, c.Library)
	if r == nil {
		t.Fatal("no first routine among the built-ins")
	}
	if r.Name != "Desk Posture Break" {
		t.Errorf("first routine %q, want Desk Posture Break", r.Name)
	}
	if routine.NeedsGear(r.Equipment(c.Library)) || r.NeedsFloor(c.Library) || r.Warmup != "" {
		t.Errorf("%q asks for gear, the floor or a warm-up", r.Name)
	}
	own := &routine.Routine{Name: "Mine", Sections: r.Sections}
	if got := routine.FirstRoutine([]*routine.Routine{own}, c.Library); got != nil {
		t.Errorf("a person's own routine %q was suggested as a first one", got.Name)
	}
}

// The equipment filter offers only gear some routine can use: the
// built-ins use no cable and no bench.
func TestGearUsedLeavesOutUnusedGear(t *testing.T) {
	c := builtins(t)
	got := routine.GearUsed(c.Routines, c.Library)
	for _, want := range []string{"band", "dumbbells", "door anchor"} {
		if !slices.Contains(got, want) {
			t.Errorf("%q is used by a built-in but not offered: %q", want, got)
		}
	}
	for _, unused := range []string{"cable", "bench"} {
		if slices.Contains(got, unused) {
			t.Errorf("%q is offered though no routine uses it: %q", unused, got)
		}
	}
}
