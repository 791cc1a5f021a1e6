package kit

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Stepper is a number with − and + buttons, for reps done.
type Stepper struct {
	Value   int // the count shown; change it with SetValue
	lo, hi  int
	label   *widget.Label
	Minus   *widget.Button  // takes one off
	Plus    *widget.Button  // adds one
	Content *fyne.Container // the stepper to put on screen
}

// NewStepper counts from lo to hi, starting at lo.
func NewStepper(lo, hi int) *Stepper {
	s := &Stepper{lo: lo, hi: hi}
	s.label = widget.NewLabelWithStyle("", fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	s.Minus = widget.NewButtonWithIcon("", theme.ContentRemoveIcon(), func() { s.SetValue(s.Value - 1) })
	s.Plus = widget.NewButtonWithIcon("", theme.ContentAddIcon(), func() { s.SetValue(s.Value + 1) })
	s.Content = container.NewHBox(s.Minus, s.label, s.Plus)
	s.SetValue(lo)
	return s
}

// SetValue shows v, kept within the stepper's bounds.
func (s *Stepper) SetValue(v int) {
	s.Value = min(max(v, s.lo), s.hi)
	s.label.SetText(fmt.Sprintf("%3d", s.Value))
}
