package kit

import (
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
)

// fitFloor is how far a FitText may shrink: below it the text keeps its
// size and asks for the width.
const fitFloor = 0.6

// shrinkLayout lays out one line of big text that shrinks to the width it is
// given rather than widen the window: a title in German or French can be
// half as long again as the English.
type shrinkLayout struct {
	text *canvas.Text
	full float32
}

// NewFitText holds t, a line of text at its full size, shrinking it to
// fit the width the container gets (down to 60 %). Call Refresh on the
// container, or lay it out again, after changing t's text.
func NewFitText(t *canvas.Text) *fyne.Container {
	return container.New(&shrinkLayout{text: t, full: t.TextSize}, t)
}

func (f *shrinkLayout) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	t, s := f.text, f.full
	if w := fyne.MeasureText(t.Text, f.full, t.TextStyle).Width; w > size.Width && size.Width > 0 {
		s = max(f.full*fitFloor, float32(math.Floor(float64(f.full*size.Width/w))))
	}
	if t.TextSize != s {
		t.TextSize = s
		t.Refresh()
	}
	t.Move(fyne.NewPos(0, 0))
	t.Resize(size)
}

func (f *shrinkLayout) MinSize([]fyne.CanvasObject) fyne.Size {
	full := fyne.MeasureText(f.text.Text, f.full, f.text.TextStyle)
	least := fyne.MeasureText(f.text.Text, f.full*fitFloor, f.text.TextStyle)
	return fyne.NewSize(least.Width, full.Height)
}
