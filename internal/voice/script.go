package voice

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/postureapp/posture/internal/locale"
	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/session"
)

// Mode is how much the coach says.
type Mode string

const (
	Off   Mode = "off"
	Names Mode = "names" // exercises and doses, sides, rests and what is next, last set, the end
	Full  Mode = "full"  // all of that, and the count of every rep and "halfway" in long holds
)

// Modes lists the modes from silent to talkative.
func Modes() []Mode { return []Mode{Off, Names, Full} }

// Slot says where in its segment a line goes.
type Slot int

const (
	Lead   Slot = iota // straight after the segment's opening cue, lines in order
	Tail               // ending just before the pips or the next cue, lines in order
	Middle             // starting at the segment's half-way point
)

// Line is one phrase of a routine's script.
type Line struct {
	Segment  int // index into the timeline's segments
	Text     string
	Short    string // said instead when time is short; "" when Text is as short as it gets
	Slot     Slot
	Priority int // 0 matters most; when lines do not all fit, the highest goes first
	// Essential marks what a person following with closed eyes must hear:
	// the exercise and its dose, the side, the last set, the round, the
	// end. It is said in a gap (get-ready, rest, switch) before the work
	// it describes, which Fit makes long enough for it.
	Essential bool
	// Before is the segment whose work an essential line describes: the
	// line ends before it begins. -1 for the end of the routine.
	Before int
	// News, when set, names what the line tells; lines with the same news
	// are chances to tell it, and only the first that fits is said.
	News string
}

// How much each kind of line matters when a segment is too short for all.
const (
	mustSay   = 0 // what exercise, which count, the switch, the end
	sideSay   = 1 // which side, last set, the round
	doseSay   = 2 // sets and reps, halfway
	detailSay = 3 // how long a rest lasts
)

// Long holds and timed moves are marked half-way through.
const (
	longHold = 10 * time.Second
	longWork = 20 * time.Second
)

// Script lists what the coach says over timeline tl in mode m, in
// English, in segment order.
func Script(tl session.Timeline, m Mode) []Line { return ScriptIn(tl, m, locale.English) }

// ScriptIn lists what the coach says over timeline tl in mode m in
// language lang (English for one it does not speak), in segment order.
// It depends on the timeline and the language alone, so the same routine
// always gives the same phrases.
func ScriptIn(tl session.Timeline, m Mode, lang locale.Lang) []Line {
	if m != Names && m != Full {
		return nil
	}
	w := writer{segs: tl.Segments, steps: tl.Steps, full: m == Full, say: wordsFor(lang)}
	for i := range tl.Segments {
		w.segment(i)
	}
	slices.SortStableFunc(w.lines, func(a, b Line) int { return a.Segment - b.Segment })
	return w.lines
}

// Untold keeps the lines whose news has not been told in another
// segment; told maps the news of lines placed so far to their segment, so
// a segment placed again (on resuming) keeps its own.
func Untold(lines []Line, told map[string]int) []Line {
	return slices.DeleteFunc(slices.Clone(lines), func(l Line) bool {
		seg, ok := told[l.News]
		return l.News != "" && ok && seg != l.Segment
	})
}

// Tell notes the news of the lines placed.
func Tell(placed []Placed, told map[string]int) {
	for _, p := range placed {
		if p.News != "" {
			told[p.News] = p.Segment
		}
	}
}

// Texts lists the distinct texts of lines, with their short forms, in
// the order they are first spoken, which is the order to render them in.
func Texts(lines []Line) []string {
	var out []string
	seen := map[string]bool{}
	for _, l := range lines {
		for _, text := range []string{l.Text, l.Short} {
			if text != "" && !seen[text] {
				seen[text] = true
				out = append(out, text)
			}
		}
	}
	return out
}

type writer struct {
	segs  []session.Segment
	steps []session.Step
	full  bool
	say   *words
	lines []Line
}

func (w *writer) add(seg int, slot Slot, priority int, text string) {
	w.lines = append(w.lines, Line{Segment: seg, Text: text, Slot: slot, Priority: priority, Before: -1})
}

// must adds an essential line to gap seg about the work of segment before;
// short, when not empty, is said instead when time is short.
func (w *writer) must(seg int, slot Slot, priority int, text, short, news string) {
	w.lines = append(w.lines, Line{Segment: seg, Text: text, Short: short, Slot: slot, Priority: priority,
		Essential: true, Before: seg + 1, News: news})
}

func (w *writer) segment(i int) {
	s := w.segs[i]
	switch s.Phase {
	case session.PhasePrepare, session.PhaseRest:
		w.gap(i)
	case session.PhaseSwitch:
		if i > 0 && !w.segs[i-1].Gap() {
			w.add(i-1, Tail, detailSay, sentence(w.say.switchTo))
		}
		w.must(i, Lead, sideSay, w.sideText(s.Side), "", "")
	case session.PhaseWork:
		if s.Plan.Sides == routine.Alternate {
			w.add(i, Lead, sideSay, w.sideText(s.Side))
		}
		if w.full && s.Length >= longWork {
			w.add(i, Middle, doseSay, sentence(w.say.halfway))
		}
	case session.PhaseLift:
		if w.full && !(s.Plan.Sides == routine.Alternate && s.Side == "right") {
			w.add(i, Lead, mustSay, sentence(w.say.number(s.Rep, alone)))
		}
	case session.PhaseHold:
		if w.full && s.Length >= longHold {
			w.add(i, Middle, doseSay, sentence(w.say.halfway))
		}
	case session.PhaseDone:
		w.lines = append(w.lines, Line{Segment: i, Text: sentence(w.say.complete), Slot: Lead, Priority: mustSay, Essential: true, Before: -1})
	}
}

