package ui

import (
	"fmt"
	"path/filepath"
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

// editor is the screen that builds or changes one of the person's
// routines. What is typed lives in a draft; after every change the draft
// is written as a routine file and read back by internal/routine, and each
// problem is shown under the field it names.
type editor struct {
	ui   *App
	d    *routine.Draft
	file string // where the routine is saved; "" until its first save
	// openedAs is the routine's name when the editor opened on its file,
	// "" for a new one; savedAs is the name last saved, so that home,
	// when the editor is left, keeps a new or renamed routine in sight.
	openedAs, savedAs string
	baseline          string // the draft as last saved or opened, to notice changes
	valid             *routine.Routine
	problems          routine.Problems

	lines  *kit.FormProblems          // problem lines of each field and block
	inputs map[string]fyne.Focusable  // each field's input, by field path
	stepOf map[fyne.Focusable]stepPos // the step each focusable widget belongs to
	picker *library                   // the exercise library while it is open

	title      *widget.Label
	total      *widget.Label
	problemBtn *kit.Button // "2 problems to fix": to the first of them
	status     *widget.Label
	// statusIsProblem: the status says the first problem, not a message
	// of its own ("Saved to …") that stays until the next edit.
	statusIsProblem bool
	busy            *kit.BusySign
	saveBtn         *kit.Button
	saving          bool // a save is being written
	laying          bool // the step blocks are being made, a slice at a time
	layouts         int  // counts rebuilds of the blocks, so an old one stops
	sections        *fyne.Container
	addSection      *fyne.Container
	scroll          *container.Scroll
	content         *fyne.Container
}

// stepPos is where a step is: section and step index from 0.
type stepPos struct{ sec, step int }

func (p stepPos) path() string { return fmt.Sprintf("section[%d].step[%d]", p.sec+1, p.step+1) }

func sectionPath(i int) string { return fmt.Sprintf("section[%d]", i+1) }

// placeOf names the field at path, captioned caption, by where it is in
// the form: "Step 3, Hold at the top" in a routine of one section,
// "Section 2, step 1, Reps" in one of several; a field of the routine or
// a section's own line by its caption alone.
func (e *editor) placeOf(path, caption string) string {
	var sec, step int
	n, _ := fmt.Sscanf(path, "section[%d].step[%d]", &sec, &step)
	data := map[string]any{"Section": sec, "Step": step, "Field": caption}
	switch {
	case n == 2 && len(e.d.Sections) == 1:
		return lang.X("editor.where.step", "Step {{.Step}}, {{.Field}}", data)
	case n == 2:
		return lang.X("editor.where.section_step", "Section {{.Section}}, step {{.Step}}, {{.Field}}", data)
	case n == 1 && strings.Contains(path, "."):
		return lang.X("editor.where.section", "Section {{.Section}}, {{.Field}}", data)
	}
	return caption
}

// openEditor shows the editor on d, which is saved to file ("" for a
// routine that has no file yet).
func (u *App) openEditor(d *routine.Draft, file string) *editor {
	e := &editor{ui: u, d: d, file: file, lines: kit.NewFormProblems(), inputs: map[string]fyne.Focusable{}}
	e.lines.Where = e.placeOf
	e.baseline = string(d.Encode()) // a new routine left untouched has nothing to save
	if file != "" {
		e.openedAs = strings.TrimSpace(d.Name)
	}
	u.reload.editor = e
	e.build()
	e.warnOfComments()
	e.show()
	return e
}

// warnOfComments says, once the file has been read off the UI goroutine,
// that saving drops the comments written in it by hand, if it has any.
func (e *editor) warnOfComments() {
	file := e.file
	if file == "" {
		return
	}
	e.ui.cfg.Background(func() {
		if !routine.FileHasComments(file) {
			return
		}
		fyne.Do(func() {
			if e.status.Text == "" && e.file == file {
				e.status.SetText(lang.X("editor.comments", "Saving rewrites {{.File}}; the comments written in it by hand are not kept.", map[string]any{"File": filepath.Base(file)}))
				e.relayoutFooter()
			}
		})
	})
}

func (e *editor) show() {
	c := e.ui.win.Canvas()
	c.AddShortcut(kit.MoveUpKey, func(fyne.Shortcut) { e.onShortcut(kit.MoveUpKey) })
	c.AddShortcut(kit.MoveDownKey, func(fyne.Shortcut) { e.onShortcut(kit.MoveDownKey) })
	c.AddShortcut(kit.SaveKey, func(fyne.Shortcut) { e.onShortcut(kit.SaveKey) })
	e.ui.setLeaveGuard(e.onLeave)
	e.ui.show(e.content, e.onKey)
}

// close forgets the editor's shortcuts when another screen takes over.
func (e *editor) close() {
	c := e.ui.win.Canvas()
	c.RemoveShortcut(kit.MoveUpKey)
	c.RemoveShortcut(kit.MoveDownKey)
	c.RemoveShortcut(kit.SaveKey)
	e.ui.setLeaveGuard(nil)
}

func (e *editor) build() {
	e.title = heading(lang.X("editor.new", "New routine"))
	if e.file != "" {
		e.title.SetText(lang.X("editor.edit", "Edit routine"))
	}
	back := kit.NewButton(lang.X("nav.back", "Back"), theme.NavigateBackIcon(), func() { e.onLeave(e.leave) })
	e.saveBtn = kit.NewPrimaryButton(lang.X("editor.save", "Save"), theme.DocumentSaveIcon(), e.onSave)
	top := container.NewBorder(nil, nil, back, e.saveBtn, e.title)

	e.total = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	e.problemBtn = kit.NewButton("", theme.ErrorIcon(), e.onFirstProblem)
	e.problemBtn.Hide()
	e.status = widget.NewLabel("")
	e.status.Wrapping = fyne.TextWrapWord
	e.busy = kit.NewBusySign()
	left := container.NewStack(e.total, e.problemBtn)
	bottom := container.NewVBox(widget.NewSeparator(), e.lines.General, container.NewBorder(nil, nil, left, e.busy.Box, e.status))

	e.sections = container.NewVBox()
	e.addSection = container.NewHBox(kit.NewButton(lang.X("editor.section.add", "Add section"), theme.ContentAddIcon(), e.onAddSection))
	form := container.NewVBox(e.routineCard(), e.sections, e.addSection)
	e.scroll = container.NewVScroll(container.New(kit.MaxWidth{Width: 860}, form))
	e.content = kit.Screen(container.NewPadded(top), container.NewPadded(bottom), e.scroll)
	e.refreshSections(nil)
}

// routineCard holds the fields about the whole routine.
func (e *editor) routineCard() fyne.CanvasObject {
	d := e.d
	name := e.textField("name", lang.X("editor.name", "Name"), "", d.Name, func(s string) { d.Name = s })
	desc := e.field("description", lang.X("editor.description", "Description"), kit.NewTextArea(d.Description, 3), lang.X("editor.description.hint", "What the routine is for"), func(s string) { d.Description = s })
	perWeek := e.textField("per_week", lang.X("editor.per_week", "Sessions a week"), kit.DefaultHint(fmt.Sprint(routine.DefaultPerWeek)), d.PerWeek, func(s string) { d.PerWeek = s })
	prepare := e.textField("prepare", lang.X("editor.prepare", "Get ready"), kit.DefaultHint(e.ui.locale.Duration(routine.DefaultPrepare)), d.Prepare, func(s string) { d.Prepare = s })
	restAfter := e.textField("rest_after", lang.X("editor.rest_after", "Rest after each exercise"), kit.DefaultHint(e.ui.locale.Duration(routine.DefaultRestAfter)), d.RestAfter, func(s string) { d.RestAfter = s })
	switchTime := e.textField("switch", lang.X("editor.switch", "Switch sides"), kit.DefaultHint(e.ui.locale.Duration(routine.DefaultSwitch)), d.Switch, func(s string) { d.Switch = s })
	grid := kit.NewFieldGrid(2, perWeek, prepare, restAfter, switchTime)
	return widget.NewCard("", "", container.NewVBox(name, desc, grid))
}

// textField is a captioned entry for the field at path with its problem
// line under it; set receives every change.
func (e *editor) textField(path, label, placeholder, value string, set func(string)) fyne.CanvasObject {
	return e.field(path, label, kit.NewEntry(value), placeholder, set)
}

// field is textField with the entry given: one line or several.
func (e *editor) field(path, label string, in *kit.Entry, placeholder string, set func(string)) fyne.CanvasObject {
	in.OnShortcut = e.onShortcut
	in.SetPlaceHolder(placeholder)
	in.OnChanged = func(s string) {
		set(s)
		e.lines.Touched[path] = true
		if in.MultiLine {
			in.FitRows()
			e.ui.relayout() // it grew or shrank with its text
		}
		e.onChanged()
	}
	e.inputs[path] = in
	return container.NewVBox(kit.Caption(label), in, e.lines.Line(path, label))
}

// onChanged runs after every edit.
func (e *editor) onChanged() {
	e.status.SetText("")
	e.refreshChecks()
}

// onFirstProblem scrolls to the first problem on show and puts the focus
// on its field (the first field of its step or section, for one about a
// whole step).
func (e *editor) onFirstProblem() {
	if len(e.lines.Shown) == 0 {
		return
	}
	at := e.lines.Shown[0].Field
	for _, p := range e.lines.Order {
		if _, ok := e.inputs[p]; ok && (p == at || strings.HasPrefix(p, at+".")) {
			e.focus(p)
			return
		}
	}
	e.focus(at + "#add") // a routine with no exercise yet: its Add exercise
}

// refreshChecks reads the draft back as a file and shows every problem
// next to its field, the planned time, and whether Save may be pressed.
func (e *editor) refreshChecks() {
	lib := e.ui.cfg.Catalog.Library
	e.valid, e.problems = e.d.Check(lib)
	if e.d.Flat {
		// A routine of top-level steps names them "step[2]"; the form
		// shows them as its one section's.
		for i, p := range e.problems {
			if strings.HasPrefix(p.Field, "step[") {
				e.problems[i].Field = "section[1]." + p.Field
			}
		}
	}
	if p, clash := e.builtInNameClash(); clash {
		e.problems = append(e.problems, p)
		e.valid = nil
	}
	e.lines.Show(e.problems)
	e.total.SetText("")
	if e.valid != nil {
		e.total.SetText(lang.X("editor.planned", "Planned time {{.Time}}", map[string]any{"Time": e.ui.locale.Duration(e.valid.Size(lib).Time.Round(time.Second))}))
	}
	if e.saving || e.laying || e.ui.cfg.Sources.UserRoutines == "" {
		e.saveBtn.Disable()
	} else {
		e.saveBtn.Enable() // with problems, Save shows them all
	}
	e.refreshFooter()
	kit.KeepFocusInView(e.ui.win.Canvas()) // with the problem under it
}

// refreshFooter shows the planned time, or how many problems are on show
// as a button to the first, which it says in full: its line in the form
// may be cut.
func (e *editor) refreshFooter() {
	if count := e.lines.CountText(); count != "" {
		e.problemBtn.SetText(count)
		e.problemBtn.Show()
		e.total.Hide()
		e.status.SetText(e.lines.First())
		e.statusIsProblem = true
	} else {
		e.problemBtn.Hide()
		e.total.Show()
		if e.statusIsProblem {
			e.status.SetText("")
			e.statusIsProblem = false
		}
	}
	e.relayoutFooter()
}

// relayoutFooter lays the screen out again when the footer changed
// height; the problem lines in the form never do, so a keystroke does not
// lay out every field of a long routine.
func (e *editor) relayoutFooter() {
	e.content.Layout.Layout(e.content.Objects, e.content.Size())
	for _, o := range e.content.Objects {
		if o != e.scroll {
			kit.Relayout(o)
		}
	}
}

// builtInNameClash reports a name that a built-in routine has: built-ins
// stay as they are, and two routines with one name cannot both load.
func (e *editor) builtInNameClash() (routine.Problem, bool) {
	msg := e.ui.builtInName(e.d.Name)
	return routine.Problem{Field: "name", Msg: msg, Allowed: "a name of your own"}, msg != ""
}

func (e *editor) dirty() bool { return string(e.d.Encode()) != e.baseline }

// onKey handles keys no widget took: Escape leaves.
func (e *editor) onKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape {
		e.onLeave(e.leave)
	}
}

// onShortcut moves the step holding the focus, or saves.
func (e *editor) onShortcut(s fyne.Shortcut) bool {
	switch {
	case kit.SameShortcut(s, kit.SaveKey):
		e.onSave()
	case kit.SameShortcut(s, kit.MoveUpKey):
		e.moveFocusedStep(-1)
	case kit.SameShortcut(s, kit.MoveDownKey):
		e.moveFocusedStep(1)
	default:
		return false
	}
	return true
}

func (e *editor) moveFocusedStep(delta int) {
	f := e.ui.win.Canvas().Focused()
	if f == nil {
		return
	}
	if at, ok := e.stepOf[f]; ok {
		e.onMoveStep(at, delta, e.pathOf(f))
	}
}

// pathOf is the field path of a focused input, "" for a button.
func (e *editor) pathOf(f fyne.Focusable) string {
	for p, in := range e.inputs {
		if in == f {
			return p
		}
	}
	return ""
}

func (e *editor) leave() {
	e.close()
	e.ui.editorClosed()
	e.ui.showHome()
	if name, isNew := e.savedAs, e.openedAs == ""; name != "" && name != e.openedAs {
		e.ui.afterCatalog(func() { e.ui.home.showSaved(name, isNew) })
	}
}
