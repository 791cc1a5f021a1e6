package ui

import (
	"fmt"
	"io"
	"os"
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
// when the person says so, and a built-in one never.
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
	target := filepath.Join(u.cfg.Sources.UserRoutines, routine.FileName(r.Name))
	place := func() {
		if err := u.placeRoutine(r.Name, data, target, ""); err != nil {
			u.showError(err)
			return
		}
		u.reloadCatalog()
		dialog.ShowInformation("Imported", fmt.Sprintf("%q is now in your routines.", r.Name), u.win)
	}
	if what := u.inTheWay(r.Name, target, ""); what != "" {
		dialog.ShowConfirm("Replace?", what+"\nReplace it with the imported routine?", func(ok bool) {
			if ok {
				place()
			}
		}, u.win)
		return
	}
	place()
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
	d := dialog.NewFileSave(func(wc fyne.URIWriteCloser, err error) {
		if err != nil {
			u.showError(err)
			return
		}
		if wc == nil {
			return
		}
		if err := exportRoutine(r, wc); err != nil {
			u.showError(fmt.Errorf("export to %s: %w", wc.URI().Path(), err))
		}
	}, u.win)
	d.SetFileName(routine.FileName(r.Name))
	d.SetFilter(storage.NewExtensionFileFilter([]string{".toml"}))
	d.Show()
}

// exportRoutine writes r to w and closes it: the person's own file as it
// is, comments and all, or a built-in routine in the file format.
func exportRoutine(r *routine.Routine, w io.WriteCloser) error {
	data := routine.EncodeRoutine(r)
	if !r.BuiltIn && r.File != "" {
		if own, err := os.ReadFile(r.File); err == nil {
			data = own
		}
	}
	if _, err := w.Write(data); err != nil {
		w.Close()
		return err
	}
	return w.Close()
}
