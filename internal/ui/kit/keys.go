package kit

import (
	"fyne.io/fyne/v2"
)

// forwardEscape hands Esc to the window's key handler, which closes the
// top dialog or leaves the screen; a focused widget would keep it.
func forwardEscape(o fyne.CanvasObject, ev *fyne.KeyEvent) bool {
	if ev.Name != fyne.KeyEscape {
		return false
	}
	forwardKey(o, ev)
	return true
}

// forwardKey hands a key the focused widget o has no use for to the
// window's key handler, as if nothing had the focus.
func forwardKey(o fyne.CanvasObject, ev *fyne.KeyEvent) {
	if c := canvasOf(o); c != nil && c.OnTypedKey() != nil {
		c.OnTypedKey()(ev)
	}
}
