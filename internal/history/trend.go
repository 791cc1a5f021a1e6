package history

import (
	"maps"
	"slices"
	"time"
)

// Point is one session's result for one exercise, for the progress charts.
type Point struct {
	Started    time.Time
	BestReps   int           // most reps in one set
	Hold       time.Duration // hold at the top of each rep
	Duration   time.Duration // per set, for timed moves
	Resistance string
	Comfort    Comfort
}

// Trend returns an exercise's points, oldest first, from sessions in the
// order Load returns them. Entries with no set done are left out.
func Trend(sessions []Session, exercise string) []Point {
	var points []Point
	for _, s := range sessions {
		for _, e := range s.Exercises {
			if e.Exercise != exercise || e.done() == 0 {
				continue
			}
			points = append(points, Point{
				Started:    s.Started,
				BestReps:   maxOf(e.Reps),
				Hold:       time.Duration(e.Hold),
				Duration:   time.Duration(e.Duration),
				Resistance: e.Resistance,
				Comfort:    e.Comfort,
			})
		}
	}
	return points
}

// ExerciseIDs lists every exercise in the history, sorted, for picking a chart.
func ExerciseIDs(sessions []Session) []string {
	seen := map[string]bool{}
	for _, s := range sessions {
		for _, e := range s.Exercises {
			seen[e.Exercise] = true
		}
	}
	if len(seen) == 0 {
		return nil
	}
	return slices.Sorted(maps.Keys(seen))
}

// LatestExercise is the exercise with the newest data: the last one with
// a set done in the newest session that has one; "" when none has. The
// progress chart opens on it, not on the first name in the alphabet,
// which may never have been done.
func LatestExercise(sessions []Session) string {
	var latest string
	var at time.Time
	for _, s := range sessions {
		if latest != "" && !s.Started.After(at) {
			continue
		}
		for i := len(s.Exercises) - 1; i >= 0; i-- {
			if e := s.Exercises[i]; e.done() > 0 {
				latest, at = e.Exercise, s.Started
				break
			}
		}
	}
	return latest
}

// done is the number of sets finished: counted reps, or sets_done for
// timed moves that have no reps.
func (e Exercise) done() int { return max(e.SetsDone, len(e.Reps)) }

func maxOf(xs []int) int {
	m := 0
	for _, x := range xs {
		m = max(m, x)
	}
	return m
}
