package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// LazyList is a column of rows inside a page's scroll container that
// makes only the rows near the view: a history of thirty years or two
// thousand routines costs the window what one screenful does, in time to
// show, in memory, and in every repaint (a blinking cursor redraws the
// whole window tree). Rows stay ordinary objects in box, so Tab, focus
// scrolling and relayout reach them as they reach everything else, and
// the row a screen makes can be any widget.
//
// A row not made yet counts at the average height of those measured; a
// row is measured at the list's width when it is made.
type LazyList struct {
	Box     *fyne.Container // the rows made so far, in order
	scroll  *container.Scroll
	length  func() int
	makeRow func(i int) fyne.CanvasObject

	heights  []float32 // each row's measured height; 0 until made
	measured float32   // the sum of heights
	counted  int       // rows measured
	width    float32   // the width the heights were measured at
	made     map[int]fyne.CanvasObject
	placing  bool
	resizing bool
}

// lazyFallbackView is the height of view assumed before the scroll
// container has a size of its own.
const lazyFallbackView = 800

// NewLazyList makes a list of length() rows, row i made by makeRow(i)
// when it comes near the view of scroll, the page around it.
func NewLazyList(scroll *container.Scroll, length func() int, makeRow func(i int) fyne.CanvasObject) *LazyList {
	l := &LazyList{scroll: scroll, length: length, makeRow: makeRow, made: map[int]fyne.CanvasObject{}}
	l.Box = container.New(l)
	prev := scroll.OnScrolled
	scroll.OnScrolled = func(p fyne.Position) {
		if prev != nil {
			prev(p)
		}
		l.follow()
	}
	return l
}

// Reset forgets every row: the data behind them changed. The rows in
// view are made again at once.
func (l *LazyList) Reset() {
	clear(l.made)
	l.heights = make([]float32, max(0, l.length()))
	l.measured, l.counted = 0, 0
	l.Box.Objects = nil
	l.follow()
}

// follow makes and places the rows now near the view, after a scroll or
// a change, and redraws them.
func (l *LazyList) follow() {
	l.Layout(nil, l.Box.Size())
	if c := canvasOf(l.Box); c != nil {
		c.Refresh(l.Box)
	}
}

// MinSize is the height of every row, those not made at the average,
// and the width of the widest row made.
func (l *LazyList) MinSize([]fyne.CanvasObject) fyne.Size {
	w := float32(0)
	for _, o := range l.made {
		w = max(w, o.MinSize().Width)
	}
	return fyne.NewSize(w, l.total())
}

func (l *LazyList) total() float32 {
	n := len(l.heights)
	if n == 0 {
		return 0
	}
	return l.measured + l.guess()*float32(n-l.counted) + theme.Padding()*float32(n-1)
}

// guess is the height a row not made yet counts at.
func (l *LazyList) guess() float32 {
	if l.counted == 0 {
		return 0
	}
	return l.measured / float32(l.counted)
}

func (l *LazyList) height(i int) float32 {
	if h := l.heights[i]; h > 0 {
		return h
	}
	return l.guess()
}

// Layout makes the rows near the view (span) and places them; rows further away are let go, except the one holding
// the focus, so Tab carries on from it. When the rows made are taller or
// shorter than guessed, the page is laid out again to the new height.
func (l *LazyList) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	if l.placing {
		return
	}
	l.placing = true
	before := l.total()
	anchor, was := l.firstInView()
	l.place(size)
	l.placing = false
	if l.total() == before || l.resizing {
		return
	}
	l.resizing = true // the page's layout comes back here once, with nothing new to measure
	l.scroll.Base.Refresh()
	// Rows above the view measured taller or shorter than guessed would
	// move what is in view: the offset moves with them instead.
	if shift := l.top(anchor) - was; shift != 0 && anchor >= 0 {
		l.scroll.ScrollToOffset(fyne.NewPos(l.scroll.Offset.X, max(0, l.scroll.Offset.Y+shift)))
	}
	clampScroll(l.scroll)
	l.resizing = false
}

// firstInView is the first row at or below the top of the view and where
// it starts; -1 when the list is not in view.
func (l *LazyList) firstInView() (int, float32) {
	if len(l.heights) == 0 || l.counted == 0 {
		return -1, 0
	}
	at := l.scroll.Offset.Y - l.topInPage()
	y, gap := float32(0), theme.Padding()
	for i := range l.heights {
		if y >= at {
			return i, y
		}
		y += l.height(i) + gap
	}
	return -1, 0
}

// top is where row i starts.
func (l *LazyList) top(i int) float32 {
	y, gap := float32(0), theme.Padding()
	for j := 0; j < i && j < len(l.heights); j++ {
		y += l.height(j) + gap
	}
	return y
}

