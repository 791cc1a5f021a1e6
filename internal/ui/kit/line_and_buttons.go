package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
)

// LineAndButtons is a line of text with its buttons: beside it, on the
// same row, when the width leaves the line at least lineRoom, and under
// it in ButtonRows otherwise. It keeps a notice on home one row high in
// a wide window without widening a narrow one.
func LineAndButtons(line fyne.CanvasObject, lineRoom float32, buttons ...fyne.CanvasObject) *fyne.Container {
	rows := container.New(&ButtonRows{PerRow: len(buttons), Fewest: 1}, buttons...)
	return container.New(&lineAndButtons{lineRoom: lineRoom}, line, rows)
}

type lineAndButtons struct {
	lineRoom float32
	width    float32 // at the last layout; 0 before the first
}

// oneRow is the width of the buttons side by side, equally wide.
func oneRow(rows fyne.CanvasObject) float32 {
	buttons := rows.(*fyne.Container).Objects
	widest := float32(0)
	for _, b := range buttons {
		widest = max(widest, b.MinSize().Width)
	}
	return widest*float32(len(buttons)) + playerGap*float32(len(buttons)-1)
}

func (l *lineAndButtons) beside(objs []fyne.CanvasObject) bool {
	return l.width > 0 && l.lineRoom+playerGap+oneRow(objs[1]) <= l.width
}

func (l *lineAndButtons) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	l.width = size.Width
	line, rows := objs[0], objs[1]
	if l.beside(objs) {
		w := oneRow(rows)
		rows.Resize(fyne.NewSize(w, rows.MinSize().Height)) // lays the buttons out in one row
		h := max(line.MinSize().Height, rows.MinSize().Height)
		place(line, 0, (h-line.MinSize().Height)/2, size.Width-w-playerGap, line.MinSize().Height)
		place(rows, size.Width-w, (h-rows.MinSize().Height)/2, w, rows.MinSize().Height)
		return
	}
	place(line, 0, 0, size.Width, line.MinSize().Height)
	rows.Resize(fyne.NewSize(size.Width, rows.MinSize().Height)) // settles how many rows
	place(rows, 0, line.MinSize().Height+playerGap, size.Width, rows.MinSize().Height)
}

// MinSize is as narrow as the buttons one to a row; the height is the
// one for the width last laid out.
func (l *lineAndButtons) MinSize(objs []fyne.CanvasObject) fyne.Size {
	line, rows := objs[0].MinSize(), objs[1].MinSize()
	w := max(line.Width, rows.Width)
	if l.beside(objs) {
		return fyne.NewSize(w, max(line.Height, rows.Height))
	}
	return fyne.NewSize(w, line.Height+playerGap+rows.Height)
}
