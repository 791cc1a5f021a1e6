package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/postureapp/posture/internal/routine"
)

// adviceText writes the advice as Markdown, safety first.
func adviceText(all []routine.Advice) string {
	var b strings.Builder
	b.WriteString("## Safety\n\n")
	for _, a := range routine.SafetyAdvice(all) {
		b.WriteString("**" + a.Title + ".** " + a.Text + "\n\n")
	}
	b.WriteString("## Training well\n\n")
	for _, a := range all {
		if !a.Safety {
			b.WriteString("**" + a.Title + ".** " + a.Text + "\n\n")
		}
	}
	return b.String()
}

// showAdvice shows the safety and general advice. Before the first
// session (firstTime) it asks to confirm and runs then on "I understand,
// start"; otherwise it just closes.
func (u *App) showAdvice(firstTime bool, then func()) {
	text := widget.NewRichTextFromMarkdown(adviceText(u.cfg.Advice))
	text.Wrapping = fyne.TextWrapWord
	scroll := container.NewVScroll(text)
	size := u.win.Canvas().Size()
	scroll.SetMinSize(fyne.NewSize(min(560, size.Width-60), min(480, size.Height-160)))
	if !firstTime {
		dialog.ShowCustom("Safety and advice", "Close", scroll, u.win)
		return
	}
	dialog.ShowCustomConfirm("Before you train", "I understand, start", "Not now", scroll, func(ok bool) {
		if ok {
			then()
		}
	}, u.win)
}
