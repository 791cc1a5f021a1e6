package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"

	"github.com/postureapp/posture/internal/ui/kit"
	"github.com/postureapp/posture/internal/wire"
)

// WindowRole is the instance name's role of the window process: a second
// launch sends its request to the copy that holds it.
const WindowRole = "window"

// handle answers the window's requests from other copies of Posture
// (see internal/wire). It is called on the socket's goroutine.
func (u *App) handle(req wire.Request) wire.Reply {
	switch req.Verb {
	case wire.Ping:
	case wire.Show:
		fyne.Do(u.showMain)
	case wire.Play:
		fyne.Do(func() {
			u.showMain()
			if r := u.cfg.Catalog.Routine(req.Routine); r != nil && u.player == nil {
				u.startRoutine(r)
			}
		})
	case wire.ShowPrompt:
		ps := req.Reminders()
		fyne.Do(func() { u.showPrompt(ps...) })
	case wire.Quit:
		fyne.Do(u.quit)
	default:
		return wire.Refuse(wire.BadRequest, fmt.Errorf("the window does not take %q", req.Verb))
	}
	return wire.OK()
}

// showMain shows the main window and brings it forward.
func (u *App) showMain() {
	u.mainShown = true
	u.win.Show()
	u.win.RequestFocus()
}

// onCloseMain decides what closing the window means while reminders are
// on: keep reminding in the background (saying so the first time, or
// asking where the desktop has no tray), or quit.
func (u *App) onCloseMain() {
	u.rememberWindow()
	c := u.cfg.Reminders
	if c == nil {
		u.closeMain()
		return
	}
	plan, err := c.Plan()
	if err != nil || plan.Empty() {
		u.closeMain()
		return
	}
	if !u.keepInBackground() {
		go c.Stop()
		u.closeMain()
		return
	}
	keep := func() {
		if !c.Running() {
			_ = c.StartBackground()
		}
		u.closeMain()
	}
	if !c.HasTray() {
		if u.prefs.p.Bool(prefKeepAskSettled) {
			keep() // keepInBackground is the answer given, and it is true
			return
		}
		u.askKeepReminding(keep, func() {
			go c.Stop()
			u.closeMain()
		})
		return
	}
	if u.prefs.p.Bool(prefBackgroundSaid) {
		keep()
		return
	}
	u.ask(lang.X("background.tray.title", "Posture keeps reminding you"),
		kit.Wrapped(lang.X("background.tray.text", "Posture stays in the tray while reminders are on. Its menu has the next reminder, Snooze and Quit. You can change this in Settings.")),
		choice{text: lang.X("dialog.ok", "OK"), act: keep, primary: true})
	u.prefs.p.SetBool(prefBackgroundSaid, true)
}

// askKeepReminding asks, where the desktop has no tray, whether closing
// the window keeps reminding. With "Don't ask again" ticked the answer is
// kept: Quit turns off "Keep reminding when the window is closed" in
// Settings, where either answer can be changed.
func (u *App) askKeepReminding(keep, quit func()) {
	settle := kit.NewCheck(lang.X("background.ask.settle", "Don't ask again"), nil)
	answer := func(keeping bool, act func()) func() {
		return func() {
			if settle.Checked {
				u.prefs.p.SetBool(prefKeepInBackground, keeping)
				u.prefs.p.SetBool(prefKeepAskSettled, true)
			}
			act()
		}
	}
	u.ask(lang.X("background.ask.title", "Keep reminding?"),
		container.NewVBox(kit.Wrapped(lang.X("background.ask.text", "This desktop shows no tray icons. Posture can go on reminding you in the background; opening Posture again brings the window back.")), settle),
		choice{text: lang.X("background.ask.quit", "Quit"), act: answer(false, quit)}, choice{text: lang.X("background.ask.keep", "Keep reminding"), act: answer(true, keep), primary: true})
}

// closeMain hides the main window; the window process ends unless a
// prompt is still open.
func (u *App) closeMain() {
	u.mainShown = false
	if u.prompt != nil {
		u.win.Hide()
		return
	}
	u.win.Close()
}
