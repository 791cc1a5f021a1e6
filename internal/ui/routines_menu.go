package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
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
		item(lang.X("home.menu.edit", "Edit"), theme.DocumentCreateIcon(), func() { u.editRoutine(r) })
	}
	item(lang.X("home.menu.duplicate", "Duplicate"), theme.ContentCopyIcon(), func() { u.duplicateRoutine(r) })
	if !r.BuiltIn {
		item(lang.X("home.menu.rename", "Rename"), theme.DocumentIcon(), func() { u.askRename(r) })
	}
	item(lang.X("home.menu.export", "Export"), theme.DocumentSaveIcon(), func() { u.chooseExport(r) })
	if u.cfg.Reminders != nil {
		item(lang.X("home.menu.remind", "Remind me"), theme.CalendarIcon(), func() { u.askRemind(r) })
	}
	if !r.BuiltIn {
		items = append(items, fyne.NewMenuItemSeparator())
		item(lang.X("home.menu.delete", "Delete"), theme.DeleteIcon(), func() { u.askDelete(r) })
	}
	return items
}
