package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"
)

// wheelRenderer lays a wheelCatcher over a widget, so that the mouse
// wheel over it scrolls the page: Fyne gives the wheel to the innermost
// scrollable thing under the pointer, which for an entry is its own text.
type wheelRenderer struct {
	fyne.WidgetRenderer
	catcher *wheelCatcher
	objs    []fyne.CanvasObject
}

func newWheelRenderer(owner fyne.CanvasObject, r fyne.WidgetRenderer) *wheelRenderer {
	c := &wheelCatcher{owner: owner}
	c.ExtendBaseWidget(c)
	return &wheelRenderer{WidgetRenderer: r, catcher: c}
}

func (r *wheelRenderer) Layout(size fyne.Size) {
	r.WidgetRenderer.Layout(size)
	r.catcher.Resize(size)
	r.catcher.Move(fyne.NewPos(0, 0))
}

func (r *wheelRenderer) Objects() []fyne.CanvasObject {
	inner := r.WidgetRenderer.Objects()
	if len(r.objs) != len(inner)+1 || (len(inner) > 0 && r.objs[0] != inner[0]) {
		r.objs = append(append(r.objs[:0], inner...), r.catcher)
	}
	return r.objs
}

func (r *wheelRenderer) Refresh() {
	r.WidgetRenderer.Refresh()
	r.objs = nil // the entry may have swapped its objects
}

// wheelCatcher takes the mouse wheel over its owner and scrolls the page
// around the owner instead; taps and the pointer pass through to the owner.
type wheelCatcher struct {
	widget.BaseWidget
	owner fyne.CanvasObject
}

func (w *wheelCatcher) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(canvas.NewRectangle(nil))
}

func (w *wheelCatcher) Scrolled(ev *fyne.ScrollEvent) {
	if s := ScrollAround(w.owner); s != nil {
		s.Scrolled(ev)
	}
}
