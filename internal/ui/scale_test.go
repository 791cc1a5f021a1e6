package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/postureapp/posture/assets"
	"github.com/postureapp/posture/internal/history"
	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/ui/kit"
	"github.com/postureapp/posture/routines"
)

// appWithYears opens the window on a history of one session a day for
// days days, written as month files the way the store writes them.
func appWithYears(t *testing.T, days int) *App {
	t.Helper()
	dir := t.TempDir()
	months := map[string][]history.Session{}
	for i := range days {
		s := pullApartSession(i, 10+i%7)
		s.Routine = fmt.Sprintf("Upper Back Strength %d", i) // each row tells which it is
		months[s.Started.Format("2006-01")] = append(months[s.Started.Format("2006-01")], s)
	}
	for m, ss := range months {
		data, err := history.EncodeSessions(ss)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, m+".toml"), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	src := routine.Sources{BuiltinExercises: assets.ExerciseFiles(), BuiltinRoutines: routines.FS}
	a := test.NewTempApp(t)
	a.Preferences().SetBool(prefSafetySeen, true)
	u := newWithClock(a, Config{Catalog: routine.Load(src), Sources: src, Advice: testAdvice(t), History: history.NewStore(dir), Clock: newStepClock(), Background: inPlace},
		func() time.Time { return historyNow })
	if len(u.sessions) != days {
		t.Fatalf("%d sessions read, want %d", len(u.sessions), days)
	}
	return u
}

// sessionTitles are the session rows the History screen has made, top
// first.
func sessionTitles(h *historyScreen) []string {
	var out []string
	kit.WalkTree(h.sessions, func(o fyne.CanvasObject, _ []fyne.CanvasObject) bool {
		if l, ok := o.(*widget.Label); ok && strings.Contains(l.Text, "· completed") {
			out = append(out, l.Text)
		}
		return false
	})
	return out
}

func historyPage(u *App) *container.Scroll {
	var page *container.Scroll
	kit.WalkTree(u.win.Content(), func(o fyne.CanvasObject, _ []fyne.CanvasObject) bool {
		page, _ = o.(*container.Scroll)
		return page != nil
	})
	return page
}

// Years of history: the screen makes the rows around the view, not a
// row per session, and scrolling to the end shows the oldest session.
func TestHistoryMakesOnlyTheRowsNearTheView(t *testing.T) {
	u := appWithYears(t, 1500)
	u.win.Resize(fyne.NewSize(960, 720))
	u.showHistory()
	h := u.historyScreen
	made := sessionTitles(h)
	if len(made) == 0 || len(made) > 100 {
		t.Fatalf("%d session rows made for 1,500 sessions, want a screenful or three", len(made))
	}
	if !strings.Contains(made[0], "Upper Back Strength 0 ") {
		t.Fatalf("the first row is %q, not the newest session", made[0])
	}
	page := historyPage(u)
	page.ScrollToBottom()
	made = sessionTitles(h)
	last := made[len(made)-1]
	if !strings.Contains(last, "Upper Back Strength 1499 ") {
		t.Fatalf("at the bottom the last row is %q, not the oldest session", last)
	}
	if len(made) > 100 {
		t.Fatalf("%d rows made after scrolling to the end", len(made))
	}
}

// Tab goes from session to session past the rows made at first, each
// brought into view, and Shift+Tab comes back.
func TestTabWalksThroughYearsOfSessions(t *testing.T) {
	u := appWithYears(t, 400)
	u.win.Resize(fyne.NewSize(480, 640))
	u.showHistory()
	c := u.win.Canvas()
	page := historyPage(u)
	first := findMine(t, u.historyScreen.sessions, "Delete")
	c.Focus(first)
	deletes := 0
	for deletes < 60 {
		c.FocusNext()
		b, ok := c.Focused().(*kit.Button)
		if !ok {
			t.Fatalf("Tab left the sessions for %T", c.Focused())
		}
		if !shownIn(page, b) {
			t.Fatalf("the focused %s at y=%.0f is out of view", b.Text, absPos(b).Y)
		}
		if b.Text == "Delete" {
			deletes++
		}
	}
	row := rowOf(t, u, c.Focused().(fyne.CanvasObject))
	if !strings.Contains(row, "Upper Back Strength 60 ") {
		t.Fatalf("60 Tabs past the first Delete reached %q", row)
	}
	for range 30 {
		c.FocusPrevious()
	}
	if row := rowOf(t, u, c.Focused().(fyne.CanvasObject)); !strings.Contains(row, "Upper Back Strength 45 ") {
		t.Fatalf("30 Shift+Tabs back reached %q", row)
	}
}

