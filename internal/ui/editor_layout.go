package ui

import "fyne.io/fyne/v2"

// maxWidth centres its one object and keeps it at most width wide, so
// forms do not stretch across a full-screen window.
type maxWidth struct{ width float32 }

func (m maxWidth) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		w := min(size.Width, max(m.width, o.MinSize().Width))
		o.Move(fyne.NewPos((size.Width-w)/2, 0))
		o.Resize(fyne.NewSize(w, size.Height))
	}
}

func (m maxWidth) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		s = s.Max(o.MinSize())
	}
	return s
}
