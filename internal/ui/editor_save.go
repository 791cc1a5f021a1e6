package ui

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/store"
)

// onSave writes the routine to the person's routines folder under a file
// name made from its name. Another routine in the way is replaced only
// when the person says so.
func (e *editor) onSave() {
	if e.valid == nil || e.ui.cfg.Sources.UserRoutines == "" {
		return
	}
	r := e.valid
	target := filepath.Join(e.ui.cfg.Sources.UserRoutines, routine.FileName(r.Name))
	if what := e.ui.inTheWay(r.Name, target, e.file); what != "" {
		dialog.ShowConfirm("Replace?", what+"\nReplace it with this routine?", func(ok bool) {
			if ok {
				e.save(r, target)
			}
		}, e.ui.win)
		return
	}
	e.save(r, target)
}

func (e *editor) save(r *routine.Routine, target string) {
	if err := e.ui.writeRoutine(r, target, e.file); err != nil {
		e.ui.showError(err)
		return
	}
	e.file = target
	e.baseline = string(e.d.encode())
	e.title.SetText("Edit routine")
	e.ui.reloadCatalog()
	e.refreshChecks()
	e.status.SetText("Saved to " + target)
}

// inTheWay says which routine other than the one in file would be replaced
// by saving a routine called name to target; "" when none would be.
func (u *App) inTheWay(name, target, file string) string {
	if other := u.cfg.Catalog.Routine(name); other != nil && other.File != file && !other.BuiltIn {
		return fmt.Sprintf("You already have a routine called %q.", other.Name)
	}
	if target == file {
		return ""
	}
	if _, err := os.Stat(target); err == nil {
		holder := filepath.Base(target)
		for _, r := range u.cfg.Catalog.Routines {
			if r.File == target {
				holder = fmt.Sprintf("%s (routine %q)", holder, r.Name)
			}
		}
		return fmt.Sprintf("The file %s is already in your routines folder.", holder)
	}
	return ""
}

// writeRoutine saves r to target atomically, in place of oldFile.
func (u *App) writeRoutine(r *routine.Routine, target, oldFile string) error {
	return u.placeRoutine(r.Name, routine.EncodeRoutine(r), target, oldFile)
}

// placeRoutine writes the file of routine name to target atomically. A
// same-named routine of the person's in another file goes to the trash (it
// was replaced on purpose), and the old file of a renamed routine is
// removed, so each routine stays in one file.
func (u *App) placeRoutine(name string, data []byte, target, oldFile string) error {
	if err := store.WriteFile(target, data); err != nil {
		return err
	}
	if other := u.cfg.Catalog.Routine(name); other != nil && !other.BuiltIn && other.File != target && other.File != oldFile {
		if err := u.trashRoutine(other); err != nil {
			return err
		}
	}
	if oldFile != "" && oldFile != target {
		if err := os.Remove(oldFile); err != nil && !errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("saved as %s, but the old file stays: %w", target, err)
		}
	}
	return nil
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
func (u *App) builtInName(name string) string {
	if other := u.cfg.Catalog.Routine(strings.TrimSpace(name)); other != nil && other.BuiltIn {
		return fmt.Sprintf("a built-in routine is called %q", other.Name)
	}
	return ""
}
