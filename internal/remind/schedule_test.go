package remind

import (
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/postureapp/posture/internal/history"
)

func TestRemindsOnTheChosenWeekdaysAtTheTime(t *testing.T) {
	loc := berlin(t)
	// Monday 2026-11-16.
	m := newSim(t, planWith(Session{Routine: "A", Days: DaysOf(time.Monday, time.Wednesday, time.Friday), At: 18 * 60}), at(loc, 2026, 11, 16, 9, 0))
	m.runUntil(at(loc, 2026, 11, 23, 9, 0))
	m.wantShown(
		due("A", at(loc, 2026, 11, 16, 18, 0)),
		due("A", at(loc, 2026, 11, 18, 18, 0)),
		due("A", at(loc, 2026, 11, 20, 18, 0)),
	)
}

func TestSpringForwardKeepsLocalTimesAndGivesTheMissingHourOnce(t *testing.T) {
	loc := berlin(t)
	// 2026-03-29 02:00 CET becomes 03:00 CEST.
	m := newSim(t, planWith(
		Session{Routine: "night", Days: everyDay(), At: 2*60 + 30},
		Session{Routine: "evening", Days: everyDay(), At: 18 * 60},
	), at(loc, 2026, 3, 28, 3, 0))
	m.s.Plan.Quiet = Hours{} // whole day
	m.runUntil(at(loc, 2026, 3, 30, 12, 0))
	m.wantShown(
		due("evening", at(loc, 2026, 3, 28, 18, 0)),
		due("night", at(loc, 2026, 3, 29, 3, 30)), // 02:30 does not exist that night
		due("evening", at(loc, 2026, 3, 29, 18, 0)),
		due("night", at(loc, 2026, 3, 30, 2, 30)),
	)
	if h := m.shown[2].at.Hour(); h != 18 || m.shown[2].at.Sub(m.shown[0].at) != 23*time.Hour {
		t.Errorf("evening after the change at %v", m.shown[2].at)
	}
}

func TestFallBackGivesTheRepeatedHourOnce(t *testing.T) {
	loc := berlin(t)
	// 2026-10-25 03:00 CEST becomes 02:00 CET: 02:30 happens twice.
	m := newSim(t, planWith(
		Session{Routine: "night", Days: everyDay(), At: 2*60 + 30},
		Session{Routine: "evening", Days: everyDay(), At: 18 * 60},
	), at(loc, 2026, 10, 24, 3, 0))
	m.s.Plan.Quiet = Hours{}
	m.runUntil(at(loc, 2026, 10, 26, 12, 0))
	if len(m.shown) != 4 {
		t.Fatalf("want 4 prompts:\n%s", describe(m.shown))
	}
	for _, s := range m.shown {
		wantH := map[string]int{"night": 2, "evening": 18}[s.p.Routine]
		if s.at.Hour() != wantH || s.at.Minute() != map[string]int{"night": 30, "evening": 0}[s.p.Routine] {
			t.Errorf("%s at %v", s.p.Routine, s.at)
		}
	}
	if d := m.shown[2].at.Sub(m.shown[0].at); d != 25*time.Hour {
		t.Errorf("evenings either side of the change are %v apart, want 25h", d)
	}
}

func TestAcrossMidnightTheDayIsTheDayOfTheTime(t *testing.T) {
	loc := berlin(t)
	p := planWith(Session{Routine: "late", Days: DaysOf(time.Tuesday), At: 30})
	p.Quiet = Hours{From: 6 * 60, To: 60} // until 01:00
	m := newSim(t, p, at(loc, 2026, 11, 16, 12, 0))
	m.runUntil(at(loc, 2026, 11, 19, 12, 0))
	m.wantShown(due("late", at(loc, 2026, 11, 17, 0, 30)))
}

func TestDeskCountCarriesAcrossMidnight(t *testing.T) {
	loc := berlin(t)
	p := NewPlan()
	p.Breaks = Breaks{On: true, Every: time.Hour, Routine: "Desk"}
	p.Quiet = Hours{}
	m := newSim(t, p, at(loc, 2026, 11, 16, 23, 30))
	m.runUntil(at(loc, 2026, 11, 17, 1, 0))
	m.wantShown(shown{at(loc, 2026, 11, 17, 0, 30), Prompt{Routine: "Desk", Planned: at(loc, 2026, 11, 17, 0, 30)}})
}

