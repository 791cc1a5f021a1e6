// Package clock is the one clock Posture tells time by. Clock is all a
// reminder scheduler needs; Timer adds the waiting a session player does.
// Real is the computer's clock, Fake a test clock that jumps straight to
// each deadline so a 30-minute routine plays in microseconds, and Scaled
// speeds either up for demos.
package clock

import (
	"runtime"
	"sort"
	"sync"
	"time"
)

// Clock tells the time; tests pass a fake one.
type Clock interface{ Now() time.Time }

// Timer is a Clock that can wait for a moment: the time a session player
// plays against.
type Timer interface {
	Clock
	// Wait blocks until deadline or until wake receives, whichever comes
	// first, and reports whether it was woken. A zero deadline means no
	// deadline: wait for wake alone.
	Wait(deadline time.Time, wake <-chan struct{}) (woken bool)
}

// Real is the computer's clock. Times from Now carry Go's monotonic
// reading, so deadlines ignore changes to the wall clock.
type Real struct{}

// Now is the time now, with its monotonic reading.
func (Real) Now() time.Time { return time.Now() }

// spinWindow is how early Real's timer fires before a deadline; the rest
// is waited out by yielding in a loop. Go's timers may fire up to about a
// millisecond late; the loop costs under 0.1 % of a core at one boundary a
// second and puts beeps on the boundary.
const spinWindow = time.Millisecond

// Wait sleeps to within spinWindow of deadline, then yields until it.
func (Real) Wait(deadline time.Time, wake <-chan struct{}) bool {
	if deadline.IsZero() {
		<-wake
		return true
	}
	if d := time.Until(deadline) - spinWindow; d > 0 {
		t := time.NewTimer(d)
		defer t.Stop()
		select {
		case <-t.C:
		case <-wake:
			return true
		}
	}
	for time.Now().Before(deadline) {
		select {
		case <-wake:
			return true
		default:
			runtime.Gosched()
		}
	}
	return false
}

// Scaled runs c speed times faster: time passes from the moment Scaled is
// called at speed times the rate of c. A session player on a scaled clock
// plays and records in routine time, as if at normal speed.
func Scaled(c Timer, speed float64) Timer {
	if speed == 1 || speed <= 0 {
		return c
	}
	return &scaled{inner: c, origin: c.Now(), speed: speed}
}

type scaled struct {
	inner  Timer
	origin time.Time
	speed  float64
}

func (s *scaled) Now() time.Time {
	return s.origin.Add(time.Duration(float64(s.inner.Now().Sub(s.origin)) * s.speed))
}

func (s *scaled) Wait(deadline time.Time, wake <-chan struct{}) bool {
	if deadline.IsZero() {
		return s.inner.Wait(deadline, wake)
	}
	return s.inner.Wait(s.origin.Add(time.Duration(float64(deadline.Sub(s.origin))/s.speed)), wake)
}

// Fake is a clock for tests: Wait jumps straight to its deadline, so a
// routine plays in microseconds. Actions scheduled with At run on the
// waiting goroutine when the fake time reaches them, which lets a test
// press a control at an exact moment.
type Fake struct {
	mu      sync.Mutex
	now     time.Time
	actions []action
}

type action struct {
	at time.Time
	fn func()
}

// NewFake starts a fake clock at start.
func NewFake(start time.Time) *Fake { return &Fake{now: start} }

// Now is the fake time: where the last Wait or action left it.
func (f *Fake) Now() time.Time {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.now
}

// At runs fn once the fake time reaches t, before any deadline after t.
// Actions at the same moment run in the order they were added.
func (f *Fake) At(t time.Time, fn func()) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.actions = append(f.actions, action{t, fn})
	sort.SliceStable(f.actions, func(i, j int) bool { return f.actions[i].at.Before(f.actions[j].at) })
}

// Wait runs due actions, then either returns woken or jumps to deadline.
// With no deadline and no action left, it blocks until woken.
func (f *Fake) Wait(deadline time.Time, wake <-chan struct{}) bool {
	for {
		select {
		case <-wake:
			return true
		default:
		}
		if fn, ok := f.popDue(deadline); ok {
			fn()
			continue
		}
		if deadline.IsZero() {
			<-wake
			return true
		}
		f.mu.Lock()
		if deadline.After(f.now) {
			f.now = deadline
		}
		f.mu.Unlock()
		return false
	}
}

// popDue takes the first action at or before deadline (any, with no
// deadline) and moves the time to it.
func (f *Fake) popDue(deadline time.Time) (func(), bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.actions) == 0 || (!deadline.IsZero() && f.actions[0].at.After(deadline)) {
		return nil, false
	}
	a := f.actions[0]
	f.actions = f.actions[1:]
	if a.at.After(f.now) {
		f.now = a.at
	}
	return a.fn, true
}
