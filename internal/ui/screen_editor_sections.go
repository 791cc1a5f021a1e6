package ui

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/postureapp/posture/internal/locale"
	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/ui/kit"
)

// Choices for a step's sides and pace; the first sides choice leaves the
// key out, so the exercise decides.
var (
	sidesValues = []string{"", string(routine.NoSides), string(routine.BothSides), string(routine.Alternate)}
	paceValues  = []string{string(routine.Timed), string(routine.Self)}
)

// sidesChoices reads sidesValues in the window's language.
func sidesChoices() []string {
	return []string{
		lang.X("editor.sides.exercise", "As the exercise says"),
		lang.X("editor.sides.both", "Both together"),
		lang.X("editor.sides.each", "Left, then right"),
		lang.X("editor.sides.alternate", "Alternating"),
	}
}

// paceChoices reads paceValues in the window's language, short enough
// for half of a narrow window.
func paceChoices() []string {
	return []string{lang.X("editor.pace.timed", "Timed, a beep a phase"), lang.X("editor.pace.self", "Self-paced: tap Done")}
}

// editorSectionTitle names section i (from 0) by its place.
func editorSectionTitle(i int) string {
	return lang.X("editor.section.title", "Section {{.Number}}", map[string]any{"Number": i + 1})
}

// stepsAtOnce is how many steps are made between two frames: a long
// routine is laid out a slice at a time, so the window answers and its
// busy sign turns meanwhile (200 steps took seconds in one go). A
// variable so BenchmarkOpenLongRoutine can set the one go against it.
var stepsAtOnce = 8

// refreshSections rebuilds the section and step blocks from the draft
// after a change of structure, then checks everything again and runs
// then (if not nil), once the last block is made.
func (e *editor) refreshSections(then func()) {
	e.lines.Forget("section[")
	for p := range e.inputs {
		if strings.HasPrefix(p, "section[") {
			delete(e.inputs, p)
		}
	}
	e.stepOf = map[fyne.Focusable]stepPos{}
	e.sections.Objects = nil
	if e.stepCount() == 0 {
		// Sections mean nothing before there is an exercise to put in one.
		e.sections.Objects = []fyne.CanvasObject{e.firstStepCard()}
		e.addSection.Hide()
	} else {
		e.addSection.Show()
	}
	e.layOut(e.blockMakers(), then)
}

// blockMakers are the section cards and step blocks to make, in order.
func (e *editor) blockMakers() []func() {
	var makers []func()
	for i, sec := range e.d.Sections {
		if e.stepCount() == 0 {
			break
		}
		var body *fyne.Container
		makers = append(makers, func() {
			var card fyne.CanvasObject
			card, body = e.sectionCard(i)
			e.sections.Objects = append(e.sections.Objects, card)
		})
		for j := range sec.Steps {
			makers = append(makers, func() {
				add := len(body.Objects) - 2 // the separator and row of Add exercise stay last
				body.Objects = slices.Insert(body.Objects, add, fyne.CanvasObject(widget.NewSeparator()), e.stepBlock(stepPos{i, j}))
			})
		}
	}
	return makers
}

// layOut makes the blocks stepsAtOnce at a time, each slice in its own
// turn of the UI goroutine; a rebuild started meanwhile stops it.
func (e *editor) layOut(makers []func(), then func()) {
	e.layouts++
	gen := e.layouts
	e.laying = len(makers) > stepsAtOnce
	if e.laying {
		e.busy.Start(lang.X("editor.busy.laying", "Laying out the steps…"))
		e.saveBtn.Disable() // until every step can be checked
	}
	var next func()
	next = func() {
		if gen != e.layouts {
			return
		}
		n := min(stepsAtOnce, len(makers))
		for _, make := range makers[:n] {
			make()
		}
		makers = makers[n:]
		// Only the boxes that grew are laid out again, and nothing is
		// refreshed: a container's Refresh redraws every widget in it,
		// all the steps made so far, so each slice took longer than the
		// last (2.5 s for the last of 200 steps). The whole form is laid
		// out once, at the end.
		e.sizeForm()
		canvas.Refresh(e.sections)
		if len(makers) > 0 {
			e.ui.cfg.Background(func() { fyne.Do(next) })
			return
		}
		e.ui.relayout()
		if !e.laying {
			e.laidOut(then)
			return
		}
		// A long routine's checks take a turn of their own, after its
		// last steps are drawn: both in one held the window 0.4 s.
		e.ui.cfg.Background(func() {
			fyne.Do(func() {
				if gen == e.layouts {
					e.laidOut(then)
				}
			})
		})
	}
	next()
}

