package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// NewMenuButton is a "⋯" button that opens a menu of items below itself;
// the items are asked for on each press, so they say what is true now.
// Up, Down and Enter choose from the menu, Esc closes it, and the focus
// comes back to the button.
func NewMenuButton(items func() []*fyne.MenuItem) *Button {
	var b *Button
	b = NewButton("", theme.MoreHorizontalIcon(), func() { showMenuUnder(b, items()) })
	return b
}

// showMenuUnder opens items in a pop-up menu under o, focused.
func showMenuUnder(o fyne.CanvasObject, items []*fyne.MenuItem) {
	c := canvasOf(o)
	if c == nil || len(items) == 0 {
		return
	}
	m := widget.NewPopUpMenu(fyne.NewMenu("", items...), c)
	hide := m.OnDismiss
	m.OnDismiss = func() {
		hide()
		if f, ok := o.(fyne.Focusable); ok && c.Focused() == nil && onShow(c, o) {
			c.Focus(f)
		}
	}
	// Right-aligned under the button, which sits at the right of a row.
	m.ShowAtRelativePosition(fyne.NewPos(o.Size().Width-m.MinSize().Width, o.Size().Height), o)
}
