package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"

	"github.com/postureapp/posture/assets"
	"github.com/postureapp/posture/internal/history"
	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/ui/kit"
	"github.com/postureapp/posture/routines"
)

var historyNow = time.Date(2026, 11, 20, 18, 0, 0, 0, time.Local) // a Friday

// pullApartSession is a completed Upper Back Strength session days ago
// with the given reps of band pull-aparts.
func pullApartSession(daysAgo int, reps int) history.Session {
	start := historyNow.AddDate(0, 0, -daysAgo).Add(-10 * time.Hour)
	return history.Session{
		ID: history.NewID(start), Routine: "Upper Back Strength", Started: start, Ended: start.Add(15 * time.Minute),
		Status: history.Completed, Active: history.Duration(14 * time.Minute),
		Exercises: []history.Exercise{{Exercise: "band-pull-apart", SetsPlanned: 3, SetsDone: 3, RepsPlanned: "15-20",
			Reps: []int{reps, reps, reps}, Hold: history.Duration(time.Second), Resistance: "light band"}},
	}
}

// appWithHistory opens the window on the built-ins, a user routines
// folder and a history holding sessions.
func appWithHistory(t *testing.T, sessions ...history.Session) (*App, *history.Store, string) {
	t.Helper()
	store := history.NewStore(t.TempDir())
	for _, s := range sessions {
		if _, err := store.Save(s); err != nil {
			t.Fatal(err)
		}
	}
	userDir := t.TempDir()
	src := routine.Sources{BuiltinExercises: assets.ExerciseFiles(), BuiltinRoutines: routines.FS, UserRoutines: userDir}
	a := test.NewTempApp(t)
	a.Preferences().SetBool(prefSafetySeen, true)
	u := newWithClock(a, Config{Catalog: routine.Load(src), Sources: src, Advice: testAdvice(t), History: store, Clock: newStepClock(), Background: inPlace},
		func() time.Time { return historyNow })
	return u, store, userDir
}

func TestHistoryScreenShowsWeekSessionsAndDeletes(t *testing.T) {
	u, store, _ := appWithHistory(t, pullApartSession(10, 15), pullApartSession(3, 16), pullApartSession(1, 17))
	u.win.Resize(fyne.NewSize(960, 2400)) // every row in view
	u.showHistory()
	text := allText(t, u.win.Content())
	if !strings.Contains(text, "2 of 3 sessions this week") {
		t.Errorf("week count missing:\n%s", text)
	}
	if n := countLabels(t, u.win.Content(), "Upper Back Strength · completed"); n != 3 {
		t.Errorf("%d session rows, want 3", n)
	}
	test.Tap(findButton(t, u.win.Content(), "Delete"))
	if !overlayShows(t, u.win, "Delete the session") {
		t.Fatal("delete did not ask first")
	}
	test.Tap(findButton(t, u.win.Canvas().Overlays().Top(), "Delete"))
	left, _ := store.Load()
	if len(left) != 2 || left[1].Exercises[0].Reps[0] != 16 {
		t.Fatalf("delete removed the wrong session: %+v", left)
	}
	if n := countLabels(t, u.win.Content(), "Upper Back Strength · completed"); n != 2 {
		t.Errorf("screen still shows %d sessions", n)
	}
}

func TestHistoryChartPlotsEverySession(t *testing.T) {
	u, _, _ := appWithHistory(t, pullApartSession(10, 15), pullApartSession(3, 16), pullApartSession(1, 17))
	u.showHistory()
	var c *kit.Chart
	walk(t, u.win.Content(), func(o fyne.CanvasObject) {
		if x, ok := o.(*kit.Chart); ok {
			c = x
		}
	})
	if c == nil || len(c.Dates) != 3 || c.Series[0].Values[2] != 17 {
		t.Fatalf("chart data %+v", c)
	}
	dots := 0
	for _, o := range test.TempWidgetRenderer(t, c).Objects() {
		if _, ok := o.(*canvas.Circle); ok {
			dots++
		}
	}
	if dots != 6 {
		t.Errorf("%d points drawn, want 3 sessions × (reps, hold)", dots)
	}
	if !strings.Contains(allText(t, c), "Best reps") {
		t.Error("chart has no legend")
	}
}

