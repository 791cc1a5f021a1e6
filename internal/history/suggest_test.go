package history

import (
	"strings"
	"testing"
	"time"

	"github.com/postureapp/posture/internal/routine"
)

// did builds sessions of one exercise, oldest first, each with the reps given.
func did(exercise string, sets ...[]int) []Session {
	var out []Session
	for i, reps := range sets {
		s := session(time.Date(2026, 11, 10+i, 8, 0, 0, 0, time.UTC), 0)
		s.Exercises = []Exercise{{Exercise: exercise, SetsPlanned: len(reps), SetsDone: len(reps), Reps: reps}}
		out = append(out, s)
	}
	return out
}

// with records every entry of sessions as done with resistance r.
func with(r string, sessions []Session) []Session {
	for i := range sessions {
		for j := range sessions[i].Exercises {
			sessions[i].Exercises[j].Resistance = r
		}
	}
	return sessions
}

func target(reps routine.Count, hold routine.Span, resistance string) Target {
	return Target{Exercise: "pull-apart", Reps: reps, Hold: hold, Resistance: resistance, Gear: true}
}

func only(t *testing.T, got []Suggestion) Suggestion {
	t.Helper()
	if len(got) != 1 {
		t.Fatalf("want one suggestion, got %+v", got)
	}
	return got[0]
}

func TestDiscomfortInTheLatestSessionSaysEaseOffWithSafety(t *testing.T) {
	sessions := did("pull-apart", []int{15, 15}, []int{15, 15})
	sessions[1].Exercises[0].Comfort = ComfortDiscomfort
	s := only(t, Suggest(sessions, []Target{target(routine.Count{Lo: 12, Hi: 15}, routine.Span{}, "medium band")}))
	if s.Kind != EaseOff || !s.Safety || s.To.Reps.Lo != 10 || s.To.Resistance != "light band" {
		t.Errorf("got %+v", s)
	}
	if !strings.Contains(s.Text(), "Discomfort") {
		t.Errorf("text %q does not mention the discomfort", s.Text())
	}
}

func TestStoppedForPainDuringAnExerciseSaysEaseOff(t *testing.T) {
	sessions := did("pull-apart", []int{10}, []int{8})
	sessions[1].Status = Pain
	s := only(t, Suggest(sessions, []Target{target(routine.Count{Lo: 10, Hi: 15}, routine.Span{Lo: 3 * time.Second, Hi: 3 * time.Second}, "light band")}))
	// A band move keeps its lightest band: fewer reps and shorter holds instead.
	if s.Kind != EaseOff || !s.Safety || s.To.Resistance != "light band" || s.To.Hold.Lo != 2*time.Second || s.To.Reps.Lo != 8 {
		t.Errorf("got %+v", s)
	}
	if strings.Contains(s.Text(), "no added resistance") {
		t.Errorf("a band move is told to drop the band: %q", s.Text())
	}
	// A body-weight move that took a band on top can put it down again.
	squeeze := target(routine.Count{Lo: 10, Hi: 12}, routine.Span{}, "light band")
	squeeze.Gear = false
	if s := only(t, Suggest(sessions, []Target{squeeze})); s.To.Resistance != "" {
		t.Errorf("squeeze eases off to %q, want no band", s.To.Resistance)
	}
	if !strings.Contains(s.Text(), "Pain") {
		t.Errorf("text %q does not mention the pain", s.Text())
	}
}

func TestOlderDiscomfortNoLongerHoldsBackProgress(t *testing.T) {
	sessions := with("light band", did("pull-apart", []int{12, 12}, []int{20, 20}, []int{20, 20}))
	sessions[0].Exercises[0].Comfort = ComfortDiscomfort
	s := only(t, Suggest(sessions, []Target{target(routine.Count{Lo: 15, Hi: 20}, routine.Span{}, "light band")}))
	if s.Kind != MoreResistance {
		t.Errorf("got %+v", s)
	}
}

