package ui

import (
	"regexp"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/postureapp/posture/internal/history"
	"github.com/postureapp/posture/internal/locale"
	"github.com/postureapp/posture/internal/routine"
)

// A suggestion of every kind, on the suggestions card of home, History
// and the summary and in its Accept dialog, speaks the window's language:
// no sentence of it, no usual resistance ("light band") and no time in
// the files' units ("2s") is left in English under German, Spanish and
// French, and the safety sentences of easing off are said whole. The own
// copy Accept makes is named in the language too.
func TestSuggestionsSpeakTheLanguage(t *testing.T) {
	for _, l := range []locale.Lang{locale.German, locale.Spanish, locale.French} {
		t.Run(string(l), func(t *testing.T) {
			inLanguage(t, l)
			c, advice := catalogIn(t, l)
			es := newEnglishSource(t, l, c, advice)
			u := New(test.NewTempApp(t), Config{Catalog: c, Advice: advice, Clock: newStepClock(), Background: inPlace})
			sugs := everySuggestion(t, u)
			r := c.Routine("Upper Back Strength")
			shown := allText(t, u.suggestionCard(r, sugs))
			es.check(t, "suggestions", shown)
			for _, s := range sugs {
				for _, english := range englishSentences(s.Text()) {
					if strings.Contains(shown, english) {
						t.Errorf("%s: %q is on show in English", s.Kind, english)
					}
				}
			}
			for _, english := range []string{"light band", "medium band", "2s", "4s", "reps a set", "health professional"} {
				if strings.Contains(shown, english) {
					t.Errorf("the suggestions show the English %q:\n%s", english, shown)
				}
			}
			for _, want := range []string{"suggest.ease_off.pain", "suggest.why.pain"} {
				if !strings.Contains(shown, u.words.X(want, "", nil)) {
					t.Errorf("the pain's ease-off does not say %s whole", want)
				}
			}
			for _, s := range sugs {
				if s.Kind != history.MoreResistance || s.To == s.From {
					continue
				}
				u.onAcceptSuggestion(r, s, nil)
				asked := dialogText(t, u.win)
				es.check(t, "accept "+string(s.Kind), asked)
				if strings.Contains(asked, "light band") || strings.Contains(asked, "medium band") {
					t.Errorf("Accept names the resistance in English:\n%s", asked)
				}
				if mine := u.ownName(r.ShownName()); mine == r.ShownName()+routine.OwnSuffix || !strings.Contains(asked, mine) {
					t.Errorf("Accept does not name the copy %q:\n%s", mine, asked)
				}
				escape(u)
			}
		})
	}
}

// sentenceRe is an English sentence of a suggestion.
var sentenceRe = regexp.MustCompile(`[^.:;]+[.:;]`)

// englishSentences are text's sentences and clauses of three words or
// more, which a translation never leaves as they are.
func englishSentences(text string) []string {
	var out []string
	for _, s := range sentenceRe.FindAllString(text, -1) {
		if s = strings.TrimSpace(s); len(strings.Fields(s)) >= 3 {
			out = append(out, s)
		}
	}
	return out
}

