package kit

import (
	"image"
	"math"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/postureapp/posture/internal/figure"
	"github.com/postureapp/posture/internal/framerate"
	"github.com/postureapp/posture/internal/session"
)

// reelLimit caps the pictures a figure keeps for reuse: a rep at the
// display's rate in a full-screen window fits with room to spare.
const reelLimit = 4 << 20

// FigureView draws the exercise pictogram and moves it with the session:
// start to end during a lift, held during a hold, back during a lower,
// looping for warm-ups.
//
// Under software rendering every frame repaints the whole window, so
// frames are what the player's CPU goes on. The figure therefore draws
// frames only while it moves, while the session runs and while the window
// can be seen, at the rate the governor allows; when even the slowest
// rate that reads as motion costs too much, it shows the key positions,
// as "still" does. Frame k of a segment falls k/rate into it, so every rep
// meets the same poses and the reel copies them instead of rendering.
type FigureView struct {
	widget.BaseWidget
	lib     figure.Library
	state   func() session.State // where the session is, for the animation
	animate bool                 // false on a test clock: draw each segment once
	speed   float64              // routine time per real time (--speed)
	gov     *framerate.Governor

	Motion *figure.Motion // the exercise's moves now shown; nil before the first
	seg    session.Segment
	paused bool
	hidden bool // nobody can see the window
	frame  int  // the frame of the segment on show
	pose   figure.Pose
	img    *image.RGBA // the whole picture, at the display's pixels
	reel   *figure.Reel
	pic    fyne.Position // where the picture sits in the widget
	picSz  fyne.Size     // and how large it is
	shown  drawing       // what the patches on show were made from
	inks   []*inkPatch   // the parts of the picture shown; the rest is window background
	size   fyne.Size     // the widget's, at the last layout
	clock  chan struct{} // closed to stop the running frame clock; nil when none runs
}

// drawing is what a picture on show depends on: the pose, where the
// picture sits, and the reel, which stands for its pixel size and
// palette.
type drawing struct {
	pose figure.Pose
	at   fyne.Position
	reel *figure.Reel
}

// inkPatch shows one rectangle of the picture that holds ink. A patch
// keeps its own copy of its pixels: a texture is made from a whole image.
type inkPatch struct {
	raster *canvas.Raster
	pixels *image.RGBA
	buf    []byte // pixels' memory, kept from frame to frame: Fyne copies it into a texture as it paints
}

func newInkPatch() *inkPatch {
	p := &inkPatch{pixels: image.NewRGBA(image.Rect(0, 0, 1, 1))}
	p.raster = canvas.NewRaster(func(int, int) image.Image { return p.pixels })
	// Drawn at the size it is shown, so the nearest pixel is the right
	// one, and the cheapest for a software renderer to find.
	p.raster.ScaleMode = canvas.ImageScalePixels
	return p
}

// copyFrom takes rectangle r of img as the patch's pixels.
func (p *inkPatch) copyFrom(img *image.RGBA, r image.Rectangle) {
	if p.pixels.Rect.Dx() != r.Dx() || p.pixels.Rect.Dy() != r.Dy() {
		need := 4 * r.Dx() * r.Dy()
		if cap(p.buf) < need {
			p.buf = make([]byte, need)
		}
		p.pixels = &image.RGBA{Pix: p.buf[:need], Stride: 4 * r.Dx(), Rect: image.Rect(0, 0, r.Dx(), r.Dy())}
	}
	for y := r.Min.Y; y < r.Max.Y; y++ {
		copy(p.pixels.Pix[(y-r.Min.Y)*p.pixels.Stride:][:4*r.Dx()], img.Pix[img.PixOffset(r.Min.X, y):])
	}
}

// NewFigureView draws the exercises of lib. state is the session's state,
// read on each frame; animate false (tests) keeps the figure still;
// speed scales its clock, and gov sets its frame rate within the app's
// CPU budget.
func NewFigureView(lib figure.Library, state func() session.State, animate bool, speed float64, gov *framerate.Governor) *FigureView {
	f := &FigureView{lib: lib, state: state, animate: animate, speed: speed, gov: gov}
	f.ExtendBaseWidget(f)
	return f
}

func (f *FigureView) CreateRenderer() fyne.WidgetRenderer { return figureRenderer{f} }

// figureRenderer lays the picture out at the figure's own shape, centred
// in the widget, and shows only the parts of it with ink: under software
// rendering every frame costs by the pixel drawn, and the rest is window
// background the picture would only repeat.
type figureRenderer struct{ f *FigureView }

