package session

import (
	"reflect"
	"testing"
	"time"

	"github.com/postureapp/posture/internal/clock"
	"github.com/postureapp/posture/internal/history"
	"github.com/postureapp/posture/internal/routine"
)

// tenReps is one step of 2 sets × 10 reps of 1 s lift, 1 s hold, 1 s
// lower, with 10 s rest: set 1 plays 5-35 s, the rest 35-45 s, set 2
// 45-75 s.
func tenReps() Timeline {
	lib := routine.NewLibrary(repMove("r", sec, sec, sec))
	return Build(flat(routine.Step{Exercise: "r", Sets: 2, Reps: reps(10), Rest: routine.Dur(10 * sec)}), lib)
}

func TestASetStoppedAtRepThreeOfTenIsNotASetDone(t *testing.T) {
	// Set 2's third rep ends at 54 s.
	rec := run(t, tenReps(), Options{}, func(p *Player, c *clock.Fake) {
		c.At(t0.Add(54*sec+500*time.Millisecond), p.Stop)
	}, nil)
	got := rec.Exercises[0]
	if got.SetsDone != 1 || !reflect.DeepEqual(got.Reps, []int{10}) || !reflect.DeepEqual(got.PartialReps, []int{3}) {
		t.Errorf("record %+v, want one set of 10 done and 3 reps of an unfinished set", got)
	}
}

func TestASetSkippedMidwayKeepsItsRepsApart(t *testing.T) {
	// Next during set 1's fifth rep (17-20 s) goes on to the rest; set 2
	// then plays out.
	rec := run(t, tenReps(), Options{}, func(p *Player, c *clock.Fake) {
		c.At(t0.Add(18*sec), p.Next)
	}, nil)
	got := rec.Exercises[0]
	if rec.Status != history.Completed || got.SetsDone != 1 || !reflect.DeepEqual(got.Reps, []int{10}) || !reflect.DeepEqual(got.PartialReps, []int{4}) {
		t.Errorf("record %s %+v, want one set of 10 done and 4 reps of a skipped one", rec.Status, got)
	}
}

func TestASelfPacedSetEndedWithFewerRepsIsStillDone(t *testing.T) {
	// The person says how many they did: that set is over, whatever the
	// number.
	lib := routine.NewLibrary(repMove("s", sec, sec, sec))
	tl := Build(flat(routine.Step{Exercise: "s", Reps: reps(10), Pace: routine.Self}), lib)
	rec := run(t, tl, Options{}, nil, func(p *Player, ev Event, _ time.Time) {
		if ev.Kind == SegmentStarted && ev.Segment.Open() {
			p.Done(3)
		}
	})
	if got := rec.Exercises[0]; got.SetsDone != 1 || !reflect.DeepEqual(got.Reps, []int{3}) || got.PartialReps != nil {
		t.Errorf("record %+v, want one set of 3", got)
	}
}

func TestRoundsAreRecordedRoundByRound(t *testing.T) {
	lib := routine.NewLibrary(timedMove("a", 30*sec, ""), repMove("b", sec, sec, sec), timedMove("c", 20*sec, ""))
	r := &routine.Routine{Name: "Rounds", Sections: []routine.Section{
		{Name: "Circuit", Rounds: 2, Steps: []routine.Step{{Exercise: "a"}, {Exercise: "b", Reps: reps(2)}}},
		{Name: "Cool-down", Steps: []routine.Step{{Exercise: "c"}}},
	}}
	rec := run(t, Build(r, lib), Options{}, nil, nil)
	type entry struct {
		exercise, section string
		round, rounds     int
	}
	var got []entry
	for _, e := range rec.Exercises {
		got = append(got, entry{e.Exercise, e.Section, e.Round, e.Rounds})
	}
	want := []entry{{"a", "Circuit", 1, 2}, {"b", "Circuit", 1, 2}, {"a", "Circuit", 2, 2}, {"b", "Circuit", 2, 2}, {"c", "", 0, 0}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries %+v\nwant %+v", got, want)
	}
}

// finishedEvents plays tl, stopping it with stop at moment at, and returns
// the records handed over with ExerciseFinished and Finished, and whether
// Finished came at all.
func finishedEvents(t *testing.T, tl Timeline, stop func(*Player), at time.Duration) (records []*history.Session, finished bool, rec history.Session) {
	t.Helper()
	rec = run(t, tl, Options{}, func(p *Player, c *clock.Fake) {
		c.At(t0.Add(at), func() { stop(p) })
	}, func(_ *Player, ev Event, _ time.Time) {
		switch ev.Kind {
		case ExerciseFinished:
			records = append(records, ev.Record)
		case Finished:
			records, finished = append(records, ev.Record), true
		}
	})
	return records, finished, rec
}

func TestASessionStoppedWhileGettingReadyIsNotLogged(t *testing.T) {
	for name, stop := range map[string]func(*Player){"stop": (*Player).Stop, "pain": (*Player).StopForPain} {
		records, finished, rec := finishedEvents(t, tenReps(), stop, 2*sec)
		if !finished || len(records) != 1 || records[0] != nil {
			t.Errorf("%s during get-ready: finished %v, records handed over %v; want only Finished, with no record", name, finished, records)
		}
		if want := map[string]history.Status{"stop": history.Stopped, "pain": history.Pain}[name]; rec.Status != want {
			t.Errorf("%s during get-ready: Wait says %s, want %s", name, rec.Status, want)
		}
	}
	// Half a second into the first lift the session has begun: it is
	// logged, with nothing done.
	records, _, _ := finishedEvents(t, tenReps(), (*Player).Stop, 5*sec+500*time.Millisecond)
	if len(records) != 1 || records[0] == nil || len(records[0].Exercises) != 1 || records[0].Exercises[0].SetsDone != 0 {
		t.Errorf("stopped in the first rep: records %v, want one with the exercise begun", records)
	}
}
