package session

import (
	"time"

	"github.com/postureapp/posture/internal/history"
)

// EventKind says what happened.
type EventKind string

const (
	// SegmentStarted: a segment begins; Remaining is its length.
	SegmentStarted EventKind = "segment-started"
	// Tick: a whole number of seconds is left in the segment, from the
	// first whole second below its length down to 1. Open segments have
	// none.
	Tick EventKind = "tick"
	// LastThree follows the Tick for 3, 2 and 1 seconds left.
	LastThree EventKind = "last-three"
	Paused    EventKind = "paused"
	Resumed   EventKind = "resumed"
	// ExerciseFinished: play moved past the last set of a step (by
	// playing, Next or Done). Record holds the session so far, with
	// status stopped, so saving it now leaves an honest record if the
	// session never ends properly.
	ExerciseFinished EventKind = "exercise-finished"
	// Finished: the session is over, completed, stopped or stopped for
	// pain; Record is the final record, or nil when the session ended
	// during the get-ready countdown, before any exercise: there is
	// nothing to log. Nothing follows it.
	Finished EventKind = "finished"
)

// Event is one thing the screen, the sound or the history may react to.
type Event struct {
	Kind      EventKind
	Segment   Segment
	Remaining time.Duration // left in the segment
	Elapsed   time.Duration // routine progress: planned time played so far
	Total     time.Duration
	Record    *history.Session // ExerciseFinished and Finished only; to be logged
}

// State is a snapshot of the player for the screen to draw between events.
type State struct {
	Segment   Segment
	Remaining time.Duration // left in the segment; for a self-paced set, of its estimate
	Into      time.Duration // time spent in the segment so far
	Elapsed   time.Duration
	Total     time.Duration
	Started   bool
	Paused    bool
	Over      bool
}
