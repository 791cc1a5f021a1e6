package ui

import "fyne.io/fyne/v2"

// sideBySide puts its two objects next to each other when the space is
// wide, and one above the other when it is tall, so the player works from
// a 480×640 window to full screen.
type sideBySide struct {
	// firstShare is the part of the width (wide) or height (tall) the
	// first object gets.
	firstShare float32
}

func (l sideBySide) wide(size fyne.Size) bool { return size.Width > size.Height*1.1 }

func (l sideBySide) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	if len(objs) != 2 {
		return
	}
	first, second := objs[0], objs[1]
	if l.wide(size) {
		w := size.Width * l.firstShare
		first.Move(fyne.NewPos(0, 0))
		first.Resize(fyne.NewSize(w, size.Height))
		second.Move(fyne.NewPos(w, 0))
		second.Resize(fyne.NewSize(size.Width-w, size.Height))
		return
	}
	h := max(size.Height-second.MinSize().Height, first.MinSize().Height)
	h = min(h, size.Height*l.firstShare)
	first.Move(fyne.NewPos(0, 0))
	first.Resize(fyne.NewSize(size.Width, h))
	second.Move(fyne.NewPos(0, h))
	second.Resize(fyne.NewSize(size.Width, size.Height-h))
}

func (l sideBySide) MinSize(objs []fyne.CanvasObject) fyne.Size {
	if len(objs) != 2 {
		return fyne.Size{}
	}
	a, b := objs[0].MinSize(), objs[1].MinSize()
	// The tall arrangement is the smaller one in width, which is what
	// lets the window shrink to 480 wide.
	return fyne.NewSize(max(a.Width, b.Width), a.Height+b.Height)
}
