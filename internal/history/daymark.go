package history

// DayMark is what happened on a calendar day, judged from its sessions
// as every screen judges a session (Session.Judge).
type DayMark int

// Day marks, in the order a day with several sessions shows them: the
// greater wins.
const (
	// DayNone: no session that day.
	DayNone DayMark = iota
	// DaySkipped: sessions with nothing done (skipped through, or stopped
	// before any set).
	DaySkipped
	// DayPartial: some work, no session completed.
	DayPartial
	// DayCompleted: at least one session completed.
	DayCompleted
	// DayPain: a session stopped for pain. It outranks a completed one
	// the same day, so a painful day is never hidden behind a green cell.
	DayPain
)

// markOf is one session's mark.
func markOf(v Verdict) DayMark {
	switch {
	case v.Pain:
		return DayPain
	case v.Outcome == OutcomeCompleted:
		return DayCompleted
	case v.Outcome == OutcomePartial:
		return DayPartial
	}
	return DaySkipped
}

// with is the day's mark once a session marked m is added.
func (d DayMark) with(m DayMark) DayMark { return max(d, m) }

// Name is the mark as the calendar's legend says it.
func (d DayMark) Name() string {
	switch d {
	case DaySkipped:
		return "Skipped, nothing done"
	case DayPartial:
		return "Partial"
	case DayCompleted:
		return "Completed"
	case DayPain:
		return "Stopped for pain"
	}
	return "No session"
}

// ToGo is how many more completed sessions this week meets the target.
func (s Summary) ToGo() int { return max(0, s.Target-s.ThisWeek) }
