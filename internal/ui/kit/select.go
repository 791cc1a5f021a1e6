package kit

import (
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Select is a drop-down list that scrolls into view when it gets the
// focus and passes Esc on. Enter opens it, as Space does; typing letters
// chooses the next option that begins with them, as in other desktop
// apps, so a long list (the voices) is quick to go through by keyboard.
type Select struct {
	widget.Select
	values map[string]string // the value behind each label, when they differ

	typed     string    // the letters typed in a row, to find an option by
	lastTyped time.Time // when the last of them came
}

// typeAheadPause is the pause after which letters typed start a new
// search rather than adding to the one before.
const typeAheadPause = time.Second

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
	switch {
	case forwardEscape(s, ev):
	case ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter:
		s.Select.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
	default:
		s.Select.TypedKey(ev)
	}
}

// TypedRune chooses, by the letters typed so far, the first option from
// the one chosen on that begins with them; a letter typed again alone
// moves on to the next option with it.
func (s *Select) TypedRune(r rune) {
	if s.Disabled() || r == ' ' {
		return
	}
	now := time.Now()
	if now.Sub(s.lastTyped) > typeAheadPause {
		s.typed = ""
	}
	s.lastTyped = now
	s.typed += strings.ToLower(string(r))
	prefix, from := s.typed, s.SelectedIndex()
	if one := string([]rune(s.typed)[0]); strings.Repeat(one, len([]rune(s.typed))) == s.typed {
		prefix, from = one, from+1 // one letter, again and again: the next option with it
	}
	if i := optionFrom(s.Options, max(from, 0), prefix); i >= 0 {
		s.SetSelectedIndex(i)
	}
}

// optionFrom is the index of the first option, from start on and then
// round from the top, that begins with prefix (in lower case); -1: none.
func optionFrom(options []string, start int, prefix string) int {
	n := len(options)
	for k := range n {
		i := (start + k) % n
		if strings.HasPrefix(strings.ToLower(options[i]), prefix) {
			return i
		}
	}
	return -1
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
