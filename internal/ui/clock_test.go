package ui

import (
	"sync"
	"testing"
	"time"
)

// stepClock is a clock the test moves by hand. After every move or
// control the test waits until the engine has acted on it and gone back to
// sleep, so what the screen shows can be read without a race.
type stepClock struct {
	mu     sync.Mutex
	cond   *sync.Cond
	now    time.Time
	moved  chan struct{} // closed when the time moves
	sleeps int           // how often the engine has gone to sleep
	asleep bool
}

func newStepClock() *stepClock {
	c := &stepClock{now: time.Date(2026, 11, 22, 8, 30, 0, 0, time.UTC), moved: make(chan struct{})}
	c.cond = sync.NewCond(&c.mu)
	return c
}

func (c *stepClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *stepClock) Wait(deadline time.Time, wake <-chan struct{}) bool {
	for {
		c.mu.Lock()
		if !deadline.IsZero() && !c.now.Before(deadline) {
			c.asleep = false
			c.mu.Unlock()
			return false
		}
		moved := c.moved
		c.asleep = true
		c.sleeps++
		c.cond.Broadcast()
		c.mu.Unlock()
		select {
		case <-moved:
		case <-wake:
			c.mu.Lock()
			c.asleep = false
			c.mu.Unlock()
			return true
		}
		c.mu.Lock()
		c.asleep = false
		c.mu.Unlock()
	}
}

// act runs fn (a tap, a key, a move of time) and waits until the engine
// has dealt with it: asleep again after at least one more sleep, or over.
func (c *stepClock) act(t *testing.T, over func() bool, fn func()) {
	t.Helper()
	c.mu.Lock()
	before := c.sleeps
	c.mu.Unlock()
	fn()
	deadline := time.Now().Add(5 * time.Second)
	for {
		c.mu.Lock()
		settled := c.asleep && c.sleeps > before
		c.mu.Unlock()
		if settled || over() {
			return
		}
		if time.Now().After(deadline) {
			t.Fatal("the engine did not settle")
		}
		time.Sleep(time.Millisecond)
	}
}

// advance moves the time forward by d.
func (c *stepClock) advance(d time.Duration) {
	c.mu.Lock()
	c.now = c.now.Add(d)
	close(c.moved)
	c.moved = make(chan struct{})
	c.mu.Unlock()
}

// inPlace runs background work at once, so tests see its outcome.
func inPlace(f func()) { f() }
