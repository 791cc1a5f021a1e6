package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// routineRow is one routine on home: its first exercise's picture, its
// name, a line of facts, Start and the "⋯" menu, laid out in box, an
// ordinary container, so focus and scrolling reach its buttons as they
// reach everything else. The surface behind them takes the clicks and
// the keys: a click on the row, or Enter or Space while it has the
// focus, opens the routine's page; Up and Down move to the row above or
// below.
type routineRow struct {
	box         *fyne.Container
	surface     *rowSurface
	thumb       *canvas.Image
	name, facts *canvas.Text
	nameText    string
	factsText   string
	start, more *button
}

// rowThumbSize is the side of a row's picture: big enough to tell a
// standing move from one lying down, small enough for eight rows in 800.
const rowThumbSize = 44

func newRoutineRow(name, facts string, thumb *canvas.Image, start, more *button, open func(), move func(int)) *routineRow {
	r := &routineRow{thumb: thumb, nameText: name, factsText: facts, start: start, more: more}
	r.name = canvas.NewText(name, theme.Color(theme.ColorNameForeground))
	r.name.TextStyle.Bold = true
	r.facts = canvas.NewText(facts, theme.Color(theme.ColorNamePlaceHolder))
	r.facts.TextSize = theme.CaptionTextSize()
	r.surface = newRowSurface(r, open, move)
	r.box = container.New(&routineRowLayout{r}, r.surface, thumb, r.name, r.facts, start, more)
	return r
}

// routineRowOf is the routine row o is the box of, nil for anything else.
func routineRowOf(o fyne.CanvasObject) *routineRow {
	if c, ok := o.(*fyne.Container); ok && len(c.Objects) > 0 {
		if s, ok := c.Objects[0].(*rowSurface); ok {
			return s.row
		}
	}
	return nil
}

// rowSurface is the part of a row under its picture, words and buttons:
// it shades under the pointer and draws the focus ring around the row.
type rowSurface struct {
	widget.BaseWidget
	row     *routineRow
	open    func()
	move    func(by int) // focus the row by rows away
	focused bool
	hovered bool
}

func newRowSurface(row *routineRow, open func(), move func(int)) *rowSurface {
	s := &rowSurface{row: row, open: open, move: move}
	s.ExtendBaseWidget(s)
	return s
}

// Tapped opens the routine's page.
func (s *rowSurface) Tapped(*fyne.PointEvent) {
	if c := canvasOf(s); c != nil {
		c.Focus(s)
	}
	s.open()
}

// FocusGained shows the ring and brings the row into view.
func (s *rowSurface) FocusGained() {
	s.focused = true
	s.Refresh()
	bringIntoView(s)
}

// FocusLost hides the ring.
func (s *rowSurface) FocusLost() {
	s.focused = false
	s.Refresh()
	followFocus(s)
}

// TypedRune ignores typing: the search field is a Tab away.
func (s *rowSurface) TypedRune(rune) {}

// TypedKey opens the routine on Enter or Space and moves between rows
// on Up and Down; other keys go to the screen.
func (s *rowSurface) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyReturn, fyne.KeyEnter, fyne.KeySpace:
		s.open()
	case fyne.KeyDown:
		s.move(1)
	case fyne.KeyUp:
		s.move(-1)
	default:
		forwardKey(s, ev)
	}
}

// MouseIn shades the row under the pointer, so a click's target shows.
func (s *rowSurface) MouseIn(*desktop.MouseEvent) { s.hovered = true; s.Refresh() }

// MouseMoved does nothing more than MouseIn did.
func (s *rowSurface) MouseMoved(*desktop.MouseEvent) {}

// MouseOut takes the shade away.
func (s *rowSurface) MouseOut() { s.hovered = false; s.Refresh() }

