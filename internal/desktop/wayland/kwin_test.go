package wayland

import (
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/postureapp/posture/internal/desktop/desktoptest"
	"github.com/postureapp/posture/internal/remind"
)

// testClock is a clock the test moves while the compositor's events come
// in on the reading goroutine.
type testClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *testClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *testClock) set(t time.Time) {
	c.mu.Lock()
	c.t = t
	c.mu.Unlock()
}

// fakeInput moves KWin's pointer through org_kde_kwin_fake_input, as a
// hand on the mouse would.
type fakeInput struct {
	t  *testing.T
	c  *conn
	id uint32
}

const (
	fakeInputInterface    = "org_kde_kwin_fake_input"
	fakeInputAuthenticate = 0
	fakeInputPointerMove  = 1
)

func openFakeInput(t *testing.T) *fakeInput {
	t.Helper()
	path, err := socketPath()
	if err != nil {
		t.Fatal(err)
	}
	c, err := dial(path, 2*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.close() })
	registry, globals := listGlobals(t, c)
	g, ok := globals[fakeInputInterface]
	if !ok {
		t.Fatalf("KWin offers no %s (permission checks on?): %v", fakeInputInterface, globals)
	}
	f := &fakeInput{t: t, c: c, id: c.newID()}
	f.send(bind(registry, g.name, fakeInputInterface, 1, f.id),
		newRequest(f.id, fakeInputAuthenticate).string("posture test").string("simulated input"))
	return f
}

// move nudges the pointer and waits until KWin has taken it in.
func (f *fakeInput) move() {
	f.t.Helper()
	const oneFixed = 1 << 8 // wl_fixed_t is 24.8
	f.send(newRequest(f.id, fakeInputPointerMove).uint(oneFixed).uint(oneFixed))
}

func (f *fakeInput) send(reqs ...*request) {
	f.t.Helper()
	cb := f.c.newID()
	if err := f.c.send(time.Second, append(reqs, newRequest(displayID, displaySync).uint(cb))...); err != nil {
		f.t.Fatal(err)
	}
	for deadline := time.Now().Add(5 * time.Second); ; {
		m, err := f.c.next(deadline)
		if err != nil {
			f.t.Fatal(err)
		}
		if m.object == displayID && m.opcode == displayError {
			f.t.Fatalf("KWin refused simulated input: %v", (&session{}).handle(m, time.Now))
		}
		if m.object == cb {
			return
		}
	}
}

// listGlobals is every global the compositor offers, by interface, and
// the registry that lists them.
func listGlobals(t testing.TB, c *conn) (uint32, map[string]global) {
	t.Helper()
	registry, cb := c.newID(), c.newID()
	if err := c.send(time.Second, newRequest(displayID, displayGetRegistry).uint(registry), newRequest(displayID, displaySync).uint(cb)); err != nil {
		t.Fatal(err)
	}
	globals := map[string]global{}
	for deadline := time.Now().Add(5 * time.Second); ; {
		m, err := c.next(deadline)
		if err != nil {
			t.Fatal(err)
		}
		switch m.object {
		case cb:
			return registry, globals
		case registry:
			a := argReader{b: m.args}
			name, iface, version := a.uint(), a.string(), a.uint()
			if a.err != nil {
				t.Fatal(a.err)
			}
			globals[iface] = global{name, version}
		}
	}
}

// waitIdle waits until the source says what ok wants, as the
// compositor's events arrive in real time.
func waitIdle(t *testing.T, src *Idle, what string, ok func(time.Duration) bool) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		if idle, known := src.Idle(); known && ok(idle) {
			return
		}
	}
	idle, known := src.Idle()
	t.Fatalf("the source never said %s: idle %v, known %v", what, idle, known)
}

// threshold is the stretch without input after which KWin says "idled"
// in these tests: short, as they wait for it in real time.
const threshold = 300 * time.Millisecond

