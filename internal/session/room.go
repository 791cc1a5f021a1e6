package session

import (
	"slices"
	"time"
)

// Gap reports a segment with nothing to do but listen: the get-ready, a
// rest or a side switch. The voice coach says what comes next in one.
func (s Segment) Gap() bool {
	return s.Phase == PhasePrepare || s.Phase == PhaseRest || s.Phase == PhaseSwitch
}

// WithGaps returns tl with a gap before every step that has none: a
// get-ready before the first when the routine has none, else a rest of
// length after the step before (a routine may ask for no rest between
// steps). The voice coach needs one to name the exercise before it starts.
func (tl Timeline) WithGaps(length time.Duration) Timeline {
	segs := slices.Clone(tl.Segments)
	for k := len(tl.Steps) - 1; k >= 0; k-- {
		f := tl.Steps[k].First
		if f > 0 && segs[f-1].Gap() {
			continue
		}
		gap := Segment{Phase: PhasePrepare, Length: length, Exercise: segs[f].Exercise, Step: -1}
		if f > 0 {
			gap = segs[f-1]
			gap.Phase, gap.Length, gap.Side, gap.Rep, gap.Reps = PhaseRest, length, "", 0, 0
		}
		segs = slices.Insert(segs, f, gap)
	}
	return tl.remade(segs)
}

// Lengthened returns tl with gap segments made longer by extra, by index;
// other segments keep their length, so the routine's work is unchanged.
func (tl Timeline) Lengthened(extra map[int]time.Duration) Timeline {
	segs := slices.Clone(tl.Segments)
	for i, d := range extra {
		if i >= 0 && i < len(segs) && segs[i].Gap() && d > 0 {
			segs[i].Length += d
		}
	}
	return tl.remade(segs)
}

// remade numbers segs, sets their offsets and texts, and finds each
// step's segments and time again.
func (tl Timeline) remade(segs []Segment) Timeline {
	out := tl
	out.Segments, out.Steps, out.Total = segs, slices.Clone(tl.Steps), 0
	for k := range out.Steps {
		out.Steps[k].First, out.Steps[k].Last, out.Steps[k].Time = -1, -1, 0
	}
	for i := range segs {
		segs[i].Index, segs[i].Offset = i, out.Total
		out.Total += max(segs[i].Length, 0)
		if k := segs[i].Step; k >= 0 && k < len(out.Steps) {
			st := &out.Steps[k]
			if st.First < 0 {
				st.First = i
			}
			st.Last = i
			st.Time += max(segs[i].Length, 0)
		}
	}
	writeTexts(segs, tl.words)
	return out
}
