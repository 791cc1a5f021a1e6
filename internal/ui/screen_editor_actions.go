package ui

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/ui/kit"
)

// onMoveStep moves a step up or down by one; past the end of its section
// it moves into the next section. focusPath is the field that had the
// focus ("" for the buttons), which keeps it after the move.
func (e *editor) onMoveStep(at stepPos, delta int, focusPath string) {
	to, ok := e.moveStep(at, delta)
	if !ok {
		return
	}
	e.refreshSections(func() { e.refocus(at, to, focusPath, delta) })
}

func (e *editor) moveStep(at stepPos, delta int) (stepPos, bool) {
	secs := e.d.Sections
	steps := secs[at.sec].Steps
	s := steps[at.step]
	to := stepPos{at.sec, at.step + delta}
	switch {
	case to.step >= 0 && to.step < len(steps):
		steps[at.step], steps[to.step] = steps[to.step], s
		return to, true
	case delta < 0 && at.sec > 0:
		to = stepPos{at.sec - 1, len(secs[at.sec-1].Steps)}
	case delta > 0 && at.sec < len(secs)-1:
		to = stepPos{at.sec + 1, 0}
	default:
		return at, false
	}
	secs[at.sec].Steps = slices.Delete(steps, at.step, at.step+1)
	secs[to.sec].Steps = slices.Insert(secs[to.sec].Steps, to.step, s)
	return to, true
}

// refocus puts the focus back on the moved step: on the field that had
// it, or on the button that moved it.
func (e *editor) refocus(from, to stepPos, focusPath string, delta int) {
	target := ""
	if focusPath != "" {
		target = to.path() + focusPath[len(from.path()):]
	} else if delta < 0 {
		target = to.path() + "#0"
	} else {
		target = to.path() + "#1"
	}
	in, ok := e.inputs[target]
	if !ok {
		return
	}
	if b, isButton := in.(fyne.Disableable); isButton && b.Disabled() {
		// The moved step reached an end; the other move button still works.
		in = e.inputs[to.path()+map[bool]string{true: "#1", false: "#0"}[delta < 0]]
	}
	e.ui.win.Canvas().Focus(in)
}

func (e *editor) onDuplicateStep(at stepPos) {
	sec := e.d.Sections[at.sec]
	sec.Steps = slices.Insert(sec.Steps, at.step+1, sec.Steps[at.step].Clone())
	e.refreshSections(func() { e.focus(stepPos{at.sec, at.step + 1}.path() + ".sets") })
}

func (e *editor) onRemoveStep(at stepPos) {
	sec := e.d.Sections[at.sec]
	sec.Steps = slices.Delete(sec.Steps, at.step, at.step+1)
	e.refreshSections(nil)
}

func (e *editor) onMoveSection(i, delta int) {
	j := i + delta
	if j < 0 || j >= len(e.d.Sections) {
		return
	}
	s := e.d.Sections
	s[i], s[j] = s[j], s[i]
	e.refreshSections(func() { e.focus(sectionPath(j) + ".name") })
}

func (e *editor) onRemoveSection(i int) {
	e.d.Sections = slices.Delete(e.d.Sections, i, i+1)
	e.refreshSections(nil)
}

func (e *editor) onAddSection() {
	e.d.Sections = append(e.d.Sections, &routine.DraftSection{})
	e.refreshSections(func() { e.focus(sectionPath(len(e.d.Sections)-1) + ".name") })
}

// onAddStep opens the exercise library; the chosen exercise becomes the
// section's last step.
func (e *editor) onAddStep(sec int) {
	e.pickExercise(lang.X("editor.pick.add", "Add an exercise"), func(ex *routine.Exercise) {
		s := e.d.Sections[sec]
		s.Steps = append(s.Steps, &routine.DraftStep{Exercise: ex.ID})
		at := stepPos{sec, len(s.Steps) - 1}
		e.refreshSections(func() {
			e.focus(at.path() + ".sets")
			e.showStepHeader(at)
		})
	})
}

// showStepHeader scrolls the step's picture and name into view too, when
// they fit with the field that has the focus.
func (e *editor) showStepHeader(at stepPos) {
	head, ok := e.inputs[at.path()+"#0"].(fyne.CanvasObject)
	if !ok {
		return
	}
	c := e.ui.win.Canvas()
	kit.BringIntoViewOn(c, head)
	kit.KeepFocusInView(c)
}

// onChangeExercise swaps a step's exercise, keeping its values.
func (e *editor) onChangeExercise(at stepPos) {
	e.pickExercise(lang.X("editor.pick.change", "Change the exercise"), func(ex *routine.Exercise) {
		e.d.Sections[at.sec].Steps[at.step].Exercise = ex.ID
		e.refreshSections(func() { e.focus(at.path() + ".sets") })
	})
}

// pickExercise shows the library; the editor comes back on a choice or on
// Back.
func (e *editor) pickExercise(title string, then func(*routine.Exercise)) {
	e.close()
	back := func() {
		e.picker = nil
		e.show()
	}
	e.picker = e.ui.showLibrary(title, func(ex *routine.Exercise) {
		back()
		then(ex)
	}, back)
}

// focus puts the focus on the field at path and scrolls it into view
// with its caption.
func (e *editor) focus(path string) {
	if in, ok := e.inputs[path]; ok {
		c := e.ui.win.Canvas()
		c.Focus(in)
		e.sizeForm()
		kit.KeepFocusInView(c)
	}
}

// sizeForm gives the form its new size at once: the window's driver does
// so only when it next draws, and a scroll to a step just added went by
// the old size (the top, for a routine that had fitted the window).
func (e *editor) sizeForm() {
	form, view := e.scroll.Content, e.scroll.Size()
	need := form.MinSize()
	form.Resize(fyne.NewSize(max(need.Width, view.Width), max(need.Height, view.Height)))
}
