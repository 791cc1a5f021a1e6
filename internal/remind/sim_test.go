package remind

import (
	"os"
	"testing"
	"time"
	_ "time/tzdata" // the DST tests need Europe/Berlin wherever they run
)

// fakeClock is the scheduler's clock in tests.
type fakeClock struct{ t time.Time }

func (c *fakeClock) Now() time.Time { return c.t }

// fakeIdle reports the time since the person last used the keyboard or
// mouse, as the X server would.
type fakeIdle struct {
	clock     *fakeClock
	lastInput time.Time
	known     bool
}

func (f *fakeIdle) Idle() (time.Duration, bool) { return f.clock.t.Sub(f.lastInput), f.known }

// shown is a prompt and when it came.
type shown struct {
	at time.Time
	p  Prompt
}

// sim drives a scheduler the way the background process does: it checks
// at NextCheck, shows what Check returns and answers it.
type sim struct {
	t      *testing.T
	clock  *fakeClock
	idle   *fakeIdle
	s      *Scheduler
	busy   bool
	active func(now time.Time) bool // is the person at the keyboard now?
	answer func(p Prompt)           // what the person does with a prompt; nil ignores it
	shown  []shown
}

func berlin(t testing.TB) *time.Location {
	loc, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

func newSim(t *testing.T, plan Plan, start time.Time) *sim {
	c := &fakeClock{t: start}
	m := &sim{t: t, clock: c, idle: &fakeIdle{clock: c, lastInput: start, known: true}}
	m.active = func(time.Time) bool { return true }
	m.s = &Scheduler{Plan: plan, State: &State{}, Loc: start.Location(), Clock: c, Idle: m.idle, Busy: func() bool { return m.busy }}
	return m
}

// check runs one check at the clock's time.
func (m *sim) check() {
	now := m.clock.t
	if m.active(now) {
		m.idle.lastInput = now
	}
	for _, p := range m.s.Check() {
		m.shown = append(m.shown, shown{now, p})
		if m.answer != nil {
			m.answer(p)
		}
	}
}

// runUntil checks at every NextCheck up to end.
func (m *sim) runUntil(end time.Time) {
	for {
		m.check()
		next := m.s.NextCheck()
		if !next.After(m.clock.t) {
			m.t.Fatalf("NextCheck %v is not after now %v", next, m.clock.t)
		}
		if next.After(end) {
			m.clock.t = end
			return
		}
		m.clock.t = next
	}
}

// jump moves the clock without checking in between, as a suspend does.
func (m *sim) jump(to time.Time) { m.clock.t = to }

func at(loc *time.Location, y int, mo time.Month, d, h, mi int) time.Time {
	return time.Date(y, mo, d, h, mi, 0, 0, loc)
}

func planWith(sessions ...Session) Plan {
	p := NewPlan()
	p.Sessions = sessions
	return p
}

func everyDay() Days { return DaysOf(weekOrder...) }

// wantShown checks the prompts' routines and times, to the second.
func (m *sim) wantShown(want ...shown) {
	m.t.Helper()
	if len(m.shown) != len(want) {
		m.t.Fatalf("%d prompts, want %d:\n%s", len(m.shown), len(want), describe(m.shown))
	}
	for i, w := range want {
		g := m.shown[i]
		if !g.at.Equal(w.at) || g.p.Routine != w.p.Routine || !g.p.Planned.Equal(w.p.Planned) {
			m.t.Errorf("prompt %d: %s, want %s", i+1, describe(m.shown[i:i+1]), describe([]shown{w}))
		}
	}
}

func describe(ss []shown) string {
	out := ""
	for _, s := range ss {
		out += s.at.Format("Mon 2006-01-02 15:04:05 MST") + " " + s.p.Routine + " planned " + s.p.Planned.Format("Mon 15:04 MST") + "\n"
	}
	return out
}

func due(routine string, t time.Time) shown {
	return shown{t, Prompt{Routine: routine, Planned: t}}
}

func writeFile(path, s string) error { return os.WriteFile(path, []byte(s), 0o644) }
