package kit

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// Relayout lays o and everything in it out again from the top down, so a
// line shown, hidden or grown anywhere moves what is below it at once,
// and a scroll offset that is now past the end is brought back.
func Relayout(o fyne.CanvasObject) {
	switch x := o.(type) {
	case *fyne.Container:
		if x.Layout != nil {
			x.Layout.Layout(x.Objects, x.Size())
		}
		for _, c := range x.Objects {
			Relayout(c)
		}
	case *container.Scroll:
		// The scroll's own renderer resizes the content to its new
		// minimum; Scroll.Refresh would also redraw every widget in it.
		x.Base.Refresh()
		clampScroll(x)
		Relayout(x.Content)
	case *widget.Card:
		// Its parent has sized it by its new minimum, which laid out its
		// content; Card.Refresh would redraw every widget in it.
		Relayout(x.Content)
	case *widget.PopUp:
		x.Refresh() // a dialog grows or shrinks with what it holds
		Relayout(x.Content)
	default:
		if c := overlayContent(o); c != nil {
			Relayout(c)
		}
	}
}

// WalkTree visits o and what it holds, through containers and the
// widgets that hold other objects, with the path from o to each; visit
// returns true to stop.
func WalkTree(o fyne.CanvasObject, visit func(c fyne.CanvasObject, path []fyne.CanvasObject) bool) bool {
	var walk func(c fyne.CanvasObject, path []fyne.CanvasObject) bool
	walk = func(c fyne.CanvasObject, path []fyne.CanvasObject) bool {
		if c == nil {
			return false
		}
		path = append(path, c)
		if visit(c, path) {
			return true
		}
		for _, child := range children(c) {
			if walk(child, path) {
				return true
			}
		}
		return false
	}
	return walk(o, nil)
}

func children(o fyne.CanvasObject) []fyne.CanvasObject {
	switch x := o.(type) {
	case *fyne.Container:
		return x.Objects
	case *container.Scroll:
		return []fyne.CanvasObject{x.Content}
	case *widget.Card:
		return []fyne.CanvasObject{x.Content}
	case *widget.PopUp:
		return []fyne.CanvasObject{x.Content}
	case *Notice:
		return []fyne.CanvasObject{x.box}
	}
	if c := overlayContent(o); c != nil {
		return []fyne.CanvasObject{c}
	}
	return nil
}

// PathTo is the chain of objects from the window's top dialog (or, with
// none, its content) down to o; nil when o is not on show there.
func PathTo(c fyne.Canvas, o fyne.CanvasObject) []fyne.CanvasObject {
	root := c.Content()
	if top := c.Overlays().Top(); top != nil {
		root = top // a dialog owns the focus while it is open
	}
	var found []fyne.CanvasObject
	WalkTree(root, func(x fyne.CanvasObject, path []fyne.CanvasObject) bool {
		if !x.Visible() {
			return false
		}
		if x == o {
			found = append([]fyne.CanvasObject(nil), path...)
			return true
		}
		return false
	})
	return found
}

// onShow says whether o is in the window's content or one of its
// dialogs, and shown.
func onShow(c fyne.Canvas, o fyne.CanvasObject) bool {
	return slices.ContainsFunc(layers(c), func(root fyne.CanvasObject) bool { return shownUnder(root, o) })
}

// layers are the window's content and its dialogs, bottom first.
func layers(c fyne.Canvas) []fyne.CanvasObject {
	return append([]fyne.CanvasObject{c.Content()}, c.Overlays().List()...)
}

// shownUnder says whether o is in root with nothing around it hidden.
func shownUnder(root, o fyne.CanvasObject) bool {
	return WalkTree(root, func(x fyne.CanvasObject, path []fyne.CanvasObject) bool {
		return x == o && !slices.ContainsFunc(path, func(p fyne.CanvasObject) bool { return !p.Visible() })
	})
}
