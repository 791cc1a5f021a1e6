package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// Slider is a slider that scrolls into view when it gets the focus and
// passes Esc on.
type Slider struct{ widget.Slider }

// NewSlider moves in whole steps from lo to hi.
func NewSlider(lo, hi float64) *Slider {
	s := &Slider{}
	s.Min, s.Max, s.Step = lo, hi, 1
	s.Orientation = widget.Horizontal
	s.ExtendBaseWidget(s)
	return s
}

func (s *Slider) FocusGained() {
	s.Slider.FocusGained()
	BringIntoView(s)
}

func (s *Slider) FocusLost() {
	s.Slider.FocusLost()
	followFocus(s)
}

func (s *Slider) TypedKey(ev *fyne.KeyEvent) {
	if !forwardEscape(s, ev) {
		s.Slider.TypedKey(ev)
	}
}
