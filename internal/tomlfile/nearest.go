package tomlfile

import "slices"

const maxHinted = 64

// Nearest returns the candidate closest to s, for "did you mean" hints.
// Two neighbouring letters typed the wrong way round count as one edit, as
// one wrong letter does. A key already set in the same table (in taken) is
// rarely the one meant, so it counts one edit further away and loses ties.
// Among equally close candidates, one made of the same letters wins, as a
// swap keeps every letter: "rets" under a step that has sets suggests
// rest. A word longer than any key or id could be gets no hint ("").
func Nearest(s string, candidates, taken []string) string {
	if len(s) > maxHinted {
		return ""
	}
	best, bestRank := "", rank{}
	for i, c := range candidates {
		r := rank{editDistance(s, c), slices.Contains(taken, c), !sameLetters(s, c), i}
		if best == "" || r.less(bestRank) {
			best, bestRank = c, r
		}
	}
	return best
}

// rank orders candidates: fewest edits (a taken key one more), then not
// taken, then made of the same letters, then the order given.
type rank struct {
	edits      int
	taken      bool
	newLetters bool
	order      int
}

func (r rank) score() int {
	if r.taken {
		return r.edits + 1
	}
	return r.edits
}

func (r rank) less(o rank) bool {
	switch {
	case r.score() != o.score():
		return r.score() < o.score()
	case r.taken != o.taken:
		return !r.taken
	case r.newLetters != o.newLetters:
		return !r.newLetters
	}
	return r.order < o.order
}

// sameLetters reports whether a and b hold the same letters, as many times
// each: b is a with some letters moved.
func sameLetters(a, b string) bool {
	x, y := []rune(a), []rune(b)
	slices.Sort(x)
	slices.Sort(y)
	return slices.Equal(x, y)
}

// editDistance is the optimal string alignment distance between a and b,
// letter by letter: insertions, deletions, substitutions and swaps of two
// neighbours each cost one.
func editDistance(a, b string) int {
	x, y := []rune(a), []rune(b)
	// Three rows: the one before the previous is needed for swaps.
	prev2 := make([]int, len(y)+1)
	prev := make([]int, len(y)+1)
	cur := make([]int, len(y)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(x); i++ {
		cur[0] = i
		for j := 1; j <= len(y); j++ {
			cost := 1
			if x[i-1] == y[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && x[i-1] == y[j-2] && x[i-2] == y[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(y)]
}
