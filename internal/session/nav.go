package session

import "time"

// restartWindow is how long into a set Previous still means "the set
// before" rather than "this set again".
const restartWindow = 2 * time.Second

// blocks divides a timeline into the units Next and Previous move between:
// get ready, one side of a set (or the whole set when sides alternate), a
// timed move, a self-paced set, a rest, a switch, and done.
type blocks struct {
	segs  []Segment
	start []int // for each segment, the first segment of its block
}

func newBlocks(segs []Segment) blocks {
	b := blocks{segs: segs, start: make([]int, len(segs))}
	for i := range segs {
		b.start[i] = i
		if i > 0 && continuesBlock(segs[i-1], segs[i]) {
			b.start[i] = b.start[i-1]
		}
	}
	return b
}

// continuesBlock reports whether s belongs to the same set as prev: both
// are rep phases of one set, on the same side unless the sides alternate.
func continuesBlock(prev, s Segment) bool {
	if !isRepPhase(prev.Phase) || !isRepPhase(s.Phase) || prev.Step != s.Step || prev.Set != s.Set {
		return false
	}
	return prev.Side == s.Side || s.Plan.Sides != "both"
}

// isPlay reports a block the person exercises in (or gets ready for), as
// opposed to a pause between them.
func isPlay(p Phase) bool {
	return p == PhasePrepare || isRepPhase(p) || p == PhaseWork || p == PhaseSet
}

// next is the first segment of the block after cur's.
func (b blocks) next(cur int) int {
	for j := cur + 1; j < len(b.segs); j++ {
		if b.start[j] == j {
			return j
		}
	}
	return cur
}

// previous is where Previous goes from cur, into its block's time so far:
// from a rest or switch, the start of the set just done; from a set, its
// own start, or within restartWindow the set before it.
func (b blocks) previous(cur int, into time.Duration) int {
	s := b.start[cur]
	if !isPlay(b.segs[s].Phase) {
		return b.playBefore(s, s)
	}
	if into >= restartWindow {
		return s
	}
	return b.playBefore(s, s)
}

// playBefore is the start of the last play block before segment s, or
// fallback when there is none.
func (b blocks) playBefore(s, fallback int) int {
	for j := s - 1; j >= 0; j-- {
		if b.start[j] == j && isPlay(b.segs[j].Phase) {
			return j
		}
	}
	return fallback
}

// repEnds reports whether segment i is the last phase of its rep, where the
// rep counts as done.
func (b blocks) repEnds(i int) bool {
	s := b.segs[i]
	if !isRepPhase(s.Phase) {
		return false
	}
	if i+1 == len(b.segs) {
		return true
	}
	n := b.segs[i+1]
	return !isRepPhase(n.Phase) || n.Step != s.Step || n.Set != s.Set || n.Side != s.Side || n.Rep != s.Rep
}

// lastPlay is the last segment of step k in which the person exercises.
func (b blocks) lastPlay(st Step) int {
	for j := st.Last; j >= st.First; j-- {
		if isPlay(b.segs[j].Phase) {
			return j
		}
	}
	return -1
}
