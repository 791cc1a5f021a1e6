package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Select is a drop-down list that scrolls into view when it gets the
// focus and passes Esc on.
type Select struct {
	widget.Select
	values map[string]string // the value behind each label, when they differ
}

// NewLabelledSelect offers values under labels (capitalised, readable);
// value gives the value chosen.
func NewLabelledSelect(labels, values []string, changed func(string)) *Select {
	s := NewSelect(labels, changed)
	s.values = map[string]string{}
	for i, l := range labels {
		s.values[l] = values[i]
	}
	return s
}

// Value is the value behind the choice shown.
func (s *Select) Value() string {
	if v, ok := s.values[s.Selected]; ok {
		return v
	}
	return s.Selected
}

// NewSelect is a drop-down list of options that calls changed with the
// one chosen.
func NewSelect(options []string, changed func(string)) *Select {
	s := &Select{}
	s.Options, s.OnChanged = options, changed
	s.ExtendBaseWidget(s)
	return s
}

func (s *Select) FocusGained() {
	s.Select.FocusGained()
	BringIntoView(s)
}

func (s *Select) FocusLost() {
	s.Select.FocusLost()
	followFocus(s)
}

func (s *Select) TypedKey(ev *fyne.KeyEvent) {
	if !forwardEscape(s, ev) {
		s.Select.TypedKey(ev)
	}
}

// WidestOption is the width the select needs to show its longest option
// in full, so no choice is cut short.
func (s *Select) WidestOption() float32 {
	widest := float32(0)
	for _, o := range s.Options {
		widest = max(widest, fyne.MeasureText(o, theme.TextSize(), fyne.TextStyle{}).Width)
	}
	pad := theme.InnerPadding()
	return widest + pad*4 + theme.IconInlineSize()
}
