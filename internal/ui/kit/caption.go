package kit

import (
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// DefaultHint is the placeholder of a field left empty: what applies
// instead, marked so it is not taken for a typed value.
func DefaultHint(v string) string {
	if v == "" {
		return ""
	}
	return lang.X("kit.default", "default {{.Value}}", map[string]any{"Value": v})
}

// Caption is a field's name above it.
func Caption(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.SizeName = theme.SizeNameCaptionText
	return l
}
