// Package remind holds the reminder plan (reminders.toml in the config
// folder) and the scheduler that decides, against an injected clock and
// idle source, when to offer a routine: on chosen weekdays at a time, and
// after long stretches of computer use. It never imports Fyne; the
// background process and the window call it.
package remind

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/postureapp/posture/internal/store"
)

// FileName is the plan's name, in the config folder (store.Paths).
const FileName = store.RemindersFile

// Defaults and limits people see in Settings and in error messages.
const (
	DefaultBreakEvery   = 50 * time.Minute
	MinBreakEvery       = 15 * time.Minute
	MaxBreakEvery       = 180 * time.Minute
	DefaultBreakRoutine = "Desk Posture Break"
	// NaturalBreak is an idle stretch that counts as a break by itself
	// and restarts the count of active use.
	NaturalBreak = 5 * time.Minute
	// MaxLate is how old a reminder may be and still be offered, late.
	MaxLate = 12 * time.Hour
	// SnoozeFor is the prompt's Snooze.
	SnoozeFor = 10 * time.Minute
)

// DefaultQuiet is when reminders may come when the plan does not say.
var DefaultQuiet = Hours{From: 8 * 60, To: 21 * 60}

// Plan is the whole of reminders.toml.
type Plan struct {
	Sessions []Session
	Breaks   Breaks
	Quiet    Hours
}

// Session is one scheduled routine: on Days at At, local time.
type Session struct {
	Routine string
	Days    Days
	At      ClockTime
}

// Breaks are the desk breaks: after Every of active use, Routine.
type Breaks struct {
	On      bool
	Every   time.Duration
	Routine string
}

// Hours is the part of the day reminders may come in, From included, To
// excluded; From after To spans midnight, and From equal to To is the
// whole day.
type Hours struct{ From, To ClockTime }

// ClockTime is a time of day in minutes after midnight.
type ClockTime int

// Days is a set of weekdays, bit i for time.Weekday(i).
type Days uint8

// Empty reports whether the plan reminds of nothing.
func (p Plan) Empty() bool { return len(p.Sessions) == 0 && !p.Breaks.On }

// NewPlan is the plan of a person who has set nothing yet: no reminders,
// defaults ready for when they turn breaks on.
func NewPlan() Plan {
	return Plan{Breaks: Breaks{Every: DefaultBreakEvery, Routine: DefaultBreakRoutine}, Quiet: DefaultQuiet}
}

// Session returns the scheduled session for routine, if any.
func (p Plan) Session(routine string) (Session, bool) {
	i := slices.IndexFunc(p.Sessions, func(s Session) bool { return s.Routine == routine })
	if i < 0 {
		return Session{}, false
	}
	return p.Sessions[i], true
}

// SetSession adds or replaces the reminder for s.Routine.
func (p *Plan) SetSession(s Session) {
	if i := slices.IndexFunc(p.Sessions, func(x Session) bool { return x.Routine == s.Routine }); i >= 0 {
		p.Sessions[i] = s
		return
	}
	p.Sessions = append(p.Sessions, s)
}

// RemoveSession drops the reminder for routine; false when there was none.
func (p *Plan) RemoveSession(routine string) bool {
	n := len(p.Sessions)
	p.Sessions = slices.DeleteFunc(p.Sessions, func(s Session) bool { return s.Routine == routine })
	return len(p.Sessions) < n
}

// Allows reports whether a reminder may come at t.
func (h Hours) Allows(t time.Time) bool { return h.allowsClock(ClockOf(t)) }

// String writes "08:00-21:00".
func (h Hours) String() string { return h.From.String() + "-" + h.To.String() }

// ClockOf is t's time of day in its own location.
func ClockOf(t time.Time) ClockTime { return ClockTime(t.Hour()*60 + t.Minute()) }

// ParseClock reads "18:00" or "7:30".
func ParseClock(s string) (ClockTime, error) {
	hh, mm, ok := strings.Cut(strings.TrimSpace(s), ":")
	h, errH := strconv.Atoi(hh)
	m, errM := strconv.Atoi(mm)
	if !ok || errH != nil || errM != nil || len(hh) > 2 || len(mm) != 2 || h < 0 || h > 23 || m < 0 || m > 59 {
		return 0, fmt.Errorf("%q is not a time of day", s)
	}
	return ClockTime(h*60 + m), nil
}

func (c ClockTime) String() string { return fmt.Sprintf("%02d:%02d", int(c)/60, int(c)%60) }

// On returns the instant of c on the calendar day of day, in loc. In a
// spring-forward gap it is the same wall time moved on by the gap, so a
// reminder in the missing hour still comes that day.
func (c ClockTime) On(day time.Time, loc *time.Location) time.Time {
	y, m, d := day.In(loc).Date()
	return time.Date(y, m, d, int(c)/60, int(c)%60, 0, 0, loc)
}

// dayNames are the weekday names files and the command line use.
var dayNames = []string{"sun", "mon", "tue", "wed", "thu", "fri", "sat"}

// weekOrder lists weekdays Monday first, as people read a week.
var weekOrder = []time.Weekday{time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday, time.Saturday, time.Sunday}