func TestNoReminderWhenTheWeeksTargetIsMet(t *testing.T) {
	loc := berlin(t)
	// Done Monday morning, Tuesday and Wednesday morning: 3 of 3.
	var sessions []history.Session
	for _, d := range []int{16, 17, 18} {
		sessions = append(sessions, history.Session{Routine: "A", Started: at(loc, 2026, 11, d, 7, 0), Status: history.Completed})
	}
	sessions = append(sessions, history.Session{Routine: "B", Started: at(loc, 2026, 11, 19, 7, 0), Status: history.Completed})
	m := newSim(t, planWith(Session{Routine: "A", Days: DaysOf(time.Monday, time.Wednesday, time.Friday), At: 18 * 60}), at(loc, 2026, 11, 16, 9, 0))
	m.s.TargetMet = WeekTargets(sessions, map[string]int{"A": 3}, loc)
	m.runUntil(at(loc, 2026, 11, 24, 9, 0))
	m.wantShown(
		due("A", at(loc, 2026, 11, 16, 18, 0)), // 1 of 3 so far
		due("A", at(loc, 2026, 11, 23, 18, 0)), // a new week
	)
}

func TestIdleStretchRestartsTheDeskCount(t *testing.T) {
	loc := berlin(t)
	p := NewPlan()
	p.Breaks = Breaks{On: true, Every: 50 * time.Minute, Routine: "Desk"}
	start := at(loc, 2026, 11, 16, 9, 0)
	m := newSim(t, p, start)
	// 40 min at work, 6 min away, then at work again.
	m.active = func(now time.Time) bool {
		d := now.Sub(start)
		return d < 40*time.Minute || d >= 46*time.Minute
	}
	m.runUntil(start.Add(3 * time.Hour))
	if len(m.shown) == 0 {
		t.Fatal("no break")
	}
	first := m.shown[0].at.Sub(start)
	if first < 96*time.Minute-PollEvery || first > 96*time.Minute+PollEvery {
		t.Errorf("first break %v after the start, want about 1h36 (50 min after the idle stretch)", first)
	}
	if len(m.shown) != 2 || m.shown[1].at.Sub(m.shown[0].at) != 50*time.Minute {
		t.Errorf("breaks:\n%s", describe(m.shown))
	}
}

func TestIdleStretchBetweenTwoChecksCounts(t *testing.T) {
	loc := berlin(t)
	p := NewPlan()
	p.Breaks = Breaks{On: true, Every: 50 * time.Minute, Routine: "Desk"}
	start := at(loc, 2026, 11, 16, 9, 0)
	m := newSim(t, p, start)
	m.s.State.Active = 49 * time.Minute
	m.s.State.LastCheck = start
	m.s.State.LastIdle = 4*time.Minute + 40*time.Second
	// 30 s later the person is back after 5 min 10 s away: a break.
	m.clock.t = start.Add(PollEvery)
	m.idle.lastInput = m.clock.t
	if p := m.s.Check(); len(p) != 0 || m.s.State.Active != 0 {
		t.Fatalf("prompt %v, active %v: the idle stretch was not seen", p, m.s.State.Active)
	}
}

func TestWithoutAnIdleSourceTheCountIsWallClock(t *testing.T) {
	loc := berlin(t)
	p := NewPlan()
	p.Breaks = Breaks{On: true, Every: 50 * time.Minute, Routine: "Desk"}
	start := at(loc, 2026, 11, 16, 9, 0)
	m := newSim(t, p, start)
	m.idle.known = false
	m.active = func(time.Time) bool { return false }
	m.runUntil(start.Add(time.Hour))
	m.wantShown(shown{start.Add(50 * time.Minute), Prompt{Routine: "Desk", Planned: start.Add(50 * time.Minute)}})
}

