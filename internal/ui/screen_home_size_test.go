package ui

import (
	"fmt"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/postureapp/posture/internal/history"
	"github.com/postureapp/posture/internal/ui/kit"
)

// visibleRows counts the routine rows wholly in view on home.
func visibleRows(h *home) int {
	n := 0
	for _, o := range h.list.Objects {
		if kit.ListRowOf(o) != nil && o.Visible() && shownIn(h.scroll, o) {
			n++
		}
	}
	return n
}

// Home shows at least 4, 6 and 8 routines without scrolling at 480×640,
// 960×720 and 1280×800, in either theme, in the fullest cases: a
// newcomer's suggestion, three routines of their own (so three headings)
// and the "no sound device" line; and the same after a session stopped
// for pain, whose suggestions to ease off come first.
func TestHomeShowsEnoughRoutinesWithoutScrolling(t *testing.T) {
	sizes := []struct {
		size fyne.Size
		want int
	}{{fyne.NewSize(480, 640), 4}, {fyne.NewSize(960, 720), 6}, {fyne.NewSize(1280, 800), 8}}
	histories := []struct {
		name     string
		sessions []history.Session
	}{{"newcomer", nil}, {"after a pain stop", painfulYTW()}}
	for _, hist := range histories {
		for _, th := range []string{kit.ThemeLight, kit.ThemeDark} {
			for _, s := range sizes {
				t.Run(fmt.Sprintf("%s %s %gx%g", hist.name, th, s.size.Width, s.size.Height), func(t *testing.T) {
					c := manyRoutines(t, 3)
					var store *history.Store // a newcomer's home says nothing of the week
					if len(hist.sessions) > 0 {
						store = history.NewStore(t.TempDir())
					}
					for _, sess := range hist.sessions {
						if _, err := store.Save(sess); err != nil {
							t.Fatal(err)
						}
					}
					a := test.NewTempApp(t)
					a.Preferences().SetString(prefTheme, th)
					u := newWithClock(a, Config{Catalog: c, Advice: testAdvice(t), Clock: newStepClock(), History: store, Background: inPlace,
						AudioNotice: "no sound (test)"}, func() time.Time { return historyNow })
					if r, sugs := u.suggestions(); len(hist.sessions) > 0 && len(sugs) < 2 {
						t.Fatalf("%d suggestions for %v after a pain stop, want several to ease off", len(sugs), r)
					}
					u.win.Resize(s.size)
					u.home.routines.Layout(nil, u.home.list.Size())
					got := visibleRows(u.home)
					t.Logf("%d routines in view", got)
					if got < s.want {
						t.Errorf("%d routines in view, want at least %d", got, s.want)
					}
				})
			}
		}
	}
}

// painfulYTW is two sessions of the Y-T-W Series, the last stopped for
// pain with every exercise marked painful in the quick check: a
// suggestion to ease off for each of them.
func painfulYTW() []history.Session {
	before := ytwSession(1, history.Completed)
	before.Started, before.Ended = before.Started.AddDate(0, 0, -2), before.Ended.AddDate(0, 0, -2)
	before.ID = history.NewID(before.Started)
	last := ytwSession(1, history.Pain)
	for i := range last.Exercises {
		last.Exercises[i].Comfort = history.ComfortPain
	}
	return []history.Session{before, last}
}
