package ui

import (
	"testing"

	"fyne.io/fyne/v2"

	"github.com/postureapp/posture/internal/history"
	"github.com/postureapp/posture/internal/ui/kit"
)

// twoSuggestionsSession: pull-aparts and face pulls both done at the top
// of their ranges, so each is offered more resistance.
func twoSuggestionsSession(daysAgo int) history.Session {
	s := pullApartSession(daysAgo, 20)
	face := s.Exercises[0]
	face.Exercise, face.RepsPlanned, face.Reps = "face-pull", "12-15", []int{15, 15, 15}
	s.Exercises = append(s.Exercises, face)
	return s
}

// acceptButtons are the Accept buttons on show below o, in Tab order.
func acceptButtons(t *testing.T, o fyne.CanvasObject) []*kit.Button {
	var out []*kit.Button
	kit.WalkTree(o, func(c fyne.CanvasObject, _ []fyne.CanvasObject) bool {
		if b, ok := c.(*kit.Button); ok && b.Text == "Accept" {
			out = append(out, b)
		}
		return false
	})
	return out
}

// acceptByKeys focuses the first Accept, presses Space, then Enter on
// the question, as a person without a mouse does.
func acceptByKeys(t *testing.T, u *App) {
	t.Helper()
	accepts := acceptButtons(t, u.win.Content())
	if len(accepts) == 0 {
		t.Fatal("no Accept on show")
	}
	u.win.Canvas().Focus(accepts[0])
	press(u, fyne.KeySpace)
	if u.win.Canvas().Overlays().Top() == nil {
		t.Fatal("Space on Accept asked nothing")
	}
	press(u, fyne.KeyReturn)
	if u.win.Canvas().Overlays().Top() != nil {
		t.Fatal("Enter did not answer the question")
	}
}

// After Accept by keyboard the focus goes on to the next suggestion's
// Accept, not back to the top of the screen.
func TestAcceptByKeyFocusesTheNextSuggestion(t *testing.T) {
	u, _, _ := appWithHistory(t, twoSuggestionsSession(3), twoSuggestionsSession(1))
	u.win.Resize(fyne.NewSize(960, 720))
	u.showHistory()
	if n := len(acceptButtons(t, u.win.Content())); n != 2 {
		t.Fatalf("the test needs two suggestions, History shows %d", n)
	}
	acceptByKeys(t, u)
	left := acceptButtons(t, u.win.Content())
	if len(left) != 1 {
		t.Fatalf("%d suggestions left after one was accepted, want 1", len(left))
	}
	if f := u.win.Canvas().Focused(); f != left[0] {
		t.Fatalf("after Accept the focus is on %T, not on the next suggestion's Accept", f)
	}
}

// The last suggestion accepted on home, the focus goes to the row of the
// routine that changed, the person's own copy.
func TestAcceptByKeyOnHomeFocusesTheChangedRoutine(t *testing.T) {
	u, _, _ := appWithHistory(t, pullApartSession(3, 20), pullApartSession(1, 20))
	u.win.Resize(fyne.NewSize(960, 720))
	acceptByKeys(t, u)
	row := rowFor(t, u.home, "Upper Back Strength (mine)")
	if f := u.win.Canvas().Focused(); f != row.Surface {
		t.Fatalf("after Accept the focus is on %T, not on the changed routine's row", f)
	}
}

// The last suggestion accepted on History, the focus goes to what
// followed it: the exercise whose progress the chart shows.
func TestAcceptByKeyOnHistoryGoesOnToTheChart(t *testing.T) {
	u, _, _ := appWithHistory(t, pullApartSession(3, 20), pullApartSession(1, 20))
	u.win.Resize(fyne.NewSize(960, 720))
	u.showHistory()
	acceptByKeys(t, u)
	if f := u.win.Canvas().Focused(); f != u.historyScreen.pick {
		t.Fatalf("after the last Accept the focus is on %T, not on the chart's exercise", f)
	}
}
