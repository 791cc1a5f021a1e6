package session

import (
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/postureapp/posture/internal/audio"
	"github.com/postureapp/posture/internal/clock"
	"github.com/postureapp/posture/internal/history"
	"github.com/postureapp/posture/internal/routine"
)

// sounds plays tl and lists the cue of every event that has one.
func sounds(t *testing.T, tl Timeline, setup func(*Player, *clock.Fake)) []audio.Cue {
	var out []audio.Cue
	run(t, tl, Options{AutoDone: true}, setup, func(_ *Player, ev Event, _ time.Time) {
		if c, ok := CueFor(ev); ok {
			out = append(out, c)
		}
	})
	return out
}

func TestCuesMarkPhasesAndLastSecondsOfHoldsAndRests(t *testing.T) {
	lib := routine.NewLibrary(repMove("a", 4*sec, 3*sec, 4*sec), timedMove("b", 4*sec, ""))
	r := flat(
		routine.Step{Exercise: "a", Sets: 2, Reps: reps(1), Rest: routine.Dur(4 * sec)},
		routine.Step{Exercise: "b"},
	)
	r.Prepare, r.RestAfter = routine.Dur(2*sec), routine.Dur(2*sec)
	got := sounds(t, Build(r, lib), nil)
	want := []audio.Cue{
		audio.GetReady, audio.FinalPip, // get ready 2 s
		audio.Lift, audio.Hold, audio.Pip, audio.FinalPip, audio.Lower, // set 1: the 4 s lift and lower do not pip
		audio.Rest, audio.Pip, audio.Pip, audio.FinalPip, // rest 4 s
		audio.Lift, audio.Hold, audio.Pip, audio.FinalPip, audio.Lower, // set 2
		audio.SetDone, audio.FinalPip, // rest after the step's last set, 2 s
		audio.Lift, audio.Pip, audio.Pip, audio.FinalPip, // the timed move
		audio.RoutineDone,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("cues %v\nwant %v", got, want)
	}
}

func TestCuesSwitchSidesAndStop(t *testing.T) {
	lib := routine.NewLibrary(timedMove("s", sec, routine.BothSides))
	tl := Build(flat(routine.Step{Exercise: "s"}), lib)
	got := sounds(t, tl, func(p *Player, c *clock.Fake) { c.At(t0.Add(6500*time.Millisecond), p.Stop) })
	want := []audio.Cue{audio.GetReady, audio.Pip, audio.Pip, audio.FinalPip, audio.Lift, audio.SwitchSides, audio.Stop}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("cues %v\nwant %v", got, want)
	}
}

// TestControlsFromManyGoroutines drives a fast real-clock player from other
// goroutines while reading its state, for the race detector.
func TestControlsFromManyGoroutines(t *testing.T) {
	tl := kinds()
	p := New(tl, clock.Scaled(clock.Real{}, 2000), Options{AutoDone: true})
	p.Start()
	var wg sync.WaitGroup
	stop := make(chan struct{})
	wg.Add(2)
	go func() {
		defer wg.Done()
		for {
			select {
			case <-stop:
				return
			default:
				_ = p.State()
			}
		}
	}()
	go func() {
		defer wg.Done()
		p.Pause()
		p.Resume()
		p.Next()
		p.Previous()
		p.Done(3)
	}()
	rec := p.Wait()
	close(stop)
	wg.Wait()
	if rec.Status != history.Completed || !p.State().Over {
		t.Errorf("status %s, over %v", rec.Status, p.State().Over)
	}
}

// The planned cues of every built-in routine are the cues its events
// sound, at the moments they sound, so the voice can plan around them.
func TestPlannedCuesAreWhatPlaySounds(t *testing.T) {
	c := builtins(t)
	for _, r := range c.Routines {
		tl := Build(r, c.Library)
		type heard struct {
			at  time.Duration
			cue audio.Cue
		}
		var want, got []heard
		for _, s := range tl.Segments {
			for _, pc := range PlannedCues(s) {
				want = append(want, heard{s.Offset + pc.At, pc.Cue})
			}
		}
		run(t, tl, Options{AutoDone: true}, nil, func(_ *Player, ev Event, now time.Time) {
			if c, ok := CueFor(ev); ok {
				got = append(got, heard{now.Sub(t0), c})
			}
		})
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: planned %d cues, heard %d; first planned %v, heard %v", r.Name, len(want), len(got), want[:3], got[:3])
		}
	}
}
