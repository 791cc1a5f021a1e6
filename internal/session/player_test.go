package session

import (
	"reflect"
	"testing"
	"time"

	"github.com/postureapp/posture/internal/clock"
	"github.com/postureapp/posture/internal/history"
	"github.com/postureapp/posture/internal/routine"
)

var t0 = time.Date(2026, 11, 22, 8, 30, 0, 0, time.UTC)

// run plays tl on a fake clock to the end. setup may schedule controls on
// the clock; onEvent sees every event with the fake time it happened at.
func run(t *testing.T, tl Timeline, opts Options, setup func(*Player, *clock.Fake), onEvent func(*Player, Event, time.Time)) history.Session {
	t.Helper()
	clock := clock.NewFake(t0)
	var p *Player
	opts.OnEvent = func(ev Event) {
		if onEvent != nil {
			onEvent(p, ev, clock.Now())
		}
	}
	p = New(tl, clock, opts)
	if setup != nil {
		setup(p, clock)
	}
	p.Start()
	done := make(chan history.Session)
	go func() { done <- p.Wait() }()
	select {
	case rec := <-done:
		return rec
	case <-time.After(10 * time.Second):
		t.Fatalf("player never finished; state %+v", p.State())
	}
	return history.Session{}
}

// starts records the fake time each segment started at, in order.
type starts struct {
	index []int
	at    []time.Duration
}

func (s *starts) note(ev Event, now time.Time) {
	if ev.Kind == SegmentStarted {
		s.index = append(s.index, ev.Segment.Index)
		s.at = append(s.at, now.Sub(t0))
	}
}

// kinds is a timeline with every kind of segment:
//
//	0 prepare 5s
//	step 0, rep-based, both sides, 2 sets × 2 reps × (1 lift, 1 hold, 1 lower), rest 5s:
//	  1-6 set 1 left, 7 switch 3s, 8-13 set 1 right, 14 rest,
//	  15-20 set 2 left, 21 switch, 22-27 set 2 right, 28 rest after 7s
//	29 step 1, a 10 s timed move; 30 rest after 7s
//	31 step 2, self-paced set of 5 reps (estimate 15 s)
//	32 done
func kinds() Timeline {
	lib := routine.NewLibrary(repMove("r", sec, sec, sec), timedMove("w", 10*sec, ""), repMove("s", sec, sec, sec))
	r := flat(
		routine.Step{Exercise: "r", Sets: 2, Reps: reps(2), Rest: routine.Dur(5 * sec), Sides: sides(routine.BothSides)},
		routine.Step{Exercise: "w"},
		routine.Step{Exercise: "s", Reps: reps(5), Pace: routine.Self},
	)
	r.RestAfter = routine.Dur(7 * sec)
	return Build(r, lib)
}

func TestKindsTimelineLayout(t *testing.T) {
	tl := kinds()
	checkContiguous(t, tl)
	want := map[int]Phase{0: PhasePrepare, 1: PhaseLift, 6: PhaseLower, 7: PhaseSwitch, 14: PhaseRest, 28: PhaseRest, 29: PhaseWork, 30: PhaseRest, 31: PhaseSet, 32: PhaseDone}
	for i, ph := range want {
		if tl.Segments[i].Phase != ph {
			t.Fatalf("segment %d is %s, want %s", i, tl.Segments[i].Phase, ph)
		}
	}
	// 5 + 2 × (6 + 3 + 6) + 5 + 7 + 10 + 7 + 15 = 79 s
	if tl.Total != 79*sec || len(tl.Segments) != 33 {
		t.Fatalf("total %v, %d segments; want 1m19s, 33", tl.Total, len(tl.Segments))
	}
}

func TestPlaysEveryBoundaryOnSchedule(t *testing.T) {
	tl := kinds()
	var s starts
	rec := run(t, tl, Options{AutoDone: true}, nil, func(_ *Player, ev Event, now time.Time) { s.note(ev, now) })
	if len(s.index) != len(tl.Segments) {
		t.Fatalf("%d segments started, want %d", len(s.index), len(tl.Segments))
	}
	for i, at := range s.at {
		if s.index[i] != i || at != tl.Segments[i].Offset {
			t.Errorf("segment %d started at %v, planned %v", s.index[i], at, tl.Segments[i].Offset)
		}
	}
	if rec.Status != history.Completed || time.Duration(rec.Active) != tl.Total || rec.Ended.Sub(rec.Started) != tl.Total {
		t.Errorf("record: status %s active %v span %v, want completed %v", rec.Status, time.Duration(rec.Active), rec.Ended.Sub(rec.Started), tl.Total)
	}
}

