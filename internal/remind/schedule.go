package remind

import (
	"slices"
	"time"

	"github.com/postureapp/posture/internal/clock"
)

// IdleSource says how long the keyboard and mouse have been left alone;
// ok is false when the desktop cannot tell.
type IdleSource interface {
	Idle() (idle time.Duration, ok bool)
}

// Kind tells a scheduled session from a desk break.
type Kind int

// Kinds of prompt.
const (
	Scheduled Kind = iota
	DeskBreak
)

// breakKey is the desk break's key in the state.
const breakKey = "desk break"

// PollEvery is the longest the scheduler may go unasked: idle time, full
// screen and clock jumps (suspend) are noticed within it.
const PollEvery = 30 * time.Second

// Prompt is one reminder to show.
type Prompt struct {
	Kind    Kind
	Routine string
	Planned time.Time // when it was due
	Late    bool      // due well before now: the computer slept, Posture was not running, or it waited
	Snoozed bool      // back from a snooze
}

// Key names what a prompt reminds of, for Snooze and Skip.
func (p Prompt) Key() string {
	if p.Kind == DeskBreak {
		return breakKey
	}
	return p.Routine
}

// Scheduler decides when to remind. It is not safe for concurrent use;
// the background process owns one and asks it on one goroutine.
type Scheduler struct {
	Plan  Plan
	State *State
	Loc   *time.Location
	Clock clock.Clock
	Idle  IdleSource
	// Busy reports a full-screen window in front or do-not-disturb on;
	// nil means never busy.
	Busy func() bool
	// TargetMet reports whether routine's weekly target is met in the
	// week of t; nil means never.
	TargetMet func(routine string, t time.Time) bool

	// DoneThatDay reports whether routine was done (completed) on the
	// day of t; nil means never. A reminder of a routine done that day
	// is dropped without a word.
	DoneThatDay func(routine string, t time.Time) bool

	// nextSession is when the next scheduled session falls due, so checks
	// before it skip the sessions; zero when unknown.
	nextSession time.Time
	// shown is what Check returned and the person has not answered yet:
	// key → planned time. Kept in memory only, so a restart shows it again.
	shown map[string]time.Time
}

// SetPlan changes the plan, as when reminders.toml was edited.
func (s *Scheduler) SetPlan(p Plan) {
	s.Plan = p
	s.nextSession = time.Time{}
}

func (s *Scheduler) now() time.Time { return s.Clock.Now().In(s.Loc) }

// Check is called at NextCheck, or sooner: it counts active use, drops
// what is too old or already done, and returns every reminder to show
// now, oldest first. A scheduled reminder returned is not marked done:
// only Start, Skip or Snooze do that, so one the person never saw comes
// again after a restart. Within this process it is returned once. A desk
// break shown restarts the desk count.
func (s *Scheduler) Check() []Prompt {
	now := s.now()
	st := s.State
	st.init()
	s.countActive(now)
	st.LastCheck = now
	due := s.dueSessions(now)
	brk := s.breakDue(now)
	if len(due) == 0 && brk == nil || !s.mayRemind(now) {
		return nil
	}
	// Oldest first; those due together in the plan's order.
	slices.SortStableFunc(due, func(a, b Prompt) int { return a.Planned.Compare(b.Planned) })
	if s.shown == nil {
		s.shown = map[string]time.Time{}
	}
	for _, d := range due {
		s.shown[d.Key()] = d.Planned
	}
	if len(due) == 0 {
		// A routine reminded of is a break itself: the desk break comes
		// only on its own.
		s.markDone(*brk)
		due = append(due, *brk)
	}
	st.Active = 0 // any prompt offers a break; the count starts again
	for i := range due {
		due[i].Late = now.Sub(due[i].Planned) > 2*PollEvery
	}
	return due
}

// waiting reports a reminder shown by this process and not yet answered.
func (s *Scheduler) waiting(p Prompt) bool {
	at, ok := s.shown[p.Key()]
	return ok && at.Equal(p.Planned)
}

