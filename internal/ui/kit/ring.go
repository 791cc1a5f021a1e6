package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
)

// ringRenderer draws a focus ring over another renderer's objects: a
// line in the text colour with a line of the page colour inside it, so it
// shows on a coloured button as on a plain one, in both themes.
type ringRenderer struct {
	fyne.WidgetRenderer
	outer, inner *canvas.Rectangle
	shown        func() bool
	objs         []fyne.CanvasObject
}

// RingWidth is the width of each of the focus ring's two lines.
const RingWidth = 2

func newRingRenderer(r fyne.WidgetRenderer, shown func() bool) *ringRenderer {
	rr := &ringRenderer{WidgetRenderer: r, outer: canvas.NewRectangle(nil), inner: canvas.NewRectangle(nil), shown: shown}
	rr.outer.StrokeWidth, rr.inner.StrokeWidth = RingWidth, RingWidth
	rr.showRing()
	return rr
}

func (r *ringRenderer) Layout(size fyne.Size) {
	r.WidgetRenderer.Layout(size)
	place(r.outer, 0, 0, size.Width, size.Height)
	place(r.inner, RingWidth, RingWidth, size.Width-2*RingWidth, size.Height-2*RingWidth)
}

func (r *ringRenderer) Objects() []fyne.CanvasObject {
	inner := r.WidgetRenderer.Objects()
	if len(r.objs) != len(inner)+2 || (len(inner) > 0 && r.objs[0] != inner[0]) {
		r.objs = append(append(r.objs[:0], inner...), r.inner, r.outer)
	}
	return r.objs
}

func (r *ringRenderer) Refresh() {
	r.WidgetRenderer.Refresh()
	r.objs = nil
	r.showRing()
}

func (r *ringRenderer) showRing() {
	radius := theme.Size(theme.SizeNameInputRadius)
	r.outer.StrokeColor, r.outer.CornerRadius = theme.Color(theme.ColorNameForeground), radius
	r.inner.StrokeColor, r.inner.CornerRadius = theme.Color(theme.ColorNameBackground), max(radius-RingWidth, 0)
	r.outer.Hidden, r.inner.Hidden = !r.shown(), !r.shown()
	r.outer.Refresh()
	r.inner.Refresh()
}
