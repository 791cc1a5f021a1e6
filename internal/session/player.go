package session

import (
	"slices"
	"sync"
	"time"

	"github.com/postureapp/posture/internal/clock"
	"github.com/postureapp/posture/internal/history"
)

// Options tune a Player.
type Options struct {
	// OnEvent receives every event, in order, on the engine's goroutine.
	// It should return quickly: a slow handler delays that event's
	// successors, though never the schedule. It may call the Player's
	// controls and State.
	OnEvent func(Event)
	// AutoDone ends each self-paced set after its estimate as if Done
	// were given its target reps: for following along with no keyboard
	// and for demos.
	AutoDone bool
}

// Player plays a timeline. Controls may be called from any goroutine,
// including from OnEvent; each is queued and applied by the engine at the
// clock time it gets to it, and ignored when it does not apply.
type Player struct {
	tl     Timeline
	clock  clock.Timer
	opts   Options
	blocks blocks
	wake   chan struct{}
	over   chan struct{}

	mu sync.Mutex // guards the fields below; never held while OnEvent runs
	e  engine
}

// engine is the player's state, touched only with Player.mu held.
type engine struct {
	cmds     []command
	started  bool
	finished bool
	cur      int
	anchor   time.Time // clock time at which offset 0 plays, given pauses and jumps
	nextTick int       // seconds left at the next Tick; 0 for none
	paused   bool
	pausedAt time.Time
	pauses   time.Duration // paused time before pausedAt
	began    time.Time
	ended    time.Time
	reached  []bool // per step: play got there
	complete []bool // per segment: played to its end (or Done)
	reps     []int  // per self-paced segment: reps given with Done
	record   history.Session
	out      []Event
}

type command struct {
	kind commandKind
	reps int
}

type commandKind int

const (
	cmdPause commandKind = iota
	cmdResume
	cmdNext
	cmdPrevious
	cmdDone
	cmdStop
	cmdPain
)

// New prepares a player for tl; nothing happens until Start.
func New(tl Timeline, clock clock.Timer, opts Options) *Player {
	p := &Player{
		tl: tl, clock: clock, opts: opts, blocks: newBlocks(tl.Segments),
		wake: make(chan struct{}, 1), over: make(chan struct{}),
	}
	p.e.reached = make([]bool, len(tl.Steps))
	p.e.complete = make([]bool, len(tl.Segments))
	p.e.reps = make([]int, len(tl.Segments))
	return p
}

// Start begins play with the first segment. Later calls do nothing.
func (p *Player) Start() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.e.started || len(p.tl.Segments) == 0 {
		return
	}
	p.e.started = true
	go p.run()
}

// Pause freezes the countdown; Resume carries on where it stopped.
func (p *Player) Pause()  { p.send(command{kind: cmdPause}) }
func (p *Player) Resume() { p.send(command{kind: cmdResume}) }

// Next skips to the next set, rest, switch or step.
func (p *Player) Next() { p.send(command{kind: cmdNext}) }

// Previous restarts the current set; within its first 2 s, or during a
// rest, it goes back to the set before.
func (p *Player) Previous() { p.send(command{kind: cmdPrevious}) }

// Done ends a self-paced set with the reps actually done. It does nothing
// in other segments.
func (p *Player) Done(reps int) { p.send(command{kind: cmdDone, reps: max(reps, 0)}) }

// Stop ends the session early; StopForPain ends it and marks it as
// stopped for pain.
func (p *Player) Stop()        { p.send(command{kind: cmdStop}) }
func (p *Player) StopForPain() { p.send(command{kind: cmdPain}) }

// Wait blocks until the session is over and returns its record, also
// when the session ended before it began and so logs nothing (see
// Finished). It must follow Start.
func (p *Player) Wait() history.Session {
	<-p.over
	return p.e.record
}

