package voice

import (
	"context"
	"runtime/debug"
	"slices"
	"sync"
	"time"

	"github.com/postureapp/posture/internal/audio"
	"github.com/postureapp/posture/internal/history"
	"github.com/postureapp/posture/internal/locale"
	"github.com/postureapp/posture/internal/session"
)

// Settings are the person's choices for the voice.
type Settings struct {
	Mode  Mode
	Voice string // espeak-ng voice id
	Rate  int    // words a minute
	// Lang is the language of the phrases (see PhraseLang): the
	// content's when the voice speaks it, else English; "" is English.
	Lang locale.Lang
}

// Source gives the clip of a phrase, rendering it if need be; a Cache is
// one.
type Source interface {
	Clip(ctx context.Context, p Phrase) (*audio.Clip, error)
}

// Coach speaks one session's script. Prepare renders its phrases on the
// Coach's own goroutine; OnEvent, called on the engine's goroutine with
// every event, only looks up what is ready and sets timers, so it never
// waits on espeak-ng or the disk. A phrase not ready when its segment
// starts is left out.
type Coach struct {
	out   audio.Player
	src   Source
	set   Settings
	speed float64 // routine time runs this many times faster than real time
	segs  []session.Segment
	lines [][]Line // per segment
	texts []string // in the order first needed
	now   func() time.Time
	after func(time.Duration, func()) stopper // time.AfterFunc; tests fake it

	cancel context.CancelFunc
	done   chan struct{}

	mu      sync.Mutex
	clips   map[string]*audio.Clip
	gen     int // bumped whenever what is scheduled is called off
	timers  []stopper
	playing []func()         // stops of phrases started, until called off
	quietAt time.Time        // when the last phrase scheduled will have ended
	told    map[string]int   // news placed so far, with its segment: not told twice
	sofar   *history.Session // the session as recorded at the last exercise's end
	closed  bool
}

// NewCoach scripts tl for set.Mode; speed is the session's time scale (1
// for real time). Nothing is spoken until Prepare has rendered phrases.
func NewCoach(tl session.Timeline, set Settings, speed float64, src Source, out audio.Player) *Coach {
	if speed <= 0 {
		speed = 1
	}
	c := &Coach{out: out, src: src, set: set, speed: speed, segs: tl.Segments,
		lines: make([][]Line, len(tl.Segments)), clips: map[string]*audio.Clip{}, told: map[string]int{}, now: time.Now, after: afterFunc}
	script := ScriptIn(tl, set.Mode, set.Lang)
	for _, l := range script {
		c.lines[l.Segment] = append(c.lines[l.Segment], l)
	}
	c.texts = Texts(script)
	return c
}

// Prepare renders every phrase in the background, in the order they are
// first spoken. A phrase that fails is left out and the rest are still
// tried, so one bad phrase never silences a session; onError hears the
// first failure (on the Coach's goroutine). After failedInARow failures in
// a row, as when espeak-ng itself is broken, the rest are not tried.
func (c *Coach) Prepare(onError func(error)) {
	ctx, cancel := context.WithCancel(context.Background())
	c.mu.Lock()
	if c.closed || c.cancel != nil {
		c.mu.Unlock()
		cancel()
		return
	}
	c.cancel, c.done = cancel, make(chan struct{})
	c.mu.Unlock()
	go func() {
		defer close(c.done)
		c.render(ctx, onError)
		// Reading and rendering a routine's phrases leaves some five times
		// their size in garbage, which the runtime would hand back to the
		// system only slowly: the app would stay that much larger for the
		// whole session. Once, in the background, it is handed back now.
		debug.FreeOSMemory()
	}()
}

// failedInARow is how many phrases may fail one after the other before
// the rest are given up.
const failedInARow = 3

func (c *Coach) render(ctx context.Context, onError func(error)) {
	failures, inARow := 0, 0
	for _, text := range c.texts {
		clip, err := c.src.Clip(ctx, Phrase{Text: text, Voice: c.set.Voice, Rate: c.set.Rate, Lang: c.set.Lang})
		if ctx.Err() != nil {
			return
		}
		if err != nil {
			if failures++; failures == 1 && onError != nil {
				onError(err)
			}
			if inARow++; inARow == failedInARow {
				return
			}
			continue
		}
		inARow = 0
		c.mu.Lock()
		c.clips[text] = clip
		c.mu.Unlock()
	}
}

