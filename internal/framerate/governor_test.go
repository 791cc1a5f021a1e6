package framerate

import (
	"math"
	"testing"
	"time"
)

// app is a made-up app: it uses base of a core all the time and frame CPU
// seconds for every frame it draws. Its clock and CPU time move only when
// the test plays it.
type app struct {
	now   time.Time
	cpu   time.Duration
	base  float64
	frame float64
}

func (a *app) CPU() time.Duration { return a.cpu }

func (a *app) pass(d time.Duration) {
	a.now = a.now.Add(d)
	a.cpu += time.Duration(a.base * float64(d))
}

// play draws frames at the governor's rate for d, and returns the frames
// drawn and the share of a core the app used meanwhile.
func (a *app) play(g *Governor, d time.Duration) (frames int, share float64) {
	end, cpu0 := a.now.Add(d), a.cpu
	for a.now.Before(end) {
		if g.Rate() == 0 { // the frame clock stops, as the player's does
			g.Pause(a.now)
			a.pass(end.Sub(a.now))
			break
		}
		a.pass(time.Duration(float64(time.Second) / g.Rate()))
		a.cpu += time.Duration(a.frame * float64(time.Second))
		frames++
		g.Frame(a.now)
	}
	return frames, (a.cpu - cpu0).Seconds() / d.Seconds()
}

// spent is g well into a routine that moved without a hold: the bank it
// started with is spent, so the budget alone sets the rate.
func spent(g *Governor) *Governor {
	g.credit = 0
	return g
}

func newApp(base float64, frame time.Duration) *app {
	return &app{now: time.Date(2026, 11, 22, 8, 30, 0, 0, time.UTC), base: base, frame: frame.Seconds()}
}

func TestTheWholeAppSettlesOnTheBudget(t *testing.T) {
	// A middling software renderer: 6 ms a frame, 1.5 % of a core for
	// everything else. 8 % leaves room for (8 − 1.5) / 0.6 ≈ 10.8 frames
	// a second: 10 is the fastest rate that divides the display's 60.
	a := newApp(0.015, 6*time.Millisecond)
	g := spent(New(Defaults, a))
	a.play(g, 20*time.Second)
	frames, share := a.play(g, 10*time.Second)
	if share > 0.08 || share < 0.07 {
		t.Errorf("the app uses %.1f %% of a core, want just within the budget of 8 %%", 100*share)
	}
	if fps := float64(frames) / 10; fps != 10 {
		t.Errorf("%.1f frames a second, want 10", fps)
	}
}

func TestTooDearEvenAtTheFloorShowsTheKeyPositions(t *testing.T) {
	// Software rendering of a large window: 15 ms a frame; 8 frames a
	// second would take 13 % of a core.
	a := newApp(0.01, 15*time.Millisecond)
	g := New(Defaults, a)
	a.play(g, 10*time.Second)
	if g.Rate() != 0 {
		t.Fatalf("rate %.1f, want 0: the key positions", g.Rate())
	}
	if _, share := a.play(g, 10*time.Second); share > 0.011 {
		t.Errorf("with the key positions the app still uses %.1f %%", 100*share)
	}
}

func TestAFastMachineRunsAtTheDisplayRate(t *testing.T) {
	// A graphics card: half a millisecond of CPU a frame.
	a := newApp(0.01, 500*time.Microsecond)
	g := New(Defaults, a)
	var rates []float64
	for range 6 {
		a.play(g, time.Second+time.Millisecond)
		rates = append(rates, g.Rate())
	}
	if g.Rate() != Defaults.Ceiling {
		t.Fatalf("rates %v, want to reach the ceiling of %v", rates, Defaults.Ceiling)
	}
	for i := 1; i < len(rates); i++ {
		if rates[i] > rates[i-1]*maxStep {
			t.Errorf("rates %v: more than doubled in one step", rates)
		}
	}
}

func TestOneBusySecondDoesNotStopTheFigure(t *testing.T) {
	a := newApp(0.015, 6*time.Millisecond)
	g := New(Defaults, a)
	a.play(g, 20*time.Second)
	settled := g.Rate()
	a.cpu += 700 * time.Millisecond // a voice rendered, a history read
	a.play(g, 2*time.Second)
	if g.Rate() < Defaults.Floor {
		t.Fatalf("after one busy second the rate fell from %.1f to %.1f", settled, g.Rate())
	}
	a.play(g, 20*time.Second)
	if math.Abs(g.Rate()-settled) > 1 {
		t.Errorf("rate %.1f after the busy second, want it back near %.1f", g.Rate(), settled)
	}
}

