package ui

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/ui/kit"
)

// kindValues are the exercise kinds, in the order the form offers them.
var kindValues = []string{string(routine.Warmup), string(routine.Strength), string(routine.Stretch)}

// kindChoices are the exercise kinds as the form shows them.
func kindChoices() []string {
	return []string{lang.X("exercise_editor.kind.warmup", "Warm-up"), lang.X("exercise_editor.kind.strength", "Strength"), lang.X("exercise_editor.kind.stretch", "Stretch")}
}

// exerciseEditor is the form for a person's own exercise. Like the routine
// editor it writes what is typed as an exercise file, reads it back with
// internal/routine and shows each problem under its field.
type exerciseEditor struct {
	ui      *App
	old     *routine.Exercise // the exercise being changed; nil for a new one
	done    func()
	f       map[string]*kit.Entry
	kind    *kit.Select
	equip   []*kit.Check // one per routine.Equipment
	sides   *kit.Select
	lines   *kit.FormProblems
	dose    map[string]fyne.CanvasObject // the dose fields, shown as the kind has them
	valid   *routine.Exercise
	save    *kit.Button
	count   *kit.Button   // "2 problems to fix", beside the note: to the first of them
	first   *widget.Label // the first problem in full, in the note's place: its line in the form may be cut
	note    *widget.Label // what the figure of an own exercise is
	saved   string        // the encoding when opened or saved, to notice changes
	deleted bool          // the exercise was deleted

	content fyne.CanvasObject
}

// editExercise opens the form for old (nil: a new exercise); done runs
// when the person leaves it.
func (u *App) editExercise(old *routine.Exercise, done func()) *exerciseEditor {
	x := &exerciseEditor{ui: u, old: old, done: done, f: map[string]*kit.Entry{}, lines: kit.NewFormProblems(), dose: map[string]fyne.CanvasObject{}}
	x.build()
	if old == nil {
		old = &routine.Exercise{Kind: routine.Strength}
	}
	x.fill(old)
	x.saved = string(x.encode())
	if x.old == nil {
		x.saved = ""
	}
	x.refreshChecks()
	u.show(x.content, func(ev *fyne.KeyEvent) {
		if ev.Name == fyne.KeyEscape {
			x.onLeave()
		}
	})
	u.win.Canvas().Focus(x.f["name"])
	return x
}

