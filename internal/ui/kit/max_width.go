package kit

import (
	"fyne.io/fyne/v2"
)

// MaxWidth centres its one object and keeps it at most Width wide, so
// forms do not stretch across a full-screen window.
type MaxWidth struct{ Width float32 }

func (m MaxWidth) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		w := min(size.Width, max(m.Width, o.MinSize().Width))
		o.Move(fyne.NewPos((size.Width-w)/2, 0))
		o.Resize(fyne.NewSize(w, size.Height))
	}
}

func (m MaxWidth) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		s = s.Max(o.MinSize())
	}
	return s
}
