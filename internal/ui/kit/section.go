package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Wrapped is a label whose text wraps at the width it is given.
func Wrapped(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// Section is a titled card whose explanation wraps, so no card asks for
// more width than a narrow window has (a card's own subtitle never wraps).
func Section(title, explanation string, content ...fyne.CanvasObject) *widget.Card {
	body := container.NewVBox()
	if explanation != "" {
		note := Wrapped(explanation)
		note.SizeName = theme.SizeNameCaptionText
		body.Add(note)
	}
	for _, o := range content {
		body.Add(o)
	}
	return widget.NewCard(title, "", body)
}
