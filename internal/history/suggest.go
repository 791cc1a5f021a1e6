package history

import (
	"fmt"
	"strings"
	"time"

	"github.com/postureapp/posture/internal/routine"
)

// Target is what a routine step currently asks of an exercise; the UI
// builds it from the person's routine so history needs nothing else of it.
type Target struct {
	Exercise   string
	Reps       routine.Count // planned range; zero for timed moves
	Hold       routine.Span  // the low end is what is played; zero: no hold
	Resistance string        // "" for body weight
}

// Kind names a suggestion.
type Kind string

const (
	EaseOff        Kind = "ease-off"
	AddReps        Kind = "add-reps"
	LongerHold     Kind = "longer-hold"
	MoreResistance Kind = "more-resistance"
)

// Suggestion is one proposed change to a step. Accepting it means writing
// To into the person's own copy of the routine.
type Suggestion struct {
	Exercise string
	Kind     Kind
	Text     string // in our words, without the exercise's name
	Safety   bool   // show the safety advice with it
	From, To Target
}

// cleanRepsForResistance is the articles' rule: at 20 or more clean reps,
// add resistance rather than more reps.
const cleanRepsForResistance = 20

// Suggest looks at the latest sessions of each target's exercise and
// returns at most one suggestion per target, in the targets' order.
// Sessions are oldest first, as Load returns them.
func Suggest(sessions []Session, targets []Target) []Suggestion {
	var out []Suggestion
	for _, t := range targets {
		if s, ok := suggestOne(lastTwo(sessions, t.Exercise), t); ok {
			s.Exercise, s.From = t.Exercise, t
			out = append(out, s)
		}
	}
	return out
}

// effort is what one session did of one exercise, all its entries together.
type effort struct {
	reps        []int
	setsPlanned int
	setsDone    int
	comfort     Comfort
	painStop    bool // the session was stopped for pain during this exercise
}

func (e effort) clean() bool {
	return e.comfort == ComfortFine && !e.painStop && len(e.reps) > 0 && e.setsDone >= e.setsPlanned
}

// lastTwo returns the most recent efforts at an exercise, newest first.
func lastTwo(sessions []Session, exercise string) []effort {
	var found []effort
	for i := len(sessions) - 1; i >= 0 && len(found) < 2; i-- {
		if e, ok := effortIn(sessions[i], exercise); ok {
			found = append(found, e)
		}
	}
	return found
}

func effortIn(s Session, exercise string) (effort, bool) {
	var e effort
	seen := false
	for i, x := range s.Exercises {
		if x.Exercise != exercise {
			continue
		}
		seen = true
		e.reps = append(e.reps, x.Reps...)
		e.setsPlanned += x.SetsPlanned
		e.setsDone += x.done()
		e.comfort = worse(e.comfort, x.Comfort)
		e.painStop = e.painStop || s.Status == Pain && i == len(s.Exercises)-1
	}
	return e, seen
}

func worse(a, b Comfort) Comfort {
	rank := map[Comfort]int{ComfortFine: 0, ComfortDiscomfort: 1, ComfortPain: 2}
	if rank[b] > rank[a] {
		return b
	}
	return a
}

func suggestOne(efforts []effort, t Target) (Suggestion, bool) {
	if len(efforts) > 0 && (efforts[0].comfort != ComfortFine || efforts[0].painStop) {
		return easeOff(efforts[0], t), true
	}
	if t.Reps.IsZero() || len(efforts) < 2 || !efforts[0].clean() || !efforts[1].clean() {
		return Suggestion{}, false
	}
	least := min(minOf(efforts[0].reps), minOf(efforts[1].reps))
	switch {
	case least >= cleanRepsForResistance:
		return moreResistance(t, least), true
	case least >= t.Reps.Hi && t.Hold.Hi > t.Hold.Lo:
		return longerHold(t), true
	case least >= t.Reps.Hi:
		return moreResistance(t, least), true
	case least >= t.Reps.Lo && t.Reps.Lo < t.Reps.Hi:
		return addReps(t, least), true
	}
	return Suggestion{}, false
}

