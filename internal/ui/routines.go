package ui

import (
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/ui/kit"
)

// trash keeps the routines deleted since the app opened; the last one
// can be undone while home shows its banner. The files themselves are
// gone from disk.
type trash struct {
	items  []routine.Trashed
	banner *fyne.Container // "Deleted X. Undo" on the home screen
	gen    int             // counts banners, so the timer of one taken down leaves the next alone
	timing bool            // the banner on show is counting down
	// after runs f on the UI goroutine once d has passed; tests pass
	// their own clock.
	after func(d time.Duration, f func())
}

// undoShownFor is how long home offers Undo once it shows it, about as
// long as a GNOME toast stays.
const undoShownFor = 10 * time.Second

// routineBar is the home screen's New routine and Import buttons.
func (u *App) routineBar() []fyne.CanvasObject {
	create := kit.NewButton(lang.X("home.new", "New routine"), theme.ContentAddIcon(), func() { u.newRoutine() })
	imp := kit.NewButton(lang.X("home.import", "Import"), theme.DownloadIcon(), u.chooseImport)
	return []fyne.CanvasObject{create, imp}
}

// newRoutine opens the editor on an empty routine, in its Name field:
// the name is what a new routine needs first.
func (u *App) newRoutine() *editor {
	e := u.openEditor(routine.NewDraft(), "")
	if name := e.inputs["name"]; name != nil {
		u.win.Canvas().Focus(name)
	}
	return e
}

func (u *App) editRoutine(r *routine.Routine) *editor {
	return u.openEditor(routine.DraftOf(r), r.File)
}

// folder is where the person's routines and exercises are saved.
func (u *App) folder() routine.Folder { return u.cfg.Sources.Folder() }

// duplicateRoutine saves a copy of r under a new name in the person's
// folder and opens it in the editor; built-ins are changed this way. The
// file is written and the catalog read off the UI goroutine, a busy sign
// showing meanwhile.
func (u *App) duplicateRoutine(r *routine.Routine) {
	done := u.showBusy(lang.X("busy.duplicating", "Duplicating {{.Routine}}", map[string]any{"Routine": r.ShownName()}))
	f, c, suffix := u.folder(), u.cfg.Catalog, lang.X("home.copy.suffix", "(copy)")
	u.cfg.Background(func() {
		name, err := f.Duplicate(c, r, suffix)
		fyne.Do(func() {
			if err != nil {
				done()
				u.showError(err)
				return
			}
			u.reloadCatalog(func() {
				// A long routine takes a while to lay out: the busy sign
				// is drawn before that starts.
				u.cfg.Background(func() {
					fyne.Do(func() {
						if saved := u.cfg.Catalog.Routine(name); saved != nil {
							u.editRoutine(saved)
						}
						done()
					})
				})
			})
		})
	})
}

// askRename asks for a new name and renames the routine and its file.
// What is wrong with the name shows under it as it is typed; Enter
// renames when nothing is.
func (u *App) askRename(r *routine.Routine) {
	in := kit.NewEntry(r.Name)
	problem := kit.ProblemLabel()
	var buttons []*kit.Button
	check := func(name string) bool {
		msg := u.folder().RenameProblem(u.cfg.Catalog, r, name)
		kit.SetProblem(problem, u.renameProblemText(msg, name))
		if buttons != nil {
			if msg == "" && strings.TrimSpace(name) != r.Name {
				buttons[1].Enable()
			} else {
				buttons[1].Disable()
			}
		}
		u.relayout()
		return msg == ""
	}
	rename := func() { u.renameRoutine(r, in.Text) }
	body := container.NewVBox(kit.Caption(lang.X("rename.new_name", "New name")), in, problem)
	buttons = u.ask(lang.X("rename.title", "Rename \"{{.Routine}}\"", map[string]any{"Routine": r.ShownName()}), body,
		choice{text: lang.X("dialog.cancel", "Cancel")}, choice{text: lang.X("home.menu.rename", "Rename"), act: rename, primary: true})
	in.OnChanged = func(s string) { check(s) }
	in.OnSubmitted = func(s string) {
		if !buttons[1].Disabled() {
			buttons[1].OnTapped()
		}
	}
	check(in.Text)
	u.win.Canvas().Focus(in)
	in.TypedShortcut(&fyne.ShortcutSelectAll{}) // typing replaces the old name, as a file manager's rename does
}

