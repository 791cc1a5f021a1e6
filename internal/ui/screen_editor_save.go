package ui

import (
	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/ui/kit"
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
		e.ui.ask("Replace?", kit.Wrapped(what+"\nReplace it with this routine? You can undo this until Posture closes."),
			choice{text: "Cancel"}, choice{text: "Replace it", danger: true, act: func() { e.save(r) }})
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
	e.status.SetText("Saved to " + saved.File)
	e.refreshChecks() // after the status, whose lines take room from the form
}

// onLeave runs then, first asking what to do with unsaved changes.
func (e *editor) onLeave(then func()) {
	if !e.dirty() {
		then()
		return
	}
	msg := "This routine has changes that are not saved."
	if e.valid == nil {
		msg += " It cannot be saved until the marked fields are fixed."
	}
	saveAndGo := func() {
		e.onSave()
		if !e.dirty() {
			then()
		}
	}
	buttons := e.ui.ask("Leave the editor?", kit.Wrapped(msg),
		choice{text: "Keep editing"},
		choice{text: "Discard changes", act: then, danger: true},
		choice{text: "Save", act: saveAndGo, primary: true})
	if e.valid == nil {
		buttons[2].Disable()
	}
}

// builtInName says which built-in routine has name, "" when none has.
func (u *App) builtInName(name string) string { return routine.BuiltInClash(u.cfg.Catalog, name) }
