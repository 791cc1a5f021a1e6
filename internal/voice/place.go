package voice

import (
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
// half-way point. When lead and tail lines do not all fit, the least
// important one is dropped (the later one of equal importance) until they
// do; a middle line that would touch another phrase is dropped. Cues are
// never moved.
//
// length gives a text's spoken length in routine time; a text it does not
// know (not rendered yet) is left out.
func Place(s session.Segment, last bool, lines []Line, length func(string) (time.Duration, bool)) []Placed {
	start, end := window(s, last)
	var ends, middles []Placed
	for _, l := range lines {
		d, ok := length(l.Text)
		if !ok {
			continue
		}
		p := Placed{Line: l, Length: d}
		if l.Slot == Middle {
			middles = append(middles, p)
		} else {
			ends = append(ends, p)
		}
	}
	for len(ends) > 0 && start+spoken(ends) > end {
		ends = dropLeastImportant(ends)
	}
	placed := arrange(ends, start, end)
	for _, m := range middles {
		m.At = s.Length / 2
		if m.At >= start && m.At+m.Length <= end && clearOf(placed, m) {
			placed = append(placed, m)
		}
	}
	return placed
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

func dropLeastImportant(ps []Placed) []Placed {
	worst := 0
	for i, p := range ps {
		if p.Priority >= ps[worst].Priority {
			worst = i
		}
	}
	return append(ps[:worst:worst], ps[worst+1:]...)
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
