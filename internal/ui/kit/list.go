package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// List is a list that passes Esc on, so the screen can close with the
// list focused, and chooses the item in focus on Enter as on Space.
type List struct{ widget.List }

// NewList is a list of length() items made by create and filled by
// update, as widget.NewList.
func NewList(length func() int, create func() fyne.CanvasObject, update func(widget.ListItemID, fyne.CanvasObject)) *List {
	l := &List{}
	l.Length, l.CreateItem, l.UpdateItem = length, create, update
	l.ExtendBaseWidget(l)
	return l
}

func (l *List) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter {
		ev = &fyne.KeyEvent{Name: fyne.KeySpace}
	}
	if !forwardEscape(l, ev) {
		l.List.TypedKey(ev)
	}
}
