package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/postureapp/posture/internal/routine"
)

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
