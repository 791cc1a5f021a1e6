package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// routineRow is one routine on home: its first exercise's picture, its
// name, a line of facts, Start and the "⋯" menu. A click on the row, or
// Enter or Space while it has the focus, opens the routine's page; Up
// and Down move to the row above or below.
type routineRow struct {
	widget.BaseWidget
	thumb       *canvas.Image
	name, facts *canvas.Text
	nameText    string
	factsText   string
	start, more *button
	open        func()
	move        func(by int) // focus the row by rows away
	focused     bool
	hovered     bool
}

// rowThumbSize is the side of a row's picture: big enough to tell a
// standing move from one lying down, small enough for eight rows in 800.
const rowThumbSize = 44

func newRoutineRow(name, facts string, thumb *canvas.Image, start, more *button, open func(), move func(int)) *routineRow {
	r := &routineRow{thumb: thumb, nameText: name, factsText: facts, start: start, more: more, open: open, move: move}
	r.name = canvas.NewText(name, theme.Color(theme.ColorNameForeground))
	r.name.TextStyle.Bold = true
	r.facts = canvas.NewText(facts, theme.Color(theme.ColorNamePlaceHolder))
	r.facts.TextSize = theme.CaptionTextSize()
	r.ExtendBaseWidget(r)
	return r
}

// Tapped opens the routine's page.
func (r *routineRow) Tapped(*fyne.PointEvent) {
	if c := canvasOf(r); c != nil {
		c.Focus(r)
	}
	r.open()
}

// FocusGained shows the ring and brings the row into view.
func (r *routineRow) FocusGained() {
	r.focused = true
	r.Refresh()
	bringIntoView(r)
}

// FocusLost hides the ring.
func (r *routineRow) FocusLost() {
	r.focused = false
	r.Refresh()
	followFocus(r)
}

// TypedRune ignores typing: the search field is a Tab away.
func (r *routineRow) TypedRune(rune) {}

// TypedKey opens the routine on Enter or Space and moves between rows
// on Up and Down; other keys go to the screen.
func (r *routineRow) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyReturn, fyne.KeyEnter, fyne.KeySpace:
		r.open()
	case fyne.KeyDown:
		r.move(1)
	case fyne.KeyUp:
		r.move(-1)
	default:
		forwardKey(r, ev)
	}
}

// MouseIn shades the row under the pointer, so a click's target shows.
func (r *routineRow) MouseIn(*desktop.MouseEvent) { r.hovered = true; r.Refresh() }

// MouseMoved does nothing more than MouseIn did.
func (r *routineRow) MouseMoved(*desktop.MouseEvent) {}

// MouseOut takes the shade away.
func (r *routineRow) MouseOut() { r.hovered = false; r.Refresh() }

// CreateRenderer lays the row out with routineRowRenderer and the
// buttons' focus ring around the whole row.
func (r *routineRow) CreateRenderer() fyne.WidgetRenderer {
	rr := &routineRowRenderer{row: r, shade: canvas.NewRectangle(color.Transparent), line: canvas.NewRectangle(theme.Color(theme.ColorNameSeparator))}
	return newRingRenderer(rr, func() bool { return r.focused })
}

type routineRowRenderer struct {
	row   *routineRow
	shade *canvas.Rectangle // the hover shade
	line  *canvas.Rectangle // the rule under the row
}

func (rr *routineRowRenderer) Destroy() {}

func (rr *routineRowRenderer) Objects() []fyne.CanvasObject {
	r := rr.row
	return []fyne.CanvasObject{rr.shade, rr.line, r.thumb, r.name, r.facts, r.start, r.more}
}

// rowPad is the space around a row's parts.
func rowPad() float32 { return theme.Padding() * 1.5 }

func (rr *routineRowRenderer) MinSize() fyne.Size {
	r := rr.row
	pad := rowPad()
	texts := r.name.MinSize().Height + r.facts.MinSize().Height
	h := max(rowThumbSize, r.start.MinSize().Height, texts) + 2*pad
	w := rowThumbSize + 4*pad + 80 + r.start.MinSize().Width + r.more.MinSize().Width
	return fyne.NewSize(w, h)
}

func (rr *routineRowRenderer) Layout(size fyne.Size) {
	r := rr.row
	pad := rowPad()
	rr.shade.Resize(size)
	place(rr.line, 0, size.Height-1, size.Width, 1)
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

func (rr *routineRowRenderer) Refresh() {
	r := rr.row
	r.name.Color = theme.Color(theme.ColorNameForeground)
	r.name.TextSize = theme.TextSize()
	r.facts.Color = theme.Color(theme.ColorNamePlaceHolder)
	r.facts.TextSize = theme.CaptionTextSize()
	rr.line.FillColor = theme.Color(theme.ColorNameSeparator)
	rr.shade.FillColor = color.Transparent
	if r.hovered {
		rr.shade.FillColor = theme.Color(theme.ColorNameHover)
	}
	rr.Layout(r.Size())
	for _, o := range []fyne.CanvasObject{rr.shade, rr.line, r.name, r.facts} {
		o.Refresh()
	}
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