// renameProblemText is why a routine cannot be renamed to name, in the
// window's language: a built-in routine's English name is said as a
// built-in's, by the name the window shows it by.
func (u *App) renameProblemText(msg, name string) string {
	if msg == "" {
		return ""
	}
	if clash := u.builtInName(name); clash != "" {
		msg = clash
	}
	return kit.MessageInWindowLanguage(msg)
}

func (u *App) renameRoutine(r *routine.Routine, name string) {
	saved, err := u.folder().RenameRoutine(u.cfg.Catalog, r, name)
	if p := u.preview; p != nil && p.r == r && err == nil {
		p.file = saved.File // the page follows the routine to its new file
	}
	u.keepReplaced(saved)
	if err != nil {
		u.showError(err)
		u.reloadCatalog(nil)
		return
	}
	u.reloadCatalog(func() { u.home.showRenamed(name) })
}

// askDelete deletes after a confirmation; the home screen then offers Undo.
func (u *App) askDelete(r *routine.Routine) {
	msg := lang.X("home.delete.text", "Delete \"{{.Name}}\"? Home offers Undo for 10 seconds after.", map[string]any{"Name": r.ShownName()})
	u.ask(lang.X("home.delete.title", "Delete routine?"), kit.Wrapped(msg), choice{text: lang.X("home.delete.keep", "Keep it")},
		choice{text: lang.X("home.menu.delete", "Delete"), icon: theme.DeleteIcon(), danger: true, act: func() {
			if err := u.trashRoutine(r); err != nil {
				u.showError(err)
			}
			u.reloadCatalog(nil)
		}})
}

// trashRoutine removes the routine's file, keeping it for undo.
func (u *App) trashRoutine(r *routine.Routine) error {
	t, err := u.folder().TrashRoutine(r)
	if err != nil {
		return err
	}
	u.keepReplaced(routine.Saved{Replaced: []routine.Trashed{t}})
	return nil
}

// keepReplaced offers undo for routines a save replaced or a delete removed.
func (u *App) keepReplaced(s routine.Saved) {
	if len(s.Replaced) == 0 {
		return
	}
	t := u.trashBin()
	t.items = append(t.items, s.Replaced...)
	u.refreshTrash()
}

// undoDelete puts the last deleted routine back as it was, unless its
// file or name has been taken since.
func (u *App) undoDelete() {
	t := u.trashBin()
	if len(t.items) == 0 {
		return
	}
	last := t.items[len(t.items)-1]
	if err := u.folder().Restore(u.cfg.Catalog, last); err != nil {
		u.showError(err)
		return
	}
	t.items = t.items[:len(t.items)-1]
	u.refreshTrash()
	u.reloadCatalog(nil)
}

func (u *App) trashBin() *trash {
	if u.trash == nil {
		u.trash = &trash{banner: container.NewVBox(), after: func(d time.Duration, f func()) {
			time.AfterFunc(d, func() { fyne.Do(f) })
		}}
		if u.cfg.Clock != nil {
			// A test's clock, as the player's ticker knows it: the test
			// takes the banner down itself, and no timer calls into the
			// test driver from another goroutine.
			u.trash.after = func(time.Duration, func()) {}
		}
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
	text := widget.NewLabel(lang.X("home.undo.deleted", "Deleted \"{{.Name}}\".", map[string]any{"Name": u.routineName(last.Name)}))
	text.Wrapping = fyne.TextWrapWord
	undo := kit.NewButton(lang.X("home.undo", "Undo"), theme.ContentUndoIcon(), u.undoDelete)
	t.banner.Add(container.NewBorder(nil, nil, nil, undo, text))
	t.gen++
	t.timing = false
	if u.home != nil && u.win.Content() == u.home.content {
		u.countDownUndo()
	}
	u.relayout()
}

// countDownUndo takes the Undo banner down undoShownFor after home shows
// it, as a toast leaves: a routine deleted or replaced from the editor
// starts counting when the person is back home.
func (u *App) countDownUndo() {
	t := u.trashBin()
	if len(t.banner.Objects) == 0 || t.timing {
		return
	}
	t.timing = true
	gen := t.gen
	t.after(undoShownFor, func() {
		if t.gen == gen {
			u.takeDownUndo()
		}
	})
}

// takeDownUndo removes the Undo banner; the routine stays deleted.
func (u *App) takeDownUndo() {
	t := u.trashBin()
	t.gen++
	t.timing = false
	t.banner.RemoveAll()
	u.relayout()
}
