package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/postureapp/posture/assets"
	"github.com/postureapp/posture/internal/history"
	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/routines"
)

// flow is a short routine with every kind of segment the player shows.
const flow = `format = 1
name = "Test Flow"
prepare = "5s"

[[section]]
name = "Strength"

  [[section.step]]
  exercise = "prone-y-raise"
  sets = 2
  reps = 2
  hold = "2s"
  tempo = { lift = "1s", lower = "2s" }
  rest = "10s"
  rest_after = "5s"

  [[section.step]]
  exercise = "shoulder-blade-squeeze"
  sets = 1
  reps = 8
  pace = "self"
`

func testCatalog(t *testing.T) *routine.Catalog {
	t.Helper()
	c := routine.Load(routine.Sources{BuiltinExercises: assets.ExerciseFiles(), BuiltinRoutines: routines.FS})
	if len(c.Problems) > 0 {
		t.Fatalf("built-ins do not load: %v", c.Problems)
	}
	r, err := routine.ParseRoutine("flow.toml", []byte(flow), c.Library)
	if err != nil {
		t.Fatal(err)
	}
	c.Routines = append(c.Routines, r)
	return c
}

func testAdvice(t testing.TB) []routine.Advice {
	t.Helper()
	a, err := routine.ParseAdvice("advice.toml", assets.Advice)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// session is a player under test with its hand-moved clock.
type playing struct {
	t     *testing.T
	u     *App
	p     *player
	clock *stepClock
	ended chan struct{}
	store *history.Store
}

func startFlow(t *testing.T) *playing { return startFlowWith(t, func(*Config) {}) }

// startFlowWith is startFlow with the app's config changed by change.
func startFlowWith(t *testing.T, change func(*Config)) *playing {
	t.Helper()
	return startPlaying(t, change, func(u *App) { u.startRoutine(u.cfg.Catalog.Routine("Test Flow")) })
}

// startPlaying is startFlowWith with the session begun by start.
func startPlaying(t *testing.T, change func(*Config), start func(*App)) *playing {
	t.Helper()
	a := test.NewTempApp(t)
	a.Preferences().SetBool(prefSafetySeen, true)
	clock := newStepClock()
	cfg := Config{Catalog: testCatalog(t), Advice: testAdvice(t), Clock: clock, History: history.NewStore(t.TempDir()), Background: inPlace}
	change(&cfg)
	store := cfg.History
	u := New(a, cfg)
	pl := &playing{t: t, u: u, clock: clock, ended: make(chan struct{}), store: store}
	pl.act(func() {
		start(u)
		pl.p = u.player
		go func() { pl.p.engine.Wait(); close(pl.ended) }()
	})
	return pl
}

func (pl *playing) over() bool {
	select {
	case <-pl.ended:
		return true
	default:
		return false
	}
}

func (pl *playing) act(fn func()) { pl.t.Helper(); pl.clock.act(pl.t, pl.over, fn) }

func (pl *playing) advance(d time.Duration) { pl.act(func() { pl.clock.advance(d) }) }

func (pl *playing) key(name fyne.KeyName) {
	pl.act(func() { pl.u.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: name}) })
}

func (pl *playing) tap(b fyne.Tappable) { pl.act(func() { test.Tap(b) }) }

// expect checks what the player shows: phase word, countdown, counts.
func (pl *playing) expect(phase, countdown, counts string) {
	pl.t.Helper()
	p := pl.p
	if p.phaseWord.Text != phase || p.countdown.Text != countdown || p.counts.Text != counts {
		pl.t.Fatalf("screen shows %q %q %q, want %q %q %q",
			p.phaseWord.Text, p.countdown.Text, p.counts.Text, phase, countdown, counts)
	}
}