// gap says, in a get-ready or rest, what the work after it is: a new
// exercise's round, name and dose, or the next set's side and whether it
// is the last; and, in a rest, how long the rest lasts.
func (w *writer) gap(i int) {
	s := w.segs[i]
	if i+1 >= len(w.segs) || w.segs[i+1].Phase == session.PhaseDone {
		return
	}
	n := w.segs[i+1]
	if s.Phase == session.PhaseRest {
		w.add(i, Lead, detailSay, sentence(w.say.restFor(roundSeconds(s.Length))))
	}
	if n.Step != s.Step {
		w.round(i)
		w.introduce(i, s.Phase == session.PhaseRest)
	} else if n.Set == n.Sets && n.Sets > 1 {
		w.must(i, Tail, sideSay, sentence(w.say.lastSet), "", "")
	}
	if n.Plan.Sides == routine.BothSides && n.Side != "" {
		w.must(i, Tail, sideSay, w.sideText(n.Side), "", "")
	}
}

// round says, before the first step of a section's second round and
// later, which round begins.
func (w *writer) round(i int) {
	n := w.segs[i+1]
	if n.Rounds < 2 || n.Round < 2 || n.Step >= len(w.steps) || w.steps[n.Step].Index != 0 {
		return
	}
	if n.Round == n.Rounds {
		w.must(i, Lead, sideSay, sentence(w.say.lastRound), "", "")
		return
	}
	num := func(n int) string { return w.say.number(n, alone) }
	w.must(i, Lead, sideSay, sentence(fmt.Sprintf(w.say.round, num(n.Round), num(n.Rounds))),
		sentence(fmt.Sprintf(w.say.roundOnly, num(n.Round))), "")
}

// backupChances is how many segments into a step its name may still be
// said when the gap before it had no room for it (its phrase was not
// rendered yet, or the timeline was not fitted to the voice).
const backupChances = 3

// introduce names the exercise that segment i+1 starts, with its dose:
// "Next: Face Pull." in a rest, the name alone at get-ready or when time
// is short. When it is not said there, the name is said in one of the
// first segments of the step's first set instead: not at a lift, where
// the count goes.
func (w *writer) introduce(i int, rest bool) {
	n := w.segs[i+1]
	if n.Exercise == nil {
		return
	}
	name := sentence(spokenName(n.Exercise.Name))
	news := fmt.Sprintf("step %d", n.Step)
	if rest {
		w.must(i, Lead, mustSay, sentence(fmt.Sprintf(w.say.next, spokenName(n.Exercise.Name))), name, news)
	} else {
		w.must(i, Lead, mustSay, name, "", news)
	}
	w.must(i, Lead, doseSay, sentence(w.say.dose(n.Plan)), "", "")
	for j := i + 1; j < min(i+1+backupChances, len(w.segs)) && w.segs[j].Step == n.Step; j++ {
		switch w.segs[j].Phase {
		case session.PhaseHold, session.PhaseLower, session.PhaseWork, session.PhaseSet:
			w.lines = append(w.lines, Line{Segment: j, Text: name, Slot: Lead, Priority: mustSay, Before: -1, News: news})
		case session.PhaseRest, session.PhaseSwitch:
			return // the exercise has begun: past the first set it is too late
		}
	}
}

// maxSpokenName bounds the bytes of an exercise name the coach says, so
// that every phrase stays well inside what espeak-ng is given (maxText):
// files cap names at routine.MaxNameLength characters, but a character
// may take four bytes, and a timeline may carry a name from elsewhere.
const maxSpokenName = 80

// spokenName is name, cut at a word's end to at most maxSpokenName bytes.
func spokenName(name string) string {
	if len(name) <= maxSpokenName {
		return name
	}
	cut := strings.ToValidUTF8(name[:maxSpokenName], "")
	if i := strings.LastIndexByte(cut, ' '); i > 0 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:-")
}

func (w *writer) sideText(side string) string { return sentence(w.say.side(side)) }

// dose says what a step asks for: "three sets of fifteen, each side".
func (w *words) dose(p routine.Plan) string {
	var text string
	switch {
	case p.RepBased() && p.Sets > 1:
		text = w.setsOfReps(p.Sets, p.Reps.Lo)
	case p.RepBased():
		text = w.count(p.Reps.Lo, reps)
	case p.Duration.Lo > 0 && p.Sets > 1:
		text = w.setsOfLength(p.Sets, roundSeconds(p.Duration.Lo))
	case p.Duration.Lo > 0:
		text = w.duration(roundSeconds(p.Duration.Lo))
	default:
		return w.ownPace
	}
	if p.Sides == routine.BothSides || p.Sides == routine.Alternate {
		text += w.eachSide
	}
	if p.Pace == routine.Self {
		text += ", " + w.ownPace
	}
	return text
}
