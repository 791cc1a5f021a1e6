package ui

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/postureapp/posture/internal/session"
)

// toSelfPaced moves the flow on to its self-paced set.
func (pl *playing) toSelfPaced() {
	pl.t.Helper()
	pl.advance(5 * time.Second)
	for i := 0; i < 10 && !pl.p.seg.Open(); i++ {
		pl.key(fyne.KeyN)
	}
	if !pl.p.seg.Open() {
		pl.t.Fatal("never reached the self-paced set")
	}
}

// box is where o is drawn in the window.
func box(o fyne.CanvasObject) (top, left, bottom, right float32) {
	at := fyne.CurrentApp().Driver().AbsolutePositionForObject(o)
	return at.Y, at.X, at.Y + o.Size().Height, at.X + o.Size().Width
}

func TestTheSelfPacedRowOverlapsNothingInEveryWindow(t *testing.T) {
	for _, size := range []fyne.Size{{Width: 480, Height: 640}, {Width: 960, Height: 720}, {Width: 1280, Height: 800}} {
		pl := startFlow(t)
		pl.u.win.Resize(size)
		pl.toSelfPaced()
		p := pl.p
		parts := map[string]fyne.CanvasObject{
			"figure": p.figure, "banner": p.phaseWord, "count": p.countdown, "unit": p.unit,
			"Done row": p.doneRow, "cue": p.cue, "set count": p.counts, "details": p.details,
		}
		for name, o := range parts {
			top, left, bottom, right := box(o)
			if top < 0 || left < 0 || bottom > size.Height || right > size.Width {
				t.Errorf("%v: the %s (%.0f,%.0f)-(%.0f,%.0f) is not all in the window", size, name, left, top, right, bottom)
			}
		}
		for _, pair := range [][2]string{
			{"Done row", "count"}, {"Done row", "unit"}, {"Done row", "details"}, {"Done row", "figure"},
			{"cue", "set count"}, {"details", "figure"}, {"count", "unit"},
		} {
			if overlap(parts[pair[0]], parts[pair[1]]) {
				t.Errorf("%v: the %s is drawn over the %s", size, pair[0], pair[1])
			}
		}
		// Every control of the row shows whole, within the row.
		rowTop, rowLeft, rowBottom, rowRight := box(p.doneRow)
		for _, o := range []fyne.CanvasObject{p.doneBtn, p.reps.Minus, p.reps.Plus} {
			if top, left, bottom, right := box(o); top < rowTop || left < rowLeft || bottom > rowBottom || right > rowRight {
				t.Errorf("%v: a control of the Done row is cut", size)
			}
		}
		if w := p.details.Content.Size().Width; w > p.details.Size().Width {
			t.Errorf("%v: the texts are %.0f wide in a column of %.0f", size, w, p.details.Size().Width)
		}
	}
}

// overlap reports whether a and b are drawn over one another.
func overlap(a, b fyne.CanvasObject) bool {
	at, al, ab, ar := box(a)
	bt, bl, bb, br := box(b)
	return al < br && bl < ar && at < bb && bt < ab
}

func TestARestShowsTheNextExerciseToPrepareFor(t *testing.T) {
	pl := startFlow(t)
	p := pl.p
	// Between the prone Y raise's two sets: the same exercise, its key
	// points.
	pl.advance(5*time.Second + 2*5*time.Second)
	pl.expect("REST", "10", "Set 1/2")
	if p.name.Text != "Prone Y Raise" || !strings.HasPrefix(p.points.Text, "• ") {
		t.Errorf("between sets the player shows %q with %q", p.name.Text, p.points.Text)
	}
	// After its last set: the shoulder blade squeeze, how to set it up,
	// and its figure.
	pl.key(fyne.KeyN)
	pl.advance(10 * time.Second)
	pl.expect("REST", "5", "Next: 1 set × 8 reps")
	squeeze, _ := pl.u.cfg.Catalog.Library.Exercise("shoulder-blade-squeeze")
	if p.name.Text != squeeze.Name || !strings.Contains(p.where.Text, "Up next") {
		t.Errorf("the rest before the squeeze shows %q / %q", p.name.Text, p.where.Text)
	}
	if !strings.HasPrefix(p.points.Text, "How to do it:") || !strings.Contains(p.points.Text, squeeze.Steps[0]) {
		t.Errorf("the rest before the squeeze shows %q, want its steps", p.points.Text)
	}
	if p.figure.Motion == nil || p.figure.Motion.ID != "shoulder-blade-squeeze" {
		t.Errorf("the figure shows %s, want the squeeze", p.figure.Motion.ID)
	}
}

