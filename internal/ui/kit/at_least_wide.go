package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
)

// AtLeastWide gives o at least width, so a select shows its longest
// choice in full rather than cut short.
func AtLeastWide(o fyne.CanvasObject, width float32) fyne.CanvasObject {
	return container.New(minWidth{width}, o)
}

type minWidth struct{ width float32 }

func (m minWidth) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		place(o, 0, 0, size.Width, size.Height)
	}
}

func (m minWidth) MinSize(objs []fyne.CanvasObject) fyne.Size {
	s := fyne.NewSize(m.width, 0)
	for _, o := range objs {
		s = s.Max(o.MinSize())
	}
	return s
}