func TestPlayerFollowsTheRoutine(t *testing.T) {
	pl := startFlow(t)
	p := pl.p
	pl.expect("GET READY", "5", "")
	if p.name.Text != "Prone Y Raise" || !strings.Contains(p.where.Text, "Test Flow") {
		t.Fatalf("get-ready shows %q / %q", p.name.Text, p.where.Text)
	}
	pl.advance(2 * time.Second)
	pl.expect("GET READY", "3", "")

	pl.advance(3 * time.Second)
	pl.expect("LIFT", "1", "Set 1/2 · Rep 1/2")
	ex, _ := pl.u.cfg.Catalog.Library.Exercise("prone-y-raise")
	if p.cue.Text != ex.PhaseCues.Lift {
		t.Errorf("lift cue %q, want the exercise's %q", p.cue.Text, ex.PhaseCues.Lift)
	}
	if !strings.Contains(p.points.Text, ex.Cues[0]) {
		t.Errorf("key points %q lack %q", p.points.Text, ex.Cues[0])
	}
	if !strings.HasPrefix(p.next.Text, "Next: hold") {
		t.Errorf("next says %q", p.next.Text)
	}

	pl.advance(time.Second)
	pl.expect("HOLD", "2", "Set 1/2 · Rep 1/2")
	pl.advance(time.Second)
	pl.expect("HOLD", "1", "Set 1/2 · Rep 1/2")
	pl.advance(time.Second)
	pl.expect("LOWER", "2", "Set 1/2 · Rep 1/2")
	pl.advance(2 * time.Second)
	pl.expect("LIFT", "1", "Set 1/2 · Rep 2/2")

	// Pause by button: the banner says so; time passes, nothing moves;
	// resume by key.
	pl.tap(p.pauseBtn)
	if p.pauseBtn.Text != "Resume" {
		t.Fatalf("pause button reads %q", p.pauseBtn.Text)
	}
	pl.advance(30 * time.Second)
	pl.expect("PAUSED", "1", "Set 1/2 · Rep 2/2")
	pl.key(fyne.KeySpace)
	pl.expect("LIFT", "1", "Set 1/2 · Rep 2/2")
	if p.pauseBtn.Text != "Pause" {
		t.Fatalf("after resume the button reads %q", p.pauseBtn.Text)
	}
	pl.advance(time.Second)
	pl.expect("HOLD", "2", "Set 1/2 · Rep 2/2")

	// The set plays out into the rest between sets.
	pl.advance(4 * time.Second)
	pl.expect("REST", "10", "Set 1/2")
	pl.advance(7 * time.Second)
	pl.expect("REST", "3", "Set 1/2")

	// Next skips the rest; Previous within 2 s goes back a set.
	pl.key(fyne.KeyRight)
	pl.expect("LIFT", "1", "Set 2/2 · Rep 1/2")
	pl.tap(p.prevBtn)
	pl.expect("LIFT", "1", "Set 1/2 · Rep 1/2")

	// Played through, both sets count; skipping only the rests.
	pl.advance(10 * time.Second)
	pl.expect("REST", "10", "Set 1/2")
	pl.key(fyne.KeyN)
	pl.expect("LIFT", "1", "Set 2/2 · Rep 1/2")
	pl.advance(10 * time.Second)
	pl.expect("REST", "5", "Next: 1 set × 8 reps")
	pl.tap(p.nextBtn)

	// The self-paced set waits for Done with the reps actually done.
	pl.expect("YOUR PACE", "8", "Set 1/1")
	if p.doneRow.Hidden {
		t.Fatal("no Done button on a self-paced set")
	}
	pl.advance(5 * time.Minute)
	pl.expect("YOUR PACE", "8", "Set 1/1")
	test.Tap(p.reps.Minus)
	pl.key(fyne.KeyD)
	if !pl.over() {
		t.Fatal("routine did not finish after the last Done")
	}
	assertSummary(t, pl.u, "Routine complete", "Shoulder Blade Squeeze: 1/1 sets, reps 7")
	assertSummary(t, pl.u, "Routine complete", "Prone Y Raise: 2/2 sets, reps 2 2")
	saved, _ := pl.store.Load()
	if len(saved) != 1 || saved[0].Status != history.Completed {
		t.Fatalf("history holds %+v", saved)
	}
}