func (r figureRenderer) Layout(size fyne.Size) { r.f.layout(size) }
func (r figureRenderer) MinSize() fyne.Size    { return r.f.MinSize() }
func (r figureRenderer) Refresh()              { r.f.paint() } // the theme may have changed
func (r figureRenderer) Destroy()              {}

func (r figureRenderer) Objects() []fyne.CanvasObject {
	objs := make([]fyne.CanvasObject, len(r.f.inks))
	for i, p := range r.f.inks {
		objs[i] = p.raster
	}
	return objs
}

// layout places the picture for the widget's size. A new size means
// frames cost something else: the governor measures again.
func (f *FigureView) layout(size fyne.Size) {
	if size != f.size {
		if !f.size.IsZero() {
			f.gov.Reset()
			defer f.runClock()
		}
		f.size = size
	}
	aspect := 1.0
	if f.Motion != nil {
		aspect = f.Motion.Aspect()
	}
	// The figure as large as the whole widget allows, with the margin
	// figure.Render leaves around it.
	w, h := float64(size.Width), float64(size.Height)
	margin := 0.03 * math.Min(w, h)
	fw := math.Min(w-2*margin, (h-2*margin)*aspect)
	fw = math.Max(fw, 0)
	pw, ph := math.Min(w, fw+2*margin), math.Min(h, fw/aspect+2*margin)
	f.picSz, f.pic = fyne.NewSize(float32(pw), float32(ph)), fyne.NewPos(float32((w-pw)/2), float32((h-ph)/2))
	f.paint()
}

func (f *FigureView) MinSize() fyne.Size { return fyne.NewSize(180, 180) }

// paint draws the current pose at the picture's size in the display's
// pixels and shows the parts of it with ink, unless they are on show.
func (f *FigureView) paint() {
	scale := float32(1)
	if c := fyne.CurrentApp().Driver().CanvasForObject(f); c != nil {
		scale = c.Scale()
	}
	w, h := int(math.Round(float64(f.picSz.Width*scale))), int(math.Round(float64(f.picSz.Height*scale)))
	if w <= 0 || h <= 0 || f.pose == (figure.Pose{}) {
		f.shown = drawing{}
		f.showInk(nil, 1)
		return
	}
	if f.img == nil || f.img.Rect.Dx() != w || f.img.Rect.Dy() != h {
		f.img = image.NewRGBA(image.Rect(0, 0, w, h))
	}
	if pal := ThemePalette(); f.reel == nil || !f.reel.Fits(w, h, pal) {
		f.reel = figure.NewReel(w, h, pal, reelLimit)
	}
	now := drawing{f.pose, f.pic, f.reel}
	if now == f.shown {
		return
	}
	f.shown = now
	f.showInk(f.reel.Draw(f.pose, f.img), scale)
	if f.clock != nil && f.gov.Frame(time.Now()) {
		defer f.runClock() // the rate changed
	}
}

// showInk shows rectangles ink of the picture (in its pixels, scale to
// a unit) and hides the patches left over.
func (f *FigureView) showInk(ink []image.Rectangle, scale float32) {
	grew := len(ink) > len(f.inks)
	for len(f.inks) < len(ink) {
		f.inks = append(f.inks, newInkPatch())
	}
	for i, p := range f.inks {
		if i >= len(ink) {
			p.raster.Hide()
			continue
		}
		r := ink[i]
		p.copyFrom(f.img, r)
		p.raster.Move(f.pic.Add(fyne.NewPos(float32(r.Min.X)/scale, float32(r.Min.Y)/scale)))
		p.raster.Resize(fyne.NewSize(float32(r.Dx())/scale, float32(r.Dy())/scale))
		p.raster.Show()
		p.raster.Refresh()
	}
	if c := fyne.CurrentApp().Driver().CanvasForObject(f); grew && c != nil {
		c.Refresh(f) // new patches are not on the canvas yet: paint them too
	}
}

// ShowSegment switches to segment s, drawn from its start.
func (f *FigureView) ShowSegment(s session.Segment) {
	f.seg, f.frame = s, 0
	if s.Exercise != nil {
		if m := f.lib.Motion(s.Exercise.ID); m != f.Motion {
			f.Motion = m
			f.layout(f.Size()) // its own shape
		}
	}
	f.setPose()
	f.gov.Retry(time.Now()) // the key positions may have been for a busy spell only
	f.runClock()
}

// SetPaused stops the figure where it is, or starts it again.
func (f *FigureView) SetPaused(paused bool) {
	f.paused = paused
	f.runClock()
}

