package kit

import (
	"fyne.io/fyne/v2"
)

// ButtonRows lays buttons out in one row of equal widths when they fit,
// and otherwise in rows of at most perRow, so no label is cut off in a
// narrow window. It remembers the arrangement of its last layout, so its
// minimum height is that of the rows it actually uses.
type ButtonRows struct {
	PerRow int // the most buttons a row holds when not all fit in one
	// Fewest, when set below PerRow, is how few a row may hold when
	// PerRow do not fit: the minimum width asks room for Fewest only, so
	// longer labels (a translation) take more rows, not more width.
	Fewest int
	cols   int // columns at the last layout; 0 before the first
}

// fewest is the fewest buttons a row holds in the narrowest arrangement.
func (l *ButtonRows) fewest() int {
	if l.Fewest > 0 && l.Fewest < l.PerRow {
		return l.Fewest
	}
	return l.PerRow
}

func (l *ButtonRows) fit(objs []fyne.CanvasObject, width float32) int {
	need := float32(0)
	for _, o := range objs {
		need = max(need, o.MinSize().Width)
	}
	fits := func(n int) bool { return need*float32(n)+playerGap*float32(n-1) <= width }
	if fits(len(objs)) {
		return len(objs)
	}
	n := l.PerRow
	for n > l.fewest() && !fits(n) {
		n--
	}
	return n
}

func (l *ButtonRows) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	if len(objs) == 0 {
		return
	}
	l.cols = l.fit(objs, size.Width)
	rowH := objs[0].MinSize().Height
	for i, o := range objs {
		row, col := i/l.cols, i%l.cols
		inRow := min(l.cols, len(objs)-row*l.cols)
		w := (size.Width - playerGap*float32(inRow-1)) / float32(inRow)
		place(o, float32(col)*(w+playerGap), float32(row)*(rowH+playerGap), w, rowH)
	}
}

func (l *ButtonRows) MinSize(objs []fyne.CanvasObject) fyne.Size {
	if len(objs) == 0 {
		return fyne.Size{}
	}
	widest := float32(0)
	for _, o := range objs {
		widest = max(widest, o.MinSize().Width)
	}
	cols := l.cols
	if cols == 0 {
		cols = len(objs)
	}
	rows := (len(objs) + cols - 1) / cols
	rowH := objs[0].MinSize().Height
	// The width is that of the narrowest arrangement, so the window may
	// shrink to it.
	narrowest := float32(l.fewest())
	return fyne.NewSize(widest*narrowest+playerGap*(narrowest-1), rowH*float32(rows)+playerGap*float32(rows-1))
}
