package ui

import (
	"fmt"
	"io"
	"maps"
	"path/filepath"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/ui/kit"
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
			u.showError(fmt.Errorf("%s %w", lang.X("import.read_failed", "{{.File}} could not be read:", map[string]any{"File": rc.URI().Path()}), err))
			return
		}
		u.importRoutine(rc.URI().Path(), data)
	}, u.win)
	d.SetFilter(importable{})
	d.SetTitleText(lang.X("dialog.file.open", "Open File")) // Fyne's own title puts its two words in English order
	u.showFileDialog(d)
}

// importRoutine checks a routine file and copies it, as it is, into the
// person's routines folder. An invalid file is refused with every problem
// listed and nothing written; a routine of the same name is replaced only
// when the person says so (or the file comes in as a copy), and a built-in
// one never.
func (u *App) importRoutine(file string, data []byte) {
	r, err := routine.ParseRoutine(file, data, u.cfg.Catalog.Library)
	if err != nil {
		u.showProblems(lang.X("import.problems", "Not imported: {{.File}} has problems", map[string]any{"File": filepath.Base(file)}), err)
		return
	}
	asCopy := func() {
		name := routine.FreeName(u.cfg.Catalog, r.Name+" "+lang.X("import.copy.suffix", "(imported)"))
		c := r.Clone()
		c.Name = name
		u.placeImport(c, func() (routine.Saved, []string, error) { return u.importWhole(r, data, name) })
	}
	if u.builtInName(r.Name) != "" {
		// A built-in stays as it is; the file can still come in beside it.
		u.ask(lang.X("import.title", "Import {{.Routine}}", map[string]any{"Routine": r.Name}),
			kit.Wrapped(lang.X("import.builtin", "A built-in routine is called “{{.Routine}}”, and built-in routines stay as they are. Import this one as a copy under another name?", map[string]any{"Routine": r.Name})),
			choice{text: lang.X("dialog.cancel", "Cancel")},
			choice{text: lang.X("import.copy", "Import as a copy"), act: asCopy, primary: true})
		return
	}
	if u.folder().Clash(u.cfg.Catalog, r.Name, "") == "" {
		u.placeImport(r, func() (routine.Saved, []string, error) { return u.importWhole(r, data, "") })
		return
	}
	replace := func() {
		u.placeImport(r, func() (routine.Saved, []string, error) { return u.importWhole(r, data, "") })
	}
	u.ask(lang.X("import.title", "Import {{.Routine}}", map[string]any{"Routine": r.Name}),
		kit.Wrapped(lang.X("import.clash", "You already have a routine called “{{.Routine}}”. Replace it with the imported routine, or keep both?", map[string]any{"Routine": r.Name})),
		choice{text: lang.X("dialog.cancel", "Cancel")},
		choice{text: lang.X("import.replace", "Replace mine"), act: replace, danger: true},
		choice{text: lang.X("import.copy", "Import as a copy"), act: asCopy, primary: true})
}

// importWhole saves the exercises r's file carries, then r: as it came,
// or as a copy named copyName when that is not "". It returns what
// happened to the exercises, one line each.
func (u *App) importWhole(r *routine.Routine, data []byte, copyName string) (routine.Saved, []string, error) {
	f, c := u.folder(), u.cfg.Catalog
	own, data, carried, err := f.ImportCarried(r, data, c.Library)
	if err != nil {
		return routine.Saved{}, nil, err
	}
	var saved routine.Saved
	if copyName == "" {
		saved, err = f.ImportRoutine(c, own, data)
	} else {
		own = own.Clone()
		own.Name = copyName
		saved, err = f.SaveRoutine(c, own, "")
	}
	return saved, carriedLines(carried), err
}

// carriedLines says, one sentence each in the window's language, what
// importing did with the exercises the file carried (as
// routine.Carried.Lines does in English for the command line).
func carriedLines(c routine.Carried) []string {
	var out []string
	for _, id := range c.Added {
		out = append(out, lang.X("import.carried.added", "Added the exercise \"{{.ID}}\".", map[string]any{"ID": id}))
	}
	for _, id := range c.Reused {
		out = append(out, lang.X("import.carried.reused", "The exercise \"{{.ID}}\" is the same as yours: yours is used.", map[string]any{"ID": id}))
	}
	for _, id := range slices.Sorted(maps.Keys(c.Renamed)) {
		out = append(out, lang.X("import.carried.renamed", "You have another exercise with the id \"{{.ID}}\": the routine's is added as \"{{.NewID}}\".",
			map[string]any{"ID": id, "NewID": c.Renamed[id]}))
	}
	return out
}

