package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// barHeight is a bar's thickness: enough to read at a glance across the
// room.
const barHeight = 10

// Bar is a thin progress bar, an opaque track with a fill, square. Fyne's
// ProgressBar is as tall as a line of text, see-through and rounded;
// under software rendering the player repaints every pixel of the window
// on every frame of the figure, so the player's bars are thin, opaque and
// drawn with the plain rectangle shader.
type Bar struct {
	widget.BaseWidget
	Value float64 // 0 to 1
}

// NewBar is an empty bar.
func NewBar() *Bar {
	b := &Bar{}
	b.ExtendBaseWidget(b)
	return b
}

// SetValue moves the bar, redrawing only when it moved.
func (b *Bar) SetValue(v float64) {
	v = min(max(v, 0), 1)
	if v == b.Value {
		return
	}
	b.Value = v
	b.Refresh()
}

func (b *Bar) CreateRenderer() fyne.WidgetRenderer {
	r := &barRenderer{b: b, track: canvas.NewRectangle(nil), fill: canvas.NewRectangle(nil)}
	r.Refresh()
	return r
}

type barRenderer struct {
	b           *Bar
	track, fill *canvas.Rectangle
}

func (r *barRenderer) Layout(size fyne.Size) {
	y := (size.Height - barHeight) / 2
	r.track.Move(fyne.NewPos(0, y))
	r.track.Resize(fyne.NewSize(size.Width, barHeight))
	r.fill.Move(fyne.NewPos(0, y))
	r.fill.Resize(fyne.NewSize(size.Width*float32(r.b.Value), barHeight))
	r.fill.Hidden = r.b.Value == 0
}

func (r *barRenderer) MinSize() fyne.Size { return fyne.NewSize(4*barHeight, barHeight) }

func (r *barRenderer) Refresh() {
	r.track.FillColor = theme.Color(theme.ColorNameInputBackground)
	r.fill.FillColor = theme.Color(theme.ColorNamePrimary)
	r.Layout(r.b.Size())
	r.track.Refresh()
	r.fill.Refresh()
}

func (r *barRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.track, r.fill} }
func (r *barRenderer) Destroy()                     {}