// DayName is the three-letter name of d.
func DayName(d time.Weekday) string { return dayNames[d] }

// ParseDay reads "mon" or "Monday".
func ParseDay(s string) (time.Weekday, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	if len(s) >= 3 {
		if i := slices.Index(dayNames, s[:3]); i >= 0 && strings.HasPrefix(strings.ToLower(time.Weekday(i).String()), s) {
			return time.Weekday(i), nil
		}
	}
	return 0, fmt.Errorf("%q is not a weekday", s)
}

// DaysOf makes a set of days.
func DaysOf(days ...time.Weekday) Days {
	var d Days
	for _, w := range days {
		d |= 1 << w
	}
	return d
}

// Has reports whether d includes w.
func (d Days) Has(w time.Weekday) bool { return d&(1<<w) != 0 }

// Count is how many days are in the set.
func (d Days) Count() int {
	n := 0
	for _, w := range weekOrder {
		if d.Has(w) {
			n++
		}
	}
	return n
}

// Names lists the days Monday first: ["mon", "wed", "fri"].
func (d Days) Names() []string {
	var out []string
	for _, w := range weekOrder {
		if d.Has(w) {
			out = append(out, dayNames[w])
		}
	}
	return out
}

func (d Days) String() string { return strings.Join(d.Names(), " ") }

// DefaultAt is the time of day first proposed for a reminder.
const DefaultAt ClockTime = 18 * 60

// ProposeAt is a time of day for a new reminder of routine on days: 18:00,
// or the nearest half hour to it (later first) that no other reminder
// sharing one of those days is within half an hour of, inside the hours
// reminders may come. So reminders added one after another are spread,
// rather than all due at once.
func (p Plan) ProposeAt(routine string, days Days) ClockTime {
	const step = 30
	free := func(at ClockTime) bool {
		if !p.Quiet.allowsClock(at) {
			return false
		}
		for _, s := range p.Sessions {
			if s.Routine != routine && s.Days&days != 0 && abs(int(s.At-at)) < step {
				return false
			}
		}
		return true
	}
	for k := 0; k < 48; k++ {
		for _, at := range []ClockTime{DefaultAt + ClockTime(k*step), DefaultAt - ClockTime(k*step)} {
			if at >= 0 && at < 24*60 && free(at) {
				return at
			}
		}
	}
	return DefaultAt
}

// HoursWarning says what becomes of a reminder at at when it falls outside
// the hours reminders may come, or "" when it is inside them, in English
// for the command line (the window writes Outside's answer in its own
// language).
func (p Plan) HoursWarning(at ClockTime) string {
	outside, never := p.Outside(at)
	if !outside {
		return ""
	}
	text := fmt.Sprintf("%s is outside the hours reminders may come (%s)", at, p.Quiet)
	if never {
		return fmt.Sprintf("%s: it would be over %d hours late by then, so it will not come; choose another time or widen the hours", text, int(MaxLate.Hours()))
	}
	return fmt.Sprintf("%s: it will come at %s, when they start", text, p.Quiet.From)
}

// Outside reports whether a reminder at at falls outside the hours
// reminders may come, and if so whether it never comes: such a reminder
// waits for those hours to start (the scheduler offers it late), unless
// that is more than MaxLate after it was due.
func (p Plan) Outside(at ClockTime) (outside, never bool) {
	if p.Quiet.allowsClock(at) {
		return false, false
	}
	wait := time.Duration((int(p.Quiet.From-at)+24*60)%(24*60)) * time.Minute
	return true, wait > MaxLate
}

func abs(n int) int { return max(n, -n) }

// allowsClock is Allows for a time of day.
func (h Hours) allowsClock(c ClockTime) bool {
	switch {
	case h.From == h.To:
		return true
	case h.From < h.To:
		return c >= h.From && c < h.To
	default:
		return c >= h.From || c < h.To
	}
}

// ProposeDays spreads perWeek sessions over the week with rest days
// between them where there is room: 1 → Wed, 2 → Tue Fri, 3 → Mon Wed Fri.
func ProposeDays(perWeek int) Days {
	spread := map[int][]time.Weekday{
		1: {time.Wednesday},
		2: {time.Tuesday, time.Friday},
		3: {time.Monday, time.Wednesday, time.Friday},
		4: {time.Monday, time.Tuesday, time.Thursday, time.Friday},
		5: {time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday},
		6: {time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday, time.Saturday},
	}
	switch {
	case perWeek < 1:
		perWeek = 1
	case perWeek > 6:
		return DaysOf(weekOrder...)
	}
	return DaysOf(spread[perWeek]...)
}

// Comes is when a reminder due at due is offered: then if the hours allow
// it, else when they next start, as the scheduler holds it until then; ok
// is false when that is more than MaxLate after due, as the scheduler
// drops it.
func (h Hours) Comes(due time.Time) (time.Time, bool) {
	if h.Allows(due) {
		return due, true
	}
	at := h.From.On(due, due.Location())
	if at.Before(due) {
		at = h.From.On(due.AddDate(0, 0, 1), due.Location())
	}
	return at, at.Sub(due) <= MaxLate
}
