package remind

import (
	"time"

	"github.com/postureapp/posture/internal/history"
)

// WeekTargets answers Scheduler.TargetMet from the history: a routine's
// target is met when it was completed at least perWeek[routine] times in
// the week (Monday first, in loc) of the reminder, before it was due; a
// session counts in the week of the day it was done where it was done
// (history.DoneOn). Routines missing from perWeek are never met.
func WeekTargets(sessions []history.Session, perWeek map[string]int, loc *time.Location) func(string, time.Time) bool {
	return func(routine string, t time.Time) bool {
		target, ok := perWeek[routine]
		if !ok {
			return false
		}
		week := history.WeekStart(t, loc)
		done := 0
		for _, s := range sessions {
			if s.Routine == routine && s.Counts() && s.Started.Before(t) && history.WeekStart(history.DoneOn(s, loc), loc).Equal(week) {
				done++
			}
		}
		return done >= max(target, 1)
	}
}

// DoneThatDay answers Scheduler.DoneThatDay from the history: a routine
// is done on a day when a session of it that counts (history.Session.Counts)
// started that day, in loc.
func DoneThatDay(sessions []history.Session, loc *time.Location) func(string, time.Time) bool {
	return func(routine string, t time.Time) bool {
		y, m, d := t.In(loc).Date()
		for _, s := range sessions {
			if sy, sm, sd := s.Started.In(loc).Date(); s.Routine == routine && sy == y && sm == m && sd == d && s.Counts() {
				return true
			}
		}
		return false
	}
}
