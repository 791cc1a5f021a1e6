package ui

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/BurntSushi/toml"

	"github.com/postureapp/posture/internal/routine"
)

// kindChoices are the exercise kinds as the form shows them.
var (
	kindChoices = []string{"Warm-up", "Strength", "Stretch"}
	kindValues  = []string{string(routine.Warmup), string(routine.Strength), string(routine.Stretch)}
)

// exerciseEditor is the form for a person's own exercise. Like the routine
// editor it writes what is typed as an exercise file, reads it back with
// internal/routine and shows each problem under its field.
type exerciseEditor struct {
	ui    *App
	old   *routine.Exercise // the exercise being changed; nil for a new one
	done  func()
	f     map[string]*widget.Entry
	kind  *widget.Select
	equip *widget.CheckGroup
	sides *widget.Select
	slots *problemSlots
	valid *routine.Exercise
	save  *widget.Button
	saved string // the encoding when opened or saved, to notice changes

	content fyne.CanvasObject
}

// editExercise opens the form for old (nil: a new exercise); done runs
// when the person leaves it.
func (u *App) editExercise(old *routine.Exercise, done func()) *exerciseEditor {
	x := &exerciseEditor{ui: u, old: old, done: done, f: map[string]*widget.Entry{}, slots: newProblemSlots()}
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
	entry := func(path, label, placeholder string, lines bool) fyne.CanvasObject {
		in := widget.NewEntry()
		if lines {
			in = widget.NewMultiLineEntry()
			in.SetMinRowsVisible(3)
			in.Wrapping = fyne.TextWrapWord
		}
		in.SetPlaceHolder(placeholder)
		in.OnChanged = func(string) { x.refreshChecks() }
		x.f[path] = in
		msg := problemLabel()
		x.slots.byPath[path] = msg
		return container.NewVBox(caption(label), in, msg)
	}
	choice := func(path, label string, sel fyne.CanvasObject) fyne.CanvasObject {
		msg := problemLabel()
		x.slots.byPath[path] = msg
		return container.NewVBox(caption(label), sel, msg)
	}
	x.kind = widget.NewSelect(kindChoices, func(string) { x.refreshChecks() })
	x.sides = widget.NewSelect(sidesChoices[1:], func(string) { x.refreshChecks() })
	x.equip = widget.NewCheckGroup(routine.Equipment, func([]string) { x.refreshChecks() })
	x.equip.Horizontal = true
	form := container.NewVBox(
		entry("name", "Name", "Like “Wall angel”", false),
		container.NewGridWithColumns(2, choice("kind", "Kind", x.kind), choice("sides", "Sides", x.sides)),
		choice("equipment", "Equipment", x.equip),
		entry("muscles", "Muscles, separated by commas", "middle trapezius, rhomboids", false),
		entry("summary", "Summary", "What it does, in a sentence or two", true),
		entry("steps", "How to do it, one step a line", "", true),
		entry("cues", "Cues shown while it runs, one a line", "", true),
		widget.NewLabelWithStyle("Dose when a routine does not say", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		container.NewGridWithColumns(2,
			entry("dose.sets", "Sets", "1", false),
			entry("dose.reps", "Reps (or a range 10-15)", "", false),
			entry("dose.hold", "Hold at the top", "", false),
			entry("dose.duration", "Duration, for timed moves", "", false),
			entry("dose.rest", "Rest between sets", routine.FormatDuration(routine.DefaultRest), false),
			entry("tempo.lift", "Lift takes", "1s", false),
			entry("tempo.lower", "Lower takes", "2s", false),
		),
	)
	x.slots.byPath["id"] = x.slots.byPath["name"]
	title := "New exercise"
	if x.old != nil {
		title = "Edit " + x.old.Name
	}
	back := widget.NewButtonWithIcon("Back", theme.NavigateBackIcon(), x.onLeave)
	x.save = widget.NewButtonWithIcon("Save", theme.DocumentSaveIcon(), x.onSave)
	x.save.Importance = widget.HighImportance
	top := container.NewBorder(nil, nil, back, x.save, heading(title))
	note := widget.NewLabel("Your own exercises show a still, neutral figure.")
	note.SizeName = theme.SizeNameCaptionText
	x.content = container.NewBorder(container.NewPadded(top), container.NewVBox(x.slots.general, note), nil, nil,
		container.NewVScroll(container.New(maxWidth{width: 760}, form)))
}

// fill puts an exercise's values in the form.
func (x *exerciseEditor) fill(e *routine.Exercise) {
	set := map[string]string{
		"name": e.Name, "muscles": strings.Join(e.Muscles, ", "), "summary": e.Summary,
		"steps": strings.Join(e.Steps, "\n"), "cues": strings.Join(e.Cues, "\n"),
		"dose.sets": intText(e.Dose.Sets), "dose.reps": e.Dose.Reps.String(), "dose.hold": e.Dose.Hold.String(),
		"dose.duration": e.Dose.Duration.String(), "dose.rest": durText(e.Dose.Rest),
		"tempo.lift": durText(e.Tempo.Lift), "tempo.lower": durText(e.Tempo.Lower),
	}
	for k, v := range set {
		x.f[k].SetText(v)
	}
	x.kind.SetSelectedIndex(max(indexOf(kindValues, string(e.Kind)), 0))
	x.sides.SetSelectedIndex(max(indexOf(sidesValues[1:], string(e.Sides)), 0))
	x.equip.SetSelected(e.Equipment)
}

// id is the exercise's id: kept when changing one, so routines that use
// it still find it; made from the name for a new one.
func (x *exerciseEditor) id() string {
	if x.old != nil {
		return x.old.ID
	}
	if strings.TrimSpace(x.f["name"].Text) == "" {
		return ""
	}
	return strings.TrimSuffix(routine.FileName(x.f["name"].Text), ".toml")
}

// encode writes the form as an exercise file.
func (x *exerciseEditor) encode() []byte {
	doc := map[string]any{"format": routine.Format, "id": x.id(), "name": x.f["name"].Text,
		"kind": kindValues[max(x.kind.SelectedIndex(), 0)], "equipment": nonNilList(x.equip.Selected)}
	if list := splitList(x.f["muscles"].Text, ","); len(list) > 0 {
		doc["muscles"] = list
	}
	putText(doc, "summary", x.f["summary"].Text)
	for _, k := range []string{"steps", "cues"} {
		if list := splitList(x.f[k].Text, "\n"); len(list) > 0 {
			doc[k] = list
		}
	}
	if s := sidesValues[1:][max(x.sides.SelectedIndex(), 0)]; s != "" {
		doc["sides"] = s
	}
	if x.old != nil {
		x.keepHidden(doc)
	}
	dose, tempo := map[string]any{}, map[string]any{}
	putInt(dose, "sets", x.f["dose.sets"].Text)
	for _, k := range []string{"reps", "hold", "duration", "rest"} {
		putText(dose, k, x.f["dose."+k].Text)
	}
	putText(tempo, "lift", x.f["tempo.lift"].Text)
	putText(tempo, "lower", x.f["tempo.lower"].Text)
	doc["dose"] = dose
	if len(tempo) > 0 {
		doc["tempo"] = tempo
	}
	var b bytes.Buffer
	if err := toml.NewEncoder(&b).Encode(doc); err != nil {
		panic(fmt.Sprintf("exercise form does not encode: %v", err))
	}
	return b.Bytes()
}

// keepHidden carries over what the form does not show (safety notes and
// phase cues written by hand), so saving does not drop them.
func (x *exerciseEditor) keepHidden(doc map[string]any) {
	if len(x.old.Safety) > 0 {
		doc["safety"] = x.old.Safety
	}
	pc := map[string]any{}
	putText(pc, "lift", x.old.PhaseCues.Lift)
	putText(pc, "hold", x.old.PhaseCues.Hold)
	putText(pc, "lower", x.old.PhaseCues.Lower)
	if len(pc) > 0 {
		doc["phase_cues"] = pc
	}
}

func (x *exerciseEditor) refreshChecks() {
	e, err := routine.ParseExercise("exercise", x.encode())
	var ps routine.Problems
	if err != nil {
		ps, _ = err.(routine.Problems)
	} else if other, taken := x.ui.cfg.Catalog.Library.Exercise(e.ID); taken && (x.old == nil || other.File != x.old.File) {
		ps = routine.Problems{{Field: "name", Msg: fmt.Sprintf("the exercise %q has this id (%s)", other.Name, e.ID), Allowed: "another name"}}
	}
	x.slots.show(ps)
	x.valid = nil
	if len(ps) == 0 {
		x.valid = e
	}
	if x.valid != nil && x.ui.cfg.Sources.UserExercises != "" {
		x.save.Enable()
	} else {
		x.save.Disable()
	}
}

// onSave writes the exercise to the person's exercises folder and reloads
// the catalog so routines can use it at once.
func (x *exerciseEditor) onSave() {
	if x.valid == nil {
		return
	}
	file := filepath.Join(x.ui.cfg.Sources.UserExercises, x.valid.ID+".toml")
	if err := routine.SaveExercise(file, x.valid); err != nil {
		x.ui.showError(err)
		return
	}
	x.saved = string(x.encode())
	x.ui.reloadCatalog()
	x.done()
}

func (x *exerciseEditor) onLeave() {
	if string(x.encode()) == x.saved || (x.old == nil && strings.TrimSpace(x.f["name"].Text) == "") {
		x.done()
		return
	}
	dialog.ShowConfirm("Leave without saving?", "The exercise has changes that are not saved.", func(leave bool) {
		if leave {
			x.done()
		}
	}, x.ui.win)
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

func nonNilList(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
