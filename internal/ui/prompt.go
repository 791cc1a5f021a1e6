package ui

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/go-gl/glfw/v3.4/glfw"

	"github.com/postureapp/posture/internal/audio"
	"github.com/postureapp/posture/internal/remind"
	"github.com/postureapp/posture/internal/session"
	"github.com/postureapp/posture/internal/wire"
)

// promptWindow is the small reminder window: the routine, when it was
// planned, and Start, Snooze (remind.SnoozeFor), Skip. It never takes the keyboard
// from what the person is typing.
type promptWindow struct {
	ui  *App
	win fyne.Window
	p   remind.Prompt
}

// showPrompt opens the prompt for p, replacing one already open.
func (u *App) showPrompt(p remind.Prompt) {
	if u.prompt != nil {
		u.prompt.win.Close()
	}
	pw := &promptWindow{ui: u, p: p}
	u.prompt = pw
	pw.win = u.fyneApp.NewWindow("Posture reminder")
	pw.win.SetContent(pw.content())
	pw.win.Resize(fyne.NewSize(400, 150))
	pw.win.SetFixedSize(true)
	pw.win.SetOnClosed(func() { u.promptClosed(pw) })
	showWithoutFocus(pw.win)
	u.cfg.Audio.Play(audio.GetReady)
}

func (pw *promptWindow) content() fyne.CanvasObject {
	title := widget.NewLabelWithStyle(pw.p.Title(), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	line := pw.p.Text(time.Now())
	if r := pw.ui.cfg.Catalog.Routine(pw.p.Routine); r != nil {
		line += " About " + minutes(session.Build(r, pw.ui.cfg.Catalog.Library).Total) + "."
	}
	text := widget.NewLabel(line)
	text.Wrapping = fyne.TextWrapWord
	start := newPrimaryButton("Start", theme.MediaPlayIcon(), pw.onStart)
	snooze := newButton("Snooze "+minutes(remind.SnoozeFor), nil, pw.onSnooze)
	skip := newButton("Skip", nil, pw.onSkip)
	return container.NewBorder(title, container.NewGridWithColumns(3, start, snooze, skip), nil, nil, text)
}

func (pw *promptWindow) onStart() {
	pw.answer(wire.Start)
	if r := pw.ui.cfg.Catalog.Routine(pw.p.Routine); r != nil {
		pw.ui.showMain()
		pw.ui.startRoutine(r)
	} else {
		pw.ui.showMain()
		pw.ui.showError(errNoRoutine(pw.p.Routine))
	}
	pw.win.Close()
}

func (pw *promptWindow) onSnooze() { pw.answer(wire.Snooze); pw.win.Close() }
func (pw *promptWindow) onSkip()   { pw.answer(wire.Skip); pw.win.Close() }

// answer tells the background process, off the UI goroutine.
func (pw *promptWindow) answer(verb wire.Verb) {
	if c := pw.ui.cfg.Reminders; c != nil {
		pw.ui.cfg.Background(func() { _ = c.Answer(verb, pw.p) })
	}
}

// promptClosed ends the window process when the prompt was all it showed.
func (u *App) promptClosed(pw *promptWindow) {
	if u.prompt == pw {
		u.prompt = nil
	}
	if !u.mainShown && u.prompt == nil {
		u.fyneApp.Quit()
	}
}

// showWithoutFocus shows w without giving it the keyboard: GLFW focuses a
// window it shows unless told otherwise, and Fyne does not say, so the
// hint is set around this window's creation only. It runs on the main
// goroutine once the app has started (GLFW is then initialised); the
// test driver is not GLFW.
func showWithoutFocus(w fyne.Window) {
	if _, isGLFW := fyne.CurrentApp().Driver().(desktop.Driver); !isGLFW {
		w.Show()
		return
	}
	glfw.WindowHint(glfw.FocusOnShow, glfw.False)
	w.Show()
	glfw.WindowHint(glfw.FocusOnShow, glfw.True)
}
