package kit

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
)

// Screen lays out a screen: a bar on top, the content filling the rest,
// a bar at the bottom (either bar may be nil). Tab goes through them in
// that order; Fyne's border container would list the content first.
func Screen(top, bottom, content fyne.CanvasObject) *fyne.Container {
	c := container.NewBorder(top, bottom, nil, nil, content)
	c.Objects = slices.DeleteFunc([]fyne.CanvasObject{top, content, bottom}, func(o fyne.CanvasObject) bool { return o == nil })
	return c
}
