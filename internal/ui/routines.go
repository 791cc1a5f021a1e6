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
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/store"
)

// trash keeps the routines deleted since the app opened, so each delete
// can be undone until it closes. The files themselves are gone from disk.
type trash struct {
	items  []deleted
	banner *fyne.Container // "Deleted X. Undo" on the home screen
}

type deleted struct {
	name, file string
	data       []byte
}

// routineBar is the home screen's New routine and Import buttons.
func (u *App) routineBar() []fyne.CanvasObject {
	create := widget.NewButtonWithIcon("New routine", theme.ContentAddIcon(), func() { u.newRoutine() })
	imp := widget.NewButtonWithIcon("Import", theme.UploadIcon(), u.chooseImport)
	return []fyne.CanvasObject{create, imp}
}

// routineActions are the buttons beside a routine's Start: built-ins can
// only be duplicated and exported; the person's own can be changed.
func (u *App) routineActions(r *routine.Routine) []fyne.CanvasObject {
	dup := widget.NewButtonWithIcon("Duplicate", theme.ContentCopyIcon(), func() { u.duplicateRoutine(r) })
	exp := widget.NewButtonWithIcon("Export", theme.DownloadIcon(), func() { u.chooseExport(r) })
	if r.BuiltIn {
		return []fyne.CanvasObject{dup, exp}
	}
	edit := widget.NewButtonWithIcon("Edit", theme.DocumentCreateIcon(), func() { u.editRoutine(r) })
	rename := widget.NewButtonWithIcon("Rename", theme.DocumentIcon(), func() { u.askRename(r) })
	del := widget.NewButtonWithIcon("Delete", theme.DeleteIcon(), func() { u.askDelete(r) })
	return []fyne.CanvasObject{edit, dup, rename, del, exp}
}

// cardActions lays out Start and the routine's actions three to a row,
// which fits a 480-wide window.
func cardActions(buttons ...fyne.CanvasObject) fyne.CanvasObject {
	return container.NewGridWithColumns(3, buttons...)
}

func (u *App) newRoutine() *editor {
	return u.openEditor(newDraft(), "")
}

func (u *App) editRoutine(r *routine.Routine) *editor {
	return u.openEditor(draftOf(r), r.File)
}

// duplicateRoutine saves a copy of r under a new name in the person's
// folder and opens it in the editor; built-ins are changed this way.
func (u *App) duplicateRoutine(r *routine.Routine) {
	c := *r
	c.Name = u.freeName(r.Name + " (copy)")
	c.BuiltIn, c.File = false, ""
	target := filepath.Join(u.cfg.Sources.UserRoutines, routine.FileName(c.Name))
	if err := u.saveNew(&c, target); err != nil {
		u.showError(err)
		return
	}
	if saved := u.cfg.Catalog.Routine(c.Name); saved != nil {
		u.editRoutine(saved)
	}
}

// freeName is name, or name with a number, that no routine has and whose
// file name is free.
func (u *App) freeName(name string) string {
	try := name
	for i := 2; ; i++ {
		_, err := os.Stat(filepath.Join(u.cfg.Sources.UserRoutines, routine.FileName(try)))
		if u.cfg.Catalog.Routine(try) == nil && errors.Is(err, os.ErrNotExist) {
			return try
		}
		try = fmt.Sprintf("%s %d", name, i)
	}
}

// saveNew writes a routine to a file that must not exist yet.
func (u *App) saveNew(r *routine.Routine, target string) error {
	if u.cfg.Sources.UserRoutines == "" {
		return errors.New("no folder for your routines")
	}
	if _, err := os.Stat(target); err == nil {
		return fmt.Errorf("%s already exists", target)
	}
	if err := routine.SaveRoutine(target, r); err != nil {
		return err
	}
	u.reloadCatalog()
	return nil
}