// mayRemind is false in quiet hours, while paused, or while busy.
func (s *Scheduler) mayRemind(now time.Time) bool {
	if !s.Plan.Quiet.Allows(now) || now.Before(s.State.PausedUntil) {
		return false
	}
	return s.Busy == nil || !s.Busy()
}

// countActive adds the time since the last check to the desk count unless
// there was a natural break: an idle stretch of NaturalBreak or more, or
// a gap between checks that long (asleep, or Posture not running).
func (s *Scheduler) countActive(now time.Time) {
	st := s.State
	last, prevIdle := st.LastCheck, st.LastIdle
	idle, known := time.Duration(0), false
	if s.Idle != nil {
		idle, known = s.Idle.Idle()
	}
	st.LastIdle = idle
	elapsed := now.Sub(last)
	switch {
	case last.IsZero() || elapsed < 0:
		// first check, or the clock went back: nothing to count
	case elapsed >= NaturalBreak:
		st.Active = 0
	case known && (idle >= NaturalBreak || elapsed-idle+prevIdle >= NaturalBreak && idle < elapsed):
		// idle now, or an idle stretch began before the last check and
		// ended since
		st.Active = 0
	default:
		st.Active += elapsed
	}
}

// dueSessions is, per scheduled routine, its latest occurrence that is
// due and neither done nor too old, plus snoozed reminders whose snooze
// is over. Occurrences too old, or of a routine whose week's target is
// met, are marked done here without being shown.
func (s *Scheduler) dueSessions(now time.Time) []Prompt {
	st := s.State
	var due []Prompt
	if now.Before(s.nextSession) {
		return s.dueSnoozes(now, due)
	}
	for _, ses := range s.Plan.Sessions {
		st.noteFirstSight(ses, now, s.Loc)
		at := lastOccurrence(ses, now, s.Loc)
		if at.IsZero() || dateKey(at) <= st.Done[ses.Routine] {
			continue
		}
		p := Prompt{Kind: Scheduled, Routine: ses.Routine, Planned: at}
		if now.Sub(at) > MaxLate || s.TargetMet != nil && s.TargetMet(ses.Routine, at) ||
			s.DoneThatDay != nil && s.DoneThatDay(ses.Routine, at) {
			s.markDone(p)
			continue
		}
		if _, snoozed := st.Snoozed[p.Key()]; !snoozed && !s.waiting(p) {
			due = append(due, p)
		}
	}
	s.nextSession = time.Time{}
	if len(due) == 0 {
		s.nextSession = s.firstOccurrenceAfter(now)
	}
	return s.dueSnoozes(now, due)
}

// firstOccurrenceAfter is the soonest any scheduled session falls due
// after now; zero when there are none.
func (s *Scheduler) firstOccurrenceAfter(now time.Time) time.Time {
	var first time.Time
	for _, ses := range s.Plan.Sessions {
		if at := nextOccurrence(ses, now, s.Loc, s.State.Done[ses.Routine]); !at.IsZero() && (first.IsZero() || at.Before(first)) {
			first = at
		}
	}
	return first
}

// dueSnoozes adds the scheduled sessions whose snooze is over to due.
func (s *Scheduler) dueSnoozes(now time.Time, due []Prompt) []Prompt {
	st := s.State
	for key, sn := range st.Snoozed {
		p := Prompt{Kind: Scheduled, Routine: key, Planned: sn.Planned, Snoozed: true}
		switch {
		case key == breakKey:
		case now.Sub(sn.Planned) > MaxLate:
			delete(st.Snoozed, key)
		case !now.Before(sn.Until) && !s.waiting(p):
			due = append(due, p)
		}
	}
	return due
}

