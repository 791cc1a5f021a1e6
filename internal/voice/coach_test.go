package voice

import (
	"context"
	"errors"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/postureapp/posture/internal/audio"
	"github.com/postureapp/posture/internal/clock"
	"github.com/postureapp/posture/internal/history"
	"github.com/postureapp/posture/internal/session"
)

// clipPlayer records the clips it is asked to play and whether each was
// cut short.
type clipPlayer struct {
	audio.Silent
	mu     sync.Mutex
	played []*audio.Clip
	cut    []bool
}

func (p *clipPlayer) PlayClip(c *audio.Clip) func() {
	p.mu.Lock()
	defer p.mu.Unlock()
	i := len(p.played)
	p.played = append(p.played, c)
	p.cut = append(p.cut, false)
	return func() { p.mu.Lock(); p.cut[i] = true; p.mu.Unlock() }
}

// fakeTimer is set by the coach and fired by the test.
type fakeTimer struct {
	delay   time.Duration
	fire    func()
	stopped bool
}

func (f *fakeTimer) Stop() bool { was := !f.stopped; f.stopped = true; return was }

type coachRig struct {
	tl     session.Timeline
	coach  *Coach
	out    *clipPlayer
	timers []*fakeTimer
	src    *Cache
}

func newRig(t *testing.T, r Renderer, speed float64) *coachRig {
	t.Helper()
	g := &coachRig{tl: timeline(t, "Upper Back Strength"), out: &clipPlayer{}}
	g.src = NewCache(t.TempDir(), r)
	g.coach = NewCoach(g.tl, Settings{Mode: Full, Voice: "en-us", Rate: 175}, speed, g.src, g.out)
	g.coach.now = func() time.Time { return time.Unix(1000, 0) }
	g.coach.after = func(d time.Duration, f func()) stopper {
		ft := &fakeTimer{delay: d, fire: f}
		g.timers = append(g.timers, ft)
		return ft
	}
	t.Cleanup(g.coach.Close)
	return g
}

// ready prepares every phrase and waits until they are all rendered.
func (g *coachRig) ready(t *testing.T) {
	t.Helper()
	g.coach.Prepare(func(err error) { t.Error(err) })
	select {
	case <-g.coach.done:
	case <-time.After(10 * time.Second):
		t.Fatal("phrases never rendered")
	}
	if n, total := g.coach.Ready(); n != total || n == 0 {
		t.Fatalf("%d of %d phrases ready", n, total)
	}
}

func (g *coachRig) started(i int) {
	s := g.tl.Segments[i]
	g.coach.OnEvent(session.Event{Kind: session.SegmentStarted, Segment: s, Remaining: s.Length})
}

// The first session waits for nothing: while espeak-ng is still busy, a
// segment starting schedules nothing, and its beep is all there is.
func TestPhrasesNotYetRenderedAreLeftOut(t *testing.T) {
	r := &countingRenderer{wait: make(chan struct{})} // never finishes
	g := newRig(t, r, 1)
	g.coach.Prepare(nil)
	done := make(chan struct{})
	go func() { g.started(0); close(done) }()
	select {
	case <-done:
	case <-time.After(2 * time.Second):
		t.Fatal("OnEvent waited for the renderer")
	}
	if len(g.timers) != 0 {
		t.Errorf("%d phrases scheduled before any was rendered", len(g.timers))
	}
	g.coach.Close()
	select {
	case <-g.coach.done:
	case <-time.After(5 * time.Second):
		t.Fatal("Close did not stop the rendering")
	}
}

func TestCoachPlaysEachPhraseAtItsPlace(t *testing.T) {
	g := newRig(t, &countingRenderer{}, 1)
	g.ready(t)
	const rest = 92 // "Rest, thirty seconds." then "Last set."
	g.started(rest)
	want := Place(g.tl.Segments[rest], false, linesOf(Script(g.tl, Full), rest), g.coach.lengthLocked)
	if len(g.timers) != 2 || len(want) != 2 {
		t.Fatalf("%d timers for %d placed phrases", len(g.timers), len(want))
	}
	for i, ft := range g.timers {
		if ft.delay != want[i].At {
			t.Errorf("phrase %d due after %v, placed at %v", i, ft.delay, want[i].At)
		}
		ft.fire()
	}
	if len(g.out.played) != 2 || g.out.played[1] != g.coach.clips["Last set."] {
		t.Fatalf("played %d clips", len(g.out.played))
	}
}

