package voice

import (
	"fmt"
	"slices"
	"strings"
	"time"

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
	Slot     Slot
	Priority int // 0 matters most; when lines do not all fit, the highest goes first
	// News, when set, names what the line tells; lines with the same news
	// are chances to tell it, and only the first that fits is said.
	News string
}

// How much each kind of line matters when a segment is too short for all.
const (
	mustSay   = 0 // what exercise, which count, the switch, the end
	sideSay   = 1 // which side, last set
	doseSay   = 2 // sets and reps, halfway
	detailSay = 3 // how long a rest lasts
)

// Long holds and timed moves are marked half-way through.
const (
	longHold = 10 * time.Second
	longWork = 20 * time.Second
)

// Script lists what the coach says over timeline tl in mode m, in segment
// order. It depends on the timeline alone, so the same routine always
// gives the same phrases.
func Script(tl session.Timeline, m Mode) []Line {
	if m != Names && m != Full {
		return nil
	}
	w := writer{segs: tl.Segments, full: m == Full}
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

// Texts lists the distinct texts of lines in the order they are first
// spoken, which is the order to render them in.
func Texts(lines []Line) []string {
	var out []string
	seen := map[string]bool{}
	for _, l := range lines {
		if !seen[l.Text] {
			seen[l.Text] = true
			out = append(out, l.Text)
		}
	}
	return out
}

type writer struct {
	segs  []session.Segment
	full  bool
	lines []Line
}

func (w *writer) say(seg int, slot Slot, priority int, text string) {
	w.lines = append(w.lines, Line{Segment: seg, Text: text, Slot: slot, Priority: priority})
}

func (w *writer) tell(seg int, slot Slot, priority int, text, news string) {
	w.lines = append(w.lines, Line{Segment: seg, Text: text, Slot: slot, Priority: priority, News: news})
}

func (w *writer) segment(i int) {
	s := w.segs[i]
	switch s.Phase {
	case session.PhasePrepare:
		w.introduce(i, s.Exercise, "")
	case session.PhaseRest:
		w.rest(i)
	case session.PhaseSwitch:
		w.say(i-1, Tail, mustSay, "Switch sides.")
		w.say(i, Lead, sideSay, sideText(s.Side))
	case session.PhaseWork:
		if s.Plan.Sides == routine.Alternate {
			w.say(i, Lead, sideSay, sideText(s.Side))
		}
		if w.full && s.Length >= longWork {
			w.say(i, Middle, doseSay, "Halfway.")
		}
	case session.PhaseLift:
		if w.full && !(s.Plan.Sides == routine.Alternate && s.Side == "right") {
			w.say(i, Lead, mustSay, sentence(number(s.Rep)))
		}
	case session.PhaseHold:
		if w.full && s.Length >= longHold {
			w.say(i, Middle, doseSay, "Halfway.")
		}
	case session.PhaseDone:
		w.say(i, Lead, mustSay, "Routine complete.")
	}
}

// backupChances is how many segments into a step its name may still be
// said when the get-ready or rest before it had no room for it.
const backupChances = 3

// introduce names the exercise the next segment starts and its dose; next
// prefixes the name ("Next: ") during a rest. When the get-ready or rest
// is too short for the name, it is said in one of the first segments of
// the step's first set instead: not at a lift, where the count goes.
func (w *writer) introduce(i int, e *routine.Exercise, prefix string) {
	if e == nil || i+1 >= len(w.segs) {
		return
	}
	n := w.segs[i+1]
	news := fmt.Sprintf("step %d", n.Step)
	w.tell(i, Lead, mustSay, sentence(prefix+spokenName(e.Name)), news)
	w.say(i, Lead, doseSay, sentence(doseText(n.Plan)))
	w.sideNext(i)
	for j := i + 1; j < min(i+1+backupChances, len(w.segs)) && w.segs[j].Step == n.Step; j++ {
		switch w.segs[j].Phase {
		case session.PhaseHold, session.PhaseLower, session.PhaseWork, session.PhaseSet:
			w.tell(j, Lead, mustSay, sentence(spokenName(e.Name)), news)
		case session.PhaseRest, session.PhaseSwitch:
			return // the exercise has begun: past the first set it is too late
		}
	}
}

// rest says how long it lasts and what comes after it.
func (w *writer) rest(i int) {
	s := w.segs[i]
	if i+1 >= len(w.segs) || w.segs[i+1].Phase == session.PhaseDone {
		return
	}
	w.say(i, Lead, detailSay, sentence("rest, "+spokenDuration(s.Length)))
	n := w.segs[i+1]
	if n.Step != s.Step {
		w.introduce(i, n.Exercise, "next: ")
		return
	}
	if n.Set == n.Sets && n.Sets > 1 {
		w.say(i, Tail, sideSay, "Last set.")
	}
	w.sideNext(i)
}

// sideNext tells, before a set done one side after the other, which side
// it starts on.
func (w *writer) sideNext(i int) {
	n := w.segs[i+1]
	if n.Plan.Sides == routine.BothSides && n.Side != "" {
		w.say(i, Tail, sideSay, sideText(n.Side))
	}
}

// maxSpokenName bounds the bytes of an exercise name the coach says, so
// that every phrase stays well inside what espeak-ng is given (maxText)
// however long a name a file holds.
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

func sideText(side string) string { return sentence(side + " side") }

// doseText says what a step asks for: "three sets of fifteen, each side".
func doseText(p routine.Plan) string {
	var text string
	switch {
	case p.RepBased() && p.Sets > 1:
		text = fmt.Sprintf("%s sets of %s", number(p.Sets), number(p.Reps.Lo))
	case p.RepBased():
		text = plural(p.Reps.Lo, "rep")
	case p.Duration.Lo > 0 && p.Sets > 1:
		text = fmt.Sprintf("%s sets of %s", number(p.Sets), spokenDuration(p.Duration.Lo))
	case p.Duration.Lo > 0:
		text = spokenDuration(p.Duration.Lo)
	default:
		return "at your own pace"
	}
	if p.Sides == routine.BothSides || p.Sides == routine.Alternate {
		text += ", each side"
	}
	if p.Pace == routine.Self {
		text += ", at your own pace"
	}
	return text
}