// Ready reports how many of the script's phrases are rendered, of how many.
func (c *Coach) Ready() (rendered, total int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.clips), len(c.texts)
}

// OnEvent follows the session: a segment starting (or resuming) schedules
// its phrases; a pause, a skip or a stop calls off whatever was scheduled
// and cuts short a phrase still sounding.
func (c *Coach) OnEvent(ev session.Event) {
	switch ev.Kind {
	case session.ExerciseFinished:
		c.mu.Lock()
		c.sofar = ev.Record
		c.mu.Unlock()
	case session.SegmentStarted:
		c.callOff()
		if ev.Segment.Phase == session.PhaseDone && !c.workDone() {
			return // "Routine complete." would praise a run that skipped its work
		}
		c.schedule(ev.Segment, 0)
	case session.Resumed:
		c.callOff()
		c.schedule(ev.Segment, ev.Segment.Length-ev.Remaining)
	case session.Paused:
		c.callOff()
	case session.Finished:
		if ev.Segment.Phase != session.PhaseDone {
			c.callOff()
		}
	}
}

// workDone reports whether the session reaching its end did the work that
// makes it completed, judged as its record will be (history.Judge).
func (c *Coach) workDone() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.sofar == nil {
		return true // no exercise recorded: nothing to judge it by
	}
	rec := *c.sofar
	rec.Status = history.Completed // played to the end; the record so far says stopped
	return rec.Judge().Outcome == history.OutcomeCompleted
}

// schedule sets a timer for every phrase of segment s placed at or after
// into (routine time from its start).
func (c *Coach) schedule(s session.Segment, into time.Duration) {
	if s.Index < 0 || s.Index >= len(c.lines) || len(c.lines[s.Index]) == 0 {
		return
	}
	started := c.now()
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.closed {
		return
	}
	last := s.Index == len(c.segs)-1
	placed := Place(s, last, Untold(c.lines[s.Index], c.told), c.lengthLocked)
	placed = slices.DeleteFunc(placed, func(p Placed) bool { return p.At < into })
	Tell(placed, c.told)
	for _, p := range placed {
		clip, gen := c.clips[p.Text], c.gen
		due := started.Add(time.Duration(float64(p.At-into) / c.speed))
		c.timers = append(c.timers, c.after(due.Sub(c.now()), func() { c.play(clip, gen) }))
		c.quietAt = later(c.quietAt, due.Add(clip.Length()))
	}
}

// lengthLocked is a rendered phrase's length in routine time.
func (c *Coach) lengthLocked(text string) (time.Duration, bool) {
	clip, ok := c.clips[text]
	if !ok {
		return 0, false
	}
	return time.Duration(float64(clip.Length()) * c.speed), true
}

func (c *Coach) play(clip *audio.Clip, gen int) {
	if !c.current(gen) {
		return // called off while the timer was firing
	}
	// Played without the lock, which the engine's goroutine may be
	// waiting for, since the mixer may hold up the start of a clip.
	stop := c.out.PlayClip(clip)
	c.mu.Lock()
	defer c.mu.Unlock()
	if gen != c.gen {
		stop() // called off meanwhile
		return
	}
	c.playing = append(c.playing, stop)
}

func (c *Coach) current(gen int) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return !c.closed && gen == c.gen
}

// callOff stops every timer and cuts every phrase started.
func (c *Coach) callOff() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.callOffLocked()
}

func (c *Coach) callOffLocked() {
	c.gen++
	for _, t := range c.timers {
		t.Stop()
	}
	for _, stop := range c.playing {
		stop()
	}
	c.timers, c.playing, c.quietAt = nil, nil, time.Time{}
}

// Drain waits, at most limit, until the phrases scheduled have been said:
// for the end of a session, so that "Routine complete" is heard before a
// terminal session exits.
func (c *Coach) Drain(limit time.Duration) {
	c.mu.Lock()
	wait := min(c.quietAt.Sub(c.now()), limit)
	c.mu.Unlock()
	if wait > 0 {
		time.Sleep(wait)
	}
}

func later(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

// Close calls everything off and stops rendering; a running espeak-ng is
// killed. It returns at once and is safe to call twice.
func (c *Coach) Close() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.callOffLocked()
	c.closed = true
	if c.cancel != nil {
		c.cancel()
	}
}

type stopper interface{ Stop() bool }

func afterFunc(d time.Duration, f func()) stopper { return time.AfterFunc(d, f) }
