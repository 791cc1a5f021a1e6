package kit

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
)

// viewMargin is the room left above or below a widget brought into view,
// so its focus ring and a bit of what surrounds it show too.
const viewMargin = 8

// BringIntoView scrolls every scroll container around o so that o shows.
func BringIntoView(o fyne.CanvasObject) {
	if c := canvasOf(o); c != nil {
		BringIntoViewOn(c, o)
	}
}

// BringIntoViewOn is BringIntoView on a canvas known to hold o: a
// window's driver knows which canvas holds a widget only once it has
// drawn it, so a widget just made is found this way alone.
func BringIntoViewOn(c fyne.Canvas, o fyne.CanvasObject) {
	path := PathTo(c, o)
	if path == nil {
		bringIntoViewAt(c, o)
		return
	}
	for i := len(path) - 2; i >= 0; i-- { // innermost scroll first
		s, ok := path[i].(*container.Scroll)
		if !ok {
			continue
		}
		top, bottom := spanIn(path[i+1:], o)
		off := s.Offset
		view := s.Size().Height
		switch {
		case bottom-top+2*viewMargin > view || top-viewMargin < off.Y:
			off.Y = top - viewMargin
		case bottom+viewMargin > off.Y+view:
			off.Y = bottom + viewMargin - view
		}
		off.Y = max(0, min(off.Y, s.Content.Size().Height-view))
		scrollTo(s, off)
	}
}

// bringIntoViewAt scrolls o into view where this package cannot follow
// the path to it (a radio button inside its group): by where the driver
// draws it, within the scroll container whose content holds that place.
func bringIntoViewAt(c fyne.Canvas, o fyne.CanvasObject) {
	d := fyne.CurrentApp().Driver()
	at, h := d.AbsolutePositionForObject(o), o.Size().Height
	root := c.Content()
	if top := c.Overlays().Top(); top != nil {
		root = top
	}
	WalkTree(root, func(x fyne.CanvasObject, _ []fyne.CanvasObject) bool {
		s, ok := x.(*container.Scroll)
		if !ok || !s.Visible() {
			return false
		}
		sp := d.AbsolutePositionForObject(s)
		if at.X < sp.X || at.X > sp.X+s.Size().Width || at.Y < sp.Y-s.Offset.Y || at.Y > sp.Y-s.Offset.Y+s.Content.Size().Height {
			return false
		}
		top := at.Y - sp.Y + s.Offset.Y // in the content
		off := s.Offset
		switch {
		case top-viewMargin < off.Y:
			off.Y = top - viewMargin
		case top+h+viewMargin > off.Y+s.Size().Height:
			off.Y = top + h + viewMargin - s.Size().Height
		}
		scrollTo(s, fyne.NewPos(off.X, max(0, min(off.Y, s.Content.Size().Height-s.Size().Height))))
		return true
	})
}

// KeepFocusInView brings the focused widget back into view with the box
// around it (a field's caption and problem line) after something above
// or below it changed size: a problem that appeared under the field
// being typed in is read at once.
func KeepFocusInView(c fyne.Canvas) {
	f, ok := c.Focused().(fyne.CanvasObject)
	if !ok {
		return
	}
	if path := PathTo(c, f); len(path) >= 2 {
		BringIntoViewOn(c, path[len(path)-2])
	}
	BringIntoViewOn(c, f)
}

// followFocus brings into view whatever takes the focus from o, once it
// has: widgets Fyne makes inside its own (a radio button) say nothing
// when they get it.
func followFocus(o fyne.CanvasObject) {
	c := canvasOf(o)
	if c == nil {
		return
	}
	fyne.Do(func() {
		if f, ok := c.Focused().(fyne.CanvasObject); ok && f != o {
			BringIntoView(f)
		}
	})
}

// inView says whether o is not scrolled out of sight. An object this
// package cannot place (inside another widget) counts as in view.
func inView(o fyne.CanvasObject) bool {
	c := canvasOf(o)
	if c == nil {
		return true
	}
	path := PathTo(c, o)
	for i := len(path) - 2; i >= 0; i-- {
		if s, ok := path[i].(*container.Scroll); ok {
			top, bottom := spanIn(path[i+1:], o)
			if top < s.Offset.Y-1 || bottom > s.Offset.Y+s.Size().Height+1 {
				return false
			}
		}
	}
	return true
}

// spanIn is the top and bottom of o inside the first object of path (a
// scroll container's content), which path leads down to o.
func spanIn(path []fyne.CanvasObject, o fyne.CanvasObject) (top, bottom float32) {
	for _, p := range path[1:] {
		top += p.Position().Y
	}
	return top, top + o.Size().Height
}

// ScrollStep is how far Up and Down scroll: about two lines.
const ScrollStep = 40

// ScrollByKey scrolls the first scroll container in root that has more
// than it shows, by a step for Up and Down and by a view for Page Up and
// Page Down; it reports whether ev was one of those keys.
func ScrollByKey(root fyne.CanvasObject, ev *fyne.KeyEvent) bool {
	var by func(view float32) float32
	switch ev.Name {
	case fyne.KeyUp:
		by = func(float32) float32 { return -ScrollStep }
	case fyne.KeyDown:
		by = func(float32) float32 { return ScrollStep }
	case fyne.KeyPageUp:
		by = func(view float32) float32 { return ScrollStep - view }
	case fyne.KeyPageDown:
		by = func(view float32) float32 { return view - ScrollStep }
	default:
		return false
	}
	WalkTree(root, func(x fyne.CanvasObject, path []fyne.CanvasObject) bool {
		s, ok := x.(*container.Scroll)
		if !ok || slices.ContainsFunc(path, func(p fyne.CanvasObject) bool { return !p.Visible() }) {
			return false
		}
		view := s.Size().Height
		if s.Content.Size().Height <= view {
			return false
		}
		y := max(0, min(s.Offset.Y+by(view), s.Content.Size().Height-view))
		scrollTo(s, fyne.NewPos(s.Offset.X, y))
		return true
	})
	return true
}

// clampScroll brings back an offset that is past the end of content that
// got shorter.
func clampScroll(s *container.Scroll) {
	maxY := max(0, s.Content.Size().Height-s.Size().Height)
	if s.Offset.Y > maxY {
		scrollTo(s, fyne.NewPos(s.Offset.X, maxY))
	}
}

// scrollTo moves s to off and tells its OnScrolled, as the wheel and the
// scroll bar do; Fyne's ScrollToOffset does not, and a lazy list follows
// the offset to make the rows that come into view.
func scrollTo(s *container.Scroll, off fyne.Position) {
	if s.Offset == off {
		return
	}
	s.ScrollToOffset(off)
	if s.OnScrolled != nil {
		s.OnScrolled(s.Offset)
	}
}

// ScrollAround is the innermost scroll container holding o, nil for none.
func ScrollAround(o fyne.CanvasObject) *container.Scroll {
	c := canvasOf(o)
	if c == nil {
		return nil
	}
	path := PathTo(c, o)
	for i := len(path) - 2; i >= 0; i-- {
		if s, ok := path[i].(*container.Scroll); ok {
			return s
		}
	}
	return nil
}

func canvasOf(o fyne.CanvasObject) fyne.Canvas {
	if a := fyne.CurrentApp(); a != nil {
		return a.Driver().CanvasForObject(o)
	}
	return nil
}
