package history

import (
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/postureapp/posture/internal/locale"
	"github.com/postureapp/posture/internal/routine"
)

// Target is what a routine step currently asks of an exercise; Targets
// builds it from the person's routine so history needs nothing else of it.
type Target struct {
	Exercise    string
	Name        string        // the exercise's name, for the texts
	Reps        routine.Count // planned range; zero for timed moves
	Hold        routine.Span  // the low end is what is played; zero: no hold
	Lower       time.Duration // the lower phase of each rep
	Resistance  string        // "" for body weight
	Progression routine.Progression
	Next        *Target // the harder exercise Progression.Next names, at its own dose; nil when none
	// Working is the exercise's own rep range, where the reps go back to
	// when the move gets harder.
	Working routine.Count
	// Gear is true for a move that needs a band or weights to be done at
	// all, so easing off never takes them away.
	Gear bool
	Then string // the name of the exercise Progression.Then names; "" when none
}

// Kind names a suggestion.
type Kind string

const (
	EaseOff        Kind = "ease-off"
	AddReps        Kind = "add-reps"
	AtTop          Kind = "at-top" // as hard as the routine takes it; nothing to accept
	WidenRange     Kind = "widen-range"
	LongerHold     Kind = "longer-hold"
	SlowerLower    Kind = "slower-lower"
	MoreResistance Kind = "more-resistance"
	HarderExercise Kind = "harder-exercise"
)

// Suggestion is one proposed change to a step. Accepting it means Apply:
// writing To into the person's own copy of the routine.
type Suggestion struct {
	Exercise string
	Kind     Kind
	Change   string // what to change, in our words, without the exercise's name; in English (ChangeIn)
	Why      string // what in the history led to it; in English (WhyIn)
	Safety   bool   // show the safety advice with it
	From, To Target

	why, change []phrase // Why and Change, to say in a language
}

// Text is the suggestion as the history screen shows it: why, then what.
func (s Suggestion) Text() string { return s.Why + " " + s.Change }

// CleanRepsToProgress is the articles' rule: add reps until every set
// reaches 20 or more clean reps, whatever the step's range says, and only
// then make the exercise harder.
const CleanRepsToProgress = 20

// Targets is what routine r asks of each rep-based exercise, first step
// of each exercise only, in the order they play.
func Targets(r *routine.Routine, lib *routine.Library) []Target {
	var out []Target
	seen := map[string]bool{}
	for _, sec := range r.Plans(lib) {
		for _, p := range sec {
			if !p.RepBased() || seen[p.Exercise.ID] {
				continue
			}
			seen[p.Exercise.ID] = true
			t := targetOf(p)
			if next, ok := lib.Exercise(p.Exercise.Progression.Next); ok && next.RepBased() {
				n := targetOf(r.Resolve(routine.Step{Exercise: next.ID}, lib))
				t.Next = &n
			}
			if then, ok := lib.Exercise(p.Exercise.Progression.Then); ok {
				t.Then = then.Name
			}
			out = append(out, t)
		}
	}
	return out
}

func targetOf(p routine.Plan) Target {
	working := p.Exercise.Dose.Reps
	if working.IsZero() {
		working = p.Reps
	}
	return Target{Exercise: p.Exercise.ID, Name: p.Exercise.Name, Reps: p.Reps, Hold: p.Hold,
		Lower: p.Lower, Resistance: p.Resistance, Progression: p.Exercise.Progression,
		Working: working, Gear: routine.NeedsGear(p.Exercise.Equipment)}
}

// cleanReps is how many clean reps every set needs before the move gets
// harder: the articles' 20, or the exercise's own lower figure, such as
// the supermans' 12.
func (t Target) cleanReps() int {
	if n := t.Progression.Reps; n > 0 {
		return n
	}
	return CleanRepsToProgress
}

// takesResistance reports whether the move ever gets a band or weights,
// so that "before resistance" is said only where resistance comes.
func (t Target) takesResistance() bool {
	return t.Gear || t.Resistance != "" || t.Progression.Resistance != ""
}