func TestTicksEveryWholeSecondAndLastThree(t *testing.T) {
	lib := routine.NewLibrary(timedMove("w", 5*sec, ""))
	tl := Build(flat(routine.Step{Exercise: "w"}), lib)
	type tick struct {
		kind EventKind
		left time.Duration
		at   time.Duration
	}
	var got []tick
	run(t, tl, Options{}, nil, func(_ *Player, ev Event, now time.Time) {
		if ev.Segment.Phase == PhaseWork && (ev.Kind == Tick || ev.Kind == LastThree) {
			got = append(got, tick{ev.Kind, ev.Remaining, now.Sub(t0)})
		}
	})
	// The move runs from 5 s to 10 s.
	want := []tick{
		{Tick, 4 * sec, 6 * sec},
		{Tick, 3 * sec, 7 * sec}, {LastThree, 3 * sec, 7 * sec},
		{Tick, 2 * sec, 8 * sec}, {LastThree, 2 * sec, 8 * sec},
		{Tick, 1 * sec, 9 * sec}, {LastThree, 1 * sec, 9 * sec},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ticks %v\nwant  %v", got, want)
	}
}

func TestPauseShiftsEveryLaterBoundary(t *testing.T) {
	tl := kinds()
	const pauseAt, resumeAt = 12 * sec, 31*sec + 500*time.Millisecond
	var s starts
	var remainingAtPause, remainingLater time.Duration
	rec := run(t, tl, Options{AutoDone: true}, func(p *Player, c *clock.Fake) {
		c.At(t0.Add(pauseAt), p.Pause)
		c.At(t0.Add(20*sec), func() { remainingLater = p.State().Remaining })
		c.At(t0.Add(resumeAt), p.Resume)
	}, func(_ *Player, ev Event, now time.Time) {
		s.note(ev, now)
		if ev.Kind == Paused {
			remainingAtPause = ev.Remaining
		}
	})
	shift := resumeAt - pauseAt
	for i, at := range s.at {
		want := tl.Segments[i].Offset
		if want > pauseAt {
			want += shift
		}
		if at != want {
			t.Errorf("segment %d started at %v, want %v", i, at, want)
		}
	}
	// At 12 s the switch (segment 7, 11-14 s) has 2 s left.
	if remainingAtPause != 2*sec || remainingLater != 2*sec {
		t.Errorf("remaining at pause %v and while paused %v, want 2s both", remainingAtPause, remainingLater)
	}
	if time.Duration(rec.Active) != tl.Total || rec.Ended.Sub(rec.Started) != tl.Total+shift {
		t.Errorf("active %v span %v, want %v and %v", time.Duration(rec.Active), rec.Ended.Sub(rec.Started), tl.Total, tl.Total+shift)
	}
}

// controlAt plays kinds() and applies control once, when segment at
// starts (plus into, via the clock); it returns the segment started next.
func controlAt(t *testing.T, at int, into time.Duration, control func(*Player)) int {
	t.Helper()
	tl := kinds()
	fired, after := false, -1
	run(t, tl, Options{AutoDone: true}, func(p *Player, c *clock.Fake) {
		if into > 0 {
			c.At(t0.Add(tl.Segments[at].Offset+into), func() { fired = true; control(p) })
		}
	}, func(p *Player, ev Event, now time.Time) {
		if ev.Kind != SegmentStarted {
			return
		}
		switch {
		case fired && after < 0:
			after = ev.Segment.Index
			p.Stop()
		case !fired && into == 0 && ev.Segment.Index == at:
			fired = true
			control(p)
		}
	})
	return after
}

func TestNextGoesToNextSetRestOrStep(t *testing.T) {
	cases := []struct {
		name     string
		from, to int
	}{
		{"get ready", 0, 1},
		{"lift, left side", 1, 7},
		{"hold, left side", 5, 7},
		{"switch", 7, 8},
		{"lower, right side", 13, 14},
		{"rest between sets", 14, 15},
		{"last set", 22, 28},
		{"rest after step", 28, 29},
		{"timed move", 29, 30},
		{"self-paced set", 31, 32},
	}
	for _, c := range cases {
		if got := controlAt(t, c.from, 0, (*Player).Next); got != c.to {
			t.Errorf("Next from %s (segment %d) went to %d, want %d", c.name, c.from, got, c.to)
		}
	}
}

