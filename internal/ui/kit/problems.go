package kit

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/postureapp/posture/internal/routine"
)

// ProblemLabel shows what is wrong with one field, under it; hidden when
// nothing is.
func ProblemLabel() *widget.Label {
	l := widget.NewLabel("")
	l.Importance = widget.DangerImportance
	l.Wrapping = fyne.TextWrapWord
	l.SizeName = theme.SizeNameCaptionText
	l.Hide()
	return l
}

// SetProblem shows text under a field, or hides the line when text is
// empty.
func SetProblem(l *widget.Label, text string) {
	if text == "" {
		l.Hide()
		l.SetText("")
		return
	}
	l.SetText(text)
	l.Show()
}

// problemText is a problem without its file and line, which mean nothing
// in a form.
func problemText(p routine.Problem) string {
	// What the file would need ("[[section.step]] tables") means nothing
	// in a form.
	msg := inWindowLanguage(p.Msg, problemMessages)
	if p.Allowed == "" || strings.ContainsAny(p.Allowed, "[{") {
		return msg
	}
	return lang.X("kit.problem.allowed", "{{.Problem}} ({{.Allowed}})", map[string]any{"Problem": msg, "Allowed": inWindowLanguage(p.Allowed, problemAllowed)})
}
