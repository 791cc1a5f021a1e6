package kit

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Radio is a row of choices of which one is chosen. Fyne's radio group
// gives the focus to each choice, a widget of its own that keeps every key,
// so Esc could not leave a screen from it; this one is a single stop for
// Tab, as radio buttons are elsewhere: Left and Right (or Up and Down)
// choose, Esc passes on, and a ring shows the focus round the choice.
type Radio struct {
	widget.BaseWidget
	Options   []string
	Selected  string
	OnChanged func(string)
	// Labels, when set, are what each option reads as (a translation);
	// the options stay the values chosen.
	Labels map[string]string

	focused bool
	spans   [][2]float32 // each choice's left and right edge at the last layout
}

// NewRadio offers options, one per button, and calls changed with the
// one chosen.
func NewRadio(options []string, changed func(string)) *Radio {
	r := &Radio{Options: options, OnChanged: changed}
	r.ExtendBaseWidget(r)
	return r
}

// SetSelected chooses option and tells OnChanged when that is a change.
func (r *Radio) SetSelected(option string) {
	if option == r.Selected || !slices.Contains(r.Options, option) {
		return
	}
	r.Selected = option
	r.Refresh()
	if r.OnChanged != nil {
		r.OnChanged(option)
	}
}

func (r *Radio) FocusGained() {
	r.focused = true
	r.Refresh()
	BringIntoView(r)
}

func (r *Radio) FocusLost() {
	r.focused = false
	r.Refresh()
	followFocus(r)
}

func (r *Radio) TypedRune(rune) {}

func (r *Radio) TypedKey(ev *fyne.KeyEvent) {
	at := slices.Index(r.Options, r.Selected)
	switch ev.Name {
	case fyne.KeyLeft, fyne.KeyUp:
		r.SetSelected(r.Options[max(at-1, 0)])
	case fyne.KeyRight, fyne.KeyDown:
		r.SetSelected(r.Options[min(at+1, len(r.Options)-1)])
	case fyne.KeySpace:
		if at < 0 && len(r.Options) > 0 {
			r.SetSelected(r.Options[0])
		}
	default:
		forwardEscape(r, ev)
	}
}

// Tapped chooses the option under the pointer.
func (r *Radio) Tapped(ev *fyne.PointEvent) {
	for i, s := range r.spans {
		if ev.Position.X >= s[0] && ev.Position.X < s[1] {
			r.SetSelected(r.Options[i])
			return
		}
	}
}

func (r *Radio) CreateRenderer() fyne.WidgetRenderer {
	items := &radioItems{r: r}
	items.build()
	return newRingRenderer(items, func() bool { return r.focused })
}

// radioItems draws each choice as its radio icon and label.
type radioItems struct {
	r      *Radio
	icons  []*widget.Icon
	labels []*widget.Label
	objs   []fyne.CanvasObject
}

func (ri *radioItems) build() {
	r := ri.r
	ri.icons, ri.labels, ri.objs = nil, nil, nil
	for _, o := range r.Options {
		icon := widget.NewIcon(radioIcon(o == r.Selected))
		label := widget.NewLabel(r.label(o))
		ri.icons = append(ri.icons, icon)
		ri.labels = append(ri.labels, label)
		ri.objs = append(ri.objs, icon, label)
	}
}

func radioIcon(chosen bool) fyne.Resource {
	if chosen {
		return theme.NewColoredResource(theme.RadioButtonCheckedIcon(), theme.ColorNamePrimary)
	}
	return theme.NewColoredResource(theme.RadioButtonIcon(), theme.ColorNameInputBorder)
}

func (ri *radioItems) Layout(size fyne.Size) {
	r := ri.r
	pad, iconSize := theme.Padding(), theme.IconInlineSize()
	x := pad
	r.spans = r.spans[:0]
	for i, icon := range ri.icons {
		lw := ri.labels[i].MinSize().Width
		place(icon, x, (size.Height-iconSize)/2, iconSize, iconSize)
		place(ri.labels[i], x+iconSize, 0, lw, size.Height)
		r.spans = append(r.spans, [2]float32{x - pad, x + iconSize + lw})
		x += iconSize + lw + pad
	}
}

func (ri *radioItems) MinSize() fyne.Size {
	pad, iconSize := theme.Padding(), theme.IconInlineSize()
	w, h := pad, iconSize+2*pad
	for _, l := range ri.labels {
		m := l.MinSize()
		w += iconSize + m.Width + pad
		h = max(h, m.Height)
	}
	return fyne.NewSize(w, h)
}

func (ri *radioItems) Objects() []fyne.CanvasObject { return ri.objs }

func (ri *radioItems) Refresh() {
	r := ri.r
	if len(ri.labels) != len(r.Options) {
		ri.build()
	}
	for i, o := range r.Options {
		ri.labels[i].SetText(r.label(o))
		ri.icons[i].SetResource(radioIcon(o == r.Selected))
	}
}

func (ri *radioItems) Destroy() {}

// label is how option reads.
func (r *Radio) label(option string) string {
	if l, ok := r.Labels[option]; ok {
		return l
	}
	return option
}
