package routine

import (
	"fmt"
	"math"
	"time"

	"github.com/postureapp/posture/internal/tomlfile"
)

// Limits on a routine as a whole. The longest routine a physiotherapist
// hands out has a few dozen steps and takes well under an hour; these are
// far above that, and low enough that playing, planning or listing one
// stays cheap: the player's timeline has a segment for every phase.
const (
	MaxSteps   = 200
	MaxPlanned = 4 * time.Hour
	MaxPhases  = 20_000
)

// Size is what playing a routine takes, worked out from its plans without
// expanding a single rep: the planned time, and the number of phases (the
// get-ready countdown, every lift, hold and lower of every rep, every
// timed move, self-paced set, rest and side switch, and the end), which
// is the number of segments in session's timeline.
type Size struct {
	Time   time.Duration
	Phases int
}

// LengthText says a length the way a person reads it at a glance: "15
// min" to the nearest minute, or "45 s" under a minute. It is how every
// screen and notification says a routine's planned time, r.Size(lib).Time.
func LengthText(d time.Duration) string {
	if d < time.Minute {
		return fmt.Sprintf("%d s", int(d.Seconds()))
	}
	return fmt.Sprintf("%d min", int(math.Round(d.Minutes())))
}

// Size of the whole routine as it plays: rounds, sets, reps and sides all
// counted. Sums too large to hold stop at the largest value.
func (r *Routine) Size(lib *Library) Size {
	total := r.startSize()
	r.eachPlay(lib, func(p Plan, last bool, _ string) bool {
		total = total.plus(p.PlaySize(r.SwitchTime(), last))
		return true
	})
	return total.plus(Size{Phases: 1}) // the end
}

// startSize is the get-ready countdown, when there is one.
func (r *Routine) startSize() Size { return phase(r.PrepareTime()) }

// eachPlay calls f with every play of every step in order, rounds
// unrolled, with whether it is the routine's last and the path of its step
// in the file, until f returns false.
func (r *Routine) eachPlay(lib *Library, f func(p Plan, last bool, path string) bool) {
	plans := r.Plans(lib)
	plays := 0
	for i, sec := range r.Sections {
		plays += sec.RoundCount() * len(plans[i])
	}
	n := 0
	for i, sec := range r.Sections {
		for round := 0; round < sec.RoundCount(); round++ {
			for j, p := range plans[i] {
				n++
				if !f(p, n == plays, r.stepPath(i, j)) {
					return
				}
			}
		}
	}
}

func (r *Routine) stepPath(section, step int) string {
	if r.Flat {
		return tomlfile.Indexed("", "step", step)
	}
	return tomlfile.Indexed(tomlfile.Indexed("", "section", section), "step", step)
}

// PlaySize is one play of the step: its sets with the rests between them,
// and the rest after its last set unless it ends the routine.
func (p Plan) PlaySize(switchTime time.Duration, last bool) Size {
	s := p.SetSize(switchTime).times(p.Sets).plus(phase(p.Rest).times(p.Sets - 1))
	if !last {
		s = s.plus(phase(p.RestAfter))
	}
	return s
}

// SetSize is one set: a self-paced set is one open phase of its estimated
// length; otherwise every rep's phases, or the timed move, on each side.
func (p Plan) SetSize(switchTime time.Duration) Size {
	if p.Pace == Self || p.Untimed() {
		return Size{Time: max(p.Estimate(), 0), Phases: 1}
	}
	switch p.Sides {
	case BothSides:
		return p.sideSize().times(2).plus(phase(switchTime))
	case Alternate:
		return p.sideSize().times(2)
	}
	return p.sideSize()
}

// sideSize is one side's worth of a set: every rep, or the timed move.
func (p Plan) sideSize() Size {
	if !p.RepBased() {
		return phase(p.Duration.Lo)
	}
	return phase(p.Lift).plus(phase(p.Hold.Lo)).plus(phase(p.Lower)).times(p.Reps.Lo)
}

