package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// Button is a widget.Button that shows a ring while it has the focus
// (Fyne's own focus tint does not show on a coloured button), scrolls into
// view when it gets the focus, and does not act on Space or Enter while
// scrolled out of sight: the key brings it into view first. Pressed by
// the keyboard it keeps the focus (Fyne's tap drops it, and the person
// would have to find their place again from the top), and the keys it
// has no use for go to the screen or dialog, so a screen's own keys work
// whatever button has the focus.
type Button struct {
	widget.Button
	focused bool
	quiet   bool // taking the focus back: it is where it was, so no scrolling
}

// NewButton is a button showing text and icon (either may be empty)
// that runs tapped when pressed by pointer or key.
func NewButton(text string, icon fyne.Resource, tapped func()) *Button {
	b := &Button{}
	b.Text, b.Icon, b.OnTapped = text, icon, tapped
	b.ExtendBaseWidget(b)
	return b
}

// NewPrimaryButton is a button for the action a screen or dialog is for.
func NewPrimaryButton(text string, icon fyne.Resource, tapped func()) *Button {
	b := NewButton(text, icon, tapped)
	b.Importance = widget.HighImportance
	return b
}

func (b *Button) FocusGained() {
	b.focused = true
	b.Button.FocusGained()
	if !b.quiet {
		BringIntoView(b)
	}
}

func (b *Button) FocusLost() {
	b.focused = false
	b.Button.FocusLost()
	followFocus(b)
}

func (b *Button) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeySpace, fyne.KeyReturn, fyne.KeyEnter:
		if c := canvasOf(b); c == nil || !onShow(c, b) {
			return // the focus stayed on a button that is gone
		}
		if !inView(b) {
			BringIntoView(b)
			return
		}
		b.press()
	default:
		forwardKey(b, ev)
	}
}

// keyPressed is the button whose action a key press is running, so that
// a dialog the action opens gives it the focus back when it closes.
var keyPressed *Button

// PressedByKey is the button whose action a key press is running, nil
// outside one: a dialog that action opens gives it the focus back when it
// closes.
func PressedByKey() *Button { return keyPressed }

// press acts as a tap does, then gives b the focus back (Fyne's tap
// drops it) unless the action put it somewhere else or opened a dialog,
// which gives it back when it closes.
func (b *Button) press() {
	keyPressed = b
	b.Button.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
	keyPressed = nil
	b.TakeFocusBack()
}

// TakeFocusBack focuses b again, where it is, if it is still on show, on
// top, and nothing else in its place has the focus.
func (b *Button) TakeFocusBack() {
	c := canvasOf(b)
	if c == nil || b.Disabled() || !onShow(c, b) || c.Focused() != nil {
		return
	}
	if top := c.Overlays().Top(); top != nil && !shownUnder(top, b) {
		return // under a dialog: it comes back when the dialog closes
	}
	b.quiet = true
	c.Focus(b)
	b.quiet = false
}

// FocusQuietly gives b the focus on c without scrolling it into view: a
// dialog's default button, or one on a screen built again where it was.
// It takes c rather than finding it, since a button not yet drawn has no
// canvas to be found by.
func (b *Button) FocusQuietly(c fyne.Canvas) {
	b.quiet = true
	c.Focus(b)
	b.quiet = false
}

func (b *Button) CreateRenderer() fyne.WidgetRenderer {
	return newRingRenderer(b.Button.CreateRenderer(), func() bool { return b.focused && !b.Disabled() })
}
