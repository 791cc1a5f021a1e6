package session

import (
	"time"

	"github.com/postureapp/posture/internal/routine"
)

// Build expands routine r into its timeline. Ranges play their low end:
// "10-15" reps play 10, a "2s-3s" hold plays 2 s, a "20s-30s" move 20 s.
// A zero-length phase, rest or switch has no segment. For sides "both" each
// set plays on the left, a switch, then the right; for "alternate" every
// rep changes side, so reps count per side either way. A step with nothing
// to time (no reps' tempo, no duration) becomes a self-paced set.
//
// The timeline has a segment per phase, as many as r.Size counts; a routine
// that has parsed has at most routine.MaxPhases of them.
func Build(r *routine.Routine, lib *routine.Library) Timeline {
	b := &builder{switchTime: r.SwitchTime()}
	b.tl.Routine = r.Name
	b.tl.sections = len(r.Sections)
	runs := stepRuns(r, r.Plans(lib))
	first := (*routine.Exercise)(nil)
	if len(runs) > 0 {
		first = runs[0].Plan.Exercise
	}
	b.add(Segment{Phase: PhasePrepare, Length: r.PrepareTime(), Exercise: first, Step: -1})
	for k := range runs {
		b.step(k, runs[k], k == len(runs)-1)
	}
	b.add(Segment{Phase: PhaseDone, Step: -1})
	b.tl.Total = b.offset
	writeTexts(b.tl.Segments, nil)
	return b.tl
}

// stepRuns lists every play of every step, rounds unrolled.
func stepRuns(r *routine.Routine, plans [][]routine.Plan) []Step {
	var runs []Step
	for si, sec := range r.Sections {
		rounds := sec.RoundCount()
		for round := 1; round <= rounds; round++ {
			for pi, p := range plans[si] {
				runs = append(runs, Step{Plan: p, Section: si, Index: pi, Round: round, Rounds: rounds})
			}
		}
	}
	return runs
}

type builder struct {
	tl         Timeline
	offset     time.Duration
	switchTime time.Duration
	cur        Segment // template for the step being built
}

// add appends s at the current offset, dropping zero-length segments
// except the ones that must exist: a self-paced set and done.
func (b *builder) add(s Segment) {
	if s.Length <= 0 && s.Phase != PhaseSet && s.Phase != PhaseDone {
		return
	}
	s.Index = len(b.tl.Segments)
	s.Offset = b.offset
	b.offset += max(s.Length, 0)
	b.tl.Segments = append(b.tl.Segments, s)
}

func (b *builder) step(k int, run Step, last bool) {
	p := run.Plan
	b.cur = Segment{
		Exercise: p.Exercise, Plan: p, Step: k,
		Section: p.Section, Round: run.Round, Rounds: run.Rounds, Sets: p.Sets,
	}
	first, start := len(b.tl.Segments), b.offset
	for set := 1; set <= p.Sets; set++ {
		b.cur.Set = set
		b.set(p)
		switch {
		case set < p.Sets:
			b.addCur(PhaseRest, p.Rest, "", 0)
		case !last:
			b.addCur(PhaseRest, p.RestAfter, "", 0)
		}
	}
	run.First, run.Last, run.Time = first, len(b.tl.Segments)-1, b.offset-start
	b.tl.Steps = append(b.tl.Steps, run)
}

// addCur adds a segment of the current step.
func (b *builder) addCur(ph Phase, length time.Duration, side string, rep int) {
	s := b.cur
	s.Phase, s.Length, s.Side, s.Rep = ph, length, side, rep
	if rep > 0 || ph == PhaseSet {
		s.Reps = s.Plan.Reps.Lo
	}
	b.add(s)
}

// set adds the segments of one set.
func (b *builder) set(p routine.Plan) {
	if p.Pace == routine.Self || p.Untimed() {
		b.addCur(PhaseSet, p.Estimate(), "", 0)
		return
	}
	switch p.Sides {
	case routine.BothSides:
		b.side(p, "left")
		b.addCur(PhaseSwitch, b.switchTime, "right", 0)
		b.side(p, "right")
	case routine.Alternate:
		b.alternate(p)
	default:
		b.side(p, "")
	}
}

// side adds one side's worth of a set: every rep, or the timed move.
func (b *builder) side(p routine.Plan, side string) {
	if !p.RepBased() {
		b.addCur(PhaseWork, p.Duration.Lo, side, 0)
		return
	}
	for rep := 1; rep <= p.Reps.Lo; rep++ {
		b.rep(p, side, rep)
	}
}

func (b *builder) alternate(p routine.Plan) {
	if !p.RepBased() {
		b.addCur(PhaseWork, p.Duration.Lo, "left", 0)
		b.addCur(PhaseWork, p.Duration.Lo, "right", 0)
		return
	}
	for rep := 1; rep <= p.Reps.Lo; rep++ {
		b.rep(p, "left", rep)
		b.rep(p, "right", rep)
	}
}

func (b *builder) rep(p routine.Plan, side string, rep int) {
	b.addCur(PhaseLift, p.Lift, side, rep)
	b.addCur(PhaseHold, p.Hold.Lo, side, rep)
	b.addCur(PhaseLower, p.Lower, side, rep)
}