func TestPainStopEndsAndShowsSafetyAdvice(t *testing.T) {
	pl := startFlow(t)
	pl.advance(5 * time.Second)
	pl.expect("LIFT", "1", "Set 1/2 · Rep 1/2")
	pl.act(func() { test.Tap(findButton(t, pl.u.win.Content(), "Stop: pain")) })
	if !pl.over() {
		t.Fatal("pain stop did not end the session")
	}
	assertSummary(t, pl.u, "Stopped because of pain", "Prone Y Raise: 0/2 sets")
	if !overlayShows(t, pl.u.win, "Stop if it hurts") {
		t.Fatal("safety advice not shown after a pain stop")
	}
	saved, _ := pl.store.Load()
	if len(saved) != 1 || saved[0].Status != history.Pain {
		t.Fatalf("history holds %+v", saved)
	}
}

func TestEscapeAsksOnceWhileTheSessionWaits(t *testing.T) {
	pl := startFlow(t)
	p := pl.p
	pl.advance(5*time.Second + 500*time.Millisecond) // into the first lift: a stop now is logged
	questions := func() int {
		n := 0
		for _, o := range pl.u.win.Canvas().Overlays().List() {
			if strings.Contains(allText(t, o), "Stop the session?") && o.Visible() {
				n++
			}
		}
		return n
	}
	pl.key(fyne.KeyEscape)
	if pl.over() || questions() != 1 {
		t.Fatalf("after Esc: over %v, %d questions open; want one question and the session on", pl.over(), questions())
	}
	// The session waits while it asks, and says so.
	pl.advance(time.Minute)
	pl.expect("PAUSED", "1", "Set 1/2 · Rep 1/2")
	// The player's keys do nothing underneath (so the engine, asked
	// nothing, has nothing to settle).
	for _, k := range []fyne.KeyName{fyne.KeySpace, fyne.KeyRight, fyne.KeyN, fyne.KeyLeft, fyne.KeyD} {
		pl.u.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: k})
	}
	pl.advance(time.Second)
	pl.expect("PAUSED", "1", "Set 1/2 · Rep 1/2")
	// The Stop button asks no second question.
	test.Tap(findButton(t, p.content, "Stop"))
	if questions() != 1 {
		t.Fatalf("%d questions open after Stop, want the one", questions())
	}
	// A second Esc answers Keep going: the session goes on from where it was.
	pl.key(fyne.KeyEscape)
	if questions() != 0 || pl.over() {
		t.Fatalf("after a second Esc: %d questions, over %v", questions(), pl.over())
	}
	pl.expect("LIFT", "1", "Set 1/2 · Rep 1/2")
	pl.advance(500 * time.Millisecond)
	pl.expect("HOLD", "2", "Set 1/2 · Rep 1/2")

	// Paused first, Keep going leaves it paused (the engine is not asked).
	pl.key(fyne.KeySpace)
	esc := &fyne.KeyEvent{Name: fyne.KeyEscape}
	pl.u.win.Canvas().OnTypedKey()(esc)
	test.Tap(findButton(t, pl.u.win.Canvas().Overlays().Top(), "Keep going"))
	pl.advance(time.Second)
	pl.expect("PAUSED", "2", "Set 1/2 · Rep 1/2")

	// Stop stops.
	pl.u.win.Canvas().OnTypedKey()(esc)
	pl.act(func() { test.Tap(findButton(t, pl.u.win.Canvas().Overlays().Top(), "Stop")) })
	if !pl.over() {
		t.Fatal("Stop on the question did not stop")
	}
	assertSummary(t, pl.u, "Session stopped", "")
}