// breakDue returns the desk break when enough active use has been counted
// or its snooze is over.
func (s *Scheduler) breakDue(now time.Time) *Prompt {
	st := s.State
	if !s.Plan.Breaks.On {
		return nil
	}
	p := &Prompt{Kind: DeskBreak, Routine: s.Plan.Breaks.Routine}
	if sn, ok := st.Snoozed[breakKey]; ok {
		if now.Before(sn.Until) {
			return nil
		}
		p.Planned = sn.Planned
		return p
	}
	if st.Active < s.Plan.Breaks.Every {
		return nil
	}
	p.Planned = now.Add(s.Plan.Breaks.Every - st.Active)
	return p
}

// markDone records that p was answered (started, skipped, snoozed) or
// dropped unseen.
func (s *Scheduler) markDone(p Prompt) {
	st := s.State
	delete(st.Snoozed, p.Key())
	delete(s.shown, p.Key())
	if p.Kind == Scheduled {
		if k := dateKey(p.Planned); k > st.Done[p.Routine] {
			st.Done[p.Routine] = k
		}
	}
}

// Snooze brings p back after d.
func (s *Scheduler) Snooze(p Prompt, d time.Duration) {
	s.State.init()
	s.markDone(p)
	s.State.Snoozed[p.Key()] = Snooze{Until: s.now().Add(d), Planned: p.Planned}
}

// Skip drops p: it will not come back.
func (s *Scheduler) Skip(p Prompt) {
	s.State.init()
	s.markDone(p)
}

// PauseUntil holds every reminder until t; what falls due meanwhile comes
// once after.
func (s *Scheduler) PauseUntil(t time.Time) { s.State.PausedUntil = t }

// Tomorrow is when "until tomorrow" ends: the start of tomorrow's hours.
func (s *Scheduler) Tomorrow() time.Time {
	now := s.now()
	return s.Plan.Quiet.From.On(now.AddDate(0, 0, 1), s.Loc)
}

// SessionDone restarts the desk count: a routine done is a break.
func (s *Scheduler) SessionDone() { s.State.Active = 0 }

// Next is the next scheduled reminder after now, for the tray and
// Settings; ok is false when the plan has no sessions.
func (s *Scheduler) Next() (Prompt, bool) {
	up := s.Upcoming(1)
	if len(up) == 0 {
		return Prompt{}, false
	}
	return up[0], true
}

// StartNow marks p done, as when the person starts it from the tray
// before it is due.
func (s *Scheduler) StartNow(p Prompt) {
	s.State.init()
	if p.Kind == Scheduled {
		p.Planned = s.dueTime(p)
	}
	s.markDone(p)
	if p.Kind == DeskBreak {
		s.State.Active = 0
	}
}

// dueTime is when a scheduled prompt from Upcoming was due: Upcoming puts
// a snoozed one at its snooze's end and one held by a pause at the
// pause's end and one due outside the hours when they start, which may be
// the next day; marking that day done would drop the next day's reminder
// too.
func (s *Scheduler) dueTime(p Prompt) time.Time {
	if sn, ok := s.State.Snoozed[p.Key()]; ok && sn.Until.Equal(p.Planned) {
		return sn.Planned
	}
	if ses, ok := s.Plan.Session(p.Routine); ok {
		if at := lastOccurrence(ses, p.Planned, s.Loc); !at.IsZero() {
			return at
		}
	}
	return p.Planned
}