// Untimed reports a step the clock cannot pace: no phase has a length.
func (p Plan) Untimed() bool {
	if p.RepBased() {
		return p.Lift+p.Hold.Lo+p.Lower <= 0
	}
	return p.Duration.Lo <= 0
}

// Estimate is how long a self-paced set is expected to take: target reps
// × (lift + hold + lower) per side, or the duration per side.
func (p Plan) Estimate() time.Duration {
	sides := 1
	if p.Sides == BothSides || p.Sides == Alternate {
		sides = 2
	}
	if p.RepBased() {
		return mulDur(p.Lift+p.Hold.Lo+p.Lower, sides*p.Reps.Lo)
	}
	return mulDur(p.Duration.Lo, sides)
}

// phase is a segment of length d; one of no length is left out.
func phase(d time.Duration) Size {
	if d <= 0 {
		return Size{}
	}
	return Size{Time: d, Phases: 1}
}

func (s Size) plus(o Size) Size {
	return Size{Time: addDur(s.Time, o.Time), Phases: addInt(s.Phases, o.Phases)}
}

func (s Size) times(n int) Size {
	if n <= 0 {
		return Size{}
	}
	return Size{Time: mulDur(s.Time, n), Phases: mulInt(s.Phases, n)}
}

func addDur(a, b time.Duration) time.Duration {
	if b > 0 && a > math.MaxInt64-b {
		return math.MaxInt64
	}
	return a + b
}

func mulDur(d time.Duration, n int) time.Duration {
	if n > 0 && d > math.MaxInt64/time.Duration(n) {
		return math.MaxInt64
	}
	return d * time.Duration(n)
}

func addInt(a, b int) int {
	if b > 0 && a > math.MaxInt-b {
		return math.MaxInt
	}
	return a + b
}

func mulInt(a, n int) int {
	if n > 0 && a > math.MaxInt/n {
		return math.MaxInt
	}
	return a * n
}

// checkSize refuses a routine too large to play: more than MaxSteps steps,
// or, rounds, sets, reps and sides counted, a planned time over MaxPlanned
// or more than MaxPhases phases. A limit passed is reported on the step
// where the routine passes it.
func (d *decoder) checkSize(r *Routine, lib *Library) {
	total := r.startSize()
	r.eachPlay(lib, func(p Plan, last bool, path string) bool {
		total = total.plus(p.PlaySize(r.SwitchTime(), last))
		switch {
		case total.Time > MaxPlanned:
			d.Add(path, fmt.Sprintf("the routine's planned time passes %s at this step", FormatDuration(MaxPlanned)),
				fmt.Sprintf("at most %s in all, rounds, sets, reps and sides counted; split it into shorter routines", FormatDuration(MaxPlanned)))
		case total.Phases+1 > MaxPhases:
			d.Add(path, fmt.Sprintf("the routine passes %d phases at this step", MaxPhases),
				fmt.Sprintf("at most %d lifts, holds, lowers, rests and switches in all; fewer reps, sets or rounds", MaxPhases))
		default:
			return true
		}
		return false
	})
}

// stepCount refuses a routine of more than MaxSteps steps before they are
// read, on the line of the first step too many.
func (d *decoder) stepCount(flat, sections []map[string]any) bool {
	var paths []string // of each step, in the file's order, up to one too many
	for j := range min(len(flat), MaxSteps+1) {
		paths = append(paths, tomlfile.Indexed("", "step", j))
	}
	total := len(flat)
	for i, sec := range sections {
		steps, _ := sec["step"].([]map[string]any)
		for j := range min(len(steps), MaxSteps+1-len(paths)) {
			paths = append(paths, tomlfile.Indexed(tomlfile.Indexed("", "section", i), "step", j))
		}
		total += len(steps)
	}
	if total <= MaxSteps {
		return true
	}
	d.Add(paths[MaxSteps], fmt.Sprintf("the routine has %d steps", total), fmt.Sprintf("at most %d steps in a routine", MaxSteps))
	return false
}