func TestNoSoundIsSaidOnThePlayerUntilPutAway(t *testing.T) {
	pl := startFlowWith(t, func(c *Config) { c.AudioNotice = "no audio device: visual cues only (ALSA: cannot find card '0')" })
	p := pl.p
	if p.sound == nil || !p.sound.Visible() || !strings.Contains(p.sound.Text.Text, "No sound device") {
		t.Fatal("the player does not say there is no sound device")
	}
	if strings.Contains(allText(t, p.content), "ALSA") {
		t.Error("the player shows the raw ALSA message")
	}
	_, _, nameBottom, _ := box(p.name)
	noticeTop, _, _, _ := box(p.sound)
	figureTop, _, _, _ := box(p.figure)
	if noticeTop < nameBottom || figureTop < noticeTop+p.sound.Size().Height {
		t.Errorf("the notice at %.0f sits over the title (ends %.0f) or the figure (starts %.0f)", noticeTop, nameBottom, figureTop)
	}
	test.Tap(p.sound.CloseButton)
	if p.sound.Visible() {
		t.Fatal("the notice stays after its close button")
	}
	if top, _, _, _ := box(p.figure); top >= figureTop {
		t.Errorf("the figure stays at %.0f after the notice went, want it to move up", top)
	}
	// Put away, it stays away for the next session.
	pl.key(fyne.KeyEscape)
	pl.act(func() { test.Tap(findButton(t, pl.u.win.Canvas().Overlays().Top(), "Stop")) })
	// The next session's engine settles before the test reads or closes
	// it: its first segment is laid out on the engine's goroutine here.
	pl.act(func() {
		pl.u.showHome()
		pl.u.openPlayer(pl.u.cfg.Catalog.Routine("Test Flow"))
		pl.ended = make(chan struct{})
		go func(p *player, ended chan struct{}) { p.engine.Wait(); close(ended) }(pl.u.player, pl.ended)
	})
	if again := pl.u.player; again.sound != nil {
		t.Error("the notice came back in the next session")
	}
	pl.act(pl.u.player.close)
}

func TestADemoSaysItIsNotSaved(t *testing.T) {
	pl := startFlowWith(t, func(c *Config) { c.Speed, c.Demo = 10, true })
	if pl.p.demo == nil || !strings.Contains(allText(t, pl.p.content), "Demo at 10× speed: not saved") {
		t.Fatalf("a demo at 10× does not say so:\n%s", allText(t, pl.p.content))
	}
	normal := startFlow(t)
	if normal.p.demo != nil || strings.Contains(allText(t, normal.p.content), "Demo") {
		t.Error("a session at normal speed says it is a demo")
	}
}

func TestCountdownDigitsComeFromOneFace(t *testing.T) {
	pl := startFlow(t)
	c := pl.p.countdown
	if c.FontSource != theme.DefaultTextBoldFont() {
		t.Fatalf("the countdown's font is %v, want the bundled bold face alone", c.FontSource)
	}
	// One face with tabular digits: every digit as wide as the others, so
	// the number does not shift as it counts.
	width := func(s string) float32 {
		d := *c
		d.Text = s
		return d.MinSize().Width
	}
	for _, d := range "0123456789" {
		if w := width(string(d)); w != width("0") {
			t.Errorf("%q is %.1f wide, 0 is %.1f", d, w, width("0"))
		}
	}
}

