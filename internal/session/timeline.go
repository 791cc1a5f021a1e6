package session

import (
	"time"

	"github.com/postureapp/posture/internal/locale"
	"github.com/postureapp/posture/internal/routine"
)

// Phase is what the person does during a segment.
type Phase string

const (
	PhasePrepare Phase = "prepare" // get-ready countdown before the first exercise
	PhaseLift    Phase = "lift"    // moving phase of a rep
	PhaseHold    Phase = "hold"    // hold at the top of a rep
	PhaseLower   Phase = "lower"   // return phase of a rep
	PhaseWork    Phase = "work"    // a timed move, such as a 30 s stretch
	PhaseSet     Phase = "set"     // a self-paced set: open-ended, ends with Done
	PhaseRest    Phase = "rest"    // between sets, or after a step's last set
	PhaseSwitch  Phase = "switch"  // change to the other side
	PhaseDone    Phase = "done"    // the routine is over; length zero
)

// Segment is one stretch of the timeline with everything the screen and the
// sound need to show it.
type Segment struct {
	Index  int
	Phase  Phase
	Offset time.Duration // planned start, from the start of the routine
	Length time.Duration // planned length; for a self-paced set, an estimate

	Exercise *routine.Exercise // nil only for done; prepare shows the first exercise
	Plan     routine.Plan
	Step     int // index into Timeline.Steps; -1 for prepare and done

	Section       string
	Round, Rounds int
	Set, Sets     int // for a rest, the set just finished
	Rep, Reps     int // Rep counts per side; zero outside rep phases
	Side          string

	Cue  string // shown during the segment
	Next string // "Next: …", empty for done
}

// Open reports whether the segment waits for the person's Done rather than
// the clock.
func (s Segment) Open() bool { return s.Phase == PhaseSet }

// Step is one play of a routine step: a step inside a section played
// three rounds appears three times.
type Step struct {
	Plan          routine.Plan
	Section       int // index into the routine's sections
	Index         int // index of the step within its section
	Round, Rounds int
	First, Last   int           // its segments, Last included, with its rests
	Time          time.Duration // planned length of those segments
}

// Timeline is a routine expanded into segments.
//
// Total is the planned length. A self-paced set has no fixed length, so it
// counts as an estimate: target reps × (lift + hold + lower) per side, or
// its duration per side for a timed move.
type Timeline struct {
	Routine  string
	Segments []Segment
	Steps    []Step
	Total    time.Duration

	sections int              // how many sections the routine has, so StepTimes keeps its shape
	words    *locale.Messages // the language of Cue and Next (In); nil is English
}

// StepTimes is the planned time of each step of the routine, shaped like
// routine.Plans: per section, per step, summed over the section's rounds,
// with the step's rests. Together with the get-ready countdown they add up
// to Total.
func (tl Timeline) StepTimes() [][]time.Duration {
	out := make([][]time.Duration, tl.sections)
	for _, st := range tl.Steps {
		for len(out) <= st.Section {
			out = append(out, nil)
		}
		for len(out[st.Section]) <= st.Index {
			out[st.Section] = append(out[st.Section], 0)
		}
		out[st.Section][st.Index] += st.Time
	}
	return out
}