// The articles: add reps first, and more resistance only at 20 or more
// clean reps, whatever the step's range says.
func TestTopOfARangeBelowTwentyWidensItInsteadOfAddingResistance(t *testing.T) {
	sessions := with("light band", did("pull-apart", []int{15, 15, 16}, []int{15, 15, 15}))
	s := only(t, Suggest(sessions, []Target{target(routine.Count{Lo: 12, Hi: 15}, routine.Span{}, "light band")}))
	if s.Kind != WidenRange || s.To.Reps != (routine.Count{Lo: 14, Hi: 20}) || s.To.Resistance != "light band" || s.Safety {
		t.Errorf("got %+v", s)
	}
	if !strings.Contains(s.Text(), "14-20") || !strings.Contains(s.Text(), "20") {
		t.Errorf("text %q does not give the new range", s.Text())
	}
	// A fixed count is widened the same way.
	sessions = did("pull-apart", []int{12, 12}, []int{12, 13})
	s = only(t, Suggest(sessions, []Target{target(routine.Count{Lo: 12, Hi: 12}, routine.Span{}, "")}))
	if s.Kind != WidenRange || s.To.Reps != (routine.Count{Lo: 13, Hi: 20}) {
		t.Errorf("fixed 12: got %+v", s)
	}
}

func TestTwentyCleanRepsMeansMoreResistanceButNineteenDoesNot(t *testing.T) {
	rng := routine.Count{Lo: 15, Hi: 20}
	s := only(t, Suggest(with("light band", did("pull-apart", []int{20, 20, 20}, []int{20, 21, 20})), []Target{target(rng, routine.Span{}, "light band")}))
	if s.Kind != MoreResistance || s.To.Resistance != "medium band" || s.To.Reps != rng {
		t.Errorf("at 20: got %+v", s)
	}
	s = only(t, Suggest(with("light band", did("pull-apart", []int{20, 20, 19}, []int{20, 20, 20})), []Target{target(rng, routine.Span{}, "light band")}))
	if s.Kind != AddReps || s.To.Resistance != "light band" || s.To.Reps.Lo != 17 {
		t.Errorf("a set of 19: got %+v, want two more reps and the same band", s)
	}
	// A range reaching past 20 does not hold resistance back.
	s = only(t, Suggest(with("light band", did("pull-apart", []int{20, 21}, []int{22, 20})), []Target{target(routine.Count{Lo: 15, Hi: 25}, routine.Span{}, "light band")}))
	if s.Kind != MoreResistance {
		t.Errorf("15-25 at 20: got %+v", s)
	}
}

func TestTopOfRangeOnlyOnceIsNotEnough(t *testing.T) {
	sessions := with("light band", did("pull-apart", []int{12, 12, 12}, []int{15, 15, 15}))
	s := only(t, Suggest(sessions, []Target{target(routine.Count{Lo: 12, Hi: 15}, routine.Span{}, "light band")}))
	if s.Kind != AddReps {
		t.Errorf("got %+v, want add reps (the older session stayed at 12)", s)
	}
}

func TestLowEndReachedCleanlyMeansAddRepsWithinTheRange(t *testing.T) {
	sessions := with("light band", did("pull-apart", []int{10, 10, 11}, []int{11, 10, 12}))
	s := only(t, Suggest(sessions, []Target{target(routine.Count{Lo: 10, Hi: 15}, routine.Span{}, "light band")}))
	if s.Kind != AddReps || s.To.Reps != (routine.Count{Lo: 11, Hi: 15}) || s.To.Resistance != "light band" {
		t.Errorf("got %+v", s)
	}
	// More done than planned: two more, never beyond the top.
	sessions = did("pull-apart", []int{14, 14}, []int{14, 14})
	s = only(t, Suggest(sessions, []Target{target(routine.Count{Lo: 13, Hi: 15}, routine.Span{}, "")}))
	if s.To.Reps.Lo != 15 {
		t.Errorf("from 13 after sets of 14: suggested %d, want 15", s.To.Reps.Lo)
	}
}