func TestAResizeMeasuresAgain(t *testing.T) {
	// Large window: key positions. Made smaller, frames cost a third.
	a := newApp(0.01, 15*time.Millisecond)
	g := spent(New(Defaults, a))
	a.play(g, 10*time.Second)
	if g.Rate() != 0 {
		t.Fatalf("rate %.1f in the large window, want 0", g.Rate())
	}
	a.frame = 0.005
	g.Reset()
	a.play(g, 20*time.Second)
	if r := g.Rate(); r != 12 {
		t.Errorf("rate %.1f in the small window, want 12: (8 − 1) / 0.5 = 14 affords it, not 15", r)
	}
}

func TestTimeWithoutFramesIsNotAFramesCost(t *testing.T) {
	a := newApp(0.015, 6*time.Millisecond)
	g := New(Defaults, a)
	a.play(g, 20*time.Second)
	settled := g.Cost()
	for range 5 { // holds and rests: the app works, nothing moves
		g.Pause(a.now)
		a.pass(3 * time.Second)
		a.play(g, 1500*time.Millisecond)
	}
	if c := g.Cost(); c > settled*11/10 {
		t.Errorf("a frame costs %v after holds and rests, want it near %v", c, settled)
	}
	if g.Rate() < 10 {
		t.Errorf("rate %.1f after holds and rests, want at least the 10 it settled on", g.Rate())
	}
}

// rep plays one rep of a routine: move for moving, then hold (or rest)
// for still, drawing nothing.
func (a *app) rep(g *Governor, moving, still time.Duration) (frames int) {
	g.Retry(a.now) // as the player does at every segment
	frames, _ = a.play(g, moving)
	g.Pause(a.now)
	a.pass(still)
	return frames
}

func TestHoldsAndRestsPayForTheMotionAroundThem(t *testing.T) {
	// Software rendering of a large window: 8 ms a frame and 2.5 % for
	// the rest, so 8 frames a second take 8.9 % of a core, over the budget
	// while it moves. A routine that holds a quarter of the time, though,
	// averages less than 8 % at the floor.
	a := newApp(0.025, 8*time.Millisecond)
	g := New(Defaults, a)
	start, frames := a.cpu, 0
	g.Pause(a.now) // getting ready: a session begins still
	a.pass(10 * time.Second)
	for range 25 {
		frames += a.rep(g, 6*time.Second, 2*time.Second)
	}
	if fps := float64(frames) / 150; fps < Defaults.Floor {
		t.Errorf("%.1f frames a second while it moves, want at least the floor of %v", fps, Defaults.Floor)
	}
	// The bank starts full: a routine may use one bank more than its
	// budget.
	bank := Defaults.Budget * creditSpan.Seconds()
	if used := (a.cpu - start).Seconds(); used > 0.08*210+bank {
		t.Errorf("over the routine the app used %.2f s of CPU, over the budget's %.2f s and the bank's %.2f s", used, 0.08*210, bank)
	}

	// The same frames without holds spend what the holds banked, then
	// stay within the budget as key positions.
	a.play(g, 5*time.Minute)
	if g.Rate() != 0 {
		t.Errorf("after minutes without a hold the rate is %.1f, want the key positions", g.Rate())
	}
	if used := (a.cpu - start).Seconds(); used > 0.08*510+bank {
		t.Errorf("over the whole the app used %.2f s of CPU, over the budget's %.2f s and the bank's %.2f s", used, 0.08*510, bank)
	}
}

func TestALongPauseBuysAShortSpellOfMotion(t *testing.T) {
	// Too dear for the budget but within what a pause banks: the figure
	// moves for a while after a long pause, then the budget holds again.
	a := newApp(0.025, 8*time.Millisecond)
	g := New(Defaults, a)
	g.Pause(a.now)
	a.pass(10 * time.Minute)
	frames, share := a.play(g, 2*time.Minute)
	if frames == 0 {
		t.Fatal("after a long pause the figure does not move at all")
	}
	banked := Defaults.Budget * creditSpan.Seconds()
	if used := share * 120; used > Defaults.Budget*120+banked+0.01 {
		t.Errorf("two minutes after the pause used %.2f s of CPU, more than the budget and %.2f s banked", used, banked)
	}
}