func (l *LazyList) place(size fyne.Size) {
	if n := l.length(); n != len(l.heights) {
		l.heights = make([]float32, max(0, n))
		l.measured, l.counted = 0, 0
		clear(l.made)
	}
	if size.Width != l.width {
		l.remeasureAt(size.Width)
	}
	if len(l.heights) == 0 {
		l.Box.Objects = nil
		return
	}
	if l.counted == 0 {
		l.measure(0, l.row(0)) // a first height to guess the others by
	}
	first, last := l.nearView()
	focused := l.focusedRow()
	// One row past each end of those near the view, and the first row,
	// are made too: Tab then always finds the next row in the window,
	// from a row or from what is above the list.
	first, last = max(0, first-1), min(len(l.heights)-1, last+1)
	shown := make([]fyne.CanvasObject, 0, last-first+3)
	kept := map[int]bool{}
	y, gap := float32(0), theme.Padding()
	for i := range l.heights {
		if i > last && i > focused {
			break
		}
		h := l.height(i)
		if i == 0 || (i >= first && i <= last) || i == focused {
			o := l.row(i)
			h = l.measure(i, o)
			o.Move(fyne.NewPos(0, y))
			shown = append(shown, o)
			kept[i] = true
		}
		y += h + gap
	}
	for i := range l.made {
		if !kept[i] {
			delete(l.made, i)
		}
	}
	l.Box.Objects = shown
}

// nearView is the first and last row within span, as far as the heights
// known tell.
func (l *LazyList) nearView() (first, last int) {
	from, to := l.span()
	first, last = -1, -1
	y, gap := float32(0), theme.Padding()
	for i := range l.heights {
		h := l.height(i)
		if y > to {
			break
		}
		if y+h >= from {
			if first < 0 {
				first = i
			}
			last = i
		}
		y += h + gap
	}
	if first < 0 { // the view is past the list's end, or above it
		if y > to {
			return 0, -1
		}
		return len(l.heights) - 1, len(l.heights) - 1
	}
	return first, last
}

// span is the stretch of the list, in its own coordinates, whose rows
// are made: the part in view and half a view's height on either side,
// so the row Tab moves to next is there to take the focus. Every row
// made is drawn again with each frame (a cursor's blink), so no more.
func (l *LazyList) span() (from, to float32) {
	view := l.scroll.Size().Height
	if view <= 0 {
		view = lazyFallbackView
	}
	top := l.topInPage()
	at := l.scroll.Offset.Y - top
	return at - view/2, at + view + view/2
}

// topInPage is where the list starts in the scroll container's content.
func (l *LazyList) topInPage() float32 {
	var top float32
	WalkTree(l.scroll.Content, func(o fyne.CanvasObject, path []fyne.CanvasObject) bool {
		if o != l.Box {
			return false
		}
		top, _ = spanIn(path, o)
		return true
	})
	return top
}

// row is row i, made if it is not.
func (l *LazyList) row(i int) fyne.CanvasObject {
	o, ok := l.made[i]
	if !ok {
		o = l.makeRow(i)
		l.made[i] = o
	}
	return o
}

// measure sizes row o to the list's width and the height it then needs,
// and keeps that height as row i's.
func (l *LazyList) measure(i int, o fyne.CanvasObject) float32 {
	w := l.width
	if w <= 0 {
		w = o.MinSize().Width
	}
	o.Resize(fyne.NewSize(w, o.MinSize().Height)) // a wrapped label needs its width first
	h := o.MinSize().Height
	o.Resize(fyne.NewSize(w, h))
	if old := l.heights[i]; old != h {
		if old == 0 {
			l.counted++
		}
		l.measured += h - old
		l.heights[i] = h
	}
	return h
}

// remeasureAt forgets the heights measured at another width: wrapped
// text takes more or fewer lines now.
func (l *LazyList) remeasureAt(width float32) {
	l.width = width
	clear(l.heights)
	l.measured, l.counted = 0, 0
}

// focusedRow is the index of the made row holding the focus, -1 for none.
func (l *LazyList) focusedRow() int {
	c := canvasOf(l.Box)
	if c == nil || c.Focused() == nil {
		return -1
	}
	f, ok := c.Focused().(fyne.CanvasObject)
	if !ok {
		return -1
	}
	for i, o := range l.made {
		if WalkTree(o, func(x fyne.CanvasObject, _ []fyne.CanvasObject) bool { return x == f }) {
			return i
		}
	}
	return -1
}

// Reveal scrolls the page so that row i shows, unless it already does,
// makes it and returns it; nil when there is no row i.
func (l *LazyList) Reveal(i int) fyne.CanvasObject {
	if i < 0 || i >= len(l.heights) {
		return nil
	}
	top := l.topInPage() + l.top(i)
	view := l.scroll.Size().Height
	if top < l.scroll.Offset.Y || top+l.height(i) > l.scroll.Offset.Y+view {
		scrollTo(l.scroll, fyne.NewPos(0, max(0, top-view/3)))
	}
	l.follow()
	return l.made[i]
}
