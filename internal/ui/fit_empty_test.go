package ui

import (
	"testing"

	"fyne.io/fyne/v2"

	"github.com/postureapp/posture/internal/locale"
)

// A newcomer's History, with no session yet, fits 480 wide in every
// language: its one sentence wraps (in German it widened the window to
// 548, the walk of the real binary saw 549).
func TestEmptyHistoryFitsANarrowWindow(t *testing.T) {
	for _, l := range []locale.Lang{locale.English, locale.German, locale.Spanish, locale.French} {
		t.Run(string(l), func(t *testing.T) {
			inLanguage(t, l)
			u := newEditingAppIn(t, l)
			u.win.Resize(fyne.NewSize(480, 640))
			u.showHistory()
			fitsNarrow(t, u, "empty history")
		})
	}
}