// State is a snapshot for drawing; safe from any goroutine.
func (p *Player) State() State {
	p.mu.Lock()
	defer p.mu.Unlock()
	seg := p.tl.Segments[p.e.cur]
	st := State{Segment: seg, Total: p.tl.Total, Started: p.e.started, Paused: p.e.paused, Over: p.e.finished}
	if !p.e.started {
		st.Remaining = seg.Length
		return st
	}
	st.Into = max(p.frozenNow(p.clock.Now()).Sub(p.segStart(p.e.cur)), 0)
	st.Remaining = max(seg.Length-st.Into, 0)
	st.Elapsed = seg.Offset + min(st.Into, seg.Length)
	return st
}

func (p *Player) send(c command) {
	p.mu.Lock()
	if !p.e.finished {
		p.e.cmds = append(p.e.cmds, c)
	}
	p.mu.Unlock()
	select {
	case p.wake <- struct{}{}:
	default:
	}
}

// run is the engine: apply what is due, tell the listener, sleep until the
// next deadline or control.
func (p *Player) run() {
	defer close(p.over)
	p.mu.Lock()
	now := p.clock.Now()
	p.e.began, p.e.anchor = now, now
	p.enter(0, now)
	for {
		p.advance(now)
		p.applyCommands(now)
		p.advance(now)
		deadline, finished, events := p.deadline(), p.e.finished, p.e.out
		p.e.out = nil
		p.mu.Unlock()
		p.emit(events)
		if finished {
			return
		}
		p.clock.Wait(deadline, p.wake)
		p.mu.Lock()
		now = p.clock.Now()
	}
}

func (p *Player) emit(events []Event) {
	if p.opts.OnEvent == nil {
		return
	}
	for _, ev := range events {
		p.opts.OnEvent(ev)
	}
}

// segStart is when segment i starts (or started) on the clock.
func (p *Player) segStart(i int) time.Time { return p.e.anchor.Add(p.tl.Segments[i].Offset) }

// timed reports whether the current segment ends by the clock.
func (p *Player) timed() bool { return !p.tl.Segments[p.e.cur].Open() || p.opts.AutoDone }

// frozenNow is now, except that time stands still while paused or over.
func (p *Player) frozenNow(now time.Time) time.Time {
	switch {
	case p.e.finished:
		return p.e.ended
	case p.e.paused:
		return p.e.pausedAt
	}
	return now
}

// deadline is the next moment the engine must act without being woken;
// zero for none.
func (p *Player) deadline() time.Time {
	if p.e.finished || p.e.paused || !p.timed() {
		return time.Time{}
	}
	end := p.segStart(p.e.cur).Add(p.tl.Segments[p.e.cur].Length)
	if p.e.nextTick > 0 {
		return end.Add(-time.Duration(p.e.nextTick) * time.Second)
	}
	return end
}

// advance plays every tick and boundary due by now, each at its planned
// moment.
func (p *Player) advance(now time.Time) {
	for !p.e.finished && !p.e.paused && p.timed() {
		at := p.deadline()
		if at.After(now) {
			return
		}
		if p.e.nextTick > 0 {
			p.tick(at)
			continue
		}
		i := p.e.cur
		p.e.complete[i] = true
		if p.tl.Segments[i].Open() {
			p.e.reps[i] = p.tl.Segments[i].Reps
		}
		p.enter(i+1, at)
	}
}

func (p *Player) tick(at time.Time) {
	left := time.Duration(p.e.nextTick) * time.Second
	p.event(Tick, at, left)
	if p.e.nextTick <= 3 {
		p.event(LastThree, at, left)
	}
	p.e.nextTick--
}

// enter makes segment i current from moment at.
func (p *Player) enter(i int, at time.Time) {
	prev := p.e.cur
	p.e.cur = i
	seg := p.tl.Segments[i]
	if i > prev {
		p.noteExerciseFinished(prev, i, at)
	}
	if seg.Step >= 0 {
		p.e.reached[seg.Step] = true
	}
	p.e.nextTick = wholeSecondsInside(seg)
	p.event(SegmentStarted, at, seg.Length)
	if seg.Phase == PhaseDone {
		p.finish(history.Completed, at)
	}
}

