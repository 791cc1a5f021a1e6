package ui

import (
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/session"
	"github.com/postureapp/posture/internal/ui/kit"
)

// editor is the screen that builds or changes one of the person's
// routines. What is typed lives in a draft; after every change the draft
// is written as a routine file and read back by internal/routine, and each
// problem is shown under the field it names.
type editor struct {
	ui       *App
	d        *routine.Draft
	file     string // where the routine is saved; "" until its first save
	baseline string // the draft as last saved or opened, to notice changes
	valid    *routine.Routine
	problems routine.Problems

	slots  *kit.ProblemSlots          // problem lines of each field and block
	inputs map[string]fyne.Focusable  // each field's input, by field path
	stepOf map[fyne.Focusable]stepPos // the step each focusable widget belongs to
	picker *library                   // the exercise library while it is open

	title    *widget.Label
	total    *widget.Label
	status   *widget.Label
	saveBtn  *kit.Button
	sections *fyne.Container
	scroll   *container.Scroll
	content  fyne.CanvasObject
}

// stepPos is where a step is: section and step index from 0.
type stepPos struct{ sec, step int }

func (p stepPos) path() string { return fmt.Sprintf("section[%d].step[%d]", p.sec+1, p.step+1) }

func sectionPath(i int) string { return fmt.Sprintf("section[%d]", i+1) }

// openEditor shows the editor on d, which is saved to file ("" for a
// routine that has no file yet).
func (u *App) openEditor(d *routine.Draft, file string) *editor {
	e := &editor{ui: u, d: d, file: file, slots: kit.NewProblemSlots(), inputs: map[string]fyne.Focusable{}}
	e.baseline = string(d.Encode()) // a new routine left untouched has nothing to save
	e.build()
	if file != "" {
		e.status.SetText("Saving rewrites " + filepath.Base(file) + "; comments written in it by hand are not kept.")
	}
	e.show()
	return e
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
	e.title = heading("New routine")
	if e.file != "" {
		e.title.SetText("Edit routine")
	}
	back := kit.NewButton("Back", theme.NavigateBackIcon(), func() { e.onLeave(e.leave) })
	e.saveBtn = kit.NewPrimaryButton("Save", theme.DocumentSaveIcon(), e.onSave)
	top := container.NewBorder(nil, nil, back, e.saveBtn, e.title)

	e.total = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	e.status = widget.NewLabel("")
	e.status.Wrapping = fyne.TextWrapWord
	bottom := container.NewVBox(widget.NewSeparator(), e.slots.General, container.NewBorder(nil, nil, e.total, nil, e.status))

	e.sections = container.NewVBox()
	addSection := kit.NewButton("Add section", theme.ContentAddIcon(), e.onAddSection)
	form := container.NewVBox(e.routineCard(), e.sections, container.NewHBox(addSection))
	e.scroll = container.NewVScroll(container.New(kit.MaxWidth{Width: 860}, form))
	e.content = kit.Screen(container.NewPadded(top), container.NewPadded(bottom), e.scroll)
	e.refreshSections()
}

// routineCard holds the fields about the whole routine.
func (e *editor) routineCard() fyne.CanvasObject {
	d := e.d
	name := e.textField("name", "Name", "", d.Name, func(s string) { d.Name = s })
	desc := e.field("description", "Description", kit.NewTextArea(d.Description, 3), "What the routine is for", func(s string) { d.Description = s })
	perWeek := e.textField("per_week", "Sessions a week", kit.DefaultHint(fmt.Sprint(routine.DefaultPerWeek)), d.PerWeek, func(s string) { d.PerWeek = s })
	prepare := e.textField("prepare", "Get ready", kit.DefaultHint(routine.FormatDuration(routine.DefaultPrepare)), d.Prepare, func(s string) { d.Prepare = s })
	restAfter := e.textField("rest_after", "Rest after each exercise", kit.DefaultHint(routine.FormatDuration(routine.DefaultRestAfter)), d.RestAfter, func(s string) { d.RestAfter = s })
	switchTime := e.textField("switch", "Switch sides", kit.DefaultHint(routine.FormatDuration(routine.DefaultSwitch)), d.Switch, func(s string) { d.Switch = s })
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
		in.FitRows()
		e.onChanged()
	}
	msg := kit.ProblemLabel()
	e.slots.ByPath[path] = msg
	e.inputs[path] = in
	return container.NewVBox(kit.Caption(label), in, msg)
}

// onChanged runs after every edit.
func (e *editor) onChanged() {
	e.status.SetText("")
	e.refreshChecks()
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
	e.slots.Show(e.problems)
	if e.valid != nil {
		e.saveBtn.Enable()
		e.total.SetText("Planned time " + session.MinutesSeconds(e.valid.Size(lib).Time))
	} else {
		e.saveBtn.Disable()
		e.total.SetText(fmt.Sprintf("%s to fix", plural(len(e.problems), "problem")))
	}
	e.ui.relayout() // problem lines came or went: move what is below them now
	kit.KeepFocusInView(e.ui.win.Canvas())
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
	e.ui.showHome()
}