func TestQuietHoursHoldADeskBreakThatThenLapses(t *testing.T) {
	loc := berlin(t)
	p := NewPlan()
	p.Breaks = Breaks{On: true, Every: 50 * time.Minute, Routine: "Desk"}
	start := at(loc, 2026, 11, 16, 20, 30)
	m := newSim(t, p, start)
	m.active = func(now time.Time) bool { return now.Before(at(loc, 2026, 11, 16, 22, 30)) }
	m.runUntil(at(loc, 2026, 11, 17, 12, 0))
	if len(m.shown) != 0 {
		t.Fatalf("a break came in quiet hours or the next morning:\n%s", describe(m.shown))
	}
}

func TestFullScreenHoldsAReminderThatThenComesOnce(t *testing.T) {
	loc := berlin(t)
	m := newSim(t, planWith(Session{Routine: "A", Days: everyDay(), At: 18 * 60}), at(loc, 2026, 11, 16, 17, 0))
	m.busy = true
	m.runUntil(at(loc, 2026, 11, 16, 18, 20))
	if len(m.shown) != 0 {
		t.Fatal("reminded over a full-screen window")
	}
	m.busy = false
	m.runUntil(at(loc, 2026, 11, 16, 21, 0))
	m.wantShown(shown{at(loc, 2026, 11, 16, 18, 20), Prompt{Routine: "A", Planned: at(loc, 2026, 11, 16, 18, 0)}})
	if !m.shown[0].p.Late {
		t.Error("a reminder 20 minutes late is not marked late")
	}
}

func TestAReminderHeldByQuietHoursComesOnceNextMorning(t *testing.T) {
	loc := berlin(t)
	m := newSim(t, planWith(Session{Routine: "A", Days: DaysOf(time.Monday), At: 20*60 + 50}), at(loc, 2026, 11, 16, 20, 0))
	m.busy = true
	m.runUntil(at(loc, 2026, 11, 16, 21, 5))
	m.busy = false
	m.runUntil(at(loc, 2026, 11, 17, 20, 0))
	m.wantShown(shown{at(loc, 2026, 11, 17, 8, 0), Prompt{Routine: "A", Planned: at(loc, 2026, 11, 16, 20, 50)}})
}

func TestSnoozeBringsItBackOnceAndSkipDropsIt(t *testing.T) {
	loc := berlin(t)
	m := newSim(t, planWith(Session{Routine: "A", Days: everyDay(), At: 18 * 60}), at(loc, 2026, 11, 16, 17, 0))
	answers := 0
	m.answer = func(p Prompt) {
		answers++
		if answers == 1 {
			m.s.Snooze(p, SnoozeFor)
		} else {
			m.s.Skip(p)
		}
	}
	m.runUntil(at(loc, 2026, 11, 16, 21, 0))
	m.wantShown(
		due("A", at(loc, 2026, 11, 16, 18, 0)),
		shown{at(loc, 2026, 11, 16, 18, 10), Prompt{Routine: "A", Planned: at(loc, 2026, 11, 16, 18, 0)}},
	)
}

func TestPauseUntilTomorrowHoldsEverything(t *testing.T) {
	loc := berlin(t)
	p := planWith(Session{Routine: "A", Days: everyDay(), At: 20*60 + 30})
	p.Breaks = Breaks{On: true, Every: 50 * time.Minute, Routine: "Desk"}
	m := newSim(t, p, at(loc, 2026, 11, 16, 12, 0))
	m.active = func(now time.Time) bool { return now.Hour() < 17 }
	m.s.PauseUntil(m.s.Tomorrow())
	m.runUntil(at(loc, 2026, 11, 16, 21, 0))
	if len(m.shown) != 0 {
		t.Fatalf("reminded while paused:\n%s", describe(m.shown))
	}
	m.runUntil(at(loc, 2026, 11, 17, 8, 0))
	m.wantShown(shown{at(loc, 2026, 11, 17, 8, 0), Prompt{Routine: "A", Planned: at(loc, 2026, 11, 16, 20, 30)}})
}

