package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/postureapp/posture/internal/session"
)

// figureView is the illustration area of the player: a frame sized for
// the exercise figure.
type figureView struct {
	widget.BaseWidget
	frame *canvas.Rectangle
	label *widget.Label
}

func newFigureView(_ any) *figureView {
	f := &figureView{}
	f.frame = canvas.NewRectangle(theme.Color(theme.ColorNameInputBackground))
	f.frame.CornerRadius = 12
	f.label = widget.NewLabelWithStyle("", fyne.TextAlignCenter, fyne.TextStyle{Italic: true})
	f.ExtendBaseWidget(f)
	return f
}

func (f *figureView) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewStack(f.frame, container.NewCenter(f.label)))
}

func (f *figureView) MinSize() fyne.Size { return fyne.NewSize(200, 200) }

func (f *figureView) show(s session.Segment, paused bool) {
	if s.Exercise != nil {
		f.label.SetText(s.Exercise.Name)
	}
}

func (f *figureView) setPaused(bool) {}
func (f *figureView) stop()          {}
