package routine

import (
	"fmt"
	"strings"
)

// Problem is one thing wrong with a file, located as precisely as the file
// allows. Line is 0 when the problem is about the file as a whole.
type Problem struct {
	File    string
	Line    int
	Field   string
	Msg     string
	Allowed string // what would be accepted, when that can be said
}

// String writes FILE:LINE: FIELD: what is wrong (what is allowed).
func (p Problem) String() string {
	var b strings.Builder
	b.WriteString(p.File)
	if p.Line > 0 {
		fmt.Fprintf(&b, ":%d", p.Line)
	}
	b.WriteString(": ")
	if p.Field != "" {
		b.WriteString(p.Field + ": ")
	}
	b.WriteString(p.Msg)
	if p.Allowed != "" {
		b.WriteString(" (" + p.Allowed + ")")
	}
	return b.String()
}

// Problems is every problem found in one file; it is the error that
// loading and validation return, so all of them are reported at once.
type Problems []Problem

// Error writes one problem per line.
func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

// Nearest returns the candidate closest to s by edit distance.
func Nearest(s string, candidates []string) string {
	best, bestDist := "", -1
	for _, c := range candidates {
		if d := editDistance(s, c); bestDist < 0 || d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
