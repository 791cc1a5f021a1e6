package ui

import (
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// The window's own shortcuts, as in every desktop app: Ctrl+Q quits,
// Ctrl+W closes the window, or the dialog on top when one is open.
var (
	quitKey  = &desktop.CustomShortcut{KeyName: fyne.KeyQ, Modifier: fyne.KeyModifierShortcutDefault}
	closeKey = &desktop.CustomShortcut{KeyName: fyne.KeyW, Modifier: fyne.KeyModifierShortcutDefault}
)

// windowShortcuts holds each window's own shortcuts by its canvas, so
// that a focused text field, which gets every shortcut typed, can hand
// them on (Fyne gives the window none of them while a field has the focus).
var windowShortcuts sync.Map // fyne.Canvas → *fyne.ShortcutHandler

// addWindowShortcuts makes the shortcuts that work on every screen,
// whatever has the focus.
func (u *App) addWindowShortcuts() {
	h := &fyne.ShortcutHandler{}
	h.AddShortcut(quitKey, func(fyne.Shortcut) { u.whenLeaving(u.quit) })
	h.AddShortcut(closeKey, func(fyne.Shortcut) { u.closeTop() })
	c := u.win.Canvas()
	c.AddShortcut(quitKey, h.TypedShortcut)
	c.AddShortcut(closeKey, h.TypedShortcut)
	windowShortcuts.Store(c, h)
}

// passWindowShortcut hands s to the window o is in when it is one of the
// window's own shortcuts; it reports whether it did.
func passWindowShortcut(o fyne.CanvasObject, s fyne.Shortcut) bool {
	name := s.ShortcutName()
	if name != quitKey.ShortcutName() && name != closeKey.ShortcutName() {
		return false
	}
	if h, ok := windowShortcuts.Load(canvasOf(o)); ok {
		h.(*fyne.ShortcutHandler).TypedShortcut(s)
	}
	return true
}

// closeTop closes the dialog on top, as its way out does, or else the
// window, as its close button does.
func (u *App) closeTop() {
	if n := len(u.dialogs); n > 0 {
		u.dialogs[n-1].dismiss()
		return
	}
	u.onCloseAsked()
}

// onCloseAsked is the window's close button and Ctrl+W: the screen on show
// may ask first (a session in progress, an editor with changes).
func (u *App) onCloseAsked() { u.whenLeaving(u.onCloseMain) }

// whenLeaving runs then once the screen on show lets the person go: a
// session in progress asks "Stop the session?" first, an editor with
// changes asks what to do with them.
func (u *App) whenLeaving(then func()) {
	switch {
	case u.player != nil && !u.player.over:
		u.player.askStop(then)
	case u.leaveGuard != nil:
		u.leaveGuard(then)
	default:
		then()
	}
}

// setLeaveGuard makes guard what is asked before the window closes or
// the app quits while this screen is on show; nil asks nothing.
func (u *App) setLeaveGuard(guard func(then func())) { u.leaveGuard = guard }

// quit ends the app as the tray's Quit does: a session in progress is
// saved as stopped (in Run, after the window is gone).
func (u *App) quit() {
	u.rememberWindow()
	u.fyneApp.Quit()
}
