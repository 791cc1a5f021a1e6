package ui

import (
	"fyne.io/fyne/v2"

	"github.com/postureapp/posture/internal/ui/kit"
)

// addWindowShortcuts makes Ctrl+Q quit and Ctrl+W close the dialog on
// top or the window, on every screen, whatever has the focus.
func (u *App) addWindowShortcuts() {
	u.shortcuts = &fyne.ShortcutHandler{}
	u.shortcuts.AddShortcut(kit.QuitKey, func(fyne.Shortcut) { u.whenLeaving(u.quitAll) })
	u.shortcuts.AddShortcut(kit.CloseKey, func(fyne.Shortcut) { u.closeTop() })
	kit.SetWindowShortcuts(u.win.Canvas(), u.shortcuts)
}

// closeTop closes the dialog or pop-up menu on top, as Esc does, or else
// the window, as its close button does.
func (u *App) closeTop() {
	if u.onDialogKey(&fyne.KeyEvent{Name: fyne.KeyEscape}) {
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

// quitAll is Ctrl+Q: it ends Posture as the tray's Quit does, the
// reminders in the background too, from every screen alike; otherwise a
// background process started while the window was open (a reminder set
// from Remind me) outlives a Quit.
func (u *App) quitAll() {
	if c := u.cfg.Reminders; c != nil {
		u.cfg.Background(c.Stop)
	}
	u.quit()
}
