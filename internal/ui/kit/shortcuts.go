package kit

import (
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// The editors' shortcuts: Alt+Up and Alt+Down move the row with the
// focus, Ctrl+S (Cmd+S on a Mac) saves.
var (
	MoveUpKey   = &desktop.CustomShortcut{KeyName: fyne.KeyUp, Modifier: fyne.KeyModifierAlt}
	MoveDownKey = &desktop.CustomShortcut{KeyName: fyne.KeyDown, Modifier: fyne.KeyModifierAlt}
	SaveKey     = &desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierShortcutDefault}
)

// SameShortcut compares by key and modifier; Fyne hands out new values.
func SameShortcut(a, b fyne.Shortcut) bool {
	x, ok1 := a.(*desktop.CustomShortcut)
	y, ok2 := b.(*desktop.CustomShortcut)
	return ok1 && ok2 && x.KeyName == y.KeyName && x.Modifier == y.Modifier
}

// Every window's own shortcuts, as in every desktop app: Ctrl+Q (Cmd+Q)
// quits, Ctrl+W (Cmd+W) closes the window, or the dialog on top.
var (
	QuitKey  = &desktop.CustomShortcut{KeyName: fyne.KeyQ, Modifier: fyne.KeyModifierShortcutDefault}
	CloseKey = &desktop.CustomShortcut{KeyName: fyne.KeyW, Modifier: fyne.KeyModifierShortcutDefault}
)

// windowShortcuts holds each window's own shortcuts by its canvas, so
// that a focused text field, which Fyne gives every shortcut typed (and
// the window none), can hand them on.
var windowShortcuts sync.Map // fyne.Canvas → *fyne.ShortcutHandler

// SetWindowShortcuts makes h what QuitKey and CloseKey do on canvas c,
// whatever has the focus.
func SetWindowShortcuts(c fyne.Canvas, h *fyne.ShortcutHandler) {
	c.AddShortcut(QuitKey, h.TypedShortcut)
	c.AddShortcut(CloseKey, h.TypedShortcut)
	windowShortcuts.Store(c, h)
}

// passWindowShortcut hands s to the window o is in when it is one of the
// window's own shortcuts; it reports whether it did.
func passWindowShortcut(o fyne.CanvasObject, s fyne.Shortcut) bool {
	if !SameShortcut(s, QuitKey) && !SameShortcut(s, CloseKey) {
		return false
	}
	if h, ok := windowShortcuts.Load(canvasOf(o)); ok {
		h.(*fyne.ShortcutHandler).TypedShortcut(s)
	}
	return true
}
