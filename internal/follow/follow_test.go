package follow

import (
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/postureapp/posture/assets"
	"github.com/postureapp/posture/internal/audio"
	"github.com/postureapp/posture/internal/clock"
	"github.com/postureapp/posture/internal/history"
	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/session"
)

// heard records the cues played, in order.
type heard struct {
	mu   sync.Mutex
	cues []audio.Cue
}

func (h *heard) Play(c audio.Cue) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.cues = append(h.cues, c)
}

// twoMoves is a routine with a get-ready, two timed moves and a rest
// between them.
const twoMoves = `format = 1
name = "Two Moves"
prepare = "5s"

[[step]]
exercise = "neck-roll"
duration = "10s"
rest_after = "5s"

[[step]]
exercise = "chin-tuck"
duration = "10s"
`

func timeline(t *testing.T) session.Timeline {
	t.Helper()
	c := routine.Load(routine.Sources{BuiltinExercises: assets.ExerciseFiles()})
	r, err := routine.ParseRoutine("two.toml", []byte(twoMoves), c.Library)
	if err != nil {
		t.Fatal(err)
	}
	return session.Build(r, c.Library)
}

// play runs the session to its end on a fake clock; a stopAt other than "" stops it
// at the first event of that kind instead.
func play(t *testing.T, out Outputs, stopAt session.EventKind) history.Session {
	t.Helper()
	var p *session.Player
	var once sync.Once
	p = session.New(timeline(t), clock.NewFake(time.Date(2026, 3, 2, 9, 0, 0, 0, time.Local)), session.Options{
		OnEvent: func(ev session.Event) {
			out.OnEvent(ev)
			if stopAt != "" && ev.Kind == stopAt {
				once.Do(func() { p.Stop() })
			}
		},
		AutoDone: true,
	})
	p.Start()
	return p.Wait()
}

func TestASessionPlayedThroughSoundsEachPhaseAndEndsWithRoutineDone(t *testing.T) {
	h := &heard{}
	play(t, Outputs{Sound: h}, "")
	if len(h.cues) == 0 || h.cues[0] != audio.GetReady {
		t.Fatalf("heard %v; want the get-ready beep first", h.cues)
	}
	if got := h.cues[len(h.cues)-1]; got != audio.RoutineDone {
		t.Errorf("the last sound is %q, want %q", got, audio.RoutineDone)
	}
	work := 0
	for _, seg := range timeline(t).Segments {
		if seg.Phase == session.PhaseLift || seg.Phase == session.PhaseWork || seg.Phase == session.PhaseSet {
			work++
		}
	}
	if n := countOf(h.cues, audio.Lift); n != work || work < 2 {
		t.Errorf("heard %d starts of work for %d stretches of work: %v", n, work, h.cues)
	}
	if !slices.Contains(h.cues, audio.Rest) || !slices.Contains(h.cues, audio.SetDone) {
		t.Errorf("a rest or the end of a move is silent: %v", h.cues)
	}
}

func TestASessionPlayedThroughIsSavedCompleted(t *testing.T) {
	store := history.NewStore(t.TempDir())
	w := history.NewWriter(store, func(err error) { t.Errorf("writer: %v", err) })
	rec := play(t, Outputs{History: w}, "")
	if err := w.Close(5 * time.Second); err != nil {
		t.Fatal(err)
	}
	saved, problems := store.Load()
	if len(problems) > 0 || len(saved) != 1 {
		t.Fatalf("%d sessions saved (%v), want the one played", len(saved), problems)
	}
	if saved[0].Status != history.Completed || len(saved[0].Exercises) != 2 || saved[0].Routine != rec.Routine {
		t.Errorf("saved %+v; want Two Moves completed with both moves", saved[0])
	}
}

func TestASessionStoppedIsSavedStoppedAndSoundsStop(t *testing.T) {
	h := &heard{}
	store := history.NewStore(t.TempDir())
	w := history.NewWriter(store, func(err error) { t.Errorf("writer: %v", err) })
	play(t, Outputs{Sound: h, History: w}, session.ExerciseFinished)
	if err := w.Close(5 * time.Second); err != nil {
		t.Fatal(err)
	}
	if got := h.cues[len(h.cues)-1]; got != audio.Stop {
		t.Errorf("stopping ends with %q, want %q", got, audio.Stop)
	}
	saved, _ := store.Load()
	if len(saved) != 1 || saved[0].Status != history.Stopped || len(saved[0].Exercises) == 0 {
		t.Fatalf("saved %+v; want one stopped session with the move done", saved)
	}
}

// Stopped while getting ready, a session is neither logged nor a reason
// to give up on the outputs.
func TestASessionStoppedWhileGettingReadyIsNotSaved(t *testing.T) {
	store := history.NewStore(t.TempDir())
	w := history.NewWriter(store, nil)
	play(t, Outputs{History: w}, session.SegmentStarted)
	if err := w.Close(5 * time.Second); err != nil {
		t.Fatal(err)
	}
	if saved, _ := store.Load(); len(saved) != 0 {
		t.Fatalf("saved %d sessions stopped while getting ready, want none", len(saved))
	}
}

func TestNoOutputsIsSilentAndSavesNothing(t *testing.T) {
	if rec := play(t, Outputs{}, ""); rec.Status != history.Completed {
		t.Fatalf("with no outputs the session ends %s", rec.Status)
	}
}

func countOf(cues []audio.Cue, c audio.Cue) int {
	n := 0
	for _, x := range cues {
		if x == c {
			n++
		}
	}
	return n
}
