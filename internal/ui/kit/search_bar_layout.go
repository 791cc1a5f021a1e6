package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// SearchBarLayout lays out a search field (the first object), then a
// filter (the second, which takes the spare width on a line of its own)
// and buttons after it: on one line where they fit beside a search
// field of searchMin, else the search on a line of its own above them.
// Changed, when set, is called after the line count changed, to lay the
// screen out again at the new height.
type SearchBarLayout struct {
	Changed func()
	width   float32 // the width last laid out at, which decides the height asked for
}

// searchMin is the narrowest the search field gets beside the rest.
const searchMin = 240

func (*SearchBarLayout) rest(objs []fyne.CanvasObject) (w, h float32) {
	for _, o := range objs[1:] {
		m := o.MinSize()
		w += m.Width + theme.Padding()
		h = max(h, m.Height)
	}
	return w, h
}

func (l *SearchBarLayout) oneLine(objs []fyne.CanvasObject, width float32) bool {
	w, _ := l.rest(objs)
	return width >= searchMin+w
}

// Layout places the objects at size, on one line or two.
func (l *SearchBarLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	if len(objs) == 0 {
		return
	}
	if was := l.width; l.oneLine(objs, was) != l.oneLine(objs, size.Width) || was == 0 {
		l.width = size.Width
		if l.Changed != nil && was != 0 {
			defer fyne.Do(l.Changed)
		}
	}
	l.width = size.Width
	search := objs[0].MinSize()
	restW, restH := l.rest(objs)
	x, y := size.Width-restW+theme.Padding(), float32(0)
	if l.oneLine(objs, size.Width) {
		place(objs[0], 0, 0, x-theme.Padding(), max(search.Height, restH))
	} else {
		place(objs[0], 0, 0, size.Width, search.Height)
		y = search.Height + theme.Padding()
		// the filter takes what the buttons leave
		x = 0
		grow := size.Width - restW + theme.Padding()
		for i, o := range objs[1:] {
			w := o.MinSize().Width
			if i == 0 {
				w += max(0, grow)
			}
			place(o, x, y, w, restH)
			x += w + theme.Padding()
		}
		return
	}
	for _, o := range objs[1:] {
		w := o.MinSize().Width
		place(o, x, y, w, max(search.Height, restH))
		x += w + theme.Padding()
	}
}

// MinSize is the width of the two-line form and the height of the form
// last laid out.
func (l *SearchBarLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	if len(objs) == 0 {
		return fyne.Size{}
	}
	search := objs[0].MinSize()
	restW, restH := l.rest(objs)
	// The width of the two-line form, so the window can always narrow to
	// it; the height of the form last laid out.
	w := max(search.Width, restW-theme.Padding())
	if l.width > 0 && l.oneLine(objs, l.width) {
		return fyne.NewSize(w, max(search.Height, restH))
	}
	return fyne.NewSize(w, search.Height+theme.Padding()+restH)
}