func TestPreviousRestartsSetOrGoesBack(t *testing.T) {
	cases := []struct {
		name string
		from int
		into time.Duration
		to   int
	}{
		{"get ready", 0, 0, 0},
		{"first lift", 1, 0, 0},
		{"hold, 1 s into the set", 2, 0, 0},
		{"lower, 2 s into the set", 3, 0, 1},
		{"switch", 7, 0, 1},
		{"right side, at its start", 8, 0, 1},
		{"right side, 4 s in", 11, 0, 8},
		{"rest between sets", 14, 0, 8},
		{"second set, at its start", 15, 0, 8},
		{"rest after step", 28, 0, 22},
		{"timed move at its start", 29, 0, 22},
		{"timed move 5 s in", 29, 5 * sec, 29},
		{"timed move 1 s in", 29, sec, 22},
		{"rest before self-paced", 30, 0, 29},
		{"self-paced set", 31, 0, 29},
		{"self-paced set 3 s in", 31, 3 * sec, 31},
	}
	for _, c := range cases {
		if got := controlAt(t, c.from, c.into, (*Player).Previous); got != c.to {
			t.Errorf("Previous from %s (segment %d, %v in) went to %d, want %d", c.name, c.from, c.into, got, c.to)
		}
	}
}

func TestCompletedRecord(t *testing.T) {
	tl := kinds()
	var finished []int
	rec := run(t, tl, Options{}, nil, func(p *Player, ev Event, _ time.Time) {
		switch {
		case ev.Kind == SegmentStarted && ev.Segment.Open():
			p.Done(4)
		case ev.Kind == ExerciseFinished:
			finished = append(finished, len(ev.Record.Exercises))
		}
	})
	want := []history.Exercise{
		{Exercise: "r", SetsPlanned: 2, RepsPlanned: "2-7", Reps: []int{2, 2}, Hold: history.Duration(sec), Lower: history.Duration(sec), SetsDone: 2, Sides: "both"},
		{Exercise: "w", SetsPlanned: 1, Duration: history.Duration(10 * sec), SetsDone: 1},
		{Exercise: "s", SetsPlanned: 1, RepsPlanned: "5-10", Reps: []int{4}, Hold: history.Duration(sec), Lower: history.Duration(sec), SetsDone: 1},
	}
	if rec.Status != history.Completed || !reflect.DeepEqual(rec.Exercises, want) {
		t.Errorf("record %s %+v\nwant completed %+v", rec.Status, rec.Exercises, want)
	}
	if !reflect.DeepEqual(finished, []int{1, 2, 3}) {
		t.Errorf("ExerciseFinished records held %v exercises, want [1 2 3]", finished)
	}
	if rec.ID != "2026-11-22T08:30:00.000Z" || rec.Routine != "Test" {
		t.Errorf("id %q routine %q", rec.ID, rec.Routine)
	}
}

func TestSelfPacedSetWaitsForDone(t *testing.T) {
	tl := kinds()
	const doneAfter = 40 * sec
	var restAt time.Duration
	rec := run(t, tl, Options{}, func(p *Player, c *clock.Fake) {
		c.At(t0.Add(tl.Segments[31].Offset+doneAfter), func() { p.Done(9) })
	}, func(p *Player, ev Event, now time.Time) {
		if ev.Kind == SegmentStarted && ev.Segment.Phase == PhaseWork {
			p.Done(3) // not a self-paced set: ignored
		}
		if ev.Kind == SegmentStarted && ev.Segment.Phase == PhaseDone {
			restAt = now.Sub(t0)
		}
	})
	if want := tl.Segments[31].Offset + doneAfter; restAt != want {
		t.Errorf("done at %v, want %v", restAt, want)
	}
	if got := rec.Exercises[2].Reps; !reflect.DeepEqual(got, []int{9}) {
		t.Errorf("self-paced reps %v, want [9]", got)
	}
	if rec.Exercises[1].SetsDone != 1 {
		t.Errorf("timed move ended early by Done: %+v", rec.Exercises[1])
	}
}

func TestStopRecordsWhatWasDone(t *testing.T) {
	tl := kinds()
	// Set 1's left side runs 5-11 s, the switch 11-14 s, the right side
	// 14-20 s: at 18.5 s the right side has one rep of two done (14-17 s),
	// so set 1 is not done, but its rep on both sides is kept.
	rec := run(t, tl, Options{}, func(p *Player, c *clock.Fake) {
		c.At(t0.Add(18*sec+500*time.Millisecond), p.Stop)
	}, nil)
	want := []history.Exercise{
		{Exercise: "r", SetsPlanned: 2, RepsPlanned: "2-7", PartialReps: []int{1}, Hold: history.Duration(sec), Lower: history.Duration(sec), Sides: "both"},
	}
	if rec.Status != history.Stopped || !reflect.DeepEqual(rec.Exercises, want) {
		t.Errorf("record %s %+v\nwant stopped %+v", rec.Status, rec.Exercises, want)
	}
	if time.Duration(rec.Active) != 19*sec { // 18.5 s, rounded
		t.Errorf("active %v, want 19s", time.Duration(rec.Active))
	}
}

