package session

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/postureapp/posture/assets"
	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/routines"
)

func builtins(t *testing.T) *routine.Catalog {
	t.Helper()
	c := routine.Load(routine.Sources{BuiltinExercises: assets.ExerciseFiles(), BuiltinRoutines: routines.FS})
	if len(c.Problems) > 0 {
		t.Fatalf("built-in files have problems: %v", c.Problems)
	}
	return c
}

func TestUpperBackStrengthIsAboutFifteenMinutes(t *testing.T) {
	c := builtins(t)
	r := c.Routine("upper back strength")
	if r == nil {
		t.Fatal("built-in Upper Back Strength not found")
	}
	tl := Build(r, c.Library)
	checkContiguous(t, tl)
	// By hand, one rep is lift + hold + lower, reps at the low end:
	// get ready 5
	// band pull-apart 3 sets × 15 × (1+1+2) = 180, rests 2×30, after 30 = 270
	// face pull       3 × 12 × (1+1+2) = 144, + 60 + 30 = 234
	// prone Y         2 × 10 × (1+2+1) =  80, + 30 + 30 = 140
	// prone T         the same                           = 140
	// wall slide      2 × 10 × (2+1+2) = 100, + 30, last step, no rest after = 130
	want := (5 + 270 + 234 + 140 + 140 + 130) * time.Second
	if tl.Total != want {
		t.Errorf("Total = %v, want %v", tl.Total, want)
	}
	// Segments: every phase of every rep, the rests, get ready and done.
	wantSegs := (3*15*3 + 3) + (3*12*3 + 3) + (2*10*3 + 2) + (2*10*3 + 2) + (2*10*3 + 1) + 2
	if len(tl.Segments) != wantSegs {
		t.Errorf("%d segments, want %d", len(tl.Segments), wantSegs)
	}
}

func TestZeroLengthPhasesAreSkipped(t *testing.T) {
	lib := routine.NewLibrary(repMove("a", sec, 0, 2*sec))
	tl := Build(flat(routine.Step{Exercise: "a", Sets: 2, Reps: reps(3), Rest: routine.Dur(10 * sec)}), lib)
	checkContiguous(t, tl)
	// 5 get ready + 2 sets × 3 reps × (1 lift + 2 lower) + 10 rest = 33 s
	if tl.Total != 33*sec {
		t.Errorf("Total = %v, want 33s", tl.Total)
	}
	want := []Phase{PhasePrepare}
	for set := 0; set < 2; set++ {
		for rep := 0; rep < 3; rep++ {
			want = append(want, PhaseLift, PhaseLower)
		}
		if set == 0 {
			want = append(want, PhaseRest)
		}
	}
	want = append(want, PhaseDone)
	if got := phases(tl.Segments); !reflect.DeepEqual(got, want) {
		t.Errorf("phases %v, want %v", got, want)
	}
	noPrep := flat(routine.Step{Exercise: "a", Sets: 1, Reps: reps(1)})
	noPrep.Prepare = routine.Dur(0)
	if got := phases(Build(noPrep, lib).Segments); !reflect.DeepEqual(got, []Phase{PhaseLift, PhaseLower, PhaseDone}) {
		t.Errorf("with prepare 0s: phases %v", got)
	}
}

func TestBothSidesPlayLeftSwitchRight(t *testing.T) {
	lib := routine.NewLibrary(timedMove("s", 30*sec, routine.BothSides))
	tl := Build(flat(routine.Step{Exercise: "s", Sets: 2, Rest: routine.Dur(15 * sec)}), lib)
	checkContiguous(t, tl)
	// 5 + 2 × (30 left + 3 switch + 30 right) + 15 rest = 146 s
	if tl.Total != 146*sec {
		t.Errorf("Total = %v, want 2m26s", tl.Total)
	}
	var got []string
	for _, s := range tl.Segments {
		got = append(got, string(s.Phase)+":"+s.Side)
	}
	want := "prepare: work:left switch:right work:right rest: work:left switch:right work:right done:"
	if strings.Join(got, " ") != want {
		t.Errorf("segments %s\nwant %s", strings.Join(got, " "), want)
	}
	if tl.Segments[2].Cue != "Switch to your right side" {
		t.Errorf("switch cue %q", tl.Segments[2].Cue)
	}
}

