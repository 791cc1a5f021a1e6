package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// Check is a checkbox that scrolls into view when it gets the focus and
// passes Esc on.
type Check struct{ widget.Check }

// NewCheck is a checkbox labelled text that calls changed when ticked
// or cleared.
func NewCheck(text string, changed func(bool)) *Check {
	c := &Check{}
	c.Text, c.OnChanged = text, changed
	c.ExtendBaseWidget(c)
	return c
}

func (c *Check) FocusGained() {
	c.Check.FocusGained()
	BringIntoView(c)
}

func (c *Check) FocusLost() {
	c.Check.FocusLost()
	followFocus(c)
}

func (c *Check) TypedKey(ev *fyne.KeyEvent) {
	if !forwardEscape(c, ev) {
		c.Check.TypedKey(ev)
	}
}
