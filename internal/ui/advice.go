package ui

import (
	"strings"

	"fyne.io/fyne/v2"
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
	if !firstTime {
		u.showScrolling("Safety and advice", text, choice{text: "Close"})
		return
	}
	u.showScrolling("Before you train", text, choice{text: "Not now"}, choice{text: "I understand, start", act: then, primary: true})
}