func TestAlternateChangesSideEveryRep(t *testing.T) {
	lib := routine.NewLibrary(repMove("a", sec, 2*sec, sec))
	r := flat(routine.Step{Exercise: "a", Sets: 1, Reps: reps(4), Sides: sides(routine.Alternate)})
	r.Switch = routine.Dur(10 * sec) // alternate sides never pause to switch
	tl := Build(r, lib)
	checkContiguous(t, tl)
	// 5 + 4 reps per side × 2 sides × (1+2+1) = 37 s
	if tl.Total != 37*sec {
		t.Errorf("Total = %v, want 37s", tl.Total)
	}
	if n := len(tl.Segments); n != 4*2*3+2 {
		t.Fatalf("%d segments, want 26", n)
	}
	for i, s := range tl.Segments[1 : len(tl.Segments)-1] {
		unit := i / 3 // rep on one side
		wantSide, wantRep := []string{"left", "right"}[unit%2], unit/2+1
		if s.Side != wantSide || s.Rep != wantRep || s.Reps != 4 {
			t.Errorf("segment %d: side %q rep %d/%d, want %q rep %d/4", s.Index, s.Side, s.Rep, s.Reps, wantSide, wantRep)
		}
	}
}

func TestRoundsRepeatSectionAndLastStepHasNoRestAfter(t *testing.T) {
	lib := routine.NewLibrary(timedMove("a", 30*sec, ""), timedMove("b", 20*sec, ""))
	r := &routine.Routine{Name: "Rounds", RestAfter: routine.Dur(10 * sec), Sections: []routine.Section{
		{Name: "Circuit", Rounds: 3, Steps: []routine.Step{{Exercise: "a"}, {Exercise: "b"}}},
	}}
	tl := Build(r, lib)
	checkContiguous(t, tl)
	// 5 + 3 rounds × (30 + 10 + 20 + 10) − the final 10 s rest = 205 s
	if tl.Total != 205*sec {
		t.Errorf("Total = %v, want 3m25s", tl.Total)
	}
	if len(tl.Segments) != 13 || len(tl.Steps) != 6 {
		t.Errorf("%d segments and %d step plays, want 13 and 6", len(tl.Segments), len(tl.Steps))
	}
	last := tl.Segments[len(tl.Segments)-2]
	if last.Round != 3 || last.Rounds != 3 || last.Section != "Circuit" || last.Phase != PhaseWork {
		t.Errorf("last segment before done: %+v", last)
	}
	times := tl.StepTimes()
	if !reflect.DeepEqual(times, [][]time.Duration{{120 * sec, 80 * sec}}) {
		t.Errorf("StepTimes = %v, want [[2m0s 1m20s]]", times)
	}
}

func TestSelfPacedSetIsOneOpenSegmentWithEstimate(t *testing.T) {
	lib := routine.NewLibrary(repMove("a", sec, 2*sec, 2*sec))
	tl := Build(flat(routine.Step{Exercise: "a", Sets: 2, Reps: reps(10), Rest: routine.Dur(30 * sec), Pace: routine.Self}), lib)
	checkContiguous(t, tl)
	// 5 + 2 sets × 10 reps × (1+2+2) estimated + 30 rest = 135 s
	if tl.Total != 135*sec {
		t.Errorf("Total = %v, want 2m15s", tl.Total)
	}
	want := []Phase{PhasePrepare, PhaseSet, PhaseRest, PhaseSet, PhaseDone}
	if got := phases(tl.Segments); !reflect.DeepEqual(got, want) {
		t.Fatalf("phases %v, want %v", got, want)
	}
	set := tl.Segments[1]
	if !set.Open() || set.Reps != 10 || !strings.Contains(set.Cue, "10 reps") {
		t.Errorf("self-paced set: open %v reps %d cue %q", set.Open(), set.Reps, set.Cue)
	}
}

func TestSegmentsCarryCuesAndNext(t *testing.T) {
	lib := routine.NewLibrary(repMove("a", sec, sec, 2*sec), timedMove("b", 30*sec, ""))
	tl := Build(flat(
		routine.Step{Exercise: "a", Sets: 2, Reps: reps(2), Rest: routine.Dur(30 * sec)},
		routine.Step{Exercise: "b"},
	), lib)
	want := []struct{ cue, next string }{
		{"Get ready: Move a", "Next: lift 1 s"}, // the cue names it already
		{"Up a", "Next: hold 1 s"},
		{"Stay a", "Next: lower 2 s"},
		{"Down a", "Next: lift 1 s"},
		{"Up a", "Next: hold 1 s"},
		{"Stay a", "Next: lower 2 s"},
		{"Down a", "Next: rest 30 s"},
		{"Rest", "Next: set 2/2"},
	}
	for i, w := range want {
		s := tl.Segments[i]
		if s.Cue != w.cue || s.Next != w.next {
			t.Errorf("segment %d (%s): cue %q next %q, want %q %q", i, s.Phase, s.Cue, s.Next, w.cue, w.next)
		}
	}
	restAfter := tl.Segments[len(tl.Segments)-3]
	if restAfter.Phase != PhaseRest || restAfter.Length != time.Minute || restAfter.Next != "Next: Stretch b" {
		t.Errorf("rest after step: %s %v %q", restAfter.Phase, restAfter.Length, restAfter.Next)
	}
	if work := tl.Segments[len(tl.Segments)-2]; work.Cue != "Breathe out and ease in" || work.Next != "Next: finish" {
		t.Errorf("timed move: cue %q next %q", work.Cue, work.Next)
	}
}