// The next reminder named in the tray and in 'posture remind' is the one
// that comes, at the time it comes: what falls due while reminders are
// snoozed comes once when the snooze ends (all of them together), and
// that is said from the moment Snooze is chosen until it comes.
func TestUpcomingDuringAPauseSaysWhatComesAndWhen(t *testing.T) {
	loc := berlin(t)
	m := newSim(t, planWith(
		Session{Routine: "A", Days: everyDay(), At: 10*60 + 10},
		Session{Routine: "B", Days: everyDay(), At: 10*60 + 20},
		Session{Routine: "C", Days: everyDay(), At: 11 * 60},
	), at(loc, 2026, 11, 16, 9, 50))
	m.runUntil(at(loc, 2026, 11, 16, 10, 0))
	m.s.PauseUntil(at(loc, 2026, 11, 16, 10, 30))
	for _, when := range []time.Time{at(loc, 2026, 11, 16, 10, 0), at(loc, 2026, 11, 16, 10, 15), at(loc, 2026, 11, 16, 10, 25)} {
		m.runUntil(when)
		wantUpcoming(t, m.s, when, "A at 10:30", "B at 10:30", "C at 11:00")
	}
	m.runUntil(at(loc, 2026, 11, 16, 11, 5))
	m.wantShown(
		shown{at(loc, 2026, 11, 16, 10, 30), Prompt{Routine: "A", Planned: at(loc, 2026, 11, 16, 10, 10)}},
		shown{at(loc, 2026, 11, 16, 10, 30), Prompt{Routine: "B", Planned: at(loc, 2026, 11, 16, 10, 20)}},
		due("C", at(loc, 2026, 11, 16, 11, 0)),
	)
}

// Snoozed until tomorrow: a reminder still within MaxLate when the
// snooze ends is named for then; one older by then is not named at all.
func TestUpcomingUntilTomorrowLeavesOutWhatWillBeDropped(t *testing.T) {
	loc := berlin(t)
	m := newSim(t, planWith(
		Session{Routine: "A", Days: everyDay(), At: 20*60 + 30},
		Session{Routine: "B", Days: everyDay(), At: 18 * 60},
	), at(loc, 2026, 11, 16, 12, 0))
	m.runUntil(at(loc, 2026, 11, 16, 12, 5))
	m.s.PauseUntil(m.s.Tomorrow())
	wantUpcoming(t, m.s, at(loc, 2026, 11, 16, 12, 5), "A at 08:00", "B at 18:00")
	m.runUntil(at(loc, 2026, 11, 17, 19, 0))
	m.wantShown(
		shown{at(loc, 2026, 11, 17, 8, 0), Prompt{Routine: "A", Planned: at(loc, 2026, 11, 16, 20, 30)}},
		due("B", at(loc, 2026, 11, 17, 18, 0)),
	)
}

// Start it now in the tray, on a reminder put off past midnight, does
// that evening's reminder and leaves the next day's alone.
func TestStartingAReminderPutOffPastMidnightKeepsTheNextDays(t *testing.T) {
	loc := berlin(t)
	for _, c := range []struct {
		what    string
		putOff  func(m *sim)
		firstAt time.Time
	}{
		{"snoozed", func(m *sim) { m.s.Snooze(m.shown[0].p, SnoozeFor) }, at(loc, 2026, 11, 16, 23, 50)},
		{"paused", func(m *sim) { m.s.PauseUntil(at(loc, 2026, 11, 17, 0, 30)) }, at(loc, 2026, 11, 16, 23, 40)},
	} {
		t.Run(c.what, func(t *testing.T) {
			p := planWith(Session{Routine: "A", Days: everyDay(), At: 23*60 + 50})
			p.Quiet = Hours{} // whole day
			m := newSim(t, p, at(loc, 2026, 11, 16, 22, 0))
			m.runUntil(c.firstAt)
			c.putOff(m)
			next, ok := m.s.Next()
			if !ok || next.Planned.Day() != 17 {
				t.Fatalf("the next reminder is %+v, want A after midnight", next)
			}
			m.s.StartNow(next)
			m.shown = nil
			m.runUntil(at(loc, 2026, 11, 17, 23, 55))
			m.wantShown(due("A", at(loc, 2026, 11, 17, 23, 50)))
		})
	}
}

