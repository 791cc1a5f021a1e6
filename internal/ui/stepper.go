package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// stepper is a number with − and + buttons, for reps done.
type stepper struct {
	value, lo, hi int
	label         *widget.Label
	minus, plus   *widget.Button
	content       *fyne.Container
}

func newStepper(lo, hi int) *stepper {
	s := &stepper{lo: lo, hi: hi}
	s.label = widget.NewLabelWithStyle("", fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	s.minus = widget.NewButtonWithIcon("", theme.ContentRemoveIcon(), func() { s.setValue(s.value - 1) })
	s.plus = widget.NewButtonWithIcon("", theme.ContentAddIcon(), func() { s.setValue(s.value + 1) })
	s.content = container.NewHBox(s.minus, s.label, s.plus)
	s.setValue(lo)
	return s
}

func (s *stepper) setValue(v int) {
	s.value = min(max(v, s.lo), s.hi)
	s.label.SetText(fmt.Sprintf("%3d", s.value))
}
