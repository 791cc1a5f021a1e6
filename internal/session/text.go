package session

import (
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/postureapp/posture/internal/routine"
)

// writeTexts fills every segment's Cue and Next.
func writeTexts(segs []Segment) {
	for i := range segs {
		segs[i].Cue = cueText(segs[i])
		if i+1 < len(segs) {
			segs[i].Next = "Next: " + nextText(segs[i], segs[i+1])
		}
	}
}

// cueText is what the screen says during s: the exercise's cue for the
// phase, or a plain instruction when the exercise has none.
func cueText(s Segment) string {
	switch s.Phase {
	case PhasePrepare:
		if s.Exercise == nil {
			return "Get ready"
		}
		return "Get ready: " + s.Exercise.Name
	case PhaseLift:
		return orDefault(s.Exercise.PhaseCues.Lift, s.PhaseName())
	case PhaseHold:
		return orDefault(s.Exercise.PhaseCues.Hold, s.PhaseName())
	case PhaseLower:
		return orDefault(s.Exercise.PhaseCues.Lower, s.PhaseName())
	case PhaseWork:
		if len(s.Exercise.Cues) > 0 {
			return s.Exercise.Cues[0]
		}
		return s.Exercise.Name
	case PhaseSet:
		return selfPacedText(s)
	case PhaseRest:
		return "Rest"
	case PhaseSwitch:
		return "Switch to your " + s.Side + " side"
	}
	return "Routine complete"
}

// phaseWords are the usual words for each phase.
var phaseWords = map[Phase]string{
	PhasePrepare: "Get ready",
	PhaseLift:    "Lift",
	PhaseHold:    "Hold",
	PhaseLower:   "Lower",
	PhaseWork:    "Go",
	PhaseSet:     "Your pace",
	PhaseRest:    "Rest",
	PhaseSwitch:  "Switch sides",
	PhaseDone:    "Done",
}

// PhaseName is the word for the segment's phase, as the player shows it,
// the terminal prints it and a voice would say it: the exercise's own name
// for a phase of a rep ("Bend", "Push"), else the usual word.
func (s Segment) PhaseName() string {
	if s.Exercise != nil {
		own := map[Phase]string{PhaseLift: s.Exercise.PhaseNames.Lift, PhaseHold: s.Exercise.PhaseNames.Hold, PhaseLower: s.Exercise.PhaseNames.Lower}
		if name := strings.TrimSpace(own[s.Phase]); name != "" {
			return name
		}
	}
	if word, ok := phaseWords[s.Phase]; ok {
		return word
	}
	return string(s.Phase)
}

func selfPacedText(s Segment) string {
	both := ""
	if s.Plan.Sides != "" {
		both = " on each side"
	}
	switch {
	case s.Plan.RepBased():
		return fmt.Sprintf("%d reps%s at your own pace, then press Done", s.Plan.Reps.Lo, both)
	case s.Plan.Duration.Lo > 0:
		return fmt.Sprintf("%s%s at your own pace, then press Done", s.Plan.Duration.Lo, both)
	}
	return "At your own pace; press Done when finished"
}

// nextText describes segment n as seen from the segment s before it.
func nextText(s, n Segment) string {
	switch n.Phase {
	case PhaseDone:
		return "finish"
	case PhaseRest:
		return "rest " + routine.FormatDuration(n.Length)
	case PhaseSwitch:
		return "switch sides"
	}
	sameSet := s.Step == n.Step && s.Set == n.Set
	switch {
	// Getting ready already names the exercise: say how it begins.
	case s.Phase == PhasePrepare && s.Exercise == n.Exercise && n.Phase == PhaseSet:
		return withSide(fmt.Sprintf("set %d/%d at your pace", n.Set, n.Sets), n.Side, "")
	case s.Phase == PhasePrepare && s.Exercise == n.Exercise,
		s.Phase == PhaseSwitch && s.Step == n.Step: // the same exercise goes on
		return withSide(strings.ToLower(n.PhaseName())+" "+routine.FormatDuration(n.Length), n.Side, "")
	case sameSet && isRepPhase(s.Phase) && isRepPhase(n.Phase):
		return withSide(strings.ToLower(n.PhaseName())+" "+routine.FormatDuration(n.Length), n.Side, s.Side)
	case sameSet && s.Phase != PhaseRest:
		return withSide(n.Exercise.Name, n.Side, s.Side)
	case s.Step == n.Step:
		return withSide(fmt.Sprintf("set %d/%d", n.Set, n.Sets), n.Side, "")
	}
	return withSide(n.Exercise.Name, n.Side, "")
}

// withSide adds the side when it is news.
func withSide(text, side, was string) string {
	if side == "" || side == was {
		return text
	}
	return text + ", " + side + " side"
}

// MinutesSeconds writes d as m:ss for a countdown or a clock of the
// session, rounding part seconds up so a countdown shows 0:01 until the
// very end; never below 0:00.
func MinutesSeconds(d time.Duration) string {
	secs := max(int(math.Ceil(d.Seconds())), 0)
	return fmt.Sprintf("%d:%02d", secs/60, secs%60)
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

func isRepPhase(p Phase) bool { return p == PhaseLift || p == PhaseHold || p == PhaseLower }