// CreateRenderer draws the shade, the rule under the row and, with the
// focus, the buttons' ring.
func (s *rowSurface) CreateRenderer() fyne.WidgetRenderer {
	shade, line := canvas.NewRectangle(color.Transparent), canvas.NewRectangle(theme.Color(theme.ColorNameSeparator))
	rr := &surfaceRenderer{s: s, shade: shade, line: line}
	rr.Refresh()
	return newRingRenderer(rr, func() bool { return s.focused })
}

type surfaceRenderer struct {
	s     *rowSurface
	shade *canvas.Rectangle // the hover shade
	line  *canvas.Rectangle // the rule under the row
}

func (rr *surfaceRenderer) Destroy()           {}
func (rr *surfaceRenderer) MinSize() fyne.Size { return fyne.Size{} }
func (rr *surfaceRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{rr.shade, rr.line}
}

func (rr *surfaceRenderer) Layout(size fyne.Size) {
	rr.shade.Resize(size)
	place(rr.line, 0, size.Height-1, size.Width, 1)
}

func (rr *surfaceRenderer) Refresh() {
	rr.line.FillColor = theme.Color(theme.ColorNameSeparator)
	rr.shade.FillColor = color.Transparent
	if rr.s.hovered {
		rr.shade.FillColor = theme.Color(theme.ColorNameHover)
	}
	rr.shade.Refresh()
	rr.line.Refresh()
	// The words are drawn by the row's box; they take the theme's
	// colours when the surface is refreshed, as on a theme change.
	r := rr.s.row
	r.name.Color, r.facts.Color = theme.Color(theme.ColorNameForeground), theme.Color(theme.ColorNamePlaceHolder)
	r.name.TextSize, r.facts.TextSize = theme.TextSize(), theme.CaptionTextSize()
	r.name.Refresh()
	r.facts.Refresh()
}

// rowPad is the space around a row's parts.
func rowPad() float32 { return theme.Padding() * 1.5 }

// routineRowLayout places a row's parts: the picture on the left, Start
// and ⋯ on the right, the name and facts between, cut short to fit.
type routineRowLayout struct{ r *routineRow }

func (l *routineRowLayout) MinSize([]fyne.CanvasObject) fyne.Size {
	r := l.r
	pad := rowPad()
	texts := r.name.MinSize().Height + r.facts.MinSize().Height
	h := max(rowThumbSize, r.start.MinSize().Height, texts) + 2*pad
	w := rowThumbSize + 4*pad + 80 + r.start.MinSize().Width + r.more.MinSize().Width
	return fyne.NewSize(w, h)
}

func (l *routineRowLayout) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	r := l.r
	pad := rowPad()
	r.surface.Resize(size)
	place(r.thumb, pad, (size.Height-rowThumbSize)/2, rowThumbSize, rowThumbSize)
	more, start := r.more.MinSize(), r.start.MinSize()
	x := size.Width - pad - more.Width
	place(r.more, x, (size.Height-more.Height)/2, more.Width, more.Height)
	x -= theme.Padding() + start.Width
	place(r.start, x, (size.Height-start.Height)/2, start.Width, start.Height)
	left := pad*2 + rowThumbSize
	textW := max(0, x-pad-left)
	r.name.Text = fitText(r.nameText, textW, r.name.TextSize, r.name.TextStyle)
	r.facts.Text = fitText(r.factsText, textW, r.facts.TextSize, r.facts.TextStyle)
	nh, fh := r.name.MinSize().Height, r.facts.MinSize().Height
	top := (size.Height - nh - fh) / 2
	place(r.name, left, top, textW, nh)
	place(r.facts, left, top+nh, textW, fh)
}

// fitText is text cut short with an ellipsis to fit width.
func fitText(text string, width, size float32, style fyne.TextStyle) string {
	if fyne.MeasureText(text, size, style).Width <= width {
		return text
	}
	runes := []rune(text)
	lo, hi := 0, len(runes) // the longest prefix that fits with "…" is in [lo, hi)
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if fyne.MeasureText(string(runes[:mid])+"…", size, style).Width <= width {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return string(runes[:lo]) + "…"
}