func TestEveryBuiltinRoutineBuilds(t *testing.T) {
	c := builtins(t)
	for _, r := range c.Routines {
		tl := Build(r, c.Library)
		checkContiguous(t, tl)
		var sum time.Duration
		for _, sec := range tl.StepTimes() {
			for _, d := range sec {
				sum += d
			}
		}
		if sum+r.PrepareTime() != tl.Total {
			t.Errorf("%s: step times %v + get ready %v != total %v", r.Name, sum, r.PrepareTime(), tl.Total)
		}
		if tl.Total < 2*time.Minute || tl.Total > time.Hour {
			t.Errorf("%s: total %v is implausible", r.Name, tl.Total)
		}
	}
}

func TestAnExerciseNamesItsOwnPhases(t *testing.T) {
	push := repMove("p", sec, sec, sec)
	push.PhaseNames = routine.PhaseNames{Lift: "Bend", Lower: "Push"}
	push.PhaseCues = routine.PhaseCues{}
	tl := Build(flat(routine.Step{Exercise: "p", Sets: 1, Reps: reps(1)}), routine.NewLibrary(push))
	want := []struct{ name, cue, next string }{
		{"Get ready", "Get ready: Move p", "Next: bend 1 s"},
		{"Bend", "Bend", "Next: hold 1 s"},
		{"Hold", "Hold", "Next: push 1 s"},
		{"Push", "Push", "Next: finish"},
		{"Done", "Routine complete", ""},
	}
	if len(tl.Segments) != len(want) {
		t.Fatalf("%d segments, want %d", len(tl.Segments), len(want))
	}
	for i, w := range want {
		s := tl.Segments[i]
		if s.PhaseName() != w.name || s.Cue != w.cue || s.Next != w.next {
			t.Errorf("segment %d (%s): %q, cue %q, next %q; want %q, %q, %q", i, s.Phase, s.PhaseName(), s.Cue, s.Next, w.name, w.cue, w.next)
		}
	}
	plain := Segment{Phase: PhaseLift, Exercise: repMove("q", sec, sec, sec)}
	if plain.PhaseName() != "Lift" {
		t.Errorf("an exercise without names: %q, want Lift", plain.PhaseName())
	}
}

func TestAWarmUpPlaysFirstAndAddsItsTime(t *testing.T) {
	c := builtins(t)
	r, warm := c.Routine("Upper Back Strength"), c.Routine(c.Routine("Upper Back Strength").Warmup)
	if warm == nil {
		t.Fatal("Upper Back Strength names no warm-up routine")
	}
	both := Build(r.WithWarmup(warm), c.Library)
	alone, warmOnly := Build(r, c.Library), Build(warm, c.Library)
	// One get-ready instead of two, and the warm-up's last rest after it.
	restBetween := warm.Sections[len(warm.Sections)-1].Steps[len(warm.Sections[len(warm.Sections)-1].Steps)-1].RestAfter
	want := alone.Total + warmOnly.Total - r.PrepareTime() + *firstNonNil(restBetween, warm.RestAfter)
	if both.Total != want {
		t.Errorf("with warm-up %v, want %v (%v + %v)", both.Total, want, alone.Total, warmOnly.Total)
	}
	if both.Routine != r.Name || both.Steps[0].Plan.Exercise.ID != warmOnly.Steps[0].Plan.Exercise.ID {
		t.Errorf("plays as %q starting with %s", both.Routine, both.Steps[0].Plan.Exercise.ID)
	}
	if last := both.Steps[len(both.Steps)-1].Plan.Exercise.ID; last != alone.Steps[len(alone.Steps)-1].Plan.Exercise.ID {
		t.Errorf("ends with %s", last)
	}
}

func firstNonNil(ds ...*time.Duration) *time.Duration {
	for _, d := range ds {
		if d != nil {
			return d
		}
	}
	return nil
}
