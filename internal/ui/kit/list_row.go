package kit

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// ListRow is one thing in a dense list, as home lists routines: a small
// picture, a title, a line of facts, the button the row is for and a
// "⋯" menu button, laid out in Box, an ordinary container, so focus and
// scrolling reach its buttons as they reach everything else. The
// Surface behind them takes the clicks and the keys: a click on the row,
// or Enter or Space while it has the focus, opens what the row stands
// for; Up and Down move to the row above or below.
type ListRow struct {
	Box          *fyne.Container // what goes in the list
	Surface      *RowSurface     // takes the clicks and keys; focus it to focus the row
	Title, Facts string          // the row's words in full, before they are cut to fit
	// Shorter are shorter forms of Facts, tried in order when it does
	// not fit, so a narrow window loses the least telling part rather
	// than the end; the last one is cut to fit when none does.
	Shorter       []string
	Primary, Menu *Button // the action the row is for, and the "⋯" of the rest
	picture       *canvas.Image
	name, facts   *canvas.Text
}

// RowPictureSize is the side of a row's picture: big enough to tell a
// standing move from one lying down, small enough for eight rows in 800.
const RowPictureSize = 44

// NewListRow makes a row; open is what a click or Enter on it does, and
// move(by) focuses the row by rows away (Up -1, Down +1).
func NewListRow(title, facts string, picture *canvas.Image, primary, menu *Button, open func(), move func(int)) *ListRow {
	r := &ListRow{picture: picture, Title: title, Facts: facts, Primary: primary, Menu: menu}
	r.name = canvas.NewText(title, theme.Color(theme.ColorNameForeground))
	r.name.TextStyle.Bold = true
	r.facts = canvas.NewText(facts, theme.Color(theme.ColorNamePlaceHolder))
	r.facts.TextSize = theme.CaptionTextSize()
	r.Surface = newRowSurface(r, open, move)
	r.Box = container.New(&listRowLayout{r}, r.Surface, picture, r.name, r.facts, primary, menu)
	return r
}

// ListRowOf is the row o is the Box of, nil for anything else.
func ListRowOf(o fyne.CanvasObject) *ListRow {
	if c, ok := o.(*fyne.Container); ok && len(c.Objects) > 0 {
		if s, ok := c.Objects[0].(*RowSurface); ok {
			return s.Row
		}
	}
	return nil
}

// RowSurface is the part of a row under its picture, words and buttons:
// it shades under the pointer and draws the focus ring around the row.
type RowSurface struct {
	widget.BaseWidget
	Row     *ListRow // the row it is the surface of
	open    func()
	move    func(by int) // focuses the row by rows away
	focused bool
	hovered bool
}

func newRowSurface(row *ListRow, open func(), move func(int)) *RowSurface {
	s := &RowSurface{Row: row, open: open, move: move}
	s.ExtendBaseWidget(s)
	return s
}

// Tapped opens what the row stands for.
func (s *RowSurface) Tapped(*fyne.PointEvent) {
	if c := canvasOf(s); c != nil {
		c.Focus(s)
	}
	s.open()
}

// FocusGained shows the ring and brings the row into view.
func (s *RowSurface) FocusGained() {
	s.focused = true
	s.Refresh()
	BringIntoView(s)
}

// FocusLost hides the ring.
func (s *RowSurface) FocusLost() {
	s.focused = false
	s.Refresh()
	followFocus(s)
}

// TypedRune ignores typing.
func (s *RowSurface) TypedRune(rune) {}

// TypedKey opens what the row stands for on Enter or Space and moves between rows
// on Up and Down; other keys go to the screen.
func (s *RowSurface) TypedKey(ev *fyne.KeyEvent) {
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
func (s *RowSurface) MouseIn(*desktop.MouseEvent) { s.hovered = true; s.Refresh() }

// MouseMoved does nothing more than MouseIn did.
func (s *RowSurface) MouseMoved(*desktop.MouseEvent) {}

// MouseOut takes the shade away.
func (s *RowSurface) MouseOut() { s.hovered = false; s.Refresh() }

// CreateRenderer draws the shade, the rule under the row and, with the
// focus, the buttons' ring.
func (s *RowSurface) CreateRenderer() fyne.WidgetRenderer {
	shade, line := canvas.NewRectangle(color.Transparent), canvas.NewRectangle(theme.Color(theme.ColorNameSeparator))
	rr := &surfaceRenderer{s: s, shade: shade, line: line}
	rr.Refresh()
	return newRingRenderer(rr, func() bool { return s.focused })
}

type surfaceRenderer struct {
	s     *RowSurface
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
	r := rr.s.Row
	r.name.Color, r.facts.Color = theme.Color(theme.ColorNameForeground), theme.Color(theme.ColorNamePlaceHolder)
	r.name.TextSize, r.facts.TextSize = theme.TextSize(), theme.CaptionTextSize()
	r.name.Refresh()
	r.facts.Refresh()
}

// rowPad is the space around a row's parts.
func rowPad() float32 { return theme.Padding() * 1.5 }

// listRowLayout places a row's parts: the picture on the left, the
// buttons on the right, the title and facts between, cut short to fit.
type listRowLayout struct{ r *ListRow }

func (l *listRowLayout) MinSize([]fyne.CanvasObject) fyne.Size {
	r := l.r
	pad := rowPad()
	texts := r.name.MinSize().Height + r.facts.MinSize().Height
	h := max(RowPictureSize, r.Primary.MinSize().Height, texts) + 2*pad
	w := RowPictureSize + 4*pad + 80 + r.Primary.MinSize().Width + r.Menu.MinSize().Width
	return fyne.NewSize(w, h)
}

func (l *listRowLayout) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	r := l.r
	pad := rowPad()
	r.Surface.Resize(size)
	place(r.picture, pad, (size.Height-RowPictureSize)/2, RowPictureSize, RowPictureSize)
	more, start := r.Menu.MinSize(), r.Primary.MinSize()
	x := size.Width - pad - more.Width
	place(r.Menu, x, (size.Height-more.Height)/2, more.Width, more.Height)
	x -= theme.Padding() + start.Width
	place(r.Primary, x, (size.Height-start.Height)/2, start.Width, start.Height)
	left := pad*2 + RowPictureSize
	textW := max(0, x-pad-left)
	r.name.Text = fitText(r.Title, textW, r.name.TextSize, r.name.TextStyle)
	r.facts.Text = fitFirst(append([]string{r.Facts}, r.Shorter...), textW, r.facts.TextSize, r.facts.TextStyle)
	nh, fh := r.name.MinSize().Height, r.facts.MinSize().Height
	top := (size.Height - nh - fh) / 2
	place(r.name, left, top, textW, nh)
	place(r.facts, left, top+nh, textW, fh)
}

// fitFirst is the first of texts that fits width, else the last one cut
// short to fit.
func fitFirst(texts []string, width, size float32, style fyne.TextStyle) string {
	for _, t := range texts {
		if fyne.MeasureText(t, size, style).Width <= width {
			return t
		}
	}
	return fitText(texts[len(texts)-1], width, size, style)
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
