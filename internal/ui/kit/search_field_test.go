package kit

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
)

// Holding the search field's cursor lit, once it has blinked for a
// while, changes nothing the person typed (text, cursor place, selection)
// and stops when the field loses the focus.
func TestHoldingTheSearchCursorChangesNothingTyped(t *testing.T) {
	test.NewTempApp(t)
	s := NewSearchField("Search")
	w := test.NewTempWindow(t, s)
	w.Resize(fyne.NewSize(300, 60))
	w.Canvas().Focus(s)
	test.Type(s, "chin tuck")
	s.TypedKey(&fyne.KeyEvent{Name: fyne.KeyLeft})
	changes := 0
	s.OnChanged = func(string) { changes++ }
	held := s.hold != nil
	s.blinkTill = time.Now().Add(-time.Second)
	if !held {
		t.Fatal("the focused field does not hold its cursor")
	}
	s.holdIfDue()
	if s.Text != "chin tuck" || s.CursorColumn != 8 || s.SelectedText() != "" || changes != 0 {
		t.Fatalf("after the hold: %q, cursor at %d, selection %q, %d changes", s.Text, s.CursorColumn, s.SelectedText(), changes)
	}
	w.Canvas().Unfocus()
	if s.hold != nil {
		t.Fatal("the hold runs on after the field lost the focus")
	}
}

// Up, Down and Enter go to the list the field searches when it says what
// they do, and Ctrl+Q typed in the field reaches the window.
func TestTheSearchFieldHandsOnMovesChoicesAndWindowShortcuts(t *testing.T) {
	test.NewTempApp(t)
	s := NewSearchField("Search")
	w := test.NewTempWindow(t, s)
	var moves []int
	chosen, quits := 0, 0
	s.OnMove = func(by int) { moves = append(moves, by) }
	s.OnChoose = func() { chosen++ }
	h := &fyne.ShortcutHandler{}
	h.AddShortcut(QuitKey, func(fyne.Shortcut) { quits++ })
	SetWindowShortcuts(w.Canvas(), h)
	w.Canvas().Focus(s)
	for _, k := range []fyne.KeyName{fyne.KeyDown, fyne.KeyDown, fyne.KeyUp, fyne.KeyReturn} {
		s.TypedKey(&fyne.KeyEvent{Name: k})
	}
	s.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyQ, Modifier: fyne.KeyModifierShortcutDefault}) // a new value, as Fyne hands out
	if len(moves) != 3 || moves[0] != 1 || moves[2] != -1 || chosen != 1 || quits != 1 {
		t.Fatalf("moves %v, %d chosen, %d quits; want [1 1 -1], 1, 1", moves, chosen, quits)
	}
}