func (x *exerciseEditor) build() {
	field := func(path, label, placeholder string, lines bool) fyne.CanvasObject {
		in := kit.NewEntry("")
		if lines {
			in = kit.NewTextArea("", 3)
		}
		in.SetPlaceHolder(placeholder)
		in.OnChanged = func(string) {
			x.lines.Touched[path] = true
			if in.MultiLine {
				in.FitRows()
				x.ui.relayout()
			}
			x.refreshChecks()
		}
		x.f[path] = in
		return container.NewVBox(kit.Caption(label), in, x.lines.Line(path, label))
	}
	choice := func(path, label string, sel fyne.CanvasObject) fyne.CanvasObject {
		return container.NewVBox(kit.Caption(label), sel, x.lines.Line(path, label))
	}
	touched := func(path string) { x.lines.Touched[path] = true; x.refreshChecks() }
	dose := func(path, label, placeholder string) fyne.CanvasObject {
		x.dose[path] = field(path, label, placeholder, false)
		return x.dose[path]
	}
	x.kind = kit.NewSelect(kindChoices(), func(string) { touched("kind") })
	x.sides = kit.NewSelect(sidesChoices()[1:], func(string) { touched("sides") })
	// Checks that wrap into rows, so a narrow window keeps them all in view.
	equip := container.NewGridWrap(fyne.NewSize(136, kit.NewCheck(equipmentLabel("dumbbells"), nil).MinSize().Height))
	for _, name := range routine.Equipment {
		c := kit.NewCheck(equipmentLabel(name), func(bool) { touched("equipment") })
		x.equip = append(x.equip, c)
		equip.Add(c)
	}
	form := container.NewVBox(
		field("name", lang.X("exercise_editor.name", "Name"), lang.X("exercise_editor.name.hint", "Like “Wall angel”"), false),
		kit.NewFieldGrid(2, choice("kind", lang.X("exercise_editor.kind", "Kind"), x.kind), choice("sides", lang.X("exercise_editor.sides", "Sides"), x.sides)),
		choice("equipment", lang.X("exercise_editor.equipment", "Equipment"), equip),
		field("muscles", lang.X("exercise_editor.muscles", "Muscles, separated by commas"), lang.X("exercise_editor.muscles.hint", "Like “middle trapezius, rhomboids”"), false),
		field("summary", lang.X("exercise_editor.summary", "Summary"), lang.X("exercise_editor.summary.hint", "What it does, in a sentence or two"), true),
		field("steps", lang.X("exercise_editor.steps", "How to do it, one step a line"), "", true),
		field("cues", lang.X("exercise_editor.cues", "Cues shown while it runs, one a line"), "", true),
		widget.NewLabelWithStyle(lang.X("exercise_editor.dose", "Dose when a routine does not say"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		kit.NewFieldGrid(2,
			dose("dose.sets", lang.X("editor.step.sets", "Sets"), kit.DefaultHint("1")),
			dose("dose.reps", lang.X("editor.step.reps", "Reps (or a range 10–15)"), ""),
			dose("dose.hold", lang.X("editor.step.hold", "Hold at the top"), ""),
			dose("dose.duration", lang.X("editor.step.duration", "Duration"), ""),
			dose("dose.rest", lang.X("editor.step.rest", "Rest between sets"), kit.DefaultHint(x.ui.locale.Duration(routine.DefaultRest))),
			dose("tempo.lift", lang.X("editor.step.lift", "Lift takes"), kit.DefaultHint("1s")),
			dose("tempo.lower", lang.X("editor.step.lower", "Lower takes"), kit.DefaultHint("2s")),
		),
	)
	x.lines.Share("id", "name")
	title := lang.X("library.new", "New exercise")
	if x.old != nil {
		title = lang.X("exercise_editor.edit", "Edit {{.Name}}", map[string]any{"Name": x.old.Name})
	}
	back := kit.NewButton(lang.X("nav.back", "Back"), theme.NavigateBackIcon(), x.onLeave)
	x.save = kit.NewPrimaryButton(lang.X("editor.save", "Save"), theme.DocumentSaveIcon(), x.onSave)
	actions := []fyne.CanvasObject{x.save}
	if x.old != nil {
		actions = append([]fyne.CanvasObject{kit.NewButton(lang.X("exercise_editor.delete", "Delete"), theme.DeleteIcon(), x.onDelete)}, actions...)
	}
	top := container.NewBorder(nil, nil, back, container.NewHBox(actions...), heading(title))
	x.note = widget.NewLabel(lang.X("exercise_editor.figure_note", "Your own exercises show a still, neutral figure."))
	x.note.SizeName = theme.SizeNameCaptionText
	x.note.Wrapping = fyne.TextWrapWord
	// The count takes the person to a problem below the fold, and the
	// first problem is said beside it in full, as the routine editor does.
	x.count = kit.NewButton("", theme.ErrorIcon(), x.onFirstProblem)
	x.count.Hide()
	x.first = kit.Wrapped("")
	x.first.Hide()
	x.content = kit.Screen(container.NewPadded(top), container.NewVBox(x.lines.General, container.NewBorder(nil, nil, container.NewVBox(x.count), nil, container.NewVBox(x.first, x.note))),
		container.NewVScroll(container.NewPadded(container.New(kit.MaxWidth{Width: 760}, form))))
}

// fill puts an exercise's values in the form.
func (x *exerciseEditor) fill(e *routine.Exercise) {
	d := routine.ExerciseDraftOf(e)
	set := map[string]string{
		"name": d.Name, "muscles": strings.Join(d.Muscles, ", "), "summary": d.Summary,
		"steps": strings.Join(d.Steps, "\n"), "cues": strings.Join(d.Cues, "\n"),
		"dose.sets": d.Sets, "dose.reps": d.Reps, "dose.hold": d.Hold,
		"dose.duration": d.Duration, "dose.rest": d.Rest,
		"tempo.lift": d.Lift, "tempo.lower": d.Lower,
	}
	for k, v := range set {
		x.f[k].SetText(v)
	}
	x.kind.SetSelectedIndex(max(slices.Index(kindValues, d.Kind), 0))
	x.sides.SetSelectedIndex(max(slices.Index(sidesValues[1:], d.Sides), 0))
	for i, name := range routine.Equipment {
		x.equip[i].SetChecked(slices.Contains(e.Equipment, name))
	}
}

// id is the exercise's id: kept when changing one, so routines that use
// it still find it; made from the name for a new one.
func (x *exerciseEditor) id() string {
	if x.old != nil {
		return x.old.ID
	}
	return routine.IDFromName(x.f["name"].Text)
}

// draft is the form as an exercise draft. What the form does not show
// (safety notes, phase names and cues, the progression, the floor keys
// and the dose's source, written by hand) is carried over, so saving does
// not drop it.
func (x *exerciseEditor) draft() *routine.ExerciseDraft {
	d := &routine.ExerciseDraft{
		ID: x.id(), Name: x.f["name"].Text, Kind: kindValues[max(x.kind.SelectedIndex(), 0)],
		Equipment: x.equipment(),
		Muscles:   splitList(x.f["muscles"].Text, ","), Summary: x.f["summary"].Text,
		Steps: splitList(x.f["steps"].Text, "\n"), Cues: splitList(x.f["cues"].Text, "\n"),
		Sides: sidesValues[1:][max(x.sides.SelectedIndex(), 0)],
		Sets:  x.f["dose.sets"].Text, Reps: x.f["dose.reps"].Text, Hold: x.f["dose.hold"].Text,
		Duration: x.f["dose.duration"].Text, Rest: x.f["dose.rest"].Text,
		Lift: x.f["tempo.lift"].Text, Lower: x.f["tempo.lower"].Text,
	}
	if x.old != nil {
		d.Safety, d.PhaseCues, d.PhaseNames = x.old.Safety, x.old.PhaseCues, x.old.PhaseNames
		d.Progression = routine.ProgressionDraftOf(x.old.Progression)
		d.Floor, d.WithoutFloor, d.Source = x.old.Floor, x.old.WithoutFloor, string(x.old.Dose.Source)
	}
	return d
}

func (x *exerciseEditor) encode() []byte { return x.draft().Encode() }

// nameTaken says a name is in use in plain words: two names that make one
// file name clash too ("Wall Slide!" and "Wall Slide"), so the other
// exercise is named as it shows, not by its id.
func nameTaken(other string) string {
	return lang.X("exercise_editor.name_taken", "there is already an exercise called “{{.Name}}”: give yours another name", map[string]any{"Name": other})
}

// equipment lists the equipment ticked, in the order offered.
func (x *exerciseEditor) equipment() []string {
	out := []string{}
	for i, name := range routine.Equipment {
		if x.equip[i].Checked {
			out = append(out, name)
		}
	}
	return out
}

func (x *exerciseEditor) refreshChecks() {
	e, ps := x.draft().Check()
	id := x.id()
	if other, taken := x.ui.cfg.Catalog.Library.Exercise(id); taken && id != "" && (x.old == nil || other.File != x.old.File) {
		ps = append(ps, routine.Problem{Field: "name", Msg: nameTaken(other.Name)})
	}
	x.lines.Show(ps)
	x.count.SetText(x.lines.CountText())
	showIf(x.count, x.count.Text != "")
	showLine(x.first, x.lines.First())
	showIf(x.note, x.first.Text == "")
	x.valid = nil
	if len(ps) == 0 {
		x.valid = e
	}
	if x.ui.cfg.Sources.UserExercises != "" {
		x.save.Enable() // with problems, Save shows them all
	} else {
		x.save.Disable()
	}
	x.showDoseFields()
	x.ui.relayout()
	x.relayoutFooter()
	kit.KeepFocusInView(x.ui.win.Canvas())
}

// relayoutFooter lays the screen out again now the footer's lines have
// their width: a wrapped first problem is taller than the first pass
// measured, and the form above must give it that room, or the field it
// names sits hidden under it.
func (x *exerciseEditor) relayoutFooter() {
	c := x.content.(*fyne.Container)
	c.Layout.Layout(c.Objects, c.Size())
	for _, o := range c.Objects {
		kit.Relayout(o)
	}
}

// showDoseFields shows the dose fields that the kind chosen has: a
// stretch or warm-up is held or moved through for a time, so it offers no
// reps, hold or lift and lower times.
func (x *exerciseEditor) showDoseFields() {
	d := x.draft()
	for path, f := range x.dose {
		showIf(f, d.DoseApplies(path))
	}
}

// onFirstProblem goes to the field of the first problem on show.
func (x *exerciseEditor) onFirstProblem() {
	if len(x.lines.Shown) == 0 {
		return
	}
	in, ok := x.f[x.lines.Shown[0].Field]
	if !ok {
		return
	}
	c := x.ui.win.Canvas()
	c.Focus(in)
	kit.KeepFocusInView(c)
}

// onSave writes the exercise to the person's exercises folder and reloads
// the catalog so routines can use it at once. With problems, it shows
// every one and goes to the first.
func (x *exerciseEditor) onSave() {
	if x.valid == nil {
		x.lines.All = true
		x.refreshChecks()
		x.onFirstProblem()
		return
	}
	if _, err := x.ui.cfg.Sources.Folder().SaveExercise(x.valid); err != nil {
		x.ui.showError(err)
		return
	}
	x.saved = string(x.encode())
	x.ui.reloadCatalog(x.done) // routines can use it once it is in the catalog
}

func (x *exerciseEditor) onLeave() {
	if string(x.encode()) == x.saved || (x.old == nil && strings.TrimSpace(x.f["name"].Text) == "") {
		x.done()
		return
	}
	x.ui.ask(lang.X("exercise_editor.leave.title", "Leave without saving?"), kit.Wrapped(lang.X("exercise_editor.leave.text", "The exercise has changes that are not saved.")),
		choice{text: lang.X("editor.leave.keep", "Keep editing")}, choice{text: lang.X("editor.leave.discard", "Discard changes"), act: x.done, danger: true})
}

// onDelete removes the person's exercise after asking; while a routine
// uses it, it says which and removes nothing.
func (x *exerciseEditor) onDelete() {
	c := x.ui.cfg.Catalog
	if users := c.UsedBy(x.old.ID); len(users) > 0 {
		x.ui.showError(x.ui.folder().DeleteExercise(c, x.old))
		return
	}
	x.ui.ask(lang.X("exercise_editor.delete.title", "Delete exercise?"), kit.Wrapped(lang.X("exercise_editor.delete.text", "Delete “{{.Name}}”? Its file is removed; this cannot be undone.", map[string]any{"Name": x.old.Name})),
		choice{text: lang.X("exercise_editor.delete.keep", "Keep it")},
		choice{text: lang.X("exercise_editor.delete", "Delete"), icon: theme.DeleteIcon(), danger: true, act: func() {
			if err := x.ui.folder().DeleteExercise(c, x.old); err != nil {
				x.ui.showError(err)
				return
			}
			x.deleted = true
			x.ui.reloadCatalog(x.done)
		}})
}

func splitList(s, sep string) []string {
	var out []string
	for _, part := range strings.Split(s, sep) {
		if p := strings.TrimSpace(part); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// showIf shows o when show is true, else hides it.
func showIf(o fyne.CanvasObject, show bool) {
	if show {
		o.Show()
	} else {
		o.Hide()
	}
}
