package history

import "time"

// Weeks start on Monday at local midnight. Every date here is taken in the
// location given, from calendar fields rather than by adding 24-hour days,
// so a week with a daylight-saving change is still seven days long and a
// week across New Year is one week.
//
// A session counts on the day it was done where it was done: its start
// keeps the offset it was recorded with, and that date (see DoneOn) decides
// its day and week, whatever zone the history is looked at from. A
// session done on a Monday at 00:30 stays in that Monday's week.

// WeekStart returns midnight of the Monday of t's week, in loc.
func WeekStart(t time.Time, loc *time.Location) time.Time {
	t = t.In(loc)
	y, m, d := t.Date()
	back := (int(t.Weekday()) + 6) % 7
	return time.Date(y, m, d-back, 0, 0, 0, 0, loc)
}

// DoneOn is the calendar day s was done on, in the zone it was done in, as
// midnight of that date in loc, the viewer's zone.
func DoneOn(s Session, loc *time.Location) time.Time {
	y, m, d := s.Started.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, loc)
}

// dayKey names a calendar day in loc as yyyymmdd.
func dayKey(t time.Time, loc *time.Location) int {
	y, m, d := t.In(loc).Date()
	return y*10000 + int(m)*100 + d
}

func addDays(t time.Time, n int) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d+n, 0, 0, 0, 0, t.Location())
}

// Summary is the weekly picture shown on the home and history screens.
type Summary struct {
	WeekStart time.Time // Monday of the current week
	ThisWeek  int       // sessions this week that count (Session.Counts)
	Target    int       // sessions a week the person aims for
	Streak    int       // weeks in a row that met the target
}

// Summarise counts this week's completed sessions against target and the
// streak of weeks that met it. The current week adds to the streak once
// met, and while unfinished it never breaks it.
func Summarise(sessions []Session, now time.Time, loc *time.Location, target int) Summary {
	target = max(target, 1)
	perWeek := completedPerWeek(sessions, loc)
	week := WeekStart(now, loc)
	sum := Summary{WeekStart: week, ThisWeek: perWeek[dayKey(week, loc)], Target: target}
	if sum.ThisWeek >= target {
		sum.Streak++
	}
	for w := addDays(week, -7); perWeek[dayKey(w, loc)] >= target; w = addDays(w, -7) {
		sum.Streak++
	}
	return sum
}

// completedPerWeek counts completed sessions by the dayKey of their Monday.
func completedPerWeek(sessions []Session, loc *time.Location) map[int]int {
	perWeek := map[int]int{}
	for _, s := range sessions {
		if s.Counts() {
			perWeek[dayKey(WeekStart(DoneOn(s, loc), loc), loc)]++
		}
	}
	return perWeek
}

// Week is one week's count, for the weekly summary list.
type Week struct {
	Start     time.Time
	Completed int
	Other     int // sessions that do not count: partial or skipped
	Met       bool
}

// RecentWeeks returns the last n weeks, the current one last.
func RecentWeeks(sessions []Session, now time.Time, loc *time.Location, n, target int) []Week {
	target = max(target, 1)
	first := addDays(WeekStart(now, loc), -7*(n-1))
	weeks := make([]Week, n)
	index := map[int]int{}
	for i := range weeks {
		weeks[i].Start = addDays(first, 7*i)
		index[dayKey(weeks[i].Start, loc)] = i
	}
	for _, s := range sessions {
		i, ok := index[dayKey(WeekStart(DoneOn(s, loc), loc), loc)]
		switch {
		case !ok:
		case s.Counts():
			weeks[i].Completed++
		default:
			weeks[i].Other++
		}
	}
	for i := range weeks {
		weeks[i].Met = weeks[i].Completed >= target
	}
	return weeks
}

// Day is one cell of the calendar.
type Day struct {
	Date      time.Time // local midnight
	Sessions  int       // every session started that day
	Completed int
	Mark      DayMark // what happened that day, as the calendar colours it
	Future    bool    // after today: nothing to show yet
}

// Calendar returns the last n weeks as rows of Monday..Sunday, the current
// week last, like a contribution graph.
func Calendar(sessions []Session, now time.Time, loc *time.Location, n int) [][7]Day {
	return CalendarFrom(sessions, now, loc, n, time.Monday)
}

// CalendarFrom is Calendar with weeks that start on firstDay, as the
// person's locale draws a calendar (Sunday in the US). It changes only
// how the days are laid out: the weekly target and the streak count
// weeks from Monday whatever the locale.
func CalendarFrom(sessions []Session, now time.Time, loc *time.Location, n int, firstDay time.Weekday) [][7]Day {
	perDay := map[int]*Day{}
	now = now.In(loc)
	y, m, d := now.Date()
	back := (int(now.Weekday()) - int(firstDay) + 7) % 7
	first := addDays(time.Date(y, m, d-back, 0, 0, 0, 0, loc), -7*(n-1))
	today := dayKey(now, loc)
	rows := make([][7]Day, n)
	for w := range rows {
		for d := range rows[w] {
			day := &rows[w][d]
			day.Date = addDays(first, 7*w+d)
			key := dayKey(day.Date, loc)
			day.Future = key > today
			perDay[key] = day
		}
	}
	for _, s := range sessions {
		if day := perDay[dayKey(DoneOn(s, loc), loc)]; day != nil {
			day.Sessions++
			v := s.Judge()
			if v.Counted() {
				day.Completed++
			}
			day.Mark = day.Mark.with(markOf(v))
		}
	}
	return rows
}
