package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// A session's Details arrow points down while closed and up once open.
func TestDetailsArrowFlips(t *testing.T) {
	u := appWithYears(t, 3)
	u.win.Resize(fyne.NewSize(960, 720))
	u.showHistory()
	b := findButton(t, u.historyScreen.sessions, "Details")
	if b.Icon.Name() != theme.MenuDropDownIcon().Name() {
		t.Fatalf("closed Details shows %s", b.Icon.Name())
	}
	test.Tap(b)
	if b.Icon.Name() != theme.MenuDropUpIcon().Name() {
		t.Errorf("open Details shows %s, not the arrow up", b.Icon.Name())
	}
	test.Tap(b)
	if b.Icon.Name() != theme.MenuDropDownIcon().Name() {
		t.Errorf("closed again, Details shows %s", b.Icon.Name())
	}
}
