package history_test

import (
	"testing"
	"time"

	"github.com/postureapp/posture/internal/clock"
	"github.com/postureapp/posture/internal/history"
	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/session"
)

// twoStepRoutine: two timed rep exercises, two sets of three reps each.
func twoStepRoutine() (*routine.Routine, *routine.Library) {
	ex := func(id string) *routine.Exercise {
		return &routine.Exercise{ID: id, Name: id, Kind: routine.Strength,
			Dose:  routine.Dose{Sets: 2, Reps: routine.Count{Lo: 3, Hi: 5}, Hold: routine.Span{Lo: time.Second, Hi: 2 * time.Second}, Rest: routine.Dur(2 * time.Second)},
			Tempo: routine.Tempo{Lift: routine.Dur(time.Second), Lower: routine.Dur(time.Second)}}
	}
	lib := routine.NewLibrary(ex("wall-angel"), ex("prone-y-raise"))
	r := &routine.Routine{Name: "Test Routine", Sections: []routine.Section{{Steps: []routine.Step{
		{Exercise: "wall-angel", Resistance: "light band"}, {Exercise: "prone-y-raise"},
	}}}}
	return r, lib
}

// play runs the routine on a fake clock, saving the record after every
// finished exercise and at the end, as the app does.
func play(t *testing.T, st *history.Store, stopAt time.Duration) history.Session {
	t.Helper()
	r, lib := twoStepRoutine()
	start := time.Date(2026, 11, 22, 8, 30, 0, 0, time.UTC)
	clock := clock.NewFake(start)
	p := session.New(session.Build(r, lib), clock, session.Options{OnEvent: func(ev session.Event) {
		if ev.Record == nil {
			return
		}
		if _, err := st.Save(*ev.Record); err != nil {
			t.Error(err)
		}
	}})
	if stopAt > 0 {
		clock.At(start.Add(stopAt), func() { p.StopForPain() })
	}
	p.Start()
	return p.Wait()
}

func TestEngineRecordSavesAndLoadsBack(t *testing.T) {
	st := history.NewStore(t.TempDir())
	rec := play(t, st, 0)
	got, problems := st.Load()
	if len(problems) > 0 || len(got) != 1 {
		t.Fatalf("%d sessions, problems %v", len(got), problems)
	}
	s := got[0]
	if s.Status != history.Completed || s.ID != rec.ID || s.Routine != "Test Routine" || len(s.Exercises) != 2 {
		t.Fatalf("loaded %+v", s)
	}
	e := s.Exercises[0]
	if e.Exercise != "wall-angel" || e.SetsDone != 2 || len(e.Reps) != 2 || e.Reps[0] != 3 || e.Resistance != "light band" || e.Hold != history.Duration(time.Second) {
		t.Errorf("first exercise %+v", e)
	}
	if sum := history.Summarise(got, s.Started, time.UTC, 1); sum.ThisWeek != 1 || sum.Streak != 1 {
		t.Errorf("summary %+v", sum)
	}
}

func TestEngineStoppedForPainKeepsFinishedExercisesAndSuggestsEasing(t *testing.T) {
	st := history.NewStore(t.TempDir())
	r, lib := twoStepRoutine()
	tl := session.Build(r, lib)
	// Two seconds into the second exercise.
	rec := play(t, st, tl.Segments[tl.Steps[1].First].Offset+2*time.Second)
	got, _ := st.Load()
	if len(got) != 1 || got[0].Status != history.Pain || got[0].ID != rec.ID {
		t.Fatalf("loaded %+v", got)
	}
	if got[0].Exercises[0].SetsDone != 2 {
		t.Errorf("the finished exercise lost its sets: %+v", got[0].Exercises[0])
	}
	last := got[0].Exercises[len(got[0].Exercises)-1].Exercise
	if last != "prone-y-raise" {
		t.Fatalf("the exercise in progress was %s", last)
	}
	sugs := history.Suggest(got, []history.Target{{Exercise: last, Reps: routine.Count{Lo: 3, Hi: 5}}})
	if len(sugs) != 1 || sugs[0].Kind != history.EaseOff || !sugs[0].Safety {
		t.Errorf("after a pain stop in %s: %+v", last, sugs)
	}
}
