package session

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/postureapp/posture/internal/locale"
	"github.com/postureapp/posture/internal/routine"
)

// writeTexts fills every segment's Cue and Next in the words of m (nil:
// English).
func writeTexts(segs []Segment, m *locale.Messages) {
	for i := range segs {
		segs[i].Cue = cueText(segs[i], m)
		if i+1 < len(segs) {
			segs[i].Next = m.X("session.next", "Next: {{.What}}", map[string]any{"What": nextText(segs[i], segs[i+1], m)})
		}
	}
}

// In is the timeline with its cues and next lines in the words of m, the
// person's language; the exercises' own words come translated with the
// catalog. Timelines are built in English.
func (tl Timeline) In(m *locale.Messages) Timeline {
	out := tl
	out.Segments = slices.Clone(tl.Segments)
	out.words = m
	writeTexts(out.Segments, m)
	return out
}

// cueText is what the screen says during s: the exercise's cue for the
// phase, or a plain instruction when the exercise has none.
func cueText(s Segment, m *locale.Messages) string {
	switch s.Phase {
	case PhasePrepare:
		if s.Exercise == nil {
			return m.X("session.cue.ready", "Get ready", nil)
		}
		return m.X("session.cue.ready_for", "Get ready: {{.Exercise}}", map[string]any{"Exercise": s.Exercise.Name})
	case PhaseLift:
		return orDefault(s.Exercise.PhaseCues.Lift, s.PhaseNameIn(m))
	case PhaseHold:
		return orDefault(s.Exercise.PhaseCues.Hold, s.PhaseNameIn(m))
	case PhaseLower:
		return orDefault(s.Exercise.PhaseCues.Lower, s.PhaseNameIn(m))
	case PhaseWork:
		if len(s.Exercise.Cues) > 0 {
			return s.Exercise.Cues[0]
		}
		return s.Exercise.Name
	case PhaseSet:
		return selfPacedText(s, m)
	case PhaseRest:
		return m.X("session.cue.rest", "Rest", nil)
	case PhaseSwitch:
		if s.Side == "right" {
			return m.X("session.cue.switch_right", "Switch to your right side", nil)
		}
		return m.X("session.cue.switch_left", "Switch to your left side", nil)
	}
	return m.X("session.cue.complete", "Routine complete", nil)
}

// phaseWord is the usual word for phase p in the words of m.
func phaseWord(p Phase, m *locale.Messages) (string, bool) {
	switch p {
	case PhasePrepare:
		return m.X("phase.prepare", "Get ready", nil), true
	case PhaseLift:
		return m.X("phase.lift", "Lift", nil), true
	case PhaseHold:
		return m.X("phase.hold", "Hold", nil), true
	case PhaseLower:
		return m.X("phase.lower", "Lower", nil), true
	case PhaseWork:
		return m.X("phase.work", "Go", nil), true
	case PhaseSet:
		return m.X("phase.set", "Your pace", nil), true
	case PhaseRest:
		return m.X("phase.rest", "Rest", nil), true
	case PhaseSwitch:
		return m.X("phase.switch", "Switch sides", nil), true
	case PhaseDone:
		return m.X("phase.done", "Done", nil), true
	}
	return "", false
}

// PhaseName is the word for the segment's phase, as the player shows it,
// the terminal prints it and a voice would say it: the exercise's own name
// for a phase of a rep ("Bend", "Push"), else the usual word.
func (s Segment) PhaseName() string { return s.PhaseNameIn(nil) }

// PhaseNameIn is PhaseName with the usual words in the words of m.
func (s Segment) PhaseNameIn(m *locale.Messages) string {
	if s.Exercise != nil {
		own := map[Phase]string{PhaseLift: s.Exercise.PhaseNames.Lift, PhaseHold: s.Exercise.PhaseNames.Hold, PhaseLower: s.Exercise.PhaseNames.Lower}
		if name := strings.TrimSpace(own[s.Phase]); name != "" {
			return name
		}
	}
	if s.Phase == PhaseWork && s.Exercise != nil && s.Exercise.Kind == routine.Stretch {
		// A language may name the work of a stretch ("ESTIRA") where
		// English says "GO" for every timed hold.
		return m.X("phase.stretch", "Go", nil)
	}
	if word, ok := phaseWord(s.Phase, m); ok {
		return word
	}
	return string(s.Phase)
}