// wantUpcoming checks Upcoming's routines and times of day.
func wantUpcoming(t *testing.T, s *Scheduler, now time.Time, want ...string) {
	t.Helper()
	var got []string
	for _, p := range s.Upcoming(len(want)) {
		got = append(got, p.Routine+" at "+p.Planned.Format("15:04"))
	}
	if !slices.Equal(got, want) {
		t.Errorf("at %s Upcoming says %q, want %q", now.Format("Mon 15:04"), got, want)
	}
}

// Asleep through two reminders: both come at wake-up, late, in one go;
// neither is lost to the other.
func TestEightHourJumpShowsEveryReminderMissed(t *testing.T) {
	loc := berlin(t)
	p := planWith(
		Session{Routine: "A", Days: everyDay(), At: 15 * 60},
		Session{Routine: "B", Days: everyDay(), At: 17 * 60},
	)
	p.Breaks = Breaks{On: true, Every: 50 * time.Minute, Routine: "Desk"}
	m := newSim(t, p, at(loc, 2026, 11, 16, 11, 40))
	m.runUntil(at(loc, 2026, 11, 16, 12, 0))
	m.shown = nil
	m.jump(at(loc, 2026, 11, 16, 20, 0)) // asleep from 12:00 to 20:00
	m.runUntil(at(loc, 2026, 11, 16, 20, 45))
	m.wantShown(
		shown{at(loc, 2026, 11, 16, 20, 0), Prompt{Routine: "A", Planned: at(loc, 2026, 11, 16, 15, 0)}},
		shown{at(loc, 2026, 11, 16, 20, 0), Prompt{Routine: "B", Planned: at(loc, 2026, 11, 16, 17, 0)}})
	if !m.shown[0].p.Late || !m.shown[1].p.Late {
		t.Error("the prompts after the jump are not marked late")
	}
}

func TestMissedRemindersOlderThan12HoursAreDropped(t *testing.T) {
	loc := berlin(t)
	m := newSim(t, planWith(Session{Routine: "A", Days: DaysOf(time.Monday), At: 9 * 60}), at(loc, 2026, 11, 16, 8, 0))
	m.runUntil(at(loc, 2026, 11, 16, 8, 30))
	m.jump(at(loc, 2026, 11, 16, 21, 30)) // Posture was not running
	m.runUntil(at(loc, 2026, 11, 17, 12, 0))
	if len(m.shown) != 0 {
		t.Fatalf("a reminder 12h30 old came:\n%s", describe(m.shown))
	}
}

func TestANewReminderDoesNotBringUpItsPast(t *testing.T) {
	loc := berlin(t)
	m := newSim(t, planWith(), at(loc, 2026, 11, 16, 18, 30))
	m.runUntil(at(loc, 2026, 11, 16, 18, 40))
	m.s.SetPlan(planWith(Session{Routine: "A", Days: everyDay(), At: 18 * 60}))
	m.runUntil(at(loc, 2026, 11, 17, 18, 1))
	m.wantShown(due("A", at(loc, 2026, 11, 17, 18, 0)))
}

func TestStateSurvivesARestart(t *testing.T) {
	loc := berlin(t)
	path := t.TempDir() + "/" + StateFileName
	m := newSim(t, planWith(Session{Routine: "A", Days: everyDay(), At: 18 * 60}), at(loc, 2026, 11, 16, 17, 0))
	m.answer = func(p Prompt) { m.s.Snooze(p, SnoozeFor) }
	m.runUntil(at(loc, 2026, 11, 16, 18, 5))
	if err := SaveState(path, m.s.State); err != nil {
		t.Fatal(err)
	}
	st, err := LoadState(path)
	if err != nil {
		t.Fatal(err)
	}
	m.s.State, m.shown, m.answer = st, nil, nil
	m.runUntil(at(loc, 2026, 11, 16, 21, 0))
	m.wantShown(shown{at(loc, 2026, 11, 16, 18, 10), Prompt{Routine: "A", Planned: at(loc, 2026, 11, 16, 18, 0)}})
}

