package history

import (
	"testing"
	"time"
)

func at(loc *time.Location, y int, m time.Month, d, h, min int) time.Time {
	return time.Date(y, m, d, h, min, 0, 0, loc)
}

func sessionsAt(times ...time.Time) []Session {
	out := make([]Session, len(times))
	for i, t := range times {
		out[i] = session(t, 1)
	}
	return out
}

func TestWeekStartAcrossDaylightSavingChanges(t *testing.T) {
	loc := berlin(t)
	cases := []struct {
		when, monday time.Time
	}{
		// Clocks go forward on Sunday 29 March 2026, back on Sunday 25 October.
		{at(loc, 2026, 3, 29, 23, 30), at(loc, 2026, 3, 23, 0, 0)},
		{at(loc, 2026, 3, 30, 0, 15), at(loc, 2026, 3, 30, 0, 0)},
		{at(loc, 2026, 10, 25, 23, 59), at(loc, 2026, 10, 19, 0, 0)},
		{at(loc, 2026, 10, 26, 0, 1), at(loc, 2026, 10, 26, 0, 0)},
		// New Year 2027 falls on a Friday: the week began on 28 December.
		{at(loc, 2027, 1, 3, 12, 0), at(loc, 2026, 12, 28, 0, 0)},
	}
	for _, c := range cases {
		if got := WeekStart(c.when, loc); !got.Equal(c.monday) {
			t.Errorf("week of %v starts %v, want %v", c.when, got, c.monday)
		}
	}
}

func TestSessionsJustAroundDaylightSavingLandInTheirOwnWeeks(t *testing.T) {
	loc := berlin(t)
	// As read back from the file: a fixed offset, +01:00 once the clocks
	// went back. The day they were done on decides.
	cet := time.FixedZone("", 3600)
	sunday := at(loc, 2026, 10, 25, 23, 30).In(cet)
	monday := at(loc, 2026, 10, 26, 0, 30).In(cet)
	weeks := RecentWeeks(sessionsAt(sunday, monday), at(loc, 2026, 10, 27, 9, 0), loc, 2, 1)
	if weeks[0].Completed != 1 || weeks[1].Completed != 1 {
		t.Fatalf("weeks %+v, want one session in each", weeks)
	}
	if d := weeks[1].Start.Sub(weeks[0].Start); d != 7*24*time.Hour+time.Hour {
		t.Errorf("the week with the autumn change lasted %v, want 169h", d)
	}
}

func TestCalendarRowsAreMondayToSundayThroughSpringForward(t *testing.T) {
	loc := berlin(t)
	now := at(loc, 2026, 4, 1, 10, 0) // a Wednesday
	cal := Calendar(sessionsAt(at(loc, 2026, 3, 29, 23, 30), at(loc, 2026, 3, 29, 9, 0)), now, loc, 2)
	if len(cal) != 2 {
		t.Fatalf("%d rows", len(cal))
	}
	sunday := cal[0][6]
	if sunday.Date.Day() != 29 || sunday.Date.Hour() != 0 || sunday.Sessions != 2 {
		t.Errorf("Sunday cell %+v, want 29 March at midnight with 2 sessions", sunday)
	}
	for d, cell := range cal[1] {
		if cell.Date.Weekday() != (time.Weekday(d+1) % 7) {
			t.Errorf("column %d holds a %s", d, cell.Date.Weekday())
		}
		if cell.Future != (d > 2) {
			t.Errorf("column %d future=%v on a Wednesday", d, cell.Future)
		}
	}
}

func TestStreakAcrossTheYearEnd(t *testing.T) {
	loc := berlin(t)
	three := func(monday time.Time) []time.Time {
		return []time.Time{monday.Add(8 * time.Hour), monday.AddDate(0, 0, 2).Add(8 * time.Hour), monday.AddDate(0, 0, 4).Add(8 * time.Hour)}
	}
	var times []time.Time
	for _, m := range []time.Time{at(loc, 2026, 12, 14, 0, 0), at(loc, 2026, 12, 21, 0, 0)} {
		times = append(times, three(m)...)
	}
	// The week across New Year: Tuesday, Thursday (31 Dec), Saturday (2 Jan).
	times = append(times, at(loc, 2026, 12, 29, 7, 0), at(loc, 2026, 12, 31, 18, 0), at(loc, 2027, 1, 2, 10, 0))
	sessions := sessionsAt(times...)

	sum := Summarise(sessions, at(loc, 2027, 1, 3, 20, 0), loc, 3)
	if sum.ThisWeek != 3 || sum.Streak != 3 {
		t.Errorf("on 3 Jan: %+v, want 3 this week and a 3-week streak", sum)
	}
	// Monday 4 Jan: a new week with nothing yet must not break the streak.
	sum = Summarise(sessions, at(loc, 2027, 1, 4, 9, 0), loc, 3)
	if sum.ThisWeek != 0 || sum.Streak != 3 {
		t.Errorf("on 4 Jan: %+v, want 0 this week and the streak kept at 3", sum)
	}
	// A week with nothing in it ends the streak.
	sum = Summarise(sessions, at(loc, 2027, 1, 12, 9, 0), loc, 3)
	if sum.Streak != 0 {
		t.Errorf("after a missed week: streak %d, want 0", sum.Streak)
	}
}