func selfPacedText(s Segment, m *locale.Messages) string {
	each := s.Plan.Sides != ""
	switch {
	case s.Plan.RepBased() && each:
		return m.XN("session.cue.reps_each_side", "{{.Count}} reps on each side at your own pace, then press Done", s.Plan.Reps.Lo, nil)
	case s.Plan.RepBased():
		return m.XN("session.cue.reps", "{{.Count}} reps at your own pace, then press Done", s.Plan.Reps.Lo, nil)
	case s.Plan.Duration.Lo > 0 && each:
		return m.X("session.cue.time_each_side", "{{.Time}} on each side at your own pace, then press Done", map[string]any{"Time": timeIn(s.Plan.Duration.Lo, m)})
	case s.Plan.Duration.Lo > 0:
		return m.X("session.cue.time", "{{.Time}} at your own pace, then press Done", map[string]any{"Time": timeIn(s.Plan.Duration.Lo, m)})
	}
	return m.X("session.cue.own_pace", "At your own pace; press Done when finished", nil)
}

// nextText describes segment n as seen from the segment s before it.
func nextText(s, n Segment, m *locale.Messages) string {
	switch n.Phase {
	case PhaseDone:
		return m.X("session.next.finish", "finish", nil)
	case PhaseRest:
		return m.X("session.next.rest", "rest {{.Time}}", map[string]any{"Time": timeIn(n.Length, m)})
	case PhaseSwitch:
		return m.X("session.next.switch", "switch sides", nil)
	}
	sameSet := s.Step == n.Step && s.Set == n.Set
	set := map[string]any{"Set": n.Set, "Sets": n.Sets}
	phase := map[string]any{"Phase": strings.ToLower(n.PhaseNameIn(m)), "Time": timeIn(n.Length, m)}
	switch {
	// Getting ready already names the exercise: say how it begins.
	case s.Phase == PhasePrepare && s.Exercise == n.Exercise && n.Phase == PhaseSet:
		return withSide(m.X("session.next.set_own_pace", "set {{.Set}}/{{.Sets}} at your pace", set), n.Side, "", m)
	case s.Phase == PhasePrepare && s.Exercise == n.Exercise,
		s.Phase == PhaseSwitch && s.Step == n.Step: // the same exercise goes on
		return withSide(m.X("session.next.phase", "{{.Phase}} {{.Time}}", phase), n.Side, "", m)
	case sameSet && isRepPhase(s.Phase) && isRepPhase(n.Phase):
		return withSide(m.X("session.next.phase", "{{.Phase}} {{.Time}}", phase), n.Side, s.Side, m)
	case sameSet && s.Phase != PhaseRest:
		return withSide(n.Exercise.Name, n.Side, s.Side, m)
	case s.Step == n.Step:
		return withSide(m.X("session.next.set", "set {{.Set}}/{{.Sets}}", set), n.Side, "", m)
	}
	return withSide(n.Exercise.Name, n.Side, "", m)
}

// withSide adds the side when it is news.
func withSide(text, side, was string, m *locale.Messages) string {
	if side == "" || side == was {
		return text
	}
	// Whole phrases: a side's word agrees with the rest in some languages.
	if side == "right" {
		return m.X("session.next.right_side", "{{.What}}, right side", map[string]any{"What": text})
	}
	return m.X("session.next.left_side", "{{.What}}, left side", map[string]any{"What": text})
}

// MinutesSeconds writes d as m:ss for a countdown or a clock of the
// session, rounding part seconds up so a countdown shows 0:01 until the
// very end; never below 0:00.
func MinutesSeconds(d time.Duration) string {
	secs := max(int(math.Ceil(d.Seconds())), 0)
	return fmt.Sprintf("%d:%02d", secs/60, secs%60)
}

// timeIn is a length of time as the window writes it in m's language:
// "30 s", "1 min 30 s", "2,5 s".
func timeIn(d time.Duration, m *locale.Messages) string {
	return locale.Locale{Lang: m.Lang()}.Duration(d)
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

func isRepPhase(p Phase) bool { return p == PhaseLift || p == PhaseHold || p == PhaseLower }