// A change the person accepted needs two sessions at the new target before
// the next suggestion, so the same history never pushes twice.
func TestOnlySessionsAtTheCurrentTargetCount(t *testing.T) {
	tgt := target(routine.Count{Lo: 15, Hi: 20}, routine.Span{Lo: 3 * time.Second, Hi: 3 * time.Second}, "medium band")
	tgt.Lower = 2 * time.Second
	at := func(mutate func(*Exercise)) []Session {
		sessions := did("pull-apart", []int{20, 20}, []int{20, 20})
		for i := range sessions {
			x := &sessions[i].Exercises[0]
			x.RepsPlanned, x.Hold, x.Lower, x.Resistance = "15-20", Duration(3*time.Second), Duration(2*time.Second), "Medium band"
			mutate(x)
		}
		return sessions
	}
	if got := Suggest(at(func(*Exercise) {}), []Target{tgt}); len(got) != 1 {
		t.Fatalf("at the target: %+v", got)
	}
	for name, mutate := range map[string]func(*Exercise){
		"another range":     func(x *Exercise) { x.RepsPlanned = "12-15" },
		"a shorter hold":    func(x *Exercise) { x.Hold = Duration(2 * time.Second) },
		"a quicker lower":   func(x *Exercise) { x.Lower = Duration(time.Second) },
		"a lighter band":    func(x *Exercise) { x.Resistance = "light band" },
		"older, unrecorded": func(x *Exercise) { x.RepsPlanned, x.Hold, x.Lower = "", 0, 0 },
	} {
		got := Suggest(at(mutate), []Target{tgt})
		if want := name == "older, unrecorded"; (len(got) == 1) != want {
			t.Errorf("%s: got %+v, want a suggestion: %v", name, got, want)
		}
	}
	// Older sessions at the target do not stand in for a newer one off it.
	sessions := append(at(func(*Exercise) {}), at(func(x *Exercise) { x.RepsPlanned = "20-25" })[0])
	sessions[2].Started = sessions[1].Started.AddDate(0, 0, 1)
	if got := Suggest(sessions, []Target{tgt}); len(got) != 0 {
		t.Errorf("the latest session was at another range, yet: %+v", got)
	}
	// Discomfort counts whatever the target was.
	sessions = at(func(x *Exercise) { x.RepsPlanned = "10-12" })
	sessions[1].Exercises[0].Comfort = ComfortDiscomfort
	if s := only(t, Suggest(sessions, []Target{tgt})); s.Kind != EaseOff {
		t.Errorf("discomfort at an older target: %+v", s)
	}
}

func bodyweight(p routine.Progression, hold routine.Span, lower time.Duration) Target {
	return Target{Exercise: "pull-apart", Name: "Squeeze", Reps: routine.Count{Lo: 20, Hi: 20}, Hold: hold, Lower: lower, Progression: p}
}

func TestBodyweightMovesProgressInTheirOwnWay(t *testing.T) {
	twenty := did("pull-apart", []int{20, 20}, []int{20, 20})
	secs := func(lo, hi int) routine.Span {
		return routine.Span{Lo: time.Duration(lo) * time.Second, Hi: time.Duration(hi) * time.Second}
	}
	holdThenLower := routine.Progression{Hold: 3 * time.Second, Lower: 3 * time.Second}
	s := only(t, Suggest(twenty, []Target{bodyweight(holdThenLower, secs(2, 3), time.Second)}))
	if s.Kind != LongerHold || s.To.Hold != secs(3, 3) || s.To.Resistance != "" {
		t.Errorf("hold 2s of up to 3s: %+v", s)
	}
	s = only(t, Suggest(twenty, []Target{bodyweight(holdThenLower, secs(3, 3), time.Second)}))
	if s.Kind != SlowerLower || s.To.Lower != 2*time.Second || s.To.Hold != secs(3, 3) {
		t.Errorf("hold at its top: %+v", s)
	}
	// Used up: as hard as the routine takes it, with nothing to accept.
	if s := only(t, Suggest(twenty, []Target{bodyweight(holdThenLower, secs(3, 3), 3*time.Second)})); s.Kind != AtTop || s.To != s.From || !strings.Contains(s.Change, "as hard as this routine takes it") {
		t.Errorf("progression used up: %+v", s)
	}

	band := routine.Progression{Hold: 5 * time.Second, Resistance: "light band"}
	s = only(t, Suggest(twenty, []Target{bodyweight(band, secs(5, 5), time.Second)}))
	if s.Kind != MoreResistance || s.To.Resistance != "light band" || !strings.Contains(s.Change, "light band") {
		t.Errorf("hold at 5s, band next: %+v", s)
	}
	banded := bodyweight(band, secs(5, 5), time.Second)
	banded.Resistance = "light band"
	if s = only(t, Suggest(with("light band", did("pull-apart", []int{20, 20}, []int{20, 20})), []Target{banded})); s.To.Resistance != "medium band" {
		t.Errorf("with the band: %+v", s)
	}

	next := Target{Exercise: "incline-push-up", Name: "Incline Push-Up", Reps: routine.Count{Lo: 10, Hi: 15}}
	push := bodyweight(routine.Progression{Next: "incline-push-up"}, routine.Span{}, time.Second)
	push.Next = &next
	s = only(t, Suggest(twenty, []Target{push}))
	if s.Kind != HarderExercise || s.To != next || !strings.Contains(s.Change, "Incline Push-Up") {
		t.Errorf("push-up: %+v", s)
	}
	if strings.Contains(s.Text(), "band") {
		t.Errorf("a bodyweight move is told to use a band: %q", s.Text())
	}
}

