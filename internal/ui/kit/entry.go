package kit

import (
	"math"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Entry is a text field that lets a screen's and the window's shortcuts
// (Alt+Up, Ctrl+S, Ctrl+Q…) work while the person types in it, scrolls into view when it gets the
// focus, passes Esc on, and lets the mouse wheel scroll the page it is on
// rather than stopping at the field.
type Entry struct {
	widget.Entry
	// OnShortcut runs a screen's shortcut typed in the field and says
	// whether it was one; nil: only the entry's own shortcuts.
	OnShortcut func(fyne.Shortcut) bool
	minRows    int // a text area's least lines; 0 for one line
}

// NewEntry is a one-line text field holding text.
func NewEntry(text string) *Entry {
	e := &Entry{}
	e.ExtendBaseWidget(e)
	e.Wrapping = fyne.TextWrapOff
	e.SetText(text)
	return e
}

// NewTextArea is an entry of several lines that wrap; it grows with its
// text from rows lines up to three times that, so no line shows cut.
func NewTextArea(text string, rows int) *Entry {
	e := &Entry{minRows: rows}
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	e.ExtendBaseWidget(e)
	e.SetText(text)
	e.FitRows()
	return e
}

// FitRows shows as many lines as the text wraps into at the entry's
// width, within its bounds; a text area calls it after each change.
func (e *Entry) FitRows() {
	if e.minRows == 0 {
		return
	}
	width := e.Size().Width - 4*theme.InnerPadding()
	if width <= 0 {
		width = 400
	}
	lines := 0
	for _, para := range strings.Split(e.Text, "\n") {
		w := fyne.MeasureText(para, theme.TextSize(), e.TextStyle).Width
		lines += max(1, int(math.Ceil(float64(w/width))))
	}
	e.SetMinRowsVisible(min(max(lines, e.minRows), 3*e.minRows))
}

func (e *Entry) Resize(size fyne.Size) {
	widthChanged := size.Width != e.Size().Width
	e.Entry.Resize(size)
	if widthChanged && e.minRows > 0 {
		e.FitRows()
	}
}

// TypedShortcut runs the screen's shortcut, the window's (Ctrl+Q,
// Ctrl+W), or the entry's own (copy, paste…).
func (e *Entry) TypedShortcut(s fyne.Shortcut) {
	if e.OnShortcut != nil && e.OnShortcut(s) {
		return
	}
	if !passWindowShortcut(e, s) {
		e.Entry.TypedShortcut(s)
	}
}

func (e *Entry) TypedKey(ev *fyne.KeyEvent) {
	if !forwardEscape(e, ev) {
		e.Entry.TypedKey(ev)
	}
}

// AcceptsTab is false even for several lines: Tab moves to the next
// field, so the keyboard never gets stuck in a text area.
func (e *Entry) AcceptsTab() bool { return false }

func (e *Entry) FocusGained() {
	e.Entry.FocusGained()
	BringIntoView(e)
}

func (e *Entry) FocusLost() {
	e.Entry.FocusLost()
	followFocus(e)
}

func (e *Entry) CreateRenderer() fyne.WidgetRenderer {
	return newWheelRenderer(e, e.Entry.CreateRenderer())
}