// Upcoming lists the next n scheduled reminders, soonest first, at the
// time each will come: a snoozed one when its snooze ends, and what falls
// due during a pause when the pause ends (all of them, as Check shows
// them together).
func (s *Scheduler) Upcoming(n int) []Prompt {
	now := s.now()
	s.State.init()
	pause := s.State.PausedUntil
	if !pause.After(now) {
		pause = time.Time{}
	}
	var out, held []Prompt
	hold := func(p Prompt, due time.Time) {
		// Check drops what is older than MaxLate when the pause ends.
		if pause.Sub(due) <= MaxLate {
			p.Planned = pause
			held = append(held, p)
		}
	}
	for key, sn := range s.State.Snoozed {
		p := Prompt{Kind: Scheduled, Routine: key, Planned: sn.Until}
		switch {
		case key == breakKey:
			p = Prompt{Kind: DeskBreak, Routine: s.Plan.Breaks.Routine, Planned: sn.Until}
			if sn.Until.Before(pause) {
				p.Planned = pause
			}
		case sn.Until.Before(pause):
			hold(p, sn.Planned)
			continue
		}
		out = append(out, p)
	}
	for _, ses := range s.Plan.Sessions {
		// One due before now may still wait for the hours to start.
		after := now.Add(-MaxLate - time.Second)
		if !pause.IsZero() {
			// What fell due during the pause waits for its end, unless
			// it is older than MaxLate by then.
			after = pause.Add(-MaxLate - time.Second)
		}
		for found, tries := 0, 0; found < n && tries < n+16; tries++ {
			at := nextOccurrence(ses, after, s.Loc, s.State.Done[ses.Routine])
			if at.IsZero() {
				break
			}
			after = at
			comes, ok := s.Plan.Quiet.Comes(at)
			p := Prompt{Kind: Scheduled, Routine: ses.Routine, Planned: comes}
			switch {
			case !ok:
			case comes.Before(pause):
				hold(p, at)
			case comes.After(now):
				out = append(out, p)
				found++
			}
		}
	}
	out = append(out, held...)
	slices.SortStableFunc(out, func(a, b Prompt) int { return a.Planned.Compare(b.Planned) })
	return out[:min(n, len(out))]
}

// UpcomingAt lists the next n reminders after now as the scheduler will
// offer them, from the plan and its state as saved: snoozes, pauses, what
// was done today and the hours all count. Home, Settings, the tray and
// `posture remind` name the next reminder by this one rule.
func UpcomingAt(plan Plan, state *State, now time.Time, n int) []Prompt {
	s := &Scheduler{Plan: plan, State: state, Loc: now.Location(), Clock: fixedAt(now)}
	return s.Upcoming(n)
}

// fixedAt is a clock stopped at one moment.
type fixedAt time.Time

func (c fixedAt) Now() time.Time { return time.Time(c) }

// NextCheck is when Check should run next at the latest: the next
// occurrence or snooze end to the second, the moment active use would
// reach a break, and no later than PollEvery from now.
func (s *Scheduler) NextCheck() time.Time {
	now := s.now()
	next := now.Add(PollEvery)
	earlier := func(t time.Time) {
		if t.After(now) && t.Before(next) {
			next = t
		}
	}
	if s.nextSession.After(now) {
		earlier(s.nextSession)
	} else {
		earlier(s.firstOccurrenceAfter(now))
	}
	for _, sn := range s.State.Snoozed {
		earlier(sn.Until)
	}
	earlier(s.State.PausedUntil)
	if s.Plan.Breaks.On && s.State.Active < s.Plan.Breaks.Every {
		earlier(now.Add(s.Plan.Breaks.Every - s.State.Active))
	}
	return next
}

// lastOccurrence is the latest time ses was due at or before now; zero
// when it has no days.
func lastOccurrence(ses Session, now time.Time, loc *time.Location) time.Time {
	for back := range 8 {
		day := now.AddDate(0, 0, -back)
		if !ses.Days.Has(day.Weekday()) {
			continue
		}
		if at := ses.At.On(day, loc); !at.After(now) {
			return at
		}
	}
	return time.Time{}
}

// nextOccurrence is the first time ses is due after after on a day later
// than done.
func nextOccurrence(ses Session, after time.Time, loc *time.Location, done int) time.Time {
	for ahead := range 9 {
		y, m, d := after.In(loc).Date()
		day := time.Date(y, m, d+ahead, 12, 0, 0, 0, loc)
		if !ses.Days.Has(day.Weekday()) {
			continue
		}
		if at := ses.At.On(day, loc); at.After(after) && dateKey(at) > done {
			return at
		}
	}
	return time.Time{}
}

// dateKey names t's calendar day as yyyymmdd; keys sort as dates do.
func dateKey(t time.Time) int {
	y, m, d := t.Date()
	return y*10000 + int(m)*100 + d
}
