// Package framerate decides how often the player redraws its moving
// figure, so that the whole app stays within a share of one processor
// core whatever the machine: smooth on a graphics card, slower under
// software rendering, and the key positions alone when even the slowest
// rate that still reads as motion would cost too much.
//
// It knows nothing of windows or widgets: it is told when a frame was
// drawn and reads the process's CPU time from a Source, so tests drive it
// with made-up costs.
package framerate

import (
	"math"
	"time"
)

// Source reports the CPU time the process has used so far, over all its
// threads: the app's own work and the software renderer's alike.
type Source interface {
	CPU() time.Duration
}

// Config tunes a Governor.
type Config struct {
	// Budget is the share of one core the app may use while a routine
	// plays, 0.08 for 8 %. Zero means the key positions only.
	Budget float64
	// Floor is the slowest rate that still reads as motion; below it the
	// figure shows its key positions instead. Ceiling is the fastest worth
	// drawing: the display's rate.
	Floor, Ceiling float64
	// Start is the rate tried before anything is measured.
	Start float64
	// Interval is how long a measurement runs.
	Interval time.Duration
	// Retry is how long the key positions last before the floor is tried
	// again, doubled after every try that finds it still too dear, up to
	// maxRetry: a busy spell (a build, a backup) must not stop the figure
	// for the rest of the session.
	Retry time.Duration
}

// maxRetry bounds the wait between two tries of the floor.
const maxRetry = 8 * time.Minute

// Defaults are the player's settings: 8 frames a second reads as motion,
// 60 is the display's rate, and a measurement of one second is long
// enough to see several frames at the floor.
var Defaults = Config{Budget: 0.08, Floor: 8, Ceiling: 60, Start: 12, Interval: time.Second, Retry: 30 * time.Second}

// smoothing is the weight of the newest measurement in the running cost
// per frame: enough to follow a change within a few seconds, little enough
// that one busy second (a voice being rendered, a history being read)
// does not stop the figure.
const smoothing = 0.3

// maxStep bounds how much faster the rate may get from one measurement
// to the next, so one quiet second does not overshoot; a measurement is
// likewise taken as at most maxStep times the running cost (or 1/maxStep
// of it), so one busy second moves the rate by a third at most.
const maxStep = 2.0

// The budget holds over the routine, not each second: holds, rests and
// pauses draw no frames and bank the budget they leave unused, and motion
// may spend what is banked, at most overdraw times the budget more. What
// is banked is bounded by creditSpan of budget, so a long pause buys a
// short spell of faster motion, not a long one. The bank starts full, as
// a routine starts with nothing spent: its first moves need not wait for
// its first holds. Over a routine of T seconds the app so uses at most
// Budget·T plus one bank. Nothing is owed: a busy
// spell (a voice rendered, a history read) spends what was banked, and
// beyond that only the running cost per frame sees it.
const (
	creditSpan = 30 * time.Second
	overdraw   = 0.5
)

// patience is how many measurements in a row must find even the floor
// too dear before the figure gives up moving; meanwhile it runs at the
// floor.
const patience = 3

// Governor picks the frame rate. It measures the CPU time per drawn frame,
// everything the app did in the meantime included, and keeps a smoothed
// figure c. The rate is then
//
//	rate = B / c, rounded down to a rate that divides Ceiling,
//	within [Floor, Ceiling]; 0 (key positions) below Floor,
//
// where B is the Budget plus what holds and rests left unspent, spread
// over creditSpan and at most overdraw × Budget more. Since c counts the app's other work too, the
// whole app lands on the budget: with other work b (share of a core) and
// a frame's own cost f, c = f + b/rate, and rate = B/c settles where
// b + f·rate = B; over a routine, the moving and the still parts together
// average Budget.
//
// A Governor is not safe for use by several goroutines at once.
type Governor struct {
	cfg    Config
	src    Source
	rate   float64 // frames a second now; 0 for the key positions
	cost   float64 // smoothed CPU seconds per frame; 0 until measured
	short  int     // measurements in a row that found the floor too dear
	up     int     // measurements in a row that allowed a faster rate
	frames int     // frames drawn since the measurement began
	began  time.Time
	cpu0   time.Duration
	fell   time.Time     // when the rate last fell to the key positions
	wait   time.Duration // from fell to the next try of the floor
	trying bool          // the floor is being tried again
	credit float64       // CPU seconds of budget left unspent so far, within [0, Budget × creditSpan]
	idleAt time.Time     // when frames stopped; zero while they run
	cpuAt  time.Duration // the CPU time then
}

// New makes a governor reading CPU time from src.
func New(cfg Config, src Source) *Governor {
	g := &Governor{cfg: cfg, src: src}
	g.Reset()
	g.credit = g.bankSize()
	return g
}

// Rate is the frames a second to draw now; 0 means draw the key
// positions only.
func (g *Governor) Rate() float64 { return g.rate }

// Cost is the smoothed CPU time per frame measured so far; zero before
// the first measurement.
func (g *Governor) Cost() time.Duration { return time.Duration(g.cost * float64(time.Second)) }

// Reset forgets what frames cost and starts measuring again: the window
// changed size or theme, or the budget changed, so frames cost something
// else now.
func (g *Governor) Reset() {
	g.cost, g.frames, g.began, g.short, g.up = 0, 0, time.Time{}, 0, 0
	g.fell, g.wait, g.trying = time.Time{}, g.cfg.Retry, false
	g.idleAt = time.Time{}
	g.rate = 0
	if g.cfg.Budget > 0 {
		g.rate = math.Min(g.cfg.Start, g.cfg.Ceiling)
	}
}