func TestOnlyCompletedSessionsCountTowardTheTarget(t *testing.T) {
	loc := berlin(t)
	sessions := sessionsAt(at(loc, 2026, 11, 16, 8, 0), at(loc, 2026, 11, 17, 8, 0), at(loc, 2026, 11, 18, 8, 0))
	sessions[1].Status = Stopped
	sessions[2].Status = Pain
	weeks := RecentWeeks(sessions, at(loc, 2026, 11, 22, 8, 0), loc, 1, 1)
	if weeks[0].Completed != 1 || weeks[0].Other != 2 || !weeks[0].Met {
		t.Errorf("week %+v, want 1 completed, 2 other, target of 1 met", weeks[0])
	}
	if s := Summarise(sessions, at(loc, 2026, 11, 22, 8, 0), loc, 2); s.ThisWeek != 1 || s.Streak != 0 {
		t.Errorf("summary %+v", s)
	}
}

func TestTrendGivesBestSetPerSessionInOrder(t *testing.T) {
	loc := berlin(t)
	sessions := sessionsAt(at(loc, 2026, 11, 16, 8, 0), at(loc, 2026, 11, 18, 8, 0), at(loc, 2026, 11, 20, 8, 0))
	sessions[1].Exercises[0].Reps = []int{13, 14, 12}
	sessions[2].Exercises[0].Reps, sessions[2].Exercises[0].SetsDone = nil, 0 // stopped before it
	points := Trend(sessions, "move-0")
	if len(points) != 2 || points[0].BestReps != 12 || points[1].BestReps != 14 || points[1].Hold != 3*time.Second {
		t.Errorf("points %+v", points)
	}
}

// The same three sessions, done in Kiritimati (UTC+14) from Monday 00:30,
// count the same from every zone: before, Kiritimati saw "3 of 3, streak
// 1", UTC "0 of 3" and Etc/GMT+12 "0 of 3".
func TestAWeekDoesNotDependOnTheViewersZone(t *testing.T) {
	kiritimati := time.FixedZone("", 14*3600)
	monday := at(kiritimati, 2026, 11, 23, 0, 30)
	sessions := sessionsAt(monday, monday.Add(5*time.Hour), monday.Add(12*time.Hour))
	// Wednesday noon UTC is Wednesday everywhere from UTC-12 to UTC+14.
	now := time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)
	for _, name := range []string{"Pacific/Kiritimati", "UTC", "Etc/GMT+12"} {
		loc, err := time.LoadLocation(name)
		if err != nil {
			t.Fatal(err)
		}
		sum := Summarise(sessions, now, loc, 3)
		if sum.ThisWeek != 3 || sum.Streak != 1 {
			t.Errorf("%s: %d of 3, streak %d; want 3 of 3, streak 1", name, sum.ThisWeek, sum.Streak)
		}
		cal := Calendar(sessions, now, loc, 1)
		if cal[0][0].Sessions != 3 {
			t.Errorf("%s: Monday shows %d sessions, want 3: %+v", name, cal[0][0].Sessions, cal[0])
		}
	}
}

// A time written without an offset, by hand, is the local time it names,
// in the daylight-saving offset of its own date.
func TestATimeWithoutOffsetIsLocal(t *testing.T) {
	saved := time.Local
	time.Local = berlin(t)
	t.Cleanup(func() { time.Local = saved })
	data := "format = 1\n\n[[session]]\nid = \"x\"\nroutine = \"R\"\nstarted = 2026-07-06T00:30:00\nstatus = \"completed\"\n"
	sessions, ferr := decodeMonth([]byte(data))
	if ferr != nil {
		t.Fatal(ferr)
	}
	if _, off := sessions[0].Started.Zone(); off != 2*3600 || sessions[0].Started.Hour() != 0 {
		t.Fatalf("read as %v", sessions[0].Started)
	}
}