// noteExerciseFinished reports the step left behind when play moves from
// prev to a later segment i beyond that step's last set.
func (p *Player) noteExerciseFinished(prev, i int, at time.Time) {
	k := p.tl.Segments[prev].Step
	if k < 0 {
		return
	}
	last := p.blocks.lastPlay(p.tl.Steps[k])
	if prev <= last && i > last {
		rec := p.buildRecord(history.Stopped, at)
		p.e.out = append(p.e.out, Event{Kind: ExerciseFinished, Segment: p.tl.Segments[prev],
			Elapsed: p.tl.Segments[i].Offset, Total: p.tl.Total, Record: &rec})
	}
}

// event queues an event about the current segment at moment at.
func (p *Player) event(kind EventKind, at time.Time, left time.Duration) {
	seg := p.tl.Segments[p.e.cur]
	into := min(max(at.Sub(p.segStart(p.e.cur)), 0), seg.Length)
	p.e.out = append(p.e.out, Event{Kind: kind, Segment: seg, Remaining: left, Elapsed: seg.Offset + into, Total: p.tl.Total})
}

func (p *Player) applyCommands(now time.Time) {
	for len(p.e.cmds) > 0 && !p.e.finished {
		c := p.e.cmds[0]
		p.e.cmds = p.e.cmds[1:]
		p.apply(c, now)
	}
	p.e.cmds = nil
}

func (p *Player) apply(c command, now time.Time) {
	switch c.kind {
	case cmdPause:
		p.pause(now)
	case cmdResume:
		p.resume(now)
	case cmdNext:
		p.jump(p.blocks.next(p.e.cur), now)
	case cmdPrevious:
		into := p.frozenNow(now).Sub(p.segStart(p.blocks.start[p.e.cur]))
		p.jump(p.blocks.previous(p.e.cur, into), now)
	case cmdDone:
		p.done(c.reps, now)
	case cmdStop:
		p.finish(history.Stopped, now)
	case cmdPain:
		p.finish(history.Pain, now)
	}
}

func (p *Player) pause(now time.Time) {
	if p.e.paused {
		return
	}
	p.e.paused, p.e.pausedAt = true, now
	p.event(Paused, now, p.remaining(now))
}

func (p *Player) resume(now time.Time) {
	if !p.e.paused {
		return
	}
	p.e.anchor = p.e.anchor.Add(now.Sub(p.e.pausedAt))
	p.e.pauses += now.Sub(p.e.pausedAt)
	p.e.paused = false
	p.event(Resumed, now, p.remaining(now))
}

func (p *Player) remaining(now time.Time) time.Duration {
	seg := p.tl.Segments[p.e.cur]
	return max(seg.Length-p.frozenNow(now).Sub(p.segStart(p.e.cur)), 0)
}

func (p *Player) done(reps int, now time.Time) {
	i := p.e.cur
	if !p.tl.Segments[i].Open() {
		return
	}
	p.e.complete[i], p.e.reps[i] = true, reps
	p.jump(i+1, now)
}

// jump moves play to segment j now. Going back forgets what was done from
// j on, since it will be done again; a pause stays in force.
func (p *Player) jump(j int, now time.Time) {
	if j <= p.e.cur {
		clear(p.e.complete[j:])
		clear(p.e.reps[j:])
	}
	if p.e.paused {
		p.e.pauses += now.Sub(p.e.pausedAt)
		p.e.pausedAt = now
	}
	p.e.anchor = now.Add(-p.tl.Segments[j].Offset)
	p.enter(j, now)
}

func (p *Player) finish(status history.Status, at time.Time) {
	if p.e.finished {
		return
	}
	if p.e.paused {
		p.e.pauses += at.Sub(p.e.pausedAt)
		p.e.pausedAt = at
	}
	p.e.record = p.buildRecord(status, at)
	p.e.ended = at
	p.e.finished = true
	rec := p.e.record
	p.event(Finished, at, 0)
	if p.begun() {
		p.e.out[len(p.e.out)-1].Record = &rec
	}
}

// begun reports whether play got past the get-ready countdown; a session
// stopped before that is not a workout and leaves no record.
func (p *Player) begun() bool { return slices.Contains(p.e.reached, true) }