// laidOut runs once every block is made: the busy sign goes, every field
// is checked, and then runs.
func (e *editor) laidOut(then func()) {
	if e.laying {
		e.laying = false
		e.busy.Stop()
	}
	e.refreshChecks()
	if then != nil {
		then()
	}
}

func (e *editor) stepCount() int {
	n := 0
	for _, s := range e.d.Sections {
		n += len(s.Steps)
	}
	return n
}

// firstStepCard is all a routine with no exercise shows below its own
// fields: a way to add the first.
func (e *editor) firstStepCard() fyne.CanvasObject {
	if len(e.d.Sections) == 0 {
		e.d.Sections = []*routine.DraftSection{{}}
	}
	add := kit.NewButton(lang.X("editor.step.add", "Add exercise"), theme.ContentAddIcon(), func() { e.onAddStep(0) })
	e.inputs[sectionPath(0)+"#add"] = add
	note := widget.NewLabel(lang.X("editor.steps.none", "No exercises yet. Add the first from the library."))
	note.Wrapping = fyne.TextWrapWord
	msg := e.lines.Line(sectionPath(0), lang.X("editor.steps", "Exercises"))
	return widget.NewCard("", "", container.NewVBox(note, container.NewHBox(add), msg))
}

// sectionCard is section i's card with its fields and Add exercise, and
// the box in it that its step blocks go into.
func (e *editor) sectionCard(i int) (fyne.CanvasObject, *fyne.Container) {
	sec := e.d.Sections[i]
	path := sectionPath(i)
	name := e.textField(path+".name", lang.X("editor.section.name", "Section name"), lang.X("editor.section.name.hint", "Like “Warm-up”"), sec.Name, func(s string) { sec.Name = s })
	rounds := e.textField(path+".rounds", lang.X("editor.section.rounds", "Rounds"), kit.DefaultHint("1"), sec.Rounds, func(s string) { sec.Rounds = s })
	up := kit.NewButton(lang.X("editor.section.up", "Section up"), theme.MoveUpIcon(), func() { e.onMoveSection(i, -1) })
	down := kit.NewButton(lang.X("editor.section.down", "Section down"), theme.MoveDownIcon(), func() { e.onMoveSection(i, 1) })
	remove := kit.NewButton(lang.X("editor.section.remove", "Remove section"), theme.DeleteIcon(), func() { e.onRemoveSection(i) })
	up.Disable()
	if i > 0 {
		up.Enable()
	}
	if i == len(e.d.Sections)-1 {
		down.Disable()
	}
	msg := e.lines.Line(path, editorSectionTitle(i))
	// Rounds is a narrow column: its problems show on the section's line,
	// as wide as the card, where the range allowed can be read in full.
	roundsBox := rounds.(*fyne.Container)
	roundsBox.Objects = roundsBox.Objects[:len(roundsBox.Objects)-1]
	e.lines.Forget(path + ".rounds")
	e.lines.Share(path+".rounds", path)
	parts := []fyne.CanvasObject{
		container.NewGridWithColumns(3, up, down, remove),
		container.NewBorder(nil, nil, nil, container.NewGridWrap(fyne.NewSize(110, name.MinSize().Height), rounds), name),
		msg,
	}
	add := kit.NewButton(lang.X("editor.step.add", "Add exercise"), theme.ContentAddIcon(), func() { e.onAddStep(i) })
	parts = append(parts, widget.NewSeparator(), container.NewHBox(add))
	body := container.NewVBox(parts...)
	return widget.NewCard(editorSectionTitle(i), "", body), body
}