// Current is the routine of the most recent session still in the catalog
// and the suggestions for it: what the home screen and 'posture history'
// show. The routine is nil when no session's routine is in the catalog.
func Current(sessions []Session, c *routine.Catalog) (*routine.Routine, []Suggestion) {
	for i := len(sessions) - 1; i >= 0; i-- {
		if r := c.Routine(sessions[i].Routine); r != nil {
			return r, SuggestFor(sessions, c, r)
		}
	}
	return nil, nil
}

// SuggestFor is the suggestions for routine r, measured against the
// routine that accepting one changes: the person's own copy of a built-in
// routine once there is one (routine.OwnCopy). So a suggestion accepted is
// not offered again: the copy now asks for what it proposed.
func SuggestFor(sessions []Session, c *routine.Catalog, r *routine.Routine) []Suggestion {
	return Suggest(sessions, Targets(routine.OwnCopy(c, r), c.Library))
}

// english is the catalogue's English, with its plural forms ("1 rep a
// set"), which the code's fallbacks alone lack; read once.
var english = sync.OnceValue(func() *locale.Messages { return locale.UIMessages(locale.English) })

// Suggest looks at the latest sessions of each target's exercise and
// returns at most one suggestion per target, in the targets' order.
// Sessions are oldest first, as Load returns them.
func Suggest(sessions []Session, targets []Target) []Suggestion {
	var out []Suggestion
	for _, t := range targets {
		if s, ok := suggestOne(sessions, t); ok {
			s.Exercise, s.From = t.Exercise, t
			s.Why, s.Change = s.WhyIn(english()), s.ChangeIn(english())
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
	atTarget    bool // every entry was done at the target now planned
	easedSince  bool // the target now asks for less than some entry did
}

func (e effort) clean() bool {
	return e.comfort == ComfortFine && !e.painStop && len(e.reps) > 0 && e.setsDone >= e.setsPlanned
}

// lastTwo returns the most recent efforts at t's exercise, newest first.
func lastTwo(sessions []Session, t Target) []effort {
	var found []effort
	for i := len(sessions) - 1; i >= 0 && len(found) < 2; i-- {
		if e, ok := effortIn(sessions[i], t); ok {
			found = append(found, e)
		}
	}
	return found
}

func effortIn(s Session, t Target) (effort, bool) {
	e := effort{atTarget: true}
	seen := false
	for i, x := range s.Exercises {
		if x.Exercise != t.Exercise {
			continue
		}
		seen = true
		e.reps = append(e.reps, x.Reps...)
		e.setsPlanned += x.SetsPlanned
		e.setsDone += x.done()
		e.comfort = worse(e.comfort, x.Comfort)
		e.painStop = e.painStop || s.Status == Pain && i == len(s.Exercises)-1
		e.atTarget = e.atTarget && doneAt(x, t)
		e.easedSince = e.easedSince || easierNow(x, t)
	}
	return e, seen
}

// doneAt reports whether an entry was done at target t, so that a change
// the person accepted needs two sessions at it before the next one. What
// an older file did not record counts as done at t.
func doneAt(x Exercise, t Target) bool {
	return (x.RepsPlanned == "" || x.RepsPlanned == t.Reps.String()) &&
		(x.Hold == 0 || time.Duration(x.Hold) == t.Hold.Lo) &&
		(x.Lower == 0 || time.Duration(x.Lower) == t.Lower) &&
		strings.EqualFold(strings.TrimSpace(x.Resistance), strings.TrimSpace(t.Resistance))
}

// easierNow reports a target that asks for fewer reps, a shorter hold or
// a lighter resistance than entry x was done at: an ease-off suggested
// after x was accepted, or the person eased it by hand.
func easierNow(x Exercise, t Target) bool {
	planned, err := routine.ParseCount(x.RepsPlanned)
	return err == nil && !t.Reps.IsZero() && t.Reps.Lo < planned.Lo ||
		x.Hold > 0 && !t.Hold.IsZero() && t.Hold.Lo < time.Duration(x.Hold) ||
		!strings.EqualFold(strings.TrimSpace(x.Resistance), strings.TrimSpace(t.Resistance)) &&
			strings.EqualFold(strings.TrimSpace(lighter(x.Resistance)), strings.TrimSpace(t.Resistance))
}

func worse(a, b Comfort) Comfort {
	rank := map[Comfort]int{ComfortFine: 0, ComfortDiscomfort: 1, ComfortPain: 2}
	if rank[b] > rank[a] {
		return b
	}
	return a
}

func suggestOne(sessions []Session, t Target) (Suggestion, bool) {
	two := lastTwo(sessions, t)
	if len(two) > 0 && (two[0].comfort != ComfortFine || two[0].painStop) {
		// Once the step asks for less than the painful session did, it was
		// eased off already: one session is one step down, not two.
		return easeOff(two[0], t), !two[0].easedSince
	}
	if t.Reps.IsZero() || len(two) < 2 || !ready(two[0]) || !ready(two[1]) {
		return Suggestion{}, false
	}
	least := min(slices.Min(two[0].reps), slices.Min(two[1].reps))
	switch {
	case least >= t.cleanReps():
		return harder(t, least), true
	case least >= t.Reps.Hi: // and so the top is below cleanReps
		return widenRange(t, least), true
	case least >= t.Reps.Lo:
		return addReps(t, least), true
	}
	return Suggestion{}, false
}

// ready reports an effort that counts toward progress: clean, complete
// and at the target now planned.
func ready(e effort) bool { return e.clean() && e.atTarget }

func easeOff(e effort, t Target) Suggestion {
	to := t
	// The whole dose moves down, so what the suggestion says (the low end,
	// which the player plays) is what Accept writes: 3 reps become 1, not
	// a range 1-3 whose top still asks for the old dose.
	if !t.Reps.IsZero() {
		to.Reps.Lo = max(1, t.Reps.Lo-2)
		to.Reps.Hi = max(to.Reps.Lo, t.Reps.Hi-2)
	}
	if !t.Hold.IsZero() {
		to.Hold.Lo = max(time.Second, t.Hold.Lo-time.Second)
		to.Hold.Hi = max(to.Hold.Lo, t.Hold.Hi-time.Second)
	}
	if to.Resistance = lighter(t.Resistance); to.Resistance == "" && t.Gear {
		to.Resistance = t.Resistance // the move needs its band: fewer reps and shorter holds instead
	}
	why := func(m *locale.Messages) string {
		return m.X("suggest.why.discomfort", "Discomfort was noted last time.", nil)
	}
	after := func(m *locale.Messages) string {
		return m.X("suggest.ease_off.discomfort", "Stop if it turns into pain.", nil)
	}
	if e.comfort == ComfortPain || e.painStop {
		why = func(m *locale.Messages) string { return m.X("suggest.why.pain", "Pain was noted last time.", nil) }
		after = func(m *locale.Messages) string {
			return m.X("suggest.ease_off.pain", "Rest it until the pain has gone, stop at once if it comes back, and ask a health professional if it lingers.", nil)
		}
	}
	return Suggestion{Kind: EaseOff, Safety: true, To: to, why: []phrase{why},
		change: []phrase{func(m *locale.Messages) string {
			return m.X("suggest.ease_off", "Make it easier next time: {{.Target}}.", in(m, map[string]any{"Target": describeTarget(to)}))
		}, after}}
}

// nextLow is the next low end of the range: one more than the fewest
// reps done, but at most two more than planned and never past top.
func nextLow(t Target, least, top int) int {
	return min(least+1, t.Reps.Lo+2, top)
}

// addReps says the articles' rule, "before resistance" only for a move
// that will get some.
func addReps(t Target, least int) Suggestion {
	to := t
	to.Reps.Lo = nextLow(t, least, t.Reps.Hi)
	change := func(m *locale.Messages) string {
		return m.XN("suggest.add_reps.harder", "Add reps before making it harder: aim for {{.Count}} a set.", to.Reps.Lo, nil)
	}
	if t.takesResistance() {
		change = func(m *locale.Messages) string {
			return m.XN("suggest.add_reps.resistance", "Add reps before resistance: aim for {{.Count}} a set.", to.Reps.Lo, nil)
		}
	}
	return Suggestion{Kind: AddReps, To: to, why: everySetReached(least), change: []phrase{change}}
}

// widenRange answers a set that reached the top of a range that stops
// short of the clean reps that make it harder: the range grows to them
// first.
func widenRange(t Target, least int) Suggestion {
	to, top := t, t.cleanReps()
	to.Reps = routine.Count{Lo: nextLow(t, least, top), Hi: top}
	data := map[string]any{"Range": to.Reps.String(), "Top": top}
	change := func(m *locale.Messages) string {
		return m.XN("suggest.widen.harder", "Add reps before making it harder: widen the range to {{.Range}} and aim for {{.Count}} a set; it gets harder only at {{.Top}}.", to.Reps.Lo, in(m, data))
	}
	if t.takesResistance() {
		change = func(m *locale.Messages) string {
			return m.XN("suggest.widen.resistance", "Add reps before resistance: widen the range to {{.Range}} and aim for {{.Count}} a set; it gets harder only at {{.Top}}.", to.Reps.Lo, in(m, data))
		}
	}
	return Suggestion{Kind: WidenRange, To: to, change: []phrase{change},
		why: []phrase{func(m *locale.Messages) string {
			return m.XN("suggest.why.top", "Every set reached {{.Count}} clean reps, the top of {{.Range}}, in your last two sessions.", least, in(m, map[string]any{"Range": t.Reps.String()}))
		}}}
}

// harder is the exercise's next step at its clean reps, in the order
// routine.Progression gives, with the reps back in the working range;
// once its progression is used up, it says the move is as hard as the
// routine takes it.
func harder(t Target, least int) Suggestion {
	p, to := t.Progression, t
	if !t.Working.IsZero() {
		to.Reps = t.Working
	}
	s := Suggestion{why: everySetReached(least)}
	var change phrase
	switch {
	case p.Hold > 0 && t.Hold.Lo < p.Hold:
		to.Hold.Lo = min(t.Hold.Lo+time.Second, p.Hold)
		to.Hold.Hi = max(t.Hold.Hi, to.Hold.Lo)
		s.Kind, change = LongerHold, func(m *locale.Messages) string {
			return m.X("suggest.longer_hold", "Hold each rep longer: {{.To}} instead of {{.From}}.", in(m, fromTo(t.Hold.Lo, to.Hold.Lo)))
		}
	case p.Lower > 0 && t.Lower < p.Lower:
		to.Lower = min(t.Lower+time.Second, p.Lower)
		s.Kind, change = SlowerLower, func(m *locale.Messages) string {
			return m.X("suggest.slower_lower", "Lower more slowly: take {{.To}} instead of {{.From}}.", in(m, fromTo(t.Lower, to.Lower)))
		}
	case p.Resistance != "" && t.Resistance == "":
		to.Resistance = p.Resistance
		s.Kind, change = MoreResistance, func(m *locale.Messages) string {
			return m.X("suggest.add_resistance", "Add resistance: try it with a {{.Resistance}}, slow and controlled.", in(m, map[string]any{"Resistance": resistance(p.Resistance)}))
		}
	case t.Next != nil:
		to = *t.Next
		s.Kind, change = HarderExercise, func(m *locale.Messages) string {
			return m.XN("suggest.harder_exercise", "Move on to the {{.Exercise}}, starting at {{.Count}} reps a set.", to.Reps.Lo, in(m, map[string]any{"Exercise": to.Name}))
		}
	case t.Resistance != "" && canStepUp(t.Resistance):
		to.Resistance = heavier(t.Resistance)
		s.Kind, change = MoreResistance, func(m *locale.Messages) string {
			return m.X("suggest.more_resistance", "Time for more resistance: try {{.Resistance}}, keeping the movement slow and controlled.", in(m, map[string]any{"Resistance": resistance(to.Resistance)}))
		}
		if to.Resistance == t.Resistance {
			change = func(m *locale.Messages) string {
				return m.X("suggest.more_resistance.than", "Time for more resistance: try something a little heavier than {{.Resistance}}, keeping the movement slow and controlled.", in(m, map[string]any{"Resistance": resistance(t.Resistance)}))
			}
		}
	case t.Gear && t.Resistance == "":
		// Nothing recorded to step up from: said, but nothing to accept.
		to = t
		s.Kind, change = MoreResistance, func(m *locale.Messages) string {
			return m.X("suggest.more_resistance.gear", "Time for more resistance: a stronger band or heavier weights than you use now, keeping the movement slow and controlled.", nil)
		}
	default:
		return atTop(t, least)
	}
	s.change = []phrase{change}
	if to.Reps != t.Reps {
		s.change = append(s.change, func(m *locale.Messages) string {
			return m.X("suggest.reps_back", "The reps go back to {{.Range}}.", in(m, map[string]any{"Range": to.Reps.String()}))
		})
	}
	s.To = to
	return s
}

func fromTo(from, to time.Duration) map[string]any { return map[string]any{"From": from, "To": to} }

// atTop says the move is as hard as the routine takes it: these are
// control exercises, so it stays there, and names what to try beside it.
func atTop(t Target, least int) Suggestion {
	change := []phrase{func(m *locale.Messages) string {
		return m.X("suggest.at_top", "This is as hard as this routine takes it: keep this dose, moving slowly and cleanly.", nil)
	}}
	if t.Then != "" {
		change = append(change, func(m *locale.Messages) string {
			return m.X("suggest.at_top.then", "For more, try the {{.Exercise}} as well.", in(m, map[string]any{"Exercise": t.Then}))
		})
	}
	return Suggestion{Kind: AtTop, why: everySetReached(least), change: change, To: t}
}

func everySetReached(least int) []phrase {
	return []phrase{func(m *locale.Messages) string {
		return m.XN("suggest.why.every_set", "Every set reached {{.Count}} clean reps in your last two sessions.", least, nil)
	}}
}

// describeTarget is what an eased step asks for, said as one, with the
// ranges Accept writes ("8–13 reps a set, 1–2 s holds"), so the sentence
// and the change agree.
func describeTarget(t Target) []phrase {
	var out []phrase
	if !t.Reps.IsZero() {
		out = append(out, func(m *locale.Messages) string {
			loc := locale.Locale{Lang: m.Lang()}
			return m.XN("suggest.target.reps", "{{.Count}} reps a set", t.Reps.Hi, map[string]any{"Count": loc.CountRange(t.Reps.Lo, t.Reps.Hi)})
		})
	}
	if !t.Hold.IsZero() {
		out = append(out, func(m *locale.Messages) string {
			loc := locale.Locale{Lang: m.Lang()}
			return m.X("suggest.target.hold", "{{.Hold}} holds", map[string]any{"Hold": loc.DurationRange(t.Hold.Lo, t.Hold.Hi)})
		})
	}
	if t.Resistance == "" {
		out = append(out, func(m *locale.Messages) string {
			return m.X("suggest.target.no_resistance", "no added resistance", nil)
		})
	} else {
		out = append(out, func(m *locale.Messages) string { return ResistanceIn(t.Resistance, m) })
	}
	return out
}

// resistanceSteps orders the words people use for bands and weights.
var resistanceSteps = []string{"light", "medium", "heavy"}

// canStepUp reports a resistance below the heaviest step, or free text
// heavier cannot read, which the person steps up themselves; at "heavy",
// a control exercise has gone as far as it should.
func canStepUp(r string) bool {
	word, _, _ := strings.Cut(r, " ")
	return !strings.EqualFold(word, resistanceSteps[len(resistanceSteps)-1])
}

// heavier moves "light band" to "medium band". Free text it cannot read
// stays as it is, for the person to change.
func heavier(r string) string { return stepResistance(r, +1) }

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

// Apply is r with suggestion s written into every step of its exercise;
// r itself is left as it was. A harder exercise takes the step's place
// at its own dose, keeping the step's sets, rests, pace and sides.
func Apply(r *routine.Routine, s Suggestion) *routine.Routine {
	c := r.Clone()
	for i := range c.Sections {
		for j := range c.Sections[i].Steps {
			if st := &c.Sections[i].Steps[j]; st.Exercise == s.Exercise {
				applyTo(st, s.From, s.To)
			}
		}
	}
	return c
}

func applyTo(st *routine.Step, from, to Target) {
	if to.Exercise != from.Exercise {
		*st = routine.Step{Exercise: to.Exercise, Sets: st.Sets, Rest: st.Rest, RestAfter: st.RestAfter, Pace: st.Pace, Sides: st.Sides}
		return
	}
	if to.Reps != from.Reps {
		st.Reps = to.Reps
	}
	if to.Hold != from.Hold {
		st.Hold = to.Hold
	}
	if to.Lower != from.Lower {
		st.Tempo.Lower = routine.Dur(to.Lower)
	}
	if to.Resistance != from.Resistance {
		st.Resistance = to.Resistance
	}
}