func TestStopForPainWhilePaused(t *testing.T) {
	tl := kinds()
	var last Event
	rec := run(t, tl, Options{}, func(p *Player, c *clock.Fake) {
		c.At(t0.Add(30*sec), p.Pause)
		c.At(t0.Add(90*sec), p.StopForPain)
	}, func(_ *Player, ev Event, _ time.Time) { last = ev })
	if rec.Status != history.Pain || time.Duration(rec.Active) != 30*sec || rec.Ended.Sub(rec.Started) != 90*sec {
		t.Errorf("record %s active %v span %v, want pain 30s 1m30s", rec.Status, time.Duration(rec.Active), rec.Ended.Sub(rec.Started))
	}
	// Set 1 was done on both sides (2 reps each); set 2 left was done.
	if got := rec.Exercises[0]; got.SetsDone != 1 || !reflect.DeepEqual(got.Reps, []int{2}) {
		t.Errorf("exercise record %+v, want one set of 2", got)
	}
	if last.Kind != Finished || last.Record == nil || last.Record.Status != history.Pain {
		t.Errorf("last event %+v, want Finished with the pain record", last)
	}
}

func TestGoingBackDoesNotCountTwice(t *testing.T) {
	tl := kinds()
	back := false
	rec := run(t, tl, Options{AutoDone: true}, nil, func(p *Player, ev Event, _ time.Time) {
		if ev.Kind == SegmentStarted && ev.Segment.Index == 28 && !back {
			back = true
			p.Previous() // redo set 2's right side
		}
	})
	if got := rec.Exercises[0]; got.SetsDone != 2 || !reflect.DeepEqual(got.Reps, []int{2, 2}) {
		t.Errorf("after redoing a side: %+v, want two sets of 2", got)
	}
	if time.Duration(rec.Active) != tl.Total+6*sec {
		t.Errorf("active %v, want the total plus the 6 s side played again", time.Duration(rec.Active))
	}
}

func TestSkippedSetsAreNotRecorded(t *testing.T) {
	tl := kinds()
	rec := run(t, tl, Options{AutoDone: true}, nil, func(p *Player, ev Event, _ time.Time) {
		if ev.Kind == SegmentStarted && (ev.Segment.Index == 15 || ev.Segment.Index == 29) {
			p.Next()
		}
	})
	if rec.Status != history.Completed {
		t.Errorf("status %s", rec.Status)
	}
	// Set 2's left side was skipped, so only its right side counts: no set.
	if got := rec.Exercises[0]; got.SetsDone != 1 || rec.Exercises[1].SetsDone != 0 {
		t.Errorf("records %+v", rec.Exercises)
	}
}

func TestScaledClockPlaysFaster(t *testing.T) {
	tl := kinds()
	inner := clock.NewFake(t0)
	p := New(tl, clock.Scaled(inner, 10), Options{AutoDone: true})
	p.Start()
	rec := p.Wait()
	if got := inner.Now().Sub(t0); got != tl.Total/10 {
		t.Errorf("at speed 10 the routine took %v of real time, want %v", got, tl.Total/10)
	}
	if time.Duration(rec.Active) != tl.Total {
		t.Errorf("recorded active %v, want routine time %v", time.Duration(rec.Active), tl.Total)
	}
}

func TestStateBeforeDuringAndAfter(t *testing.T) {
	tl := kinds()
	clock := clock.NewFake(t0)
	p := New(tl, clock, Options{AutoDone: true})
	if st := p.State(); st.Started || st.Segment.Phase != PhasePrepare || st.Remaining != 5*sec {
		t.Errorf("before start: %+v", st)
	}
	var mid State
	clock.At(t0.Add(29*sec+250*time.Millisecond), func() { mid = p.State() })
	p.Start()
	p.Wait()
	// Set 2's left side starts at 25 s; its rep 2 hold (segment 19) runs 29-30 s.
	if mid.Segment.Index != 19 || mid.Into != 250*time.Millisecond || mid.Remaining != 750*time.Millisecond || mid.Elapsed != 29*sec+250*time.Millisecond {
		t.Errorf("mid-play state %+v", mid)
	}
	if end := p.State(); !end.Over || end.Segment.Phase != PhaseDone || end.Elapsed != tl.Total {
		t.Errorf("after the end: %+v", end)
	}
}

func TestThirtyMinuteRoutineOnFakeClock(t *testing.T) {
	lib := routine.NewLibrary(repMove("a", sec, 3*sec, 2*sec))
	r := flat(routine.Step{Exercise: "a", Sets: 20, Reps: reps(15), Rest: routine.Dur(0)})
	tl := Build(r, lib)
	// 5 + 20 × 15 × 6 = 1805 s
	if tl.Total != 1805*sec {
		t.Fatalf("total %v", tl.Total)
	}
	rec := run(t, tl, Options{}, nil, nil)
	if rec.Exercises[0].SetsDone != 20 || time.Duration(rec.Active) != tl.Total {
		t.Errorf("record %+v active %v", rec.Exercises[0], time.Duration(rec.Active))
	}
}
