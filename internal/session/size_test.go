package session

import (
	"math/rand/v2"
	"testing"
	"time"

	"github.com/postureapp/posture/assets"
	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/routines"
)

// checkSize asserts that the routine's size, worked out without expanding
// it, is what Build expands: as many segments as phases, the same total.
func checkSize(t *testing.T, r *routine.Routine, lib *routine.Library) {
	t.Helper()
	tl := Build(r, lib)
	size := r.Size(lib)
	if size.Phases != len(tl.Segments) || size.Time != tl.Total {
		t.Fatalf("%s: size %d phases, %v; timeline %d segments, %v", r.Name, size.Phases, size.Time, len(tl.Segments), tl.Total)
	}
}

func TestSizeOfEveryBuiltInRoutineMatchesItsTimeline(t *testing.T) {
	c := routine.Load(routine.Sources{BuiltinExercises: assets.ExerciseFiles(), BuiltinRoutines: routines.FS})
	if len(c.Routines) == 0 || len(c.Problems) > 0 {
		t.Fatalf("%d routines, problems %v", len(c.Routines), c.Problems)
	}
	for _, r := range c.Routines {
		checkSize(t, r, c.Library)
		if n := r.Size(c.Library).Phases; n > routine.MaxPhases/10 {
			t.Errorf("%s has %d phases; the limit of %d is meant to be far above any real routine", r.Name, n, routine.MaxPhases)
		}
	}
}

// TestSizeMatchesTheTimelineOfAnyRoutine builds routines from every kind of
// step (rep-based, timed, self-paced, with nothing to time, one side, both,
// alternating; rests and switches of no length; empty and repeated
// sections) and checks the count against the expansion.
func TestSizeMatchesTheTimelineOfAnyRoutine(t *testing.T) {
	lib := routine.NewLibrary(
		repMove("rep", sec, 2*sec, 2*sec),
		repMove("still", 0, 0, 0),
		timedMove("timed", 20*sec, routine.NoSides),
		timedMove("both", 15*sec, routine.BothSides),
		&routine.Exercise{ID: "bare", Name: "Bare", Kind: routine.Warmup},
	)
	rng := rand.New(rand.NewPCG(1, 2))
	pick := func(ds ...time.Duration) *time.Duration { return routine.Dur(ds[rng.IntN(len(ds))]) }
	ids := []string{"rep", "still", "timed", "both", "bare", "missing"}
	for range 500 {
		r := &routine.Routine{Name: "R", Prepare: pick(0, 5*sec), RestAfter: pick(0, 30*sec), Switch: pick(0, 3*sec)}
		for range 1 + rng.IntN(3) {
			section := routine.Section{Rounds: rng.IntN(3)}
			for range rng.IntN(4) {
				s := routine.Step{Exercise: ids[rng.IntN(len(ids))], Sets: rng.IntN(4), Rest: pick(0, 10*sec)}
				switch rng.IntN(4) {
				case 0:
					s.Reps = reps(1 + rng.IntN(5))
				case 1:
					s.Duration = routine.Span{Lo: 10 * sec, Hi: 10 * sec}
				}
				if rng.IntN(3) == 0 {
					s.Pace = routine.Self
				}
				if rng.IntN(3) == 0 {
					s.Sides = sides([]routine.Sides{routine.NoSides, routine.BothSides, routine.Alternate}[rng.IntN(3)])
				}
				section.Steps = append(section.Steps, s)
			}
			r.Sections = append(r.Sections, section)
		}
		checkSize(t, r, lib)
	}
}

// BenchmarkBuildLargestRoutine builds the timeline of a routine just
// within the limits: this is the most a routine that has parsed costs.
func BenchmarkBuildLargestRoutine(b *testing.B) {
	lib := routine.NewLibrary(repMove("rep", 100*time.Millisecond, sec, 100*time.Millisecond))
	step := routine.Step{Exercise: "rep", Sets: 20, Reps: reps(100), Rest: routine.Dur(0), Sides: sides(routine.Alternate)}
	r := &routine.Routine{Name: "Largest", Sections: []routine.Section{{Steps: []routine.Step{step}}}}
	for r.Size(lib).Phases+12_000 <= routine.MaxPhases {
		r.Sections[0].Steps = append(r.Sections[0].Steps, step)
	}
	b.ReportMetric(float64(r.Size(lib).Phases), "phases")
	for b.Loop() {
		Build(r, lib)
	}
}
