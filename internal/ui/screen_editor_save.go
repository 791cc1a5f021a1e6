package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/ui/kit"
)

// onSave writes the routine to the person's routines folder under a file
// name made from its name. Another routine of theirs with that name is
// replaced only when the person says so. With problems, it shows every
// one and goes to the first.
func (e *editor) onSave() { e.saveThen(nil) }

// saveThen is onSave that runs then once the routine is saved.
func (e *editor) saveThen(then func()) {
	if e.saving || e.ui.cfg.Sources.UserRoutines == "" {
		return
	}
	if e.valid == nil {
		e.lines.All = true
		e.refreshChecks()
		e.onFirstProblem()
		return
	}
	r := e.valid
	if what := e.ui.folder().Clash(e.ui.cfg.Catalog, r.Name, e.file); what != "" {
		e.ui.ask(lang.X("editor.replace.title", "Replace?"), kit.Wrapped(what+"\n"+lang.X("editor.replace.text", "Replace it with this routine? Home offers Undo for 10 seconds after.")),
			choice{text: lang.X("dialog.cancel", "Cancel")}, choice{text: lang.X("editor.replace.yes", "Replace it"), danger: true, act: func() { e.save(r, then) }})
		return
	}
	e.save(r, then)
}

// save writes r off the UI goroutine, the busy sign turning meanwhile;
// typing goes on, and what is typed after this point is left unsaved.
func (e *editor) save(r *routine.Routine, then func()) {
	folder, c, file, text := e.ui.folder(), e.ui.cfg.Catalog, e.file, string(e.d.Encode())
	e.saving = true
	e.saveBtn.Disable()
	e.busy.Start(lang.X("editor.busy.saving", "Saving…"))
	e.ui.cfg.Background(func() {
		saved, err := folder.SaveRoutine(c, r, file)
		fyne.Do(func() {
			if err == nil {
				e.savedAs = r.Name
			}
			e.saved(saved, err, text, then)
		})
	})
}

// saved shows how a save went; the routine is in the catalog once it has
// been read again, and home shows it then.
func (e *editor) saved(saved routine.Saved, err error, text string, then func()) {
	e.saving = false
	e.busy.Stop()
	e.ui.keepReplaced(saved)
	if err != nil {
		e.refreshChecks()
		e.ui.showError(err)
		return
	}
	e.file = saved.File
	e.baseline = text
	e.title.SetText(lang.X("editor.edit", "Edit routine"))
	e.ui.reloadCatalog(then)
	e.status.SetText(lang.X("editor.saved", "Saved to {{.File}}", map[string]any{"File": saved.File}))
	e.statusIsProblem = false
	e.refreshChecks()
}

// onLeave runs then, first asking what to do with unsaved changes.
func (e *editor) onLeave(then func()) {
	if !e.dirty() {
		then()
		return
	}
	msg := lang.X("editor.leave.text", "This routine has changes that are not saved.")
	if e.valid == nil {
		msg += " " + lang.X("editor.leave.invalid", "It cannot be saved until the marked fields are fixed.")
	}
	saveAndGo := func() { e.saveThen(then) }
	buttons := e.ui.ask(lang.X("editor.leave.title", "Leave the editor?"), kit.Wrapped(msg),
		choice{text: lang.X("editor.leave.keep", "Keep editing")},
		choice{text: lang.X("editor.leave.discard", "Discard changes"), act: then, danger: true},
		choice{text: lang.X("editor.save", "Save"), act: saveAndGo, primary: true})
	if e.valid == nil {
		buttons[2].Disable()
	}
}

// builtInName says which built-in routine has name, "" when none has.
func (u *App) builtInName(name string) string { return routine.BuiltInClash(u.cfg.Catalog, name) }
