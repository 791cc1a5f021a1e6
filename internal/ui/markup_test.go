package ui

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// The markup goldens pin the structure of the two main screens at the
// smallest supported window; regenerate them by copying testdata/failed/
// over testdata/ after a deliberate change, and look at the diff.

func TestHomeMarkup(t *testing.T) {
	u := newTestApp(t, testCatalog(t))
	u.win.Resize(fyne.NewSize(480, 640))
	test.AssertRendersToMarkup(t, "home.xml", u.win.Canvas())
}

func TestPlayerMarkup(t *testing.T) {
	pl := startFlow(t)
	pl.u.win.Resize(fyne.NewSize(480, 640))
	pl.advance(5*time.Second + 500*time.Millisecond) // half way through the first lift
	// The desktop driver lays out again whenever a minimum size changes
	// (the buttons wrap into two rows here); the test canvas needs asking.
	pl.u.win.Content().Refresh()
	test.AssertRendersToMarkup(t, "player.xml", pl.u.win.Canvas())
}
