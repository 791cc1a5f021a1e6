package ui

import (
	"image"
	"math"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/postureapp/posture/internal/figure"
	"github.com/postureapp/posture/internal/session"
)

// figureView draws the exercise pictogram and moves it with the session:
// start to end during a lift, held during a hold, back during a lower,
// looping for warm-ups. The player's frame clock calls update at the
// frame rate only while it moves; a still figure is drawn once.
type figureView struct {
	widget.BaseWidget
	lib     figure.Library
	state   func() session.State // where the session is, for the animation
	animate bool                 // false on a test clock: draw each segment once

	motion *figure.Motion
	seg    session.Segment
	paused bool
	pose   figure.Pose
	drawn  figure.Pose // the pose in img
	img    *image.RGBA
	raster *canvas.Raster
}

func newFigureView(lib figure.Library, state func() session.State, animate bool) *figureView {
	f := &figureView{lib: lib, state: state, animate: animate}
	f.raster = canvas.NewRaster(f.draw)
	f.raster.ScaleMode = canvas.ImageScaleSmooth
	f.ExtendBaseWidget(f)
	return f
}

func (f *figureView) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(f.raster)
}

func (f *figureView) MinSize() fyne.Size { return fyne.NewSize(180, 180) }

// draw renders the current pose at the raster's pixel size, reusing the
// last picture when neither changed.
func (f *figureView) draw(w, h int) image.Image {
	if w <= 0 || h <= 0 || f.motion == nil {
		return image.NewRGBA(image.Rect(0, 0, 1, 1))
	}
	if f.img == nil || f.img.Bounds().Dx() != w || f.img.Bounds().Dy() != h {
		f.img = image.NewRGBA(image.Rect(0, 0, w, h))
	} else if f.pose.Equal(f.drawn) {
		return f.img
	}
	figure.Render(f.pose, f.img, themePalette())
	f.drawn = f.pose
	return f.img
}

// show switches to segment s; the player then calls update on every
// frame while moves reports true.
func (f *figureView) show(s session.Segment, paused bool) {
	f.seg, f.paused = s, paused
	if s.Exercise != nil {
		f.motion = f.lib.Motion(s.Exercise.ID)
	}
	f.update()
}

func (f *figureView) setPaused(paused bool) { f.paused = paused }

// update works out the pose for now and repaints if it changed.
func (f *figureView) update() {
	if f.motion == nil {
		return
	}
	var into time.Duration
	if f.state != nil {
		into = f.state().Into
	}
	p := f.motion.At(f.moment(into))
	if p.Equal(f.pose) && f.img != nil {
		return
	}
	f.pose = p
	f.raster.Refresh()
}

// moment maps the session's segment to what the figure shows.
func (f *figureView) moment(into time.Duration) figure.Moment {
	s := f.seg
	mo := figure.Moment{Side: sideOf(s.Side)}
	progress := 1.0 // drawn once: show where the movement goes
	if s.Length > 0 && f.animate {
		progress = math.Min(float64(into)/float64(s.Length), 1)
	}
	switch s.Phase {
	case session.PhaseLift:
		mo.Phase, mo.Progress = figure.Lift, progress
	case session.PhaseHold:
		mo.Phase = figure.Hold
	case session.PhaseLower:
		mo.Phase, mo.Progress = figure.Lower, progress
	case session.PhaseWork:
		mo.Phase, mo.Elapsed = f.motion.TimedPhase(), into
	case session.PhaseSet:
		return f.selfPaced(mo, into)
	case session.PhaseRest:
		mo.Phase = figure.Rest
	default:
		mo.Phase = figure.Still
	}
	return mo
}

// selfPaced shows a self-paced set at the step's tempo, rep after rep, so
// the figure still demonstrates the movement.
func (f *figureView) selfPaced(mo figure.Moment, into time.Duration) figure.Moment {
	p := f.seg.Plan
	if !p.RepBased() {
		mo.Phase, mo.Elapsed = f.motion.TimedPhase(), into
		return mo
	}
	lift, hold, lower := p.Lift, p.Hold.Lo, p.Lower
	cycle := lift + hold + lower
	if cycle <= 0 {
		mo.Phase = figure.Hold
		return mo
	}
	t := into % cycle
	switch {
	case t < lift:
		mo.Phase, mo.Progress = figure.Lift, float64(t)/float64(lift)
	case t < lift+hold:
		mo.Phase = figure.Hold
	default:
		mo.Phase, mo.Progress = figure.Lower, float64(t-lift-hold)/float64(max(lower, 1))
	}
	return mo
}

// moves reports whether the figure changes during the current segment,
// so the player knows when to drive it at the frame rate.
func (f *figureView) moves() bool {
	if f.motion == nil || f.paused || !f.animate {
		return false
	}
	if f.seg.Phase == session.PhaseSet {
		return true
	}
	return f.motion.Moves(f.moment(0).Phase)
}

func sideOf(s string) figure.Side {
	switch s {
	case "left":
		return figure.Left
	case "right":
		return figure.Right
	}
	return figure.NoSide
}

// themePalette colours the figure from the current theme.
func themePalette() figure.Palette {
	return figure.Palette{
		Background: theme.Color(theme.ColorNameInputBackground),
		Body:       theme.Color(theme.ColorNameForeground),
		Accent:     theme.Color(theme.ColorNameWarning),
		Prop:       theme.Color(theme.ColorNameDisabled),
		Arrow:      theme.Color(theme.ColorNamePrimary),
	}
}
