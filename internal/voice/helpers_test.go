package voice

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/postureapp/posture/assets"
	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/session"
	"github.com/postureapp/posture/routines"
)

func builtins(t testing.TB) *routine.Catalog {
	t.Helper()
	c := routine.Load(routine.Sources{BuiltinExercises: assets.ExerciseFiles(), BuiltinRoutines: routines.FS})
	if len(c.Problems) > 0 {
		t.Fatalf("built-in files have problems: %v", c.Problems)
	}
	return c
}

func timeline(t testing.TB, name string) session.Timeline {
	t.Helper()
	c := builtins(t)
	r := c.Routine(name)
	if r == nil {
		t.Fatalf("no built-in routine %q", name)
	}
	return session.Build(r, c.Library)
}

// spokenAt is a stand-in for espeak-ng's lengths: about as long as it
// takes at 175 words a minute, 65 ms a letter.
func spokenAt(text string) (time.Duration, bool) {
	return time.Duration(len(text)) * 65 * time.Millisecond, true
}

// describe writes lines one a line: segment, phase, slot, priority (with
// ! for an essential line), text and its short form.
func describe(tl session.Timeline, lines []Line) string {
	var b strings.Builder
	slots := map[Slot]string{Lead: "lead", Tail: "tail", Middle: "middle"}
	for _, l := range lines {
		s := tl.Segments[l.Segment]
		mark := " "
		if l.Essential {
			mark = "!"
		}
		short := ""
		if l.Short != "" {
			short = " | " + l.Short
		}
		fmt.Fprintf(&b, "%4d %-7s %-6s p%d%s %s%s\n", l.Segment, s.Phase, slots[l.Slot], l.Priority, mark, l.Text, short)
	}
	return b.String()
}

func texts(lines []Line) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = l.Text
	}
	return out
}

// slug is a file name for a routine: lower-case words joined by hyphens.
func slug(name string) string { return stem(name, 100) }
