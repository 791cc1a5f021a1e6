package ui

import (
	"slices"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/go-gl/glfw/v3.4/glfw"

	"github.com/postureapp/posture/internal/audio"
	"github.com/postureapp/posture/internal/remind"
	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/ui/kit"
	"github.com/postureapp/posture/internal/wire"
)

// promptWindow is the small reminder window: every reminder due, each
// with the routine, when it was planned, and Start, Snooze (remind.SnoozeFor), Skip.
// A reminder leaves the list only when answered; closing the window
// snoozes what it still lists. It never takes the keyboard from what the
// person is typing.
type promptWindow struct {
	ui   *App
	win  fyne.Window
	ps   []remind.Prompt
	rows *fyne.Container
}

// promptMaxHeight is the tallest the prompt grows before it scrolls.
const promptMaxHeight = 480

// showPrompt opens the prompt for ps, or adds them to the one already
// open, so no reminder replaces another.
func (u *App) showPrompt(ps ...remind.Prompt) {
	if pw := u.prompt; pw != nil {
		for _, p := range ps {
			if !slices.ContainsFunc(pw.ps, func(q remind.Prompt) bool { return q.Key() == p.Key() }) {
				pw.ps = append(pw.ps, p)
			}
		}
		pw.refresh()
		u.cfg.Audio.Play(audio.GetReady)
		return
	}
	pw := &promptWindow{ui: u, ps: ps, rows: container.NewVBox()}
	u.prompt = pw
	pw.win = u.fyneApp.NewWindow(lang.X("prompt.window", "Posture reminder"))
	pw.win.SetContent(container.NewVScroll(pw.rows))
	pw.win.SetOnClosed(func() { u.promptClosed(pw) })
	pw.refresh()
	showWithoutFocus(pw.win)
	u.cfg.Audio.Play(audio.GetReady)
}

// refresh lists the reminders still waiting and sizes the window to them.
func (pw *promptWindow) refresh() {
	pw.rows.Objects = nil
	height := float32(0)
	for i, p := range pw.ps {
		row, h := pw.row(p)
		pw.rows.Add(row)
		height += h
		if i > 0 {
			height += theme.Padding()
		}
	}
	pw.rows.Refresh()
	// As tall as the list, up to about four reminders; more scroll. The
	// last reminder's buttons are the window's bottom edge.
	pw.win.Resize(fyne.NewSize(400, min(height, promptMaxHeight)+2*theme.Padding()))
}

// row is one reminder and its buttons, and its height on one text line
// (a wrapping label cannot say its height before it has a width).
func (pw *promptWindow) row(p remind.Prompt) (fyne.CanvasObject, float32) {
	r := pw.ui.cfg.Catalog.Routine(p.Routine)
	name := ""
	if r != nil {
		name = r.ShownName()
	}
	title := widget.NewLabelWithStyle(p.TitleIn(pw.ui.words, name), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	line := p.TextIn(time.Now(), pw.ui.words, pw.ui.locale, name)
	if r != nil {
		line += " " + lang.X("prompt.about", "About {{.Length}}.", map[string]any{"Length": routine.LengthText(r.Size(pw.ui.cfg.Catalog.Library).Time)})
	}
	text := widget.NewLabel(line)
	start := kit.NewPrimaryButton(lang.X("prompt.start", "Start"), theme.MediaPlayIcon(), func() { pw.onStart(p) })
	snooze := kit.NewButton(lang.X("prompt.snooze", "Snooze {{.Length}}", map[string]any{"Length": routine.LengthText(remind.SnoozeFor)}), nil, func() { pw.answer(wire.Snooze, p) })
	skip := kit.NewButton(lang.X("prompt.skip", "Skip"), nil, func() { pw.answer(wire.Skip, p) })
	row := container.NewBorder(title, container.NewGridWithColumns(3, start, snooze, skip), nil, nil, text)
	h := row.MinSize().Height
	text.Wrapping = fyne.TextWrapWord
	return row, h
}

func (pw *promptWindow) onStart(p remind.Prompt) {
	pw.answer(wire.Start, p)
	pw.ui.showMain()
	if r := pw.ui.cfg.Catalog.Routine(p.Routine); r != nil {
		pw.ui.startRoutine(r)
	} else {
		pw.ui.showError(errNoRoutine(p.Routine))
	}
}

// answer tells the background process, off the UI goroutine, and takes p
// off the list; the window closes with the last one.
func (pw *promptWindow) answer(verb wire.Verb, p remind.Prompt) {
	i := slices.IndexFunc(pw.ps, func(q remind.Prompt) bool { return q.Key() == p.Key() })
	if i < 0 {
		return // answered already
	}
	pw.ps = slices.Delete(pw.ps, i, i+1)
	if c := pw.ui.cfg.Reminders; c != nil {
		pw.ui.cfg.Background(func() { _ = c.Answer(verb, p) })
	}
	if len(pw.ps) == 0 {
		pw.win.Close()
		return
	}
	pw.refresh()
}

// promptClosed ends the window process when the prompt was all it showed.
func (u *App) promptClosed(pw *promptWindow) {
	if c := u.cfg.Reminders; c != nil {
		for _, p := range pw.ps {
			u.cfg.Background(func() { _ = c.Answer(wire.Snooze, p) }) // closed by the person: not now, not never
		}
	}
	pw.ps = nil
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
