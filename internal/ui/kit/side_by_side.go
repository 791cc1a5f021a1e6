package kit

import (
	"fyne.io/fyne/v2"
)

// SideBySide puts its two objects next to each other when the space is
// wide, and one above the other when it is tall.
type SideBySide struct {
	// FirstShare is the part of the width (wide) or height (tall) the
	// first object gets.
	FirstShare float32
}

func (l SideBySide) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	if len(objs) != 2 {
		return
	}
	first, second := objs[0], objs[1]
	if wide(size) {
		w := size.Width * l.FirstShare
		place(first, 0, 0, w, size.Height)
		place(second, w, 0, size.Width-w, size.Height)
		return
	}
	h := max(size.Height-second.MinSize().Height, first.MinSize().Height)
	h = min(h, size.Height*l.FirstShare)
	place(first, 0, 0, size.Width, h)
	place(second, 0, h, size.Width, size.Height-h)
}

func (l SideBySide) MinSize(objs []fyne.CanvasObject) fyne.Size {
	if len(objs) != 2 {
		return fyne.Size{}
	}
	a, b := objs[0].MinSize(), objs[1].MinSize()
	return fyne.NewSize(max(a.Width, b.Width), a.Height+b.Height)
}
