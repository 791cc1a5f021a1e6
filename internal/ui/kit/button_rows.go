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
	cols   int // columns at the last layout; 0 before the first
}

func (l *ButtonRows) fit(objs []fyne.CanvasObject, width float32) int {
	need := float32(0)
	for _, o := range objs {
		need = max(need, o.MinSize().Width)
	}
	if need*float32(len(objs))+playerGap*float32(len(objs)-1) <= width {
		return len(objs)
	}
	return l.PerRow
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
	return fyne.NewSize(widest*float32(l.PerRow)+playerGap*float32(l.PerRow-1), rowH*float32(rows)+playerGap*float32(rows-1))
}