func TestABrokenStateFileIsMovedAsideAndStartedAfresh(t *testing.T) {
	path := t.TempDir() + "/" + StateFileName
	if err := writeFile(path, "last_check = [[["); err != nil {
		t.Fatal(err)
	}
	st, err := LoadState(path)
	if err == nil || st == nil || len(st.Done) != 0 {
		t.Fatalf("got %+v, %v", st, err)
	}
	if _, err := readCapped(path + ".broken"); err != nil {
		t.Errorf("broken file not kept: %v", err)
	}
}

// TestAYearWithoutDriftOrBurst runs a year of workdays, weekends, idle
// stretches and DST changes: every scheduled reminder comes once, to the
// second, and desk breaks never come closer than their interval.
func TestAYearWithoutDriftOrBurst(t *testing.T) {
	loc := berlin(t)
	p := planWith(
		Session{Routine: "A", Days: DaysOf(time.Monday, time.Wednesday, time.Friday), At: 18 * 60},
		Session{Routine: "B", Days: everyDay(), At: 7*60 + 45},
	)
	p.Quiet = Hours{From: 7 * 60, To: 22 * 60}
	p.Breaks = Breaks{On: true, Every: 50 * time.Minute, Routine: "Desk"}
	start := at(loc, 2026, 1, 1, 0, 0)
	end := start.AddDate(1, 0, 0)
	m := newSim(t, p, start)
	rnd := rand.New(rand.NewPCG(1, 2))
	awayUntil := start
	m.active = func(now time.Time) bool {
		workday := now.Weekday() != time.Saturday && now.Weekday() != time.Sunday
		if !workday || now.Hour() < 9 || now.Hour() >= 17 || now.Before(awayUntil) {
			return false
		}
		if rnd.IntN(120) == 0 { // about once an hour, a few minutes away
			awayUntil = now.Add(time.Duration(2+rnd.IntN(10)) * time.Minute)
		}
		return true
	}
	m.runUntil(end)

	want := map[string]bool{}
	for d := start; d.Before(end); d = d.AddDate(0, 0, 1) {
		for _, s := range p.Sessions {
			if s.Days.Has(d.Weekday()) {
				want[s.Routine+s.At.On(d, loc).Format(time.RFC3339)] = true
			}
		}
	}
	var lastBreak time.Time
	breaks := 0
	for i, s := range m.shown {
		if i > 0 && !s.at.After(m.shown[i-1].at) {
			t.Fatalf("two prompts at %v", s.at)
		}
		if s.p.Kind == DeskBreak {
			if !lastBreak.IsZero() && s.at.Sub(lastBreak) < 50*time.Minute {
				t.Fatalf("breaks at %v and %v", lastBreak, s.at)
			}
			lastBreak = s.at
			breaks++
			continue
		}
		key := s.p.Routine + s.p.Planned.Format(time.RFC3339)
		if !want[key] {
			t.Fatalf("unexpected or repeated prompt %s", describe([]shown{s}))
		}
		delete(want, key)
		if !s.at.Equal(s.p.Planned) {
			t.Fatalf("prompt drifted: %s", describe([]shown{s}))
		}
	}
	if len(want) != 0 {
		t.Fatalf("%d scheduled reminders never came", len(want))
	}
	// About 8 hours a workday: at least 5 breaks a day on 250 workdays.
	if breaks < 5*250 || breaks > 10*261 {
		t.Errorf("%d desk breaks in a year", breaks)
	}
}

// A reminder set before the allowed hours start comes when they start,
// as HoursWarning tells the person.
func TestAReminderBeforeTheHoursComesWhenTheyStart(t *testing.T) {
	loc := berlin(t)
	plan := planWith(Session{Routine: "A", Days: DaysOf(time.Monday), At: 7*60 + 55})
	m := newSim(t, plan, at(loc, 2026, 11, 16, 6, 0))
	m.runUntil(at(loc, 2026, 11, 16, 12, 0))
	if len(m.shown) != 1 || m.shown[0].at.Hour() != 8 || m.shown[0].at.Minute() != 0 {
		t.Fatalf("want one prompt at 08:00:\n%s", describe(m.shown))
	}
}