// askRename asks for a new name and renames the routine and its file.
func (u *App) askRename(r *routine.Routine) {
	entry := widget.NewEntry()
	entry.SetText(r.Name)
	problem := problemLabel()
	var d *dialog.FormDialog
	entry.Validator = func(s string) error {
		msg := u.renameProblem(r, s)
		setProblem(problem, msg)
		if msg != "" {
			return errors.New(msg)
		}
		return nil
	}
	items := []*widget.FormItem{widget.NewFormItem("Name", entry), widget.NewFormItem("", problem)}
	d = dialog.NewForm("Rename "+r.Name, "Rename", "Cancel", items, func(ok bool) {
		if ok {
			u.renameRoutine(r, strings.TrimSpace(entry.Text))
		}
	}, u.win)
	d.Resize(fyne.NewSize(min(420, u.win.Canvas().Size().Width-40), 0))
	d.Show()
	u.win.Canvas().Focus(entry)
}

// renameProblem says why a routine cannot take name, "" when it can.
func (u *App) renameProblem(r *routine.Routine, name string) string {
	name = strings.TrimSpace(name)
	switch other := u.cfg.Catalog.Routine(name); {
	case name == "":
		return "a routine needs a name"
	case other != nil && other.File != r.File:
		return fmt.Sprintf("%q is taken by another routine", other.Name)
	}
	target := filepath.Join(u.cfg.Sources.UserRoutines, routine.FileName(name))
	if _, err := os.Stat(target); err == nil && target != r.File {
		return fmt.Sprintf("the file %s is taken", filepath.Base(target))
	}
	return ""
}

func (u *App) renameRoutine(r *routine.Routine, name string) {
	if u.renameProblem(r, name) != "" {
		return
	}
	c := *r
	c.Name = name
	target := filepath.Join(u.cfg.Sources.UserRoutines, routine.FileName(name))
	if err := u.writeRoutine(&c, target, r.File); err != nil {
		u.showError(err)
	}
	u.reloadCatalog()
}

// askDelete deletes after a confirmation; the home screen then offers Undo.
func (u *App) askDelete(r *routine.Routine) {
	msg := fmt.Sprintf("Delete %q? You can undo this until Posture closes.", r.Name)
	dialog.ShowConfirm("Delete routine?", msg, func(ok bool) {
		if ok {
			if err := u.trashRoutine(r); err != nil {
				u.showError(err)
			}
			u.reloadCatalog()
		}
	}, u.win)
}

// trashRoutine keeps the routine's file in memory and removes it.
func (u *App) trashRoutine(r *routine.Routine) error {
	data, err := os.ReadFile(r.File)
	if err != nil {
		return fmt.Errorf("delete %s: %w", r.Name, err)
	}
	if err := os.Remove(r.File); err != nil {
		return fmt.Errorf("delete %s: %w", r.Name, err)
	}
	t := u.trashBin()
	t.items = append(t.items, deleted{name: r.Name, file: r.File, data: data})
	u.refreshTrash()
	return nil
}

// undoDelete puts the last deleted routine back as it was, unless its
// file has been taken since.
func (u *App) undoDelete() {
	t := u.trashBin()
	if len(t.items) == 0 {
		return
	}
	last := t.items[len(t.items)-1]
	if _, err := os.Stat(last.file); err == nil {
		u.showError(fmt.Errorf("cannot undo: %s exists again; rename that routine first", last.file))
		return
	}
	if u.cfg.Catalog.Routine(last.name) != nil {
		u.showError(fmt.Errorf("cannot undo: another routine is now called %q; rename it first", last.name))
		return
	}
	if err := store.WriteFile(last.file, last.data); err != nil {
		u.showError(err)
		return
	}
	t.items = t.items[:len(t.items)-1]
	u.refreshTrash()
	u.reloadCatalog()
}

func (u *App) trashBin() *trash {
	if u.trash == nil {
		u.trash = &trash{banner: container.NewVBox()}
	}
	return u.trash
}

// undoBanner is the home screen's place for "Deleted X. Undo".
func (u *App) undoBanner() fyne.CanvasObject {
	return u.trashBin().banner
}

func (u *App) refreshTrash() {
	t := u.trashBin()
	t.banner.RemoveAll()
	if len(t.items) == 0 {
		return
	}
	last := t.items[len(t.items)-1]
	text := widget.NewLabel(fmt.Sprintf("Deleted %q.", last.name))
	text.Wrapping = fyne.TextWrapWord
	undo := widget.NewButtonWithIcon("Undo", theme.ContentUndoIcon(), u.undoDelete)
	t.banner.Add(container.NewBorder(nil, nil, nil, undo, text))
}