func TestNoBudgetMeansKeyPositions(t *testing.T) {
	a := newApp(0.01, 100*time.Microsecond)
	cfg := Defaults
	cfg.Budget = 0
	g := New(cfg, a)
	if frames, _ := a.play(g, 5*time.Second); frames != 0 || g.Rate() != 0 {
		t.Errorf("with no budget: %d frames, rate %.1f", frames, g.Rate())
	}
	g.SetBudget(0.15)
	if a.play(g, 5*time.Second); g.Rate() == 0 {
		t.Error("a budget given later does not start the figure")
	}
}

func TestRatesDivideTheDisplaysOrAreTheFloorAndDoNotFlap(t *testing.T) {
	// Frames that cost just what 12 a second allow, give or take a tenth
	// from one second to the next.
	a := newApp(0.01, 5833*time.Microsecond)
	g := New(Defaults, a)
	a.play(g, 10*time.Second)
	changes, last := 0, g.Rate()
	for i := range 60 {
		a.frame = 0.005833 * (1 + 0.1*float64(i%2*2-1))
		a.play(g, time.Second)
		if r := g.Rate(); r != last {
			changes++
			last = r
		}
		if n := 60 / g.Rate(); g.Rate() != 0 && g.Rate() != Defaults.Floor && math.Abs(n-math.Round(n)) > 1e-9 {
			t.Fatalf("rate %.2f neither divides 60 nor is the floor", g.Rate())
		}
	}
	if changes > 4 {
		t.Errorf("the rate changed %d times in a minute of steady work", changes)
	}
}

func TestJustAffordingTheFloorMoves(t *testing.T) {
	// 8 % at 8 frames a second: 10 ms a frame, the app's other work in.
	a := newApp(0.015, 8*time.Millisecond)
	g := spent(New(Defaults, a))
	a.play(g, 20*time.Second)
	if frames, share := a.play(g, 10*time.Second); frames != 80 || share > 0.08 {
		t.Errorf("%d frames in 10 s at %.1f %% of a core, want 80 within 8 %%", frames, 100*share)
	}
}

// playSegments is play in segments of seg, each starting with a Retry as
// the player's figure does at every segment; it returns the tries of the
// floor that were made.
func (a *app) playSegments(g *Governor, d, seg time.Duration) (frames, tries int) {
	for end := a.now.Add(d); a.now.Before(end); {
		if g.Retry(a.now) {
			tries++
		}
		n, _ := a.play(g, seg)
		frames += n
	}
	return frames, tries
}

func TestTheFigureMovesAgainAfterABusySpell(t *testing.T) {
	// A build takes the machine for a while: frames cost 15 ms, too dear
	// even at the floor. Then it ends and they cost 4 ms again.
	a := newApp(0.01, 15*time.Millisecond)
	g := New(Defaults, a)
	a.playSegments(g, 20*time.Second, 2*time.Second)
	if g.Rate() != 0 {
		t.Fatalf("during the busy spell the rate is %.1f, want the key positions", g.Rate())
	}
	a.frame = 0.004
	frames, _ := a.playSegments(g, 60*time.Second, 2*time.Second)
	if g.Rate() < Defaults.Floor {
		t.Errorf("a minute after the spell the rate is %.1f, want at least the floor", g.Rate())
	}
	if frames < 8*20 {
		t.Errorf("%d frames in the minute after the spell: the figure hardly moved again", frames)
	}
}

func TestATooSlowMachineTriesTheFloorLessAndLessOften(t *testing.T) {
	a := newApp(0.01, 15*time.Millisecond)
	g := New(Defaults, a)
	a.playSegments(g, 20*time.Second, 2*time.Second)
	cpu0 := a.cpu
	_, tries := a.playSegments(g, 30*time.Minute, 2*time.Second)
	// 30 s, 1 min, 2, 4, then every 8 minutes: 6 or 7 tries in half an hour.
	if tries < 4 || tries > 8 {
		t.Errorf("%d tries of the floor in half an hour, want a few, less and less often", tries)
	}
	if share := (a.cpu - cpu0).Seconds() / (30 * time.Minute).Seconds(); share > 0.012 {
		t.Errorf("the tries cost the app %.2f %% of a core on top of the key positions' 1 %%", 100*(share-0.01))
	}
}