// SetBudget changes the budget and measures again.
func (g *Governor) SetBudget(budget float64) {
	g.cfg.Budget = budget
	g.Reset()
	g.credit = g.bankSize()
}

// Pause stops the measurement at now: no frames are due (a hold, a rest,
// a paused session, a hidden window), and the CPU spent meanwhile is not
// a frame's, though it counts against the budget. The next Frame begins a
// new measurement.
func (g *Governor) Pause(now time.Time) {
	cpu := g.src.CPU()
	if !g.began.IsZero() {
		g.bank(now.Sub(g.began), cpu-g.cpu0)
		g.began = time.Time{}
	}
	if g.idleAt.IsZero() {
		g.idleAt, g.cpuAt = now, cpu
	}
}

// bank counts d of time in which the app used used of CPU against the
// budget.
func (g *Governor) bank(d, used time.Duration) {
	g.credit = math.Max(0, math.Min(g.bankSize(), g.credit+g.cfg.Budget*d.Seconds()-used.Seconds()))
}

// bankSize is the most budget that can be banked, in CPU seconds.
func (g *Governor) bankSize() float64 { return g.cfg.Budget * creditSpan.Seconds() }

// Frame notes a frame drawn at now and reports whether the rate changed.
// A measurement runs from one frame to the frame an Interval later, so
// the CPU time it counts is that of the frames between.
func (g *Governor) Frame(now time.Time) bool {
	if g.began.IsZero() {
		g.began, g.cpu0, g.frames = now, g.src.CPU(), 0
		if !g.idleAt.IsZero() {
			g.bank(now.Sub(g.idleAt), g.cpu0-g.cpuAt)
			g.idleAt = time.Time{}
		}
		return false
	}
	g.frames++
	if now.Sub(g.began) < g.cfg.Interval {
		return false
	}
	cpu := g.src.CPU()
	g.bank(now.Sub(g.began), cpu-g.cpu0)
	used, frames := (cpu - g.cpu0).Seconds(), g.frames
	g.began, g.cpu0, g.frames = now, cpu, 0
	return g.measured(used, frames)
}

// measured takes one measurement of used CPU seconds over frames and
// picks the rate again.
func (g *Governor) measured(used float64, frames int) bool {
	if frames <= 0 {
		return false
	}
	c := used / float64(frames)
	if g.cost == 0 {
		g.cost = c
	} else {
		c = math.Max(g.cost/maxStep, math.Min(c, g.cost*maxStep))
		g.cost = smoothing*c + (1-smoothing)*g.cost
	}
	old := g.rate
	g.rate = g.pick()
	switch {
	case g.rate == 0 && old > 0:
		g.fell = g.began
		if g.trying { // the floor is still too dear: wait longer
			g.wait = min(2*g.wait, maxRetry)
		}
	case g.rate > 0:
		g.trying, g.wait = false, g.cfg.Retry
	}
	return g.rate != old
}

// Retry tries the floor again at now if the key positions have lasted
// their wait: a single measurement then decides, and a try that fails
// doubles the wait. It reports whether the rate changed.
func (g *Governor) Retry(now time.Time) bool {
	if g.rate != 0 || g.cfg.Budget <= 0 || g.fell.IsZero() || g.cfg.Retry <= 0 || now.Sub(g.fell) < g.wait {
		return false
	}
	g.rate, g.short, g.up, g.began, g.trying = g.cfg.Floor, patience-1, 0, time.Time{}, true
	g.cost = 0 // measured afresh: the spell that made frames dear may be over
	return true
}

func (g *Governor) pick() float64 {
	if g.cfg.Budget <= 0 {
		return 0
	}
	want := g.budget() / g.cost
	if g.rate > 0 {
		want = math.Min(want, g.rate*maxStep)
	}
	slowest := g.cfg.Floor
	if want < slowest {
		g.up = 0
		if g.short++; g.short < patience {
			return slowest
		}
		return 0
	}
	g.short = 0
	rate := g.level(want)
	if rate <= g.rate || g.rate == 0 {
		g.up = 0
		return rate
	}
	// Faster only when two measurements in a row allow it, so a rate
	// just affordable does not flap up and down.
	if g.up++; g.up < 2 {
		return g.rate
	}
	g.up = 0
	return rate
}

// budget is the share of a core frames may use now: the Budget, plus
// what was banked spread over creditSpan, within overdraw of it.
func (g *Governor) budget() float64 {
	return g.cfg.Budget + math.Min(overdraw*g.cfg.Budget, g.credit/creditSpan.Seconds())
}

// level is the fastest rate that divides the ceiling (the display's rate)
// evenly and is at most want, or the floor itself below those: 60, 30,
// 20, 15, 12, 10, 8.6 or 8 frames a second. Few rates mean few frame
// grids, so a rep's frames are met again and copied rather than drawn
// anew; a rate that divides the display's shows every frame for the same
// time.
func (g *Governor) level(want float64) float64 {
	return math.Max(g.cfg.Floor, g.cfg.Ceiling/math.Max(1, math.Ceil(g.cfg.Ceiling/want)))
}