func easeOff(e effort, t Target) Suggestion {
	to := t
	if !t.Reps.IsZero() {
		to.Reps.Lo = max(1, t.Reps.Lo-2)
	}
	if !t.Hold.IsZero() {
		to.Hold.Lo = max(time.Second, t.Hold.Lo-time.Second)
	}
	to.Resistance = lighter(t.Resistance)
	what := "Discomfort was noted last time."
	after := "Stop if it turns into pain."
	if e.comfort == ComfortPain || e.painStop {
		what = "Pain was noted last time."
		after = "Rest it until the pain has gone, stop at once if it comes back, and ask a health professional if it lingers."
	}
	return Suggestion{Kind: EaseOff, Safety: true, To: to,
		Text: fmt.Sprintf("%s Make it easier next time: %s. %s", what, describeTarget(to), after)}
}

func addReps(t Target, least int) Suggestion {
	to := t
	to.Reps.Lo = min(least+1, t.Reps.Lo+2, t.Reps.Hi)
	return Suggestion{Kind: AddReps, To: to,
		Text: fmt.Sprintf("Every set reached %d cleanly in the last two sessions. Add reps before resistance: aim for %d a set.", t.Reps.Lo, to.Reps.Lo)}
}

func longerHold(t Target) Suggestion {
	to := t
	to.Hold.Lo = min(t.Hold.Lo+time.Second, t.Hold.Hi)
	return Suggestion{Kind: LongerHold, To: to,
		Text: fmt.Sprintf("You reached the top of the range, %d reps, cleanly twice in a row. Hold each rep longer: %s instead of %s.",
			t.Reps.Hi, routine.FormatDuration(to.Hold.Lo), routine.FormatDuration(t.Hold.Lo))}
}

func moreResistance(t Target, least int) Suggestion {
	to := t
	to.Resistance = heavier(t.Resistance)
	next := "something a little heavier than " + t.Resistance
	if to.Resistance != t.Resistance {
		next = to.Resistance
	}
	return Suggestion{Kind: MoreResistance, To: to,
		Text: fmt.Sprintf("Every set reached %d clean reps in the last two sessions. Time for more resistance: try %s, keeping the movement slow and controlled.", least, next)}
}

func describeTarget(t Target) string {
	var parts []string
	if !t.Reps.IsZero() {
		parts = append(parts, fmt.Sprintf("%d reps a set", t.Reps.Lo))
	}
	if !t.Hold.IsZero() {
		parts = append(parts, routine.FormatDuration(t.Hold.Lo)+" holds")
	}
	if t.Resistance == "" {
		parts = append(parts, "no added resistance")
	} else {
		parts = append(parts, t.Resistance)
	}
	return strings.Join(parts, ", ")
}

// resistanceSteps orders the words people use for bands and weights.
var resistanceSteps = []string{"light", "medium", "heavy"}

// heavier moves "light band" to "medium band"; body weight becomes a light
// band. Free text it cannot read stays as it is, for the person to change.
func heavier(r string) string {
	if r == "" {
		return "light band"
	}
	return stepResistance(r, +1)
}

// lighter is heavier's reverse; the lightest band becomes body weight.
func lighter(r string) string {
	if word, _, _ := strings.Cut(r, " "); strings.EqualFold(word, resistanceSteps[0]) {
		return ""
	}
	return stepResistance(r, -1)
}

func stepResistance(r string, dir int) string {
	word, rest, _ := strings.Cut(r, " ")
	for i, w := range resistanceSteps {
		j := i + dir
		if strings.EqualFold(word, w) && j >= 0 && j < len(resistanceSteps) {
			return strings.TrimSpace(resistanceSteps[j] + " " + rest)
		}
	}
	return r
}

func minOf(xs []int) int {
	m := xs[0]
	for _, x := range xs[1:] {
		m = min(m, x)
	}
	return m
}
