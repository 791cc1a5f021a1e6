package session

import (
	"time"

	"github.com/postureapp/posture/internal/audio"
	"github.com/postureapp/posture/internal/history"
)

// CueFor is the one place that decides which sound marks an event; ok is
// false when the event is silent. Every phase change sounds; the last
// three seconds of every hold, rest, switch, get-ready and timed move pip
// (the last one higher); a rest after a step's last set sounds "set done"
// so the person hears that the exercise is over.
func CueFor(ev Event) (c audio.Cue, ok bool) {
	switch ev.Kind {
	case SegmentStarted:
		return phaseCue(ev.Segment)
	case LastThree:
		return countdownCue(ev)
	case Finished:
		if ev.Record != nil && ev.Record.Status == history.Completed {
			return audio.RoutineDone, true
		}
		return audio.Stop, true
	}
	return "", false
}

func phaseCue(s Segment) (audio.Cue, bool) {
	switch s.Phase {
	case PhasePrepare:
		return audio.GetReady, true
	case PhaseLift, PhaseWork, PhaseSet:
		return audio.Lift, true
	case PhaseHold:
		return audio.Hold, true
	case PhaseLower:
		return audio.Lower, true
	case PhaseSwitch:
		return audio.SwitchSides, true
	case PhaseRest:
		if s.Set == s.Sets {
			return audio.SetDone, true
		}
		return audio.Rest, true
	}
	return "", false // done: Finished sounds the end
}

func countdownCue(ev Event) (audio.Cue, bool) {
	switch ev.Segment.Phase {
	case PhaseLift, PhaseLower, PhaseSet, PhaseDone:
		return "", false
	}
	if ev.Remaining <= time.Second {
		return audio.FinalPip, true
	}
	return audio.Pip, true
}

// PlannedCue is a cue at its planned moment, counted from the start of its
// segment.
type PlannedCue struct {
	At  time.Duration
	Cue audio.Cue
}

// PlannedCues lists the cues segment s sounds when it plays through
// without a pause or a skip: the cues CueFor gives the engine's events, at
// the moments the engine emits them. The done segment sounds the end of a
// completed routine.
func PlannedCues(s Segment) []PlannedCue {
	var out []PlannedCue
	if c, ok := phaseCue(s); ok {
		out = append(out, PlannedCue{0, c})
	}
	if s.Phase == PhaseDone {
		out = append(out, PlannedCue{0, audio.RoutineDone})
	}
	for left := min(wholeSecondsInside(s), 3); left > 0; left-- {
		at := time.Duration(left) * time.Second
		if c, ok := countdownCue(Event{Kind: LastThree, Segment: s, Remaining: at}); ok {
			out = append(out, PlannedCue{s.Length - at, c})
		}
	}
	return out
}

// wholeSecondsInside is how many whole seconds strictly inside a timed
// segment get a Tick: the first one the engine counts down from.
func wholeSecondsInside(s Segment) int {
	if s.Open() || s.Length <= 0 {
		return 0
	}
	return int((s.Length - 1) / time.Second)
}
