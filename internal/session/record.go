package session

import (
	"time"

	"github.com/postureapp/posture/internal/history"
	"github.com/postureapp/posture/internal/routine"
)

// buildRecord writes down what was done so far, as of moment at. Every
// step play reached gets an entry, in order. A rep counts when its last
// phase played to the end; on sides "both" or "alternate" a set's reps are
// those done on both sides. A set is done when every rep of it played on
// every side, a timed move when every side played out, a self-paced set
// when Done ended it (or AutoDone, at its target). The reps of a set left
// before its end are kept apart, as partial reps, so a set stopped at rep
// 3 of 10 is not counted as a set done yet its 3 reps are not lost.
func (p *Player) buildRecord(status history.Status, at time.Time) history.Session {
	began := p.e.began.Round(0).Truncate(time.Millisecond)
	rec := history.Session{
		ID:      history.NewID(began),
		Routine: p.tl.Routine,
		Started: began,
		Ended:   at.Round(0).Truncate(time.Millisecond),
		Status:  status,
		Active:  history.Duration((at.Sub(p.e.began) - p.e.pauses).Round(time.Second)),
	}
	for k, st := range p.tl.Steps {
		if p.e.reached[k] {
			rec.Exercises = append(rec.Exercises, p.stepRecord(st))
		}
	}
	return rec
}

func (p *Player) stepRecord(st Step) history.Exercise {
	pl := st.Plan
	ex := history.Exercise{
		Exercise:    pl.Exercise.ID,
		SetsPlanned: pl.Sets,
		Sides:       string(pl.Sides),
		Resistance:  pl.Resistance,
	}
	if pl.RepBased() {
		ex.RepsPlanned, ex.Hold, ex.Lower = pl.Reps.String(), history.Duration(pl.Hold.Lo), history.Duration(pl.Lower)
	} else {
		ex.Duration = history.Duration(pl.Duration.Lo)
	}
	if st.Rounds > 1 {
		ex.Section, ex.Round, ex.Rounds = pl.Section, st.Round, st.Rounds
	}
	for set := 1; set <= pl.Sets; set++ {
		reps, done := p.setTally(st, set)
		switch {
		case done:
			ex.SetsDone++
			if pl.RepBased() {
				ex.Reps = append(ex.Reps, reps)
			}
		case reps > 0:
			ex.PartialReps = append(ex.PartialReps, reps)
		}
	}
	return ex
}

// setTally counts what was done of one set of step st: the reps done on
// every side, and whether the set was done.
func (p *Player) setTally(st Step, set int) (reps int, done bool) {
	perSide := map[string]int{}
	worked := map[string]bool{}
	sides := []string{""}
	if st.Plan.Sides == routine.BothSides || st.Plan.Sides == routine.Alternate {
		sides = []string{"left", "right"}
	}
	for i := st.First; i <= st.Last; i++ {
		seg := p.tl.Segments[i]
		if seg.Set != set || !p.e.complete[i] {
			continue
		}
		switch {
		case seg.Open():
			return p.e.reps[i], true
		case seg.Phase == PhaseWork:
			worked[seg.Side] = true
		case p.blocks.repEnds(i):
			perSide[seg.Side]++
		}
	}
	reps, done = perSide[sides[0]], worked[sides[0]]
	for _, side := range sides[1:] {
		reps, done = min(reps, perSide[side]), done && worked[side]
	}
	if st.Plan.RepBased() {
		return reps, reps >= st.Plan.Reps.Lo
	}
	return 0, done
}