// A window of 480×640 with both notices leaves the player little height:
// the count, the set, the whole cue and the start of the text under it
// must still show without scrolling, in every window.
func TestTheCueShowsWholeUnderTheNoticesInEveryWindow(t *testing.T) {
	for _, size := range []fyne.Size{{Width: 480, Height: 640}, {Width: 960, Height: 720}, {Width: 1280, Height: 800}} {
		pl := startFlowWith(t, func(c *Config) {
			c.AudioNotice = "no device"
			c.Demo, c.Speed = true, 2
		})
		pl.u.win.Resize(size)
		pl.advance(5*time.Second + time.Second)
		p := pl.p
		if p.sound == nil || p.demo == nil {
			t.Fatalf("%v: the notices are not shown", size)
		}
		_, _, detailsBottom, _ := box(p.details)
		for name, o := range map[string]fyne.CanvasObject{"count": p.countdown, "set count": p.counts, "cue": p.cue} {
			if top, left, bottom, right := box(o); top < 0 || left < 0 || bottom > detailsBottom || right > size.Width {
				t.Errorf("%v: the %s (%.0f,%.0f)-(%.0f,%.0f) is cut (the details end at %.0f)", size, name, left, top, right, bottom, detailsBottom)
			}
		}
		if top, _, _, _ := box(p.points); top+20 > detailsBottom {
			t.Errorf("%v: not a line of the key points shows (they start at %.0f, the details end at %.0f)", size, top, detailsBottom)
		}
		if overlap(p.countdown, p.details) || overlap(p.figure, p.details) {
			t.Errorf("%v: the details are drawn over the count or the figure", size)
		}
	}
}

// Getting ready belongs to no step, yet the line under the title says
// where the session begins: in the warm-up played before the routine.
func TestGettingReadyForAWarmUpSaysSo(t *testing.T) {
	pl := startPlaying(t, func(*Config) {}, func(u *App) {
		c := u.cfg.Catalog
		u.openPlayer(c.Routine("Band Only").WithWarmup(c.Routine("Dynamic Warm-up")))
	})
	p := pl.p
	if p.seg.Phase != session.PhasePrepare {
		t.Fatalf("the session begins with %s, want getting ready", p.seg.Phase)
	}
	if !strings.Contains(p.where.Text, "Warm-up") || !strings.HasSuffix(p.where.Text, "Band Only") {
		t.Errorf("while getting ready the title says %q, want the warm-up's section, then the routine", p.where.Text)
	}
	if strings.Contains(p.next.Text, p.name.Text) {
		t.Errorf("while getting ready for %s the player says %q", p.name.Text, p.next.Text)
	}
}

// A timed move shows its first point as the cue; the points under it do
// not say it again.
func TestATimedMoveSaysItsCueOnce(t *testing.T) {
	pl := startPlaying(t, func(*Config) {}, func(u *App) { u.startRoutine(u.cfg.Catalog.Routine("Desk Posture Break")) })
	pl.advance(5*time.Second + time.Second)
	p := pl.p
	if p.seg.Phase != session.PhaseWork || p.cue.Text == "" {
		t.Fatalf("the session is in %s with cue %q, want the doorway stretch", p.seg.Phase, p.cue.Text)
	}
	if strings.Contains(p.points.Text, p.cue.Text) || p.points.Text == "" {
		t.Errorf("the cue %q, and under it %q: want the other points only", p.cue.Text, p.points.Text)
	}
}

// With no sound device the voice cannot be heard either: its notice waits
// until "No sound device" is put away, so a small window shows one banner
// and the cue keeps its room.
func TestThePlayerShowsOneSoundNoticeAtATime(t *testing.T) {
	pl := startFlowWith(t, func(c *Config) {
		c.AudioNotice = "no device"
		c.SpeechNotice = "espeak-ng is not installed"
	})
	p := pl.p
	if p.sound == nil || !p.sound.Visible() || p.notice.Visible() {
		t.Fatalf("sound notice shown %v, voice notice shown %v; want the sound one alone", p.sound != nil && p.sound.Visible(), p.notice.Visible())
	}
	test.Tap(p.sound.CloseButton)
	if !p.notice.Visible() || p.notice.Text != "espeak-ng is not installed" {
		t.Fatalf("after the sound notice is put away the voice notice shows %v (%q)", p.notice.Visible(), p.notice.Text)
	}
}