func TestTheStopButtonAsksThenStops(t *testing.T) {
	pl := startFlow(t)
	pl.advance(6 * time.Second)
	pl.tap(findButton(t, pl.p.content, "Stop"))
	pl.act(func() { test.Tap(findButton(t, pl.u.win.Canvas().Overlays().Top(), "Stop")) })
	if !pl.over() {
		t.Fatal("Stop did not stop")
	}
	assertSummary(t, pl.u, "Session stopped", "Prone Y Raise: 0/2 sets")
}

// assertSummary checks the end screen's title and one line of it.
func assertSummary(t *testing.T, u *App, title, line string) {
	t.Helper()
	texts := allText(t, u.win.Content())
	if !strings.Contains(texts, title) || !strings.Contains(texts, line) {
		t.Fatalf("summary lacks %q / %q:\n%s", title, line, texts)
	}
}

func TestASessionThatCannotBeSavedIsOfferedAgainAndForExport(t *testing.T) {
	pl := startFlowWith(t, func(cfg *Config) {
		// A file where the history folder should be: every save fails,
		// as on a full disk, whoever runs the test.
		dir := filepath.Join(t.TempDir(), "history")
		if err := os.WriteFile(dir, nil, 0o644); err != nil {
			t.Fatal(err)
		}
		cfg.History = history.NewStore(dir)
	})
	pl.advance(5 * time.Second)
	pl.key(fyne.KeyEscape)
	pl.act(func() { test.Tap(findButton(t, pl.u.win.Canvas().Overlays().Top(), "Stop")) })
	if !overlayShows(t, pl.u.win, "is not saved yet") {
		t.Fatal("no word that the session is not saved")
	}
	top := pl.u.win.Canvas().Overlays().Top()
	for _, b := range []string{"Try again", "Export…", "Later"} {
		findButton(t, top, b)
	}
	if un := pl.u.writer.Unsaved(); len(un) != 1 || un[0].Status != history.Stopped {
		t.Fatalf("the session is not kept: %+v", un)
	}
}

func TestStoppingWhileGettingReadyLogsNothingAndGoesHome(t *testing.T) {
	pl := startFlow(t)
	pl.advance(2 * time.Second)
	pl.act(func() { test.Tap(findButton(t, pl.u.win.Content(), "Stop: pain")) })
	if !pl.over() {
		t.Fatal("pain stop did not end the session")
	}
	if pl.u.win.Content() != pl.u.home.content {
		t.Fatalf("after a stop while getting ready the window shows:\n%s", allText(t, pl.u.win.Content()))
	}
	if !overlayShows(t, pl.u.win, "Stop if it hurts") {
		t.Fatal("no safety advice after a pain stop while getting ready")
	}
	if err := pl.u.writer.Close(time.Second); err != nil {
		t.Fatal(err)
	}
	if saved, _ := pl.store.Load(); len(saved) != 0 {
		t.Fatalf("history holds %+v, want nothing", saved)
	}
}

// Stopping while getting ready logs nothing, so the question says that
// nothing is recorded yet; once the first exercise has begun it says
// that what was done is saved.
func TestTheStopQuestionSaysSavedOnlyOnceAStepHasBegun(t *testing.T) {
	const kept = "saved in your history"
	pl := startFlow(t)
	pl.advance(2 * time.Second) // getting ready
	pl.key(fyne.KeyEscape)
	if !overlayShows(t, pl.u.win, "Stop the session?") || overlayShows(t, pl.u.win, kept) {
		t.Fatal("while getting ready the stop question says the session is saved, or does not ask")
	}
	if !overlayShows(t, pl.u.win, "Nothing has been recorded yet") {
		t.Error("while getting ready the stop question does not say that nothing is recorded")
	}
	pl.act(func() { test.Tap(findButton(t, pl.u.win.Canvas().Overlays().Top(), "Keep going")) })
	pl.advance(5 * time.Second) // into the first lift
	pl.key(fyne.KeyEscape)
	if !overlayShows(t, pl.u.win, kept) {
		t.Fatal("during the first exercise the stop question does not say what was done is saved")
	}
}
