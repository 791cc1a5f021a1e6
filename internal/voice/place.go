package voice

import (
	"slices"
	"time"

	"github.com/postureapp/posture/internal/session"
)

const (
	// cueGuard is the silence kept between a phrase and any cue, so that
	// neither blurs the other even when one sounds a little late.
	cueGuard = 80 * time.Millisecond
	// phraseGap is the pause between two phrases, as between sentences.
	phraseGap = 250 * time.Millisecond
)

// Placed is a line at its moment, counted from the start of its segment.
type Placed struct {
	Line
	At     time.Duration
	Length time.Duration
}

// Place fits lines (all of segment s) between s's cues. The free window
// runs from the end of the opening cue to the first pip of the last three
// seconds, or to the end of s, where the next phase's cue sounds, with
// cueGuard kept clear at both ends; the last segment's window never ends.
// Lead lines go in order from the window's start, tail lines in order so
// that the last ends at the window's end, a middle line at the segment's
// half-way point. Cues are never moved.
//
// When lead and tail lines do not all fit, lines that are not essential
// give way first, the least important (the later of equal importance)
// first; then essential lines take their short form ("Shoulder Roll."
// for "Next: Shoulder Roll."), one at a time; only then does an essential
// line give way, which a timeline made by Fit never asks. A middle line
// that would touch another phrase is dropped.
//
// length gives a text's spoken length in routine time; a text it does not
// know (not rendered yet) is left out.
func Place(s session.Segment, last bool, lines []Line, length func(string) (time.Duration, bool)) []Placed {
	placed, _ := PlaceAll(s, last, lines, length)
	return placed
}

// PlaceAll is Place, also listing the lines left out, for a person to see
// what gave way and why a phrase was not heard.
func PlaceAll(s session.Segment, last bool, lines []Line, length func(string) (time.Duration, bool)) (placed, dropped []Placed) {
	start, end := window(s, last)
	var ends, middles []Placed
	for _, l := range lines {
		d, ok := length(l.Text)
		if !ok {
			dropped = append(dropped, Placed{Line: l})
			continue
		}
		p := Placed{Line: l, Length: d}
		if l.Slot == Middle {
			middles = append(middles, p)
		} else {
			ends = append(ends, p)
		}
	}
	ends, gone := fit(ends, end-start, length)
	dropped = append(dropped, gone...)
	placed = arrange(ends, start, end)
	for _, m := range middles {
		m.At = s.Length / 2
		if m.At >= start && m.At+m.Length <= end && clearOf(placed, m) {
			placed = append(placed, m)
		} else {
			dropped = append(dropped, m)
		}
	}
	return placed, dropped
}

// fit makes ps fit room: lines that are not essential go, then essential
// lines take their short forms, then essential lines go.
func fit(ps []Placed, room time.Duration, length func(string) (time.Duration, bool)) (kept, dropped []Placed) {
	for len(ps) > 0 && spoken(ps) > room {
		i := leastImportant(ps, false)
		if i < 0 {
			break
		}
		dropped = append(dropped, ps[i])
		ps = slices.Delete(ps, i, i+1)
	}
	for i := range ps {
		if spoken(ps) <= room {
			break
		}
		if ps[i].Short == "" {
			continue
		}
		if d, ok := length(ps[i].Short); ok {
			ps[i].Text, ps[i].Length = ps[i].Short, d
		}
	}
	for len(ps) > 0 && spoken(ps) > room {
		i := leastImportant(ps, true)
		dropped = append(dropped, ps[i])
		ps = slices.Delete(ps, i, i+1)
	}
	return ps, dropped
}

// window is the stretch of s free of cues, with the guards.
func window(s session.Segment, last bool) (start, end time.Duration) {
	end = s.Length
	if last {
		end = 1<<62 - 1
	}
	for _, c := range session.PlannedCues(s) {
		if c.At == 0 {
			start = max(start, c.Cue.Length())
		} else {
			end = min(end, c.At)
		}
	}
	return start + cueGuard, end - cueGuard
}

// spoken is how long phrases take one after the other.
func spoken(ps []Placed) time.Duration {
	var total time.Duration
	for _, p := range ps {
		total += p.Length
	}
	return total + time.Duration(len(ps)-1)*phraseGap
}

// leastImportant is the index of the line to drop first among the
// essential lines or the others; -1 when there is none of that kind.
func leastImportant(ps []Placed, essential bool) int {
	worst := -1
	for i, p := range ps {
		if p.Essential == essential && (worst < 0 || p.Priority >= ps[worst].Priority) {
			worst = i
		}
	}
	return worst
}

// arrange sets the moments of lead lines forward from start and tail lines
// backward from end; ps fits the window.
func arrange(ps []Placed, start, end time.Duration) []Placed {
	at := start
	for i := range ps {
		if ps[i].Slot == Lead {
			ps[i].At = at
			at += ps[i].Length + phraseGap
		}
	}
	at = end
	for i := len(ps) - 1; i >= 0; i-- {
		if ps[i].Slot == Tail {
			ps[i].At = at - ps[i].Length
			at = ps[i].At - phraseGap
		}
	}
	return ps
}

func clearOf(placed []Placed, m Placed) bool {
	for _, p := range placed {
		if m.At < p.At+p.Length+phraseGap && p.At < m.At+m.Length+phraseGap {
			return false
		}
	}
	return true
}

// Said is a line as a session played straight through says it: placed at
// At within its segment, which starts at Offset into the session, or
// Dropped when it found no room.
type Said struct {
	Placed
	Offset  time.Duration
	Dropped bool
}

// Rehearse places the script of tl segment by segment as a session played
// through would, each piece of news told at its first chance, and lists
// every line said or dropped, in order.
func Rehearse(tl session.Timeline, script []Line, length func(string) (time.Duration, bool)) []Said {
	bySeg := make([][]Line, len(tl.Segments))
	for _, l := range script {
		bySeg[l.Segment] = append(bySeg[l.Segment], l)
	}
	var out []Said
	told := map[string]int{}
	for i, s := range tl.Segments {
		placed, dropped := PlaceAll(s, i == len(tl.Segments)-1, Untold(bySeg[i], told), length)
		Tell(placed, told)
		slices.SortStableFunc(placed, func(a, b Placed) int { return int(a.At - b.At) })
		for _, p := range placed {
			out = append(out, Said{Placed: p, Offset: s.Offset})
		}
		for _, p := range dropped {
			out = append(out, Said{Placed: p, Offset: s.Offset, Dropped: true})
		}
	}
	return out
}
