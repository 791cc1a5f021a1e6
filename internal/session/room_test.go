package session

import (
	"strings"
	"testing"
	"time"

	"github.com/postureapp/posture/internal/clock"
	"github.com/postureapp/posture/internal/routine"
)

// At a switch the screen says how the other side begins, never "Next:"
// the exercise already under way.
func TestSwitchSaysTheOtherSideNotTheSameExercise(t *testing.T) {
	c := builtins(t)
	switches := 0
	for _, r := range c.Routines {
		for _, s := range Build(r, c.Library).Segments {
			if s.Phase != PhaseSwitch {
				continue
			}
			switches++
			if strings.Contains(s.Next, s.Exercise.Name) || !strings.HasSuffix(s.Next, ", "+s.Side+" side") {
				t.Errorf("%s: switch to %s says %q", r.Name, s.Side, s.Next)
			}
		}
	}
	if switches == 0 {
		t.Fatal("no built-in routine switches sides")
	}
}

// A routine with no get-ready and no rest between steps gets a gap before
// each step; lengthening gaps moves what follows, keeps the work, and the
// engine plays the longer timeline to its end.
func TestGapsAddedAndLengthenedKeepTheTimelineWhole(t *testing.T) {
	lib := routine.NewLibrary(timedMove("a", 10*sec, ""), timedMove("b", 10*sec, ""))
	r := flat(routine.Step{Exercise: "a"}, routine.Step{Exercise: "b", Sets: 2, Rest: routine.Dur(5 * sec)})
	r.Prepare, r.RestAfter = routine.Dur(0), routine.Dur(0)
	tl := Build(r, lib)
	if got := phaseList(tl.Segments); got != "work work rest work done" {
		t.Fatalf("built %s", got)
	}
	gapped := tl.WithGaps(time.Second)
	checkContiguous(t, gapped)
	if got := phaseList(gapped.Segments); got != "prepare work rest work rest work done" {
		t.Fatalf("with gaps %s", got)
	}
	if gapped.Segments[2].Step != 0 || gapped.Steps[1].First != 3 || gapped.Total != tl.Total+2*sec {
		t.Errorf("the new rest belongs to step %d, step 1 starts at %d, total %v", gapped.Segments[2].Step, gapped.Steps[1].First, gapped.Total)
	}
	longer := gapped.Lengthened(map[int]time.Duration{0: 3 * sec, 1: 7 * sec, 4: 2 * sec})
	checkContiguous(t, longer)
	if longer.Segments[0].Length != 4*sec || longer.Segments[1].Length != 10*sec || longer.Segments[4].Length != 7*sec {
		t.Errorf("lengths %v %v %v: gaps grow, work does not", longer.Segments[0].Length, longer.Segments[1].Length, longer.Segments[4].Length)
	}
	if longer.Total != gapped.Total+5*sec || longer.Steps[1].Time != gapped.Steps[1].Time+2*sec {
		t.Errorf("total %v, step time %v", longer.Total, longer.Steps[1].Time)
	}
	clock := clock.NewFake(time.Unix(0, 0))
	p := New(longer, clock, Options{AutoDone: true})
	p.Start()
	if rec := p.Wait(); rec.Status != "completed" || clock.Now().Sub(time.Unix(0, 0)) != longer.Total {
		t.Errorf("played %v to %s, want %v", clock.Now().Sub(time.Unix(0, 0)), rec.Status, longer.Total)
	}
}

func phaseList(segs []Segment) string {
	var out []string
	for _, p := range phases(segs) {
		out = append(out, string(p))
	}
	return strings.Join(out, " ")
}
