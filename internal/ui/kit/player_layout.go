package kit

import (
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
)

// playerLayout arranges the player's figure, its big phase-and-countdown
// block (hero) and the details under it. Wide windows put the figure on
// the left and hero over details on the right; tall ones, and those whose
// right column would leave the details too little room, put the
// figure and hero side by side on top with the details across the whole
// width below. In a short window the hero's big texts shrink, so the
// countdown, the cue and the first set-up steps all stay in view from a
// 480×640 window with notices to full screen.
type playerLayout struct {
	big   []*canvas.Text // the hero's texts that shrink, at full size
	sizes []float32
	scale float32
}

const (
	playerGap = 8
	// detailsRoom is the least height the details should have: the
	// counts, a cue of two lines and a line of the steps.
	detailsRoom = 150
	// columnRoom is the least width of a right column: the cue on one
	// line, mostly.
	columnRoom = 320
	// heroFullAt is the body height from which the hero is full size.
	heroFullAt = 480
)

func NewPlayerLayout(big ...*canvas.Text) *playerLayout {
	l := &playerLayout{big: big, scale: 1}
	for _, t := range big {
		l.sizes = append(l.sizes, t.TextSize)
	}
	return l
}

func wide(size fyne.Size) bool { return size.Width > size.Height*1.1 }

func (l *playerLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	fig, hero, details := objs[0], objs[1], objs[2]
	l.scaleHero(hero, size.Height)
	heroH := hero.MinSize().Height
	if wide(size) && size.Width*0.55 >= columnRoom && size.Height-heroH-playerGap >= detailsRoom {
		w := size.Width * 0.45
		place(fig, 0, 0, w, size.Height)
		place(hero, w+playerGap, 0, size.Width-w-playerGap, heroH)
		place(details, w+playerGap, heroH+playerGap, size.Width-w-playerGap, size.Height-heroH-playerGap)
		return
	}
	half := (size.Width - playerGap) / 2
	topH := max(heroH, min(half, size.Height*0.5))
	place(fig, 0, 0, half, topH)
	place(hero, half+playerGap, 0, half, topH)
	place(details, 0, topH+playerGap, size.Width, size.Height-topH-playerGap)
}

// scaleHero sizes the hero's big texts for a body of height h: full size
// from heroFullAt, down to 60 % of it.
func (l *playerLayout) scaleHero(hero fyne.CanvasObject, h float32) {
	scale := min(1, max(0.6, h/heroFullAt))
	scale = float32(math.Round(float64(scale)*20) / 20) // steps of 5 %, so a resize by a pixel redraws nothing
	if scale == l.scale {
		return
	}
	l.scale = scale
	for i, t := range l.big {
		t.TextSize = l.sizes[i] * scale
		t.Refresh()
	}
	hero.Refresh() // a container lays itself out again on Refresh
}

func (l *playerLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	fig, hero, details := objs[0].MinSize(), objs[1].MinSize(), objs[2].MinSize()
	w := max(fig.Width+playerGap+hero.Width, details.Width)
	return fyne.NewSize(w, max(fig.Height, hero.Height)+playerGap+details.Height)
}

func place(o fyne.CanvasObject, x, y, w, h float32) {
	o.Move(fyne.NewPos(x, y))
	o.Resize(fyne.NewSize(w, h))
}

// ButtonRows lays buttons out in one row of equal widths when they fit,
// and otherwise in rows of at most perRow, so no label is cut off in a
// narrow window. It remembers the arrangement of its last layout, so its
// minimum height is that of the rows it actually uses.
type ButtonRows struct {
	PerRow int
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

// SideBySide puts its two objects next to each other when the space is
// wide, and one above the other when it is tall.
type SideBySide struct {
	// FirstShare is the part of the width (wide) or height (tall) the
	// first object gets.
	FirstShare float32
}

func (l SideBySide) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	if len(objs) != 2 {
		return
	}
	first, second := objs[0], objs[1]
	if wide(size) {
		w := size.Width * l.FirstShare
		place(first, 0, 0, w, size.Height)
		place(second, w, 0, size.Width-w, size.Height)
		return
	}
	h := max(size.Height-second.MinSize().Height, first.MinSize().Height)
	h = min(h, size.Height*l.FirstShare)
	place(first, 0, 0, size.Width, h)
	place(second, 0, h, size.Width, size.Height-h)
}

func (l SideBySide) MinSize(objs []fyne.CanvasObject) fyne.Size {
	if len(objs) != 2 {
		return fyne.Size{}
	}
	a, b := objs[0].MinSize(), objs[1].MinSize()
	return fyne.NewSize(max(a.Width, b.Width), a.Height+b.Height)
}

// AtLeastWide gives o at least width, so a select shows its longest
// choice in full rather than cut short.
func AtLeastWide(o fyne.CanvasObject, width float32) fyne.CanvasObject {
	return container.New(minWidth{width}, o)
}

type minWidth struct{ width float32 }

func (m minWidth) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		place(o, 0, 0, size.Width, size.Height)
	}
}

func (m minWidth) MinSize(objs []fyne.CanvasObject) fyne.Size {
	s := fyne.NewSize(m.width, 0)
	for _, o := range objs {
		s = s.Max(o.MinSize())
	}
	return s
}