func TestAcceptSuggestionWritesOwnCopy(t *testing.T) {
	u, _, userDir := appWithHistory(t, pullApartSession(3, 20), pullApartSession(1, 20))
	// Home names the exercise and why in a line; the change itself is
	// for History and the Accept dialog.
	if !strings.Contains(allText(t, u.win.Content()), "Band Pull-Apart: Every set reached") {
		t.Fatalf("no resistance suggestion on home:\n%s", allText(t, u.win.Content()))
	}
	test.Tap(findButton(t, u.win.Content(), "Accept"))
	test.Tap(findButton(t, u.win.Canvas().Overlays().Top(), "Change it"))
	data, err := os.ReadFile(filepath.Join(userDir, "upper-back-strength-mine.toml"))
	if err != nil {
		t.Fatal(err)
	}
	mine, err := routine.ParseRoutine("mine", data, u.cfg.Catalog.Library)
	if err != nil {
		t.Fatal(err)
	}
	if mine.Name != "Upper Back Strength (mine)" || mine.Sections[0].Steps[0].Resistance != "medium band" {
		t.Fatalf("copy not changed: %s", data)
	}
	builtin := u.cfg.Catalog.Routine("Upper Back Strength")
	if !builtin.BuiltIn || builtin.Sections[0].Steps[0].Resistance != "light band" {
		t.Fatal("the built-in routine changed")
	}
	if u.cfg.Catalog.Routine("Upper Back Strength (mine)") == nil {
		t.Fatal("the copy is not in the catalog")
	}
}

func TestQuickCheckSavesWhatThePersonSays(t *testing.T) {
	pl := startFlow(t)
	pl.advance(16 * time.Second) // get ready, then the first set's two reps
	pl.act(func() { pl.p.engine.Stop() })
	u := pl.u
	var entries []*kit.Entry
	var radios []*kit.Radio
	walk(t, u.win.Content(), func(o fyne.CanvasObject) {
		switch x := o.(type) {
		case *kit.Entry:
			entries = append(entries, x)
		case *kit.Radio:
			radios = append(radios, x)
		}
	})
	if len(radios) == 0 {
		t.Fatal("no quick check after the session")
	}
	radios[0].SetSelected(feltUneasy)
	entries[len(entries)-1].SetText("yellow band")
	test.Tap(findButton(t, u.win.Content(), "Save check"))
	saved, _ := pl.store.Load()
	ex := saved[0].Exercises[0]
	if ex.Comfort != history.ComfortDiscomfort || ex.Resistance != "yellow band" {
		t.Fatalf("check not saved: %+v", ex)
	}
	if !strings.Contains(allText(t, u.win.Content()), "Stop if it turns into pain") {
		t.Error("saved discomfort does not say to stop if it turns into pain")
	}
}

// A session's details open in view, with the button that opened them,
// though the row sat at the bottom edge.
func TestSessionDetailsOpenInView(t *testing.T) {
	u, _, _ := appWithHistory(t, pullApartSession(3, 16), pullApartSession(1, 17))
	u.win.Resize(fyne.NewSize(480, 640))
	u.showHistory()
	var scroll *container.Scroll
	var more *kit.Button
	kit.WalkTree(u.win.Content(), func(o fyne.CanvasObject, _ []fyne.CanvasObject) bool {
		if s, ok := o.(*container.Scroll); ok && scroll == nil {
			scroll = s
		}
		if b, ok := o.(*kit.Button); ok && b.Text == "Details" {
			more = b // the last, oldest session's
		}
		return false
	})
	top := absPos(more).Y - absPos(scroll).Y + scroll.Offset.Y
	scroll.ScrollToOffset(fyne.NewPos(0, top+more.Size().Height-scroll.Size().Height))
	test.Tap(more)
	path := kit.PathTo(u.win.Canvas(), more)
	session := path[len(path)-4].(*fyne.Container) // the row, its details, a line
	details := session.Objects[1]
	if !details.Visible() || !shownIn(scroll, details) || !shownIn(scroll, more) {
		t.Fatal("the details opened out of view")
	}
}

// The Progress chart opens on the exercise with the newest data, not on
// the first name in the alphabet: Arm Circles, skipped in the last
// session, has nothing to plot while Band Pull-Apart has.
func TestProgressOpensOnTheNewestExercise(t *testing.T) {
	newest := pullApartSession(0, 15)
	newest.Exercises = append([]history.Exercise{{Exercise: "arm-circle", SetsPlanned: 1, Duration: history.Duration(30 * time.Second)}}, newest.Exercises...)
	older := pullApartSession(2, 12)
	older.Exercises[0].Exercise = "chin-tuck"
	u, _, _ := appWithHistory(t, older, newest)
	u.win.Resize(fyne.NewSize(960, 2400))
	u.showHistory()
	pick := u.historyScreen.pick
	if want := u.exerciseName("band-pull-apart"); pick.Selected != want {
		t.Errorf("Progress opens on %q of %v, want %q, the newest done", pick.Selected, pick.Options, want)
	}
	if text := allText(t, u.historyScreen.progress); strings.Contains(text, "Nothing recorded yet") {
		t.Errorf("Progress opens empty:\n%s", text)
	}
}
