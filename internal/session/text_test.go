package session

import (
	"testing"
	"time"

	"github.com/postureapp/posture/internal/locale"
	"github.com/postureapp/posture/internal/routine"
)

// A rest of a whole hour is announced as the window writes times, "1 h",
// not Go's "1h0m".
func TestNextSaysALongRestAsTheWindowWritesIt(t *testing.T) {
	lib := routine.NewLibrary(timedMove("b", 30*sec, ""))
	tl := Build(flat(
		routine.Step{Exercise: "b", Sets: 2, Rest: routine.Dur(time.Hour)},
	), lib)
	if got := tl.Segments[1].Next; got != "Next: rest 1 h" {
		t.Errorf("before an hour's rest: %q, want %q", got, "Next: rest 1 h")
	}
}

// The countdowns of the player and the terminal read the same: part
// seconds count as a whole one until the very end, and time past the end
// never shows as a negative clock.
func TestMinutesSecondsCountsDownToZero(t *testing.T) {
	for d, want := range map[time.Duration]string{
		0:                             "0:00",
		time.Millisecond:              "0:01",
		59*sec + 100*time.Millisecond: "1:00",
		61 * sec:                      "1:01",
		75 * time.Minute:              "75:00",
		-3 * sec:                      "0:00",
	} {
		if got := MinutesSeconds(d); got != want {
			t.Errorf("MinutesSeconds(%v) = %q, want %q", d, got, want)
		}
	}
}

// A stretch's timed work has its own word where the language has one
// (Spanish ESTIRA), and a timed hold of strength work keeps the usual
// one; English says Go for both.
func TestStretchWorkHasItsOwnWord(t *testing.T) {
	stretch := Segment{Phase: PhaseWork, Exercise: &routine.Exercise{Kind: routine.Stretch}}
	hold := Segment{Phase: PhaseWork, Exercise: &routine.Exercise{Kind: routine.Strength}}
	es := locale.UIMessages(locale.Spanish)
	if got := stretch.PhaseNameIn(es); got != "Estira" {
		t.Errorf("a stretch's work in Spanish is %q", got)
	}
	if got := hold.PhaseNameIn(es); got != "Ya" {
		t.Errorf("a timed hold's work in Spanish is %q", got)
	}
	if a, b := stretch.PhaseName(), hold.PhaseName(); a != "Go" || b != "Go" {
		t.Errorf("in English: %q and %q", a, b)
	}
}