// A pause calls everything off: the phrase sounding is cut, one still to
// come never plays, and resuming schedules what is left of the segment.
func TestPauseCallsOffAndResumeSchedulesTheRest(t *testing.T) {
	g := newRig(t, &countingRenderer{}, 1)
	g.ready(t)
	const rest = 92
	s := g.tl.Segments[rest]
	g.started(rest)
	first, second := g.timers[0], g.timers[1]
	first.fire()
	g.coach.OnEvent(session.Event{Kind: session.Paused, Segment: s, Remaining: 20 * time.Second})
	if !g.out.cut[0] || !second.stopped {
		t.Fatalf("pause left the phrase sounding (%v) or the next one set (%v)", !g.out.cut[0], !second.stopped)
	}
	second.fire() // a timer that fired just as it was stopped
	if len(g.out.played) != 1 {
		t.Fatal("a phrase called off was played")
	}
	g.timers = nil
	g.coach.OnEvent(session.Event{Kind: session.Resumed, Segment: s, Remaining: 20 * time.Second})
	if len(g.timers) != 1 {
		t.Fatalf("%d phrases scheduled after resuming with 20 s left; want only the one at the end", len(g.timers))
	}
	last := Place(s, false, linesOf(Script(g.tl, Full), rest), g.coach.lengthLocked)[1]
	if into := s.Length - 20*time.Second; g.timers[0].delay != last.At-into {
		t.Errorf("due after %v, want %v", g.timers[0].delay, last.At-into)
	}
}

// At --speed 2 a segment lasts half as long in real time, so the phrases
// come twice as soon and count as twice as long: fewer fit.
func TestCoachFollowsTheSessionSpeed(t *testing.T) {
	g := newRig(t, &countingRenderer{}, 2)
	g.ready(t)
	g.started(92)
	if len(g.timers) == 0 {
		t.Fatal("nothing scheduled")
	}
	at := Place(g.tl.Segments[92], false, linesOf(Script(g.tl, Full), 92), g.coach.lengthLocked)[0].At
	if g.timers[0].delay != at/2 {
		t.Errorf("due after %v real time, placed at %v routine time", g.timers[0].delay, at)
	}
	g.timers = nil
	g.coach.speed = 1000
	g.started(92)
	if len(g.timers) != 0 {
		t.Errorf("%d phrases scheduled at --speed 1000", len(g.timers))
	}
}

func TestStopCallsOffButTheEndIsSaid(t *testing.T) {
	g := newRig(t, &countingRenderer{}, 1)
	g.ready(t)
	done := len(g.tl.Segments) - 1
	g.started(done)
	g.coach.OnEvent(session.Event{Kind: session.Finished, Segment: g.tl.Segments[done]})
	if len(g.timers) != 1 || g.timers[0].stopped {
		t.Fatal("completing the routine called off \"Routine complete.\"")
	}
	quiet := g.coach.quietAt.Sub(g.coach.now())
	if want := g.timers[0].delay + g.coach.clips["Routine complete."].Length(); quiet != want {
		t.Errorf("quiet after %v, want when the last phrase ends, %v", quiet, want)
	}
	g.started(92)
	g.coach.OnEvent(session.Event{Kind: session.Finished, Segment: g.tl.Segments[92]})
	if !g.coach.quietAt.IsZero() {
		t.Error("a stopped session still waits for its phrases")
	}
	for _, ft := range g.timers[1:] {
		if !ft.stopped {
			t.Error("stopping the session left a phrase to come")
		}
	}
}

