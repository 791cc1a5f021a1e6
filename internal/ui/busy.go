package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// busySign is a turning wheel with a word ("Saving…"), shown while work
// runs off the UI goroutine, so the window stays usable and says why a
// result has not come yet.
type busySign struct {
	*fyne.Container
	wheel *widget.Activity
	text  *widget.Label
}

func newBusySign() *busySign {
	b := &busySign{wheel: widget.NewActivity(), text: widget.NewLabel("")}
	b.Container = container.NewHBox(b.wheel, b.text)
	b.Hide()
	return b
}

func (b *busySign) start(text string) {
	b.text.SetText(text)
	b.Show()
	b.wheel.Start()
}

func (b *busySign) stop() {
	b.wheel.Stop()
	b.Hide()
}

// showBusy shows a small dialog with a turning wheel, titled what is
// being done, over a window whose UI goroutine stays free; the function
// it returns takes it away.
func (u *App) showBusy(title string) (done func()) {
	sign := newBusySign()
	sign.start("One moment…")
	d := dialog.NewCustomWithoutButtons(title, sign, u.win)
	u.showDialog(d, func() {}) // Escape cannot put it away before the work is done
	return func() {
		sign.stop()
		d.Hide()
	}
}