// rowOf is the title of the session row holding o.
func rowOf(t *testing.T, u *App, o fyne.CanvasObject) string {
	t.Helper()
	path := kit.PathTo(u.win.Canvas(), o)
	for i, p := range path[:len(path)-1] {
		if p != u.historyScreen.sessions {
			continue
		}
		if row, ok := path[i+1].(*fyne.Container); ok {
			for _, l := range sessionTitles(&historyScreen{sessions: row}) {
				return l
			}
		}
	}
	t.Fatalf("%T is in no session row", o)
	return ""
}

// A session's details stay open when its row is scrolled away and back.
func TestOpenDetailsSurviveScrolling(t *testing.T) {
	u := appWithYears(t, 600)
	u.win.Resize(fyne.NewSize(960, 720))
	u.showHistory()
	test.Tap(findButton(t, u.historyScreen.sessions, "Details"))
	if !strings.Contains(allText(t, u.historyScreen.sessions), "Band Pull-Apart") {
		t.Fatal("Details did not open")
	}
	page := historyPage(u)
	page.ScrollToBottom()
	page.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.Delta{DY: 1e9}}) // the wheel to the top
	if !strings.Contains(allText(t, u.historyScreen.sessions), "Band Pull-Apart") {
		t.Fatal("the details closed when the row was scrolled away and back")
	}
}

// manyRoutines is the test catalog with n more routines of the person's
// own, each a copy of a built-in under a numbered name.
func manyRoutines(t *testing.T, n int) *routine.Catalog {
	c := testCatalog(t)
	builtins := len(c.Routines)
	for i := range n {
		r := *c.Routines[i%builtins]
		r.Name = fmt.Sprintf("Mine %04d", i+1)
		r.BuiltIn = false
		c.Routines = append(c.Routines, &r)
	}
	return c
}

// Two thousand routines: home makes the cards near the view, a search
// finds one far down the list at once, and its card works.
func TestHomeWithThousandsOfRoutines(t *testing.T) {
	c := manyRoutines(t, 2000)
	u := newTestApp(t, c)
	u.win.Resize(fyne.NewSize(960, 720))
	h := u.home
	if n := len(cardsMade(h)); n == 0 || n > 60 {
		t.Fatalf("%d cards made for %d routines, want a screenful or three", n, len(c.Routines))
	}
	if len(h.shown) != len(c.Routines) {
		t.Fatalf("home lists %d routines, want all %d", len(h.shown), len(c.Routines))
	}
	test.Type(h.search, "mine 1999")
	cards := cardsMade(h)
	if len(cards) != 1 || cards[0].Title != "Mine 1999" {
		t.Fatalf("searching a name far down shows %v", cardTitlesMade(h))
	}
	test.Tap(findButton(t, cards[0].Box, "Start"))
	if u.win.Canvas().Overlays().Top() == nil && u.player == nil {
		t.Fatal("Start on the card found did nothing")
	}
}

func cardsMade(h *home) []*kit.ListRow {
	var out []*kit.ListRow
	for _, o := range h.list.Objects {
		if c := kit.ListRowOf(o); c != nil {
			out = append(out, c)
		}
	}
	return out
}

func cardTitlesMade(h *home) []string {
	var out []string
	for _, c := range cardsMade(h) {
		out = append(out, c.Title)
	}
	return out
}
