package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/postureapp/posture/internal/routine"
)

// onSave writes the routine to the person's routines folder under a file
// name made from its name. Another routine of theirs with that name is
// replaced only when the person says so.
func (e *editor) onSave() {
	if e.valid == nil || e.ui.cfg.Sources.UserRoutines == "" {
		return
	}
	r := e.valid
	if what := e.ui.folder().Clash(e.ui.cfg.Catalog, r.Name, e.file); what != "" {
		dialog.ShowConfirm("Replace?", what+"\nReplace it with this routine?", func(ok bool) {
			if ok {
				e.save(r)
			}
		}, e.ui.win)
		return
	}
	e.save(r)
}

func (e *editor) save(r *routine.Routine) {
	saved, err := e.ui.folder().SaveRoutine(e.ui.cfg.Catalog, r, e.file)
	e.ui.keepReplaced(saved)
	if err != nil {
		e.ui.showError(err)
		return
	}
	e.file = saved.File
	e.baseline = string(e.d.Encode())
	e.title.SetText("Edit routine")
	e.ui.reloadCatalog()
	e.refreshChecks()
	e.status.SetText("Saved to " + saved.File)
}

// onLeave runs then, first asking what to do with unsaved changes.
func (e *editor) onLeave(then func()) {
	if !e.dirty() {
		then()
		return
	}
	msg := widget.NewLabel("This routine has changes that are not saved.")
	msg.Wrapping = fyne.TextWrapWord
	var d *dialog.CustomDialog
	save := widget.NewButton("Save", func() {
		d.Hide()
		e.onSave()
		if !e.dirty() {
			then()
		}
	})
	if e.valid == nil {
		save.Disable()
		msg.SetText(msg.Text + " It cannot be saved until the marked fields are fixed.")
	}
	discard := widget.NewButton("Discard changes", func() { d.Hide(); then() })
	keep := widget.NewButton("Keep editing", func() { d.Hide() })
	keep.Importance = widget.HighImportance
	d = dialog.NewCustomWithoutButtons("Leave the editor?", container.NewVBox(msg), e.ui.win)
	d.SetButtons([]fyne.CanvasObject{keep, discard, save})
	d.Show()
}

// builtInName says which built-in routine has name, "" when none has.
func (u *App) builtInName(name string) string { return routine.BuiltInClash(u.cfg.Catalog, name) }