func TestWithoutProgressionOrResistanceItSaysMoreResistanceButChangesNothing(t *testing.T) {
	s := only(t, Suggest(did("pull-apart", []int{20, 20}, []int{20, 20}), []Target{target(routine.Count{Lo: 15, Hi: 20}, routine.Span{}, "")}))
	if s.Kind != MoreResistance || s.To != s.From {
		t.Errorf("got %+v", s)
	}
}

func TestNoSuggestionWithoutTwoCleanCompleteSessions(t *testing.T) {
	short := did("pull-apart", []int{15, 15}, []int{15})
	short[1].Exercises[0].SetsPlanned = 2 // stopped after one of two sets
	cases := map[string][]Session{
		"one session":        did("pull-apart", []int{15, 15}),
		"below the low end":  did("pull-apart", []int{9, 10}, []int{10, 10}),
		"a set left undone":  short,
		"another exercise":   did("face-pull", []int{15, 15}, []int{15, 15}),
		"no sessions at all": nil,
	}
	for name, sessions := range cases {
		if got := Suggest(sessions, []Target{target(routine.Count{Lo: 10, Hi: 15}, routine.Span{}, "")}); len(got) != 0 {
			t.Errorf("%s: got %+v", name, got)
		}
	}
}

func TestTimedMovesOnlyEverGetEaseOff(t *testing.T) {
	sessions := did("pull-apart", []int{1}, []int{1})
	tgt := Target{Exercise: "pull-apart"}
	if got := Suggest(sessions, []Target{tgt}); len(got) != 0 {
		t.Errorf("progression for a timed move: %+v", got)
	}
	sessions[1].Exercises[0].Comfort = ComfortPain
	if s := only(t, Suggest(sessions, []Target{tgt})); s.Kind != EaseOff {
		t.Errorf("got %+v", s)
	}
}

// What the ease-off sentence says (the low end, which the player plays) is
// what Accept writes: the top of the range comes down with it, so a fixed
// 3 reps becomes a fixed 1, not a range 1-3 that still asks for 3.
func TestEaseOffMovesTheWholeDoseDown(t *testing.T) {
	sessions := did("pull-apart", []int{3}, []int{3})
	sessions[1].Exercises[0].Comfort = ComfortDiscomfort
	fixed := only(t, Suggest(sessions, []Target{target(routine.Count{Lo: 3, Hi: 3}, routine.Span{Lo: 2 * time.Second, Hi: 2 * time.Second}, "")}))
	if fixed.To.Reps != (routine.Count{Lo: 1, Hi: 1}) || fixed.To.Hold != (routine.Span{Lo: time.Second, Hi: time.Second}) {
		t.Errorf("3 reps, 2s holds ease off to reps %v, holds %v; want 1 and 1s", fixed.To.Reps, fixed.To.Hold)
	}
	ranged := only(t, Suggest(sessions, []Target{target(routine.Count{Lo: 10, Hi: 15}, routine.Span{Lo: 3 * time.Second, Hi: 5 * time.Second}, "")}))
	if ranged.To.Reps != (routine.Count{Lo: 8, Hi: 13}) || ranged.To.Hold != (routine.Span{Lo: 2 * time.Second, Hi: 4 * time.Second}) {
		t.Errorf("10-15 reps, 3-5s holds ease off to %v, %v; want 8-13 and 2-4s", ranged.To.Reps, ranged.To.Hold)
	}
	// The sentence says the ranges Accept writes.
	for s, want := range map[*Suggestion][]string{&fixed: {"1 rep a set", "1 s holds"}, &ranged: {"8–13 reps a set", "2–4 s holds"}} {
		for _, w := range want {
			if !strings.Contains(s.Text(), w) {
				t.Errorf("the suggestion says %q; want %q in it", s.Text(), w)
			}
		}
	}
}