// stepBlock is one step: the exercise with its picture and buttons, then
// every value the step may set. Empty fields show what applies instead.
func (e *editor) stepBlock(at stepPos) fyne.CanvasObject {
	s := e.d.Sections[at.sec].Steps[at.step]
	lib := e.ui.cfg.Catalog.Library
	ex, known := lib.Exercise(s.Exercise)
	if !known {
		ex = routine.Neutral(s.Exercise)
	}
	hint := stepHints(ex, e.d, e.ui.locale)
	path := at.path()
	var fields []fyne.CanvasObject
	field := func(key, label string, value *string) {
		if !s.StepApplies(key, ex) {
			return
		}
		fields = append(fields, e.textField(path+"."+key, label, hint[key], *value, func(v string) { *value = v }))
		e.stepOf[e.inputs[path+"."+key]] = at
	}
	head := e.stepHeader(at, ex)
	msg := e.lines.Line(path, ex.Name) // before the fields: a problem about the step comes first
	field("sets", lang.X("editor.step.sets", "Sets"), &s.Sets)
	field("reps", lang.X("editor.step.reps", "Reps (or a range 10–15)"), &s.Reps)
	field("hold", lang.X("editor.step.hold", "Hold at the top"), &s.Hold)
	field("duration", lang.X("editor.step.duration", "Duration"), &s.Duration)
	field("tempo.lift", lang.X("editor.step.lift", "Lift takes"), &s.Lift)
	field("tempo.lower", lang.X("editor.step.lower", "Lower takes"), &s.Lower)
	field("rest", lang.X("editor.step.rest", "Rest between sets"), &s.Rest)
	field("rest_after", lang.X("editor.step.rest_after", "Rest after the last set"), &s.RestAfter)
	fields = append(fields, e.sidesField(at, s))
	if s.StepApplies("pace", ex) {
		fields = append(fields, e.paceField(at, s))
	}
	field("resistance", lang.X("editor.step.resistance", "Resistance"), &s.Resistance)
	e.lines.Share(path+".exercise", path)
	return container.NewVBox(head, msg, kit.NewFieldGrid(2, fields...))
}