// placeImport writes an imported routine and says where it went and what
// came with it.
func (u *App) placeImport(r *routine.Routine, place func() (routine.Saved, []string, error)) {
	saved, carried, err := place()
	u.keepReplaced(saved)
	if err != nil {
		u.showError(err)
		return
	}
	u.reloadCatalog(nil)
	text := lang.X("import.done.text", "“{{.Routine}}” is now in your routines ({{.File}}).", map[string]any{"Routine": r.Name, "File": saved.File})
	for _, line := range carried {
		text += "\n" + line
	}
	u.inform(lang.X("import.done", "Imported"), text)
}

// showProblems lists every problem of a file, scrollable.
func (u *App) showProblems(title string, err error) {
	text := kit.Wrapped(kit.ErrorText(err))
	text.Importance = widget.DangerImportance
	u.showScrolling(title, text, choice{text: lang.X("dialog.close", "Close")})
}

// chooseExport asks where to write the routine and writes it there.
func (u *App) chooseExport(r *routine.Routine) {
	u.exportFile(routine.FileName(r.Name), routine.ExportWhole(r, u.cfg.Catalog.Library), u.exportedText(r))
}

// exportedText says where r was written and, when it uses exercises of
// the person's own, that the file holds them and how many.
func (u *App) exportedText(r *routine.Routine) func(path string) string {
	own := routine.OwnExercisesExported(r, u.cfg.Catalog.Library)
	return func(path string) string {
		data := map[string]any{"Routine": r.ShownName(), "Path": path, "Count": own}
		if own == 0 {
			return lang.X("export.written", "\"{{.Routine}}\" was written to {{.Path}}.", data)
		}
		return lang.XN("export.written.own", "\"{{.Routine}}\" was written to {{.Path}}, with {{.Count}} exercises of your own that it uses.", own, data)
	}
}

// exportFile asks where to write data, suggesting name, writes it there
// and says where with written.
func (u *App) exportFile(name string, data []byte, written func(path string) string) {
	d := dialog.NewFileSave(func(wc fyne.URIWriteCloser, err error) {
		if err != nil {
			u.showError(err)
			return
		}
		if wc != nil { // nil: cancelled
			u.writeExport(wc, data, written)
		}
	}, u.win)
	d.SetFileName(name)
	d.SetTitleText(lang.X("dialog.file.save", "Save File"))
	d.SetFilter(storage.NewExtensionFileFilter([]string{".toml"}))
	u.showFileDialog(d)
}

// showFileDialog opens a file chooser that fills a narrow window (it
// can be sized only once shown).
func (u *App) showFileDialog(d *dialog.FileDialog) {
	u.showDialog(d, nil, nil)
	d.Resize(u.win.Canvas().Size().SubtractWidthHeight(20, 20))
}

// writeExport writes data to the file chosen and says where it went.
func (u *App) writeExport(wc fyne.URIWriteCloser, data []byte, written func(path string) string) {
	if err := writeAndClose(wc, data); err != nil {
		u.showError(fmt.Errorf("%s: %w", lang.X("history.export.failed", "export to {{.Path}}", map[string]any{"Path": wc.URI().Path()}), err))
		return
	}
	u.inform(lang.X("history.export.done", "Exported"), written(wc.URI().Path()))
}

func writeAndClose(w io.WriteCloser, data []byte) error {
	if _, err := w.Write(data); err != nil {
		w.Close()
		return err
	}
	return w.Close()
}

// importable lists only routine files that can be read at once in the
// import dialog: regular .toml files (Fyne opens the chosen file itself,
// and a named pipe would hold it up).
type importable struct{}

func (importable) Matches(u fyne.URI) bool { return routine.Importable(u.Path()) }