// everySuggestion is a suggestion of every kind and wording the history
// gives, on exercises of the catalog.
func everySuggestion(t *testing.T, u *App) []history.Suggestion {
	t.Helper()
	day := time.Date(2026, 11, 10, 8, 0, 0, 0, time.UTC)
	did := func(id string, comfort history.Comfort, sets ...[]int) []history.Session {
		var out []history.Session
		for i, reps := range sets {
			start := day.AddDate(0, 0, i)
			s := history.Session{ID: history.NewID(start), Routine: "Upper Back Strength", Started: start, Ended: start.Add(10 * time.Minute), Status: history.Completed}
			s.Exercises = []history.Exercise{{Exercise: id, SetsPlanned: len(reps), SetsDone: len(reps), Reps: reps}}
			out = append(out, s)
		}
		out[len(out)-1].Exercises[0].Comfort = comfort
		return out
	}
	band := func(id, resistance string, reps routine.Count) history.Target {
		return history.Target{Exercise: id, Name: u.exerciseName(id), Reps: reps, Hold: routine.Span{Lo: 2 * time.Second, Hi: 2 * time.Second},
			Lower: 2 * time.Second, Resistance: resistance, Gear: true}
	}
	bodyweight := func(id string, p routine.Progression) history.Target {
		t := band(id, "", routine.Count{Lo: 15, Hi: 20})
		t.Gear, t.Progression, t.Working = false, p, routine.Count{Lo: 10, Hi: 15}
		return t
	}
	ten, top, twenty := []int{12, 12}, []int{15, 15}, []int{20, 20}
	next := bodyweight("wall-push-up", routine.Progression{})
	next.Reps = routine.Count{Lo: 8, Hi: 12}
	harder := bodyweight("wall-push-up", routine.Progression{Next: "incline-push-up"})
	harder.Next = &next
	then := bodyweight("chin-tuck", routine.Progression{})
	then.Then = u.exerciseName("thoracic-extension")
	cases := []struct {
		sessions []history.Session
		target   history.Target
		want     history.Kind
	}{
		{did("band-pull-apart", history.ComfortDiscomfort, top, top), band("band-pull-apart", "light band", routine.Count{Lo: 10, Hi: 15}), history.EaseOff},
		{did("band-pull-apart", history.ComfortPain, top, top), band("band-pull-apart", "medium band", routine.Count{Lo: 10, Hi: 15}), history.EaseOff},
		{did("band-pull-apart", "", ten, ten), band("band-pull-apart", "light band", routine.Count{Lo: 10, Hi: 15}), history.AddReps},
		{did("chin-tuck", "", []int{16, 16}, []int{16, 16}), bodyweight("chin-tuck", routine.Progression{}), history.AddReps},
		{did("band-pull-apart", "", top, top), band("band-pull-apart", "light band", routine.Count{Lo: 10, Hi: 15}), history.WidenRange},
		{did("chin-tuck", "", top, top), func() history.Target {
			t := bodyweight("chin-tuck", routine.Progression{})
			t.Reps = routine.Count{Lo: 10, Hi: 15}
			return t
		}(), history.WidenRange},
		{did("prone-y-raise", "", twenty, twenty), bodyweight("prone-y-raise", routine.Progression{Hold: 5 * time.Second}), history.LongerHold},
		{did("prone-y-raise", "", twenty, twenty), bodyweight("prone-y-raise", routine.Progression{Lower: 4 * time.Second}), history.SlowerLower},
		{did("prone-y-raise", "", twenty, twenty), bodyweight("prone-y-raise", routine.Progression{Resistance: "light dumbbells"}), history.MoreResistance},
		{did("wall-push-up", "", twenty, twenty), harder, history.HarderExercise},
		{did("band-pull-apart", "", twenty, twenty), band("band-pull-apart", "light band", routine.Count{Lo: 15, Hi: 20}), history.MoreResistance},
		{did("band-pull-apart", "", twenty, twenty), band("band-pull-apart", "TB-2", routine.Count{Lo: 15, Hi: 20}), history.MoreResistance},
		{did("band-pull-apart", "", twenty, twenty), band("band-pull-apart", "", routine.Count{Lo: 15, Hi: 20}), history.MoreResistance},
		{did("chin-tuck", "", twenty, twenty), then, history.AtTop},
	}
	var out []history.Suggestion
	for _, c := range cases {
		for i := range c.sessions {
			c.sessions[i].Exercises[0].Resistance = c.target.Resistance // done at the target
		}
		got := history.Suggest(c.sessions, []history.Target{c.target})
		if len(got) != 1 || got[0].Kind != c.want {
			t.Fatalf("%s: suggestions %+v, want one %s", c.target.Exercise, got, c.want)
		}
		out = append(out, got[0])
	}
	return out
}