// SetHidden says whether anyone can see the window: minimised or covered,
// nothing moves.
func (f *FigureView) SetHidden(hidden bool) {
	f.hidden = hidden
	f.runClock()
}

// setPose draws frame f.frame of the segment if its pose is new.
func (f *FigureView) setPose() {
	if f.Motion == nil {
		return
	}
	p := f.Motion.At(f.moment(f.frameInto(f.frame)))
	f.pose = p
	f.paint()
}

// moves reports whether frames are due: the figure changes during the
// segment, the session runs, someone can see it and the budget allows.
func (f *FigureView) moves() bool {
	if f.Motion == nil || f.paused || f.hidden || !f.animate || f.gov.Rate() == 0 {
		return false
	}
	if f.seg.Phase == session.PhaseSet {
		return true
	}
	return f.Motion.Moves(f.phase())
}

// runClock starts the frame clock for the segment on show, at the
// governor's rate, or stops it when no frames are due.
func (f *FigureView) runClock() {
	if f.clock != nil {
		close(f.clock)
		f.clock = nil
	}
	if !f.moves() {
		f.gov.Pause(time.Now()) // time without frames is not a frame's cost
		f.setPose()             // the key position, when the budget allows no motion
		return
	}
	stop := make(chan struct{})
	f.clock = stop
	go f.tick(stop, f.gov.Rate())
}

// tick wakes at every frame of the segment until stop is closed, and
// hands each frame to the UI goroutine.
func (f *FigureView) tick(stop chan struct{}, rate float64) {
	t := time.NewTimer(0)
	defer t.Stop()
	<-t.C
	for {
		into := f.state().Into.Seconds()
		k := int(into*rate) + 1
		t.Reset(time.Duration((float64(k)/rate - into) / f.speed * float64(time.Second)))
		select {
		case <-stop:
			return
		case <-t.C:
		}
		fyne.Do(func() {
			if f.clock == stop {
				f.frame = k
				f.setPose()
			}
		})
	}
}

// frameInto is how far into the segment frame k falls. A looping move
// has a whole number of frames per cycle, so each cycle meets the same
// poses.
func (f *FigureView) frameInto(k int) time.Duration {
	rate := f.gov.Rate()
	if k == 0 || rate == 0 {
		return 0
	}
	if cycle := f.cycle(); cycle > 0 {
		n := max(1, int(math.Round(cycle.Seconds()*rate)))
		return cycle * time.Duration(k%n) / time.Duration(n)
	}
	return time.Duration(float64(k) / rate * float64(time.Second))
}

// cycle is the length of one repetition of a move that repeats within
// the segment: a looping warm-up, or a self-paced set shown at its tempo.
func (f *FigureView) cycle() time.Duration {
	p := f.seg.Plan
	switch {
	case f.seg.Phase == session.PhaseSet && p.RepBased():
		return p.Lift + p.Hold.Lo + p.Lower
	case f.seg.Phase == session.PhaseSet || f.seg.Phase == session.PhaseWork:
		return f.Motion.Cycle()
	}
	return 0
}

// phase is the figure's phase for the segment on show.
func (f *FigureView) phase() figure.Phase { return f.moment(0).Phase }

// moment maps a time into the segment to what the figure shows. Drawn
// once (key positions, a test clock), a lift shows where it goes.
func (f *FigureView) moment(into time.Duration) figure.Moment {
	s := f.seg
	mo := figure.Moment{Side: sideOf(s.Side)}
	progress := 1.0
	if s.Length > 0 && f.animate && f.gov.Rate() > 0 {
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
		mo.Phase, mo.Elapsed = f.Motion.TimedPhase(), into
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
func (f *FigureView) selfPaced(mo figure.Moment, into time.Duration) figure.Moment {
	p := f.seg.Plan
	if !p.RepBased() {
		mo.Phase, mo.Elapsed = f.Motion.TimedPhase(), into
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

// Stop ends the frame clock for good: the player is closing.
func (f *FigureView) Stop() {
	f.paused = true
	f.runClock()
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

// ThemePalette colours the figure from the current theme.
func ThemePalette() figure.Palette {
	return figure.Palette{
		Background: theme.Color(theme.ColorNameBackground), // the window's: the picture has no edge
		Body:       theme.Color(theme.ColorNameForeground),
		Accent:     theme.Color(theme.ColorNameWarning),
		Prop:       theme.Color(theme.ColorNameDisabled),
		Arrow:      theme.Color(theme.ColorNamePrimary),
	}
}
