package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// flowLayout places objects in a row at their natural size and starts a new
// row when the next one does not fit, so a row of buttons works in a
// 480-wide window. Its minimum height assumes the width it was last given.
type flowLayout struct {
	width float32 // the width of the last layout, 0 before the first
}

func (f *flowLayout) rows(objs []fyne.CanvasObject, width float32) (height float32, place func(func(o fyne.CanvasObject, pos fyne.Position))) {
	pad := theme.Padding()
	var x, y, rowH float32
	type spot struct {
		o   fyne.CanvasObject
		pos fyne.Position
	}
	var spots []spot
	for _, o := range objs {
		if !o.Visible() {
			continue
		}
		s := o.MinSize()
		if x > 0 && x+s.Width > width {
			x, y, rowH = 0, y+rowH+pad, 0
		}
		spots = append(spots, spot{o, fyne.NewPos(x, y)})
		x += s.Width + pad
		rowH = max(rowH, s.Height)
	}
	return y + rowH, func(fn func(fyne.CanvasObject, fyne.Position)) {
		for _, s := range spots {
			fn(s.o, s.pos)
		}
	}
}

func (f *flowLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	_, place := f.rows(objs, size.Width)
	place(func(o fyne.CanvasObject, pos fyne.Position) {
		o.Move(pos)
		o.Resize(o.MinSize())
	})
	f.width = size.Width
}

func (f *flowLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var widest float32
	for _, o := range objs {
		if o.Visible() {
			widest = max(widest, o.MinSize().Width)
		}
	}
	width := f.width
	if width == 0 {
		width = 1e6 // not laid out yet: assume one row
	}
	width = max(width, widest)
	h, _ := f.rows(objs, width)
	return fyne.NewSize(widest, h)
}

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