func (e *editor) stepHeader(at stepPos, ex *routine.Exercise) fyne.CanvasObject {
	name := widget.NewLabelWithStyle(ex.Name, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	name.Wrapping = fyne.TextWrapWord
	facts := widget.NewLabel(exerciseFacts(ex))
	facts.Wrapping = fyne.TextWrapWord
	facts.SizeName = theme.SizeNameCaptionText
	buttons := []*kit.Button{
		kit.NewButton(lang.X("editor.step.up", "Up"), theme.MoveUpIcon(), func() { e.onMoveStep(at, -1, "") }),
		kit.NewButton(lang.X("editor.step.down", "Down"), theme.MoveDownIcon(), func() { e.onMoveStep(at, 1, "") }),
		kit.NewButton(lang.X("editor.step.change", "Change"), theme.SearchReplaceIcon(), func() { e.onChangeExercise(at) }),
		kit.NewButton(lang.X("editor.step.duplicate", "Duplicate"), theme.ContentCopyIcon(), func() { e.onDuplicateStep(at) }),
		kit.NewButton(lang.X("editor.step.remove", "Remove"), theme.DeleteIcon(), func() { e.onRemoveStep(at) }),
	}
	first := at.sec == 0 && at.step == 0
	last := at.sec == len(e.d.Sections)-1 && at.step == len(e.d.Sections[at.sec].Steps)-1
	if first {
		buttons[0].Disable()
	}
	if last {
		buttons[1].Disable()
	}
	// Three to a row, two where a translation's labels need it.
	row := container.New(&kit.ButtonRows{PerRow: 3, Fewest: 2})
	for i, b := range buttons {
		e.stepOf[b] = at
		e.inputs[fmt.Sprintf("%s#%d", at.path(), i)] = b
		row.Add(b)
	}
	pic := newStillFigure(e.ui.cfg.Figures.Motion(ex.ID), 72)
	return container.NewBorder(nil, nil, pic, nil, container.NewVBox(name, facts, row))
}

func (e *editor) sidesField(at stepPos, s *routine.DraftStep) fyne.CanvasObject {
	sel := kit.NewSelect(sidesChoices(), nil)
	sel.SetSelectedIndex(0)
	if s.SidesGiven {
		sel.SetSelectedIndex(slices.Index(sidesValues[1:], s.Sides) + 1)
	}
	sel.OnChanged = func(string) {
		i := sel.SelectedIndex()
		s.SidesGiven = i > 0
		s.Sides = sidesValues[max(i, 0)]
		e.onChanged()
	}
	return e.selectField(at, "sides", lang.X("editor.step.sides", "Sides"), sel)
}

func (e *editor) paceField(at stepPos, s *routine.DraftStep) fyne.CanvasObject {
	sel := kit.NewSelect(paceChoices(), nil)
	sel.SetSelectedIndex(max(slices.Index(paceValues, s.Pace), 0))
	sel.OnChanged = func(string) {
		s.Pace = paceValues[max(sel.SelectedIndex(), 0)]
		e.onChanged()
	}
	return e.selectField(at, "pace", lang.X("editor.step.pace", "Pace"), sel)
}

func (e *editor) selectField(at stepPos, key, label string, sel *kit.Select) fyne.CanvasObject {
	path := at.path() + "." + key
	changed := sel.OnChanged
	sel.OnChanged = func(s string) {
		e.lines.Touched[path] = true
		changed(s)
	}
	e.inputs[path] = sel
	e.stepOf[sel] = at
	return container.NewVBox(kit.Caption(label), sel, e.lines.Line(path, label))
}

// stepHints are what an empty field of a step shows: the value it gets
// when left so, or what to type where nothing is the default.
func stepHints(ex *routine.Exercise, d *routine.Draft, loc locale.Locale) map[string]string {
	r := &routine.Routine{}
	if v, err := routine.ParseDuration(d.RestAfter); err == nil {
		r.RestAfter = &v
	}
	p := r.Resolve(routine.Step{Exercise: ex.ID}, routine.NewLibrary(ex))
	h := map[string]string{
		"sets":       fmt.Sprint(p.Sets),
		"rest":       loc.Duration(p.Rest),
		"rest_after": loc.Duration(p.RestAfter),
	}
	if p.RepBased() {
		h["reps"] = loc.CountRange(p.Reps.Lo, p.Reps.Hi)
		h["tempo.lift"] = loc.Duration(p.Lift)
		h["tempo.lower"] = loc.Duration(p.Lower)
		if !p.Hold.IsZero() {
			h["hold"] = loc.DurationRange(p.Hold.Lo, p.Hold.Hi)
		}
	} else if !p.Duration.IsZero() {
		h["duration"] = loc.DurationRange(p.Duration.Lo, p.Duration.Hi)
	}
	for k, v := range h {
		h[k] = kit.DefaultHint(v)
	}
	h["resistance"] = lang.X("editor.step.resistance.hint", "e.g. light band")
	return h
}

// exerciseFacts is a one-line description: kind, equipment, muscles.
func exerciseFacts(ex *routine.Exercise) string {
	parts := []string{factsKind(string(ex.Kind))}
	if len(ex.Equipment) > 0 {
		gear := make([]string, len(ex.Equipment))
		for i, entry := range ex.Equipment {
			gear[i] = equipmentEntry(entry)
		}
		parts = append(parts, strings.Join(gear, ", "))
	}
	if len(ex.Muscles) > 0 {
		parts = append(parts, strings.Join(ex.Muscles, ", "))
	}
	if !ex.BuiltIn && ex.File != "" {
		parts = append(parts, lang.X("editor.facts.own", "your own"))
	}
	return strings.Join(parts, " · ")
}

// factsKind is a kind as the facts line reads it, in the middle of a
// line (lower case where the language writes it so).
func factsKind(kind string) string {
	switch routine.Kind(kind) {
	case routine.Warmup:
		return lang.X("editor.facts.warmup", "warm-up")
	case routine.Strength:
		return lang.X("editor.facts.strength", "strength")
	case routine.Stretch:
		return lang.X("editor.facts.stretch", "stretch")
	}
	return kind
}
