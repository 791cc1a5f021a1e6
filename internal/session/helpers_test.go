package session

import (
	"testing"
	"time"

	"github.com/postureapp/posture/internal/routine"
)

const sec = time.Second

// repMove is a rep-based exercise with the given tempo and hold.
func repMove(id string, lift, hold, lower time.Duration) *routine.Exercise {
	return &routine.Exercise{
		ID: id, Name: "Move " + id, Kind: routine.Strength,
		Dose:      routine.Dose{Sets: 1, Reps: routine.Count{Lo: 10, Hi: 15}, Hold: routine.Span{Lo: hold, Hi: hold}},
		Tempo:     routine.Tempo{Lift: routine.Dur(lift), Lower: routine.Dur(lower)},
		PhaseCues: routine.PhaseCues{Lift: "Up " + id, Hold: "Stay " + id, Lower: "Down " + id},
		Cues:      []string{"Keep it slow"},
	}
}

// timedMove is a time-based exercise of the given length.
func timedMove(id string, d time.Duration, sides routine.Sides) *routine.Exercise {
	return &routine.Exercise{
		ID: id, Name: "Stretch " + id, Kind: routine.Stretch, Sides: sides,
		Dose: routine.Dose{Sets: 1, Duration: routine.Span{Lo: d, Hi: d + 10*sec}},
		Cues: []string{"Breathe out and ease in"},
	}
}

// flat makes a routine of top-level steps.
func flat(steps ...routine.Step) *routine.Routine {
	return &routine.Routine{Name: "Test", Flat: true, Sections: []routine.Section{{Steps: steps}}}
}

func reps(n int) routine.Count { return routine.Count{Lo: n, Hi: n + 5} }

func sides(s routine.Sides) *routine.Sides { return &s }

// phases lists the phases of segs, for compact comparisons.
func phases(segs []Segment) []Phase {
	out := make([]Phase, len(segs))
	for i, s := range segs {
		out[i] = s.Phase
	}
	return out
}

// checkContiguous asserts that segments follow one another without gaps
// and add up to Total.
func checkContiguous(t *testing.T, tl Timeline) {
	t.Helper()
	var at time.Duration
	for i, s := range tl.Segments {
		if s.Index != i || s.Offset != at {
			t.Fatalf("segment %d (%s): index %d offset %v, want offset %v", i, s.Phase, s.Index, s.Offset, at)
		}
		at += s.Length
	}
	if at != tl.Total {
		t.Fatalf("segments add up to %v, Total is %v", at, tl.Total)
	}
}
