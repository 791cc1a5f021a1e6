package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/postureapp/posture/internal/routine"
)

// adviceText writes the advice as Markdown, safety first.
func adviceText(all []routine.Advice) string {
	var b strings.Builder
	b.WriteString("## " + lang.X("advice.safety", "Safety") + "\n\n")
	for _, a := range routine.SafetyAdvice(all) {
		b.WriteString("**" + a.Title + ".** " + a.Text + "\n\n")
	}
	b.WriteString("## " + lang.X("advice.training", "Training well") + "\n\n")
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
		u.showScrolling(lang.X("advice.title", "Safety and advice"), text, choice{text: lang.X("dialog.close", "Close")})
		return
	}
	u.showScrolling(lang.X("advice.first.title", "Before you train"), text, choice{text: lang.X("advice.first.not_now", "Not now")}, choice{text: lang.X("advice.first.start", "I understand, start"), act: then, primary: true})
}
