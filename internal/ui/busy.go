package ui

import (
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"

	"github.com/postureapp/posture/internal/ui/kit"
)

// showBusy shows a small dialog with a turning wheel, titled what is
// being done, over a window whose UI goroutine stays free; the function
// it returns takes it away.
func (u *App) showBusy(title string) (done func()) {
	sign := kit.NewBusySign()
	sign.Start(lang.X("busy.wait", "One moment…"))
	d := dialog.NewCustomWithoutButtons(title, sign.Box, u.win)
	u.showDialog(d, func() {}, nil) // Escape cannot put it away before the work is done
	return func() {
		sign.Stop()
		d.Hide()
	}
}
