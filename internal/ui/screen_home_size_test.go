package ui

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

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
// 960×720 and 1280×800, in either theme, in the fullest case: a
// newcomer's suggestion, three routines of their own (so three headings)
// and the "no sound device" line.
func TestHomeShowsEnoughRoutinesWithoutScrolling(t *testing.T) {
	sizes := []struct {
		size fyne.Size
		want int
	}{{fyne.NewSize(480, 640), 4}, {fyne.NewSize(960, 720), 6}, {fyne.NewSize(1280, 800), 8}}
	for _, th := range []string{kit.ThemeLight, kit.ThemeDark} {
		for _, s := range sizes {
			t.Run(fmt.Sprintf("%s %gx%g", th, s.size.Width, s.size.Height), func(t *testing.T) {
				c := manyRoutines(t, 3)
				a := test.NewTempApp(t)
				a.Preferences().SetString(prefTheme, th)
				u := New(a, Config{Catalog: c, Advice: testAdvice(t), Clock: newStepClock(), AudioNotice: "no sound (test)"})
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
