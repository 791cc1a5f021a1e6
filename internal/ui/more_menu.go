package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/postureapp/posture/internal/routine"
)

// newMoreButton is a "⋯" button that opens a menu of items below itself;
// the items are asked for on each press, so they say what is true now.
// Up, Down and Enter choose from the menu, Esc closes it, and the focus
// comes back to the button.
func newMoreButton(items func() []*fyne.MenuItem) *button {
	var b *button
	b = newButton("", theme.MoreHorizontalIcon(), func() { showMenuUnder(b, items()) })
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

// routineMenu is what can be done with r besides Start and opening it:
// the person's own routines can be changed, every routine copied,
// exported and reminded of.
func (u *App) routineMenu(r *routine.Routine) []*fyne.MenuItem {
	var items []*fyne.MenuItem
	item := func(label string, icon fyne.Resource, act func()) {
		it := fyne.NewMenuItem(label, act)
		it.Icon = icon
		items = append(items, it)
	}
	if !r.BuiltIn {
		item("Edit", theme.DocumentCreateIcon(), func() { u.editRoutine(r) })
	}
	item("Duplicate", theme.ContentCopyIcon(), func() { u.duplicateRoutine(r) })
	if !r.BuiltIn {
		item("Rename", theme.DocumentIcon(), func() { u.askRename(r) })
	}
	item("Export", theme.DocumentSaveIcon(), func() { u.chooseExport(r) })
	if u.cfg.Reminders != nil {
		item("Remind me", theme.CalendarIcon(), func() { u.askRemind(r) })
	}
	if !r.BuiltIn {
		items = append(items, fyne.NewMenuItemSeparator())
		item("Delete", theme.DeleteIcon(), func() { u.askDelete(r) })
	}
	return items
}
