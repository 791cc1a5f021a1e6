package kit

import (
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