func TestPrepareReportsTheFirstFailure(t *testing.T) {
	c := NewCoach(timeline(t, "Upper Back Strength"), Settings{Mode: Names, Voice: "en", Rate: 175}, 1, NewCache(t.TempDir(), failing{}), &clipPlayer{})
	got := make(chan error, 10)
	c.Prepare(func(err error) { got <- err })
	<-c.done
	if len(got) != 1 {
		t.Fatalf("%d failures reported, want the first only", len(got))
	}
	c.Close()
}

// refusing renders every phrase but one.
type refusing struct {
	countingRenderer
	bad string
}

func (r *refusing) Render(ctx context.Context, p Phrase) (*audio.Clip, error) {
	if p.Text == r.bad {
		return nil, errors.New("espeak-ng: refused")
	}
	return r.countingRenderer.Render(ctx, p)
}

// One phrase that cannot be rendered is left out; every other phrase is
// still rendered and spoken, and the failure is reported once.
func TestOneBadPhraseLeavesTheRestSpoken(t *testing.T) {
	tl := timeline(t, "Upper Back Strength")
	texts := Texts(Script(tl, Names))
	c := NewCoach(tl, Settings{Mode: Names, Voice: "en", Rate: 175}, 1, NewCache(t.TempDir(), &refusing{bad: texts[1]}), &clipPlayer{})
	defer c.Close()
	got := make(chan error, 10)
	c.Prepare(func(err error) { got <- err })
	<-c.done
	if n, total := c.Ready(); n != total-1 || total != len(texts) {
		t.Errorf("%d of %d phrases ready after one failed, want all but one", n, total)
	}
	if len(got) != 1 {
		t.Errorf("%d failures reported", len(got))
	}
}

// An exercise name longer than espeak-ng is given (a file may hold one)
// is cut to speak, so its phrases render like any other.
func TestAVeryLongNameIsCutToSpeak(t *testing.T) {
	tl := timeline(t, "Upper Back Strength")
	long := *tl.Segments[0].Exercise
	long.Name = strings.Repeat("Band Pull-Apart Variation ", 12) // 312 bytes
	for i := range tl.Segments {
		if tl.Segments[i].Exercise != nil && tl.Segments[i].Exercise.ID == long.ID {
			tl.Segments[i].Exercise = &long
		}
	}
	texts := Texts(Script(tl, Full))
	for _, text := range texts {
		if len(text) > maxText {
			t.Errorf("%d bytes to speak, more than espeak-ng is given (%d): %.60q…", len(text), maxText, text)
		}
	}
	if !slices.Contains(texts, "Band Pull-Apart Variation Band Pull-Apart Variation Band Pull-Apart Variation.") {
		t.Errorf("the name is not cut at a word's end to %d bytes: %q", maxSpokenName, texts[0])
	}
}

// "Routine complete." is said when the routine's work was done, and not
// at the end of a run that skipped through it: the history records such
// a run as skipped, and the coach must not praise it.
func TestRoutineCompleteIsSaidOnlyWhenTheWorkWasDone(t *testing.T) {
	for _, c := range []struct {
		name string
		skip bool
		want bool
	}{{"played through", false, true}, {"skipped through", true, false}} {
		t.Run(c.name, func(t *testing.T) {
			g := newRig(t, &countingRenderer{}, 1)
			g.ready(t)
			said := false
			var p *session.Player
			p = session.New(g.tl, clock.NewFake(time.Unix(1000, 0)), session.Options{AutoDone: true, OnEvent: func(ev session.Event) {
				done := ev.Kind == session.SegmentStarted && ev.Segment.Phase == session.PhaseDone
				before := len(g.timers)
				g.coach.OnEvent(ev)
				if done {
					said = len(g.timers) > before
				} else if c.skip && ev.Kind == session.SegmentStarted && ev.Segment.Phase != session.PhasePrepare {
					p.Next()
				}
			}})
			p.Start()
			rec := p.Wait()
			if got := rec.Judge().Outcome; (got == history.OutcomeCompleted) != c.want {
				t.Fatalf("the run was judged %s", got)
			}
			if said != c.want {
				t.Errorf("\"Routine complete.\" scheduled: %v, want %v", said, c.want)
			}
		})
	}
}