// kwinIdle starts KWin and opens the idle source on it, with a clock the
// test moves, and a hand to move KWin's pointer.
func kwinIdle(t *testing.T) (*testClock, *Idle, *fakeInput) {
	t.Helper()
	desktoptest.StartKWin(t)
	clk := &testClock{t: time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)}
	src, err := Open(Options{Threshold: threshold, Clock: clk})
	if err != nil {
		t.Fatalf("KWin's ext-idle-notify: %v", err)
	}
	t.Cleanup(func() { src.Close() })
	return clk, src, openFakeInput(t)
}

func TestKWinOffersIdleNotifyAndSaysWhenTheSeatIdlesAndResumes(t *testing.T) {
	clk, src, hand := kwinIdle(t)

	waitIdle(t, src, "idled after the threshold without input", func(d time.Duration) bool { return d >= threshold })
	clk.set(clk.Now().Add(7 * time.Minute))
	if idle, _ := src.Idle(); idle != 7*time.Minute+threshold {
		t.Fatalf("7 min after idled: idle %v, want %v", idle, 7*time.Minute+threshold)
	}
	hand.move()
	waitIdle(t, src, "resumed after input", func(d time.Duration) bool { return d <= threshold })
}

// TestKWinTimesTheDeskBreakThroughTheScheduler drives the reminder
// scheduler with KWin's idle notifications: simulated input for 30
// minutes brings a desk break, a 44-minute stretch without input brings
// none and starts the count again, and the next break comes 30 minutes
// of input after that stretch.
func TestKWinTimesTheDeskBreakThroughTheScheduler(t *testing.T) {
	clk, src, hand := kwinIdle(t)
	start := clk.Now()
	s := &remind.Scheduler{
		Plan:  remind.Plan{Breaks: remind.Breaks{On: true, Every: 30 * time.Minute, Routine: "Desk Reset"}},
		State: &remind.State{}, Loc: time.UTC, Clock: clk, Idle: src,
	}
	var breaks []time.Time
	// run checks at every NextCheck up to end, the hand on the mouse or
	// off it.
	run := func(end time.Time, working bool) {
		for now := clk.Now(); !now.After(end); now = s.NextCheck() {
			clk.set(now)
			if working {
				hand.move()
				waitIdle(t, src, "the seat in use", func(d time.Duration) bool { return d <= threshold })
			}
			for _, p := range s.Check() {
				if p.Kind == remind.DeskBreak {
					breaks = append(breaks, now)
				}
			}
		}
	}
	minute := func(m int) time.Time { return start.Add(time.Duration(m) * time.Minute) }

	run(minute(31), true)
	waitIdle(t, src, "idled once the hand is off", func(d time.Duration) bool { return d >= threshold })
	run(minute(75), false)
	run(minute(104), true)
	if want := []time.Time{minute(30)}; !slices.Equal(breaks, want) {
		t.Fatalf("desk breaks at %v, want only %v: 30 min of input, then 44 min idle and 29 min of input", breaks, want)
	}
	run(minute(106), true)
	if want := []time.Time{minute(30), minute(105)}; !slices.Equal(breaks, want) {
		t.Fatalf("desk breaks at %v, want %v: the second 30 min of input after the idle stretch", breaks, want)
	}
}

// BenchmarkKWinOpenClose is what finding the idle source costs on a
// Wayland desktop (the background process does it once, Settings on
// each look); BenchmarkKWinListGlobals, what every Wayland client does
// first, is the baseline beside it.
func BenchmarkKWinOpenClose(b *testing.B) {
	desktoptest.StartKWin(b)
	for b.Loop() {
		src, err := Open(Options{})
		if err != nil {
			b.Fatal(err)
		}
		src.Close()
	}
}

func BenchmarkKWinListGlobals(b *testing.B) {
	desktoptest.StartKWin(b)
	path, err := socketPath()
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		c, err := dial(path, time.Second)
		if err != nil {
			b.Fatal(err)
		}
		listGlobals(b, c)
		c.close()
	}
}
