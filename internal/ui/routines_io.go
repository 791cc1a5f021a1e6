package ui

import (
	"fmt"
	"io"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/postureapp/posture/internal/routine"
)

// chooseImport asks for a routine file and imports it.
func (u *App) chooseImport() {
	d := dialog.NewFileOpen(func(rc fyne.URIReadCloser, err error) {
		if err != nil {
			u.showError(err)
			return
		}
		if rc == nil {
			return // cancelled
		}
		defer rc.Close()
		data, err := io.ReadAll(io.LimitReader(rc, routine.MaxFileSize+1))
		if err != nil {
			u.showError(fmt.Errorf("import %s: %w", rc.URI().Path(), err))
			return
		}
		u.importRoutine(rc.URI().Path(), data)
	}, u.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".toml"}))
	d.Show()
}

// importRoutine checks a routine file and copies it, as it is, into the
// person's routines folder. An invalid file is refused with every problem
// listed and nothing written; a routine of the same name is replaced only
// when the person says so (or the file comes in as a copy), and a built-in
// one never.
func (u *App) importRoutine(file string, data []byte) {
	r, err := routine.ParseRoutine(file, data, u.cfg.Catalog.Library)
	if err != nil {
		u.showProblems("Not imported: "+filepath.Base(file)+" has problems", err)
		return
	}
	if msg := u.builtInName(r.Name); msg != "" {
		u.showError(fmt.Errorf("not imported: %s; change the name in the file and import it again", msg))
		return
	}
	what := u.folder().Clash(u.cfg.Catalog, r.Name, "")
	if what == "" {
		u.placeImport(r, func() (routine.Saved, error) { return u.folder().ImportRoutine(u.cfg.Catalog, r, data) })
		return
	}
	var d *dialog.CustomDialog
	replace := widget.NewButton("Replace mine", func() {
		d.Hide()
		u.placeImport(r, func() (routine.Saved, error) { return u.folder().ImportRoutine(u.cfg.Catalog, r, data) })
	})
	asCopy := widget.NewButton("Import as a copy", func() {
		d.Hide()
		c := r.Clone()
		c.Name = routine.FreeName(u.cfg.Catalog, r.Name+" (imported)")
		u.placeImport(c, func() (routine.Saved, error) { return u.folder().SaveRoutine(u.cfg.Catalog, c, "") })
	})
	asCopy.Importance = widget.HighImportance
	cancel := widget.NewButton("Cancel", func() { d.Hide() })
	msg := widget.NewLabel(what + "\nReplace it with the imported routine, or keep both?")
	msg.Wrapping = fyne.TextWrapWord
	d = dialog.NewCustomWithoutButtons("Import "+r.Name, msg, u.win)
	d.SetButtons([]fyne.CanvasObject{cancel, replace, asCopy})
	d.Resize(fyne.NewSize(min(460, u.win.Canvas().Size().Width-40), 0))
	d.Show()
}

// placeImport writes an imported routine and says where it went.
func (u *App) placeImport(r *routine.Routine, place func() (routine.Saved, error)) {
	saved, err := place()
	u.keepReplaced(saved)
	if err != nil {
		u.showError(err)
		return
	}
	u.reloadCatalog()
	dialog.ShowInformation("Imported", fmt.Sprintf("%q is now in your routines (%s).", r.Name, saved.File), u.win)
}

// showProblems lists every problem of a file, scrollable.
func (u *App) showProblems(title string, err error) {
	text := widget.NewLabel(err.Error())
	text.Wrapping = fyne.TextWrapWord
	text.Importance = widget.DangerImportance
	scroll := container.NewVScroll(text)
	size := u.win.Canvas().Size()
	scroll.SetMinSize(fyne.NewSize(min(560, size.Width-60), min(300, size.Height-200)))
	dialog.ShowCustom(title, "Close", scroll, u.win)
}

// chooseExport asks where to write the routine and writes it there.
func (u *App) chooseExport(r *routine.Routine) {
	u.exportFile(routine.FileName(r.Name), routine.Export(r), func(path string) string {
		return fmt.Sprintf("%q was written to %s.", r.Name, path)
	})
}

// exportFile asks where to write data, suggesting name, writes it there
// and says where with written.
func (u *App) exportFile(name string, data []byte, written func(path string) string) {
	d := dialog.NewFileSave(func(wc fyne.URIWriteCloser, err error) {
		if err != nil {
			u.showError(err)
			return
		}
		if wc == nil {
			return // cancelled
		}
		if err := writeAndClose(wc, data); err != nil {
			u.showError(fmt.Errorf("export to %s: %w", wc.URI().Path(), err))
			return
		}
		dialog.ShowInformation("Exported", written(wc.URI().Path()), u.win)
	}, u.win)
	d.SetFileName(name)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".toml"}))
	d.Show()
}

func writeAndClose(w io.WriteCloser, data []byte) error {
	if _, err := w.Write(data); err != nil {
		w.Close()
		return err
	}
	return w.Close()
}
