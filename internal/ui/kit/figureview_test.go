package kit

import (
	"bytes"
	"image"
	"image/draw"
	"os"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/postureapp/posture/assets"
	"github.com/postureapp/posture/internal/figure"
	"github.com/postureapp/posture/internal/framerate"
	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/session"
	"github.com/postureapp/posture/routines"
)

// idleCPU is a CPU source that never moves: frames cost nothing.
type idleCPU struct{}

func (idleCPU) CPU() time.Duration { return 0 }

// animatedFigure is a figure view that animates, held hidden so no frame
// clock runs: the test moves it frame by frame.
func animatedFigure(t *testing.T, budget float64) (*FigureView, session.Timeline) {
	t.Helper()
	test.NewTempApp(t)
	lib, err := figure.Load(assets.ExerciseFiles(), ".")
	if err != nil {
		t.Fatal(err)
	}
	tl := flowTimeline(t)
	cfg := framerate.Defaults
	cfg.Budget = budget
	f := NewFigureView(lib, nil, true, 1, framerate.New(cfg, idleCPU{}))
	f.hidden = true
	f.Resize(fyne.NewSize(120, 160))
	return f, tl
}

// flowTimeline is the timeline of testdata/flow.toml, a short routine
// whose lifts are all one exercise's.
func flowTimeline(t *testing.T) session.Timeline {
	t.Helper()
	c := routine.Load(routine.Sources{BuiltinExercises: assets.ExerciseFiles(), BuiltinRoutines: routines.FS})
	if len(c.Problems) > 0 {
		t.Fatalf("built-ins do not load: %v", c.Problems)
	}
	data, err := os.ReadFile("testdata/flow.toml")
	if err != nil {
		t.Fatal(err)
	}
	r, err := routine.ParseRoutine("flow.toml", data, c.Library)
	if err != nil {
		t.Fatal(err)
	}
	return session.Build(r, c.Library)
}

// firstLift is the timeline's first lift segment.
func firstLift(tl session.Timeline) session.Segment {
	for _, s := range tl.Segments {
		if s.Phase == session.PhaseLift {
			return s
		}
	}
	return session.Segment{}
}

// playLift draws every frame of a lift segment and returns the poses.
func playLift(f *FigureView, s session.Segment) []figure.Pose {
	f.ShowSegment(s)
	n := int(s.Length.Seconds() * f.gov.Rate())
	var poses []figure.Pose
	for k := 0; k <= n; k++ {
		f.frame = k
		f.setPose()
		poses = append(poses, f.pose)
	}
	return poses
}

func TestEveryRepMeetsTheFramesOfTheFirstAndCopiesThem(t *testing.T) {
	f, tl := animatedFigure(t, 0.08)
	var lifts []session.Segment
	for _, s := range tl.Segments {
		if s.Phase == session.PhaseLift {
			lifts = append(lifts, s)
		}
	}
	if len(lifts) < 3 {
		t.Fatalf("the flow has %d lifts", len(lifts))
	}
	first := playLift(f, lifts[0])
	if first[0] == first[len(first)-1] {
		t.Fatal("the figure does not move through the lift")
	}
	rendered := f.reel.Rendered()
	for _, s := range lifts[1:] {
		again := playLift(f, s)
		for k := range again {
			if again[k] != first[k] {
				t.Fatalf("set %d rep %d, frame %d: a pose the first rep did not meet", s.Set, s.Rep, k)
			}
		}
	}
	if f.reel.Rendered() != rendered {
		t.Errorf("later reps rendered %d pictures, want every one copied", f.reel.Rendered()-rendered)
	}
}

func TestWithNoMotionBudgetTheFigureShowsKeyPositions(t *testing.T) {
	f, tl := animatedFigure(t, 0)
	f.hidden = false
	lift := firstLift(tl)
	f.ShowSegment(lift)
	if f.moves() || f.clock != nil {
		t.Fatal("with motion Still the figure runs a frame clock")
	}
	if want := f.Motion.At(figure.Moment{Phase: figure.Lift, Progress: 1}); f.pose != want {
		t.Error("with motion Still a lift does not show where it goes")
	}
}

func TestAHiddenWindowDrawsNoFrames(t *testing.T) {
	f, tl := animatedFigure(t, 0.08)
	for _, s := range tl.Segments {
		if s.Phase == session.PhaseLift {
			f.ShowSegment(s)
			break
		}
	}
	if f.moves() || f.clock != nil {
		t.Fatal("a figure nobody can see runs a frame clock")
	}
	f.state = func() session.State { return session.State{} }
	f.speed = 1e-3 // the first frame is a minute away: the test only looks at the clock
	f.SetHidden(false)
	if !f.moves() || f.clock == nil {
		t.Fatal("seen again, the figure does not move")
	}
	f.SetHidden(true)
	if f.clock != nil {
		t.Fatal("hidden again, the frame clock runs on")
	}
}

func TestTheFigureShowsItsWholePictureFromTheInkedPartsAlone(t *testing.T) {
	f, tl := animatedFigure(t, 0.08)
	f.Resize(fyne.NewSize(300, 400))
	lift := firstLift(tl)
	f.ShowSegment(lift)
	for k := 0; k <= int(lift.Length.Seconds()*f.gov.Rate()); k++ {
		f.frame = k
		f.setPose()
		shown := image.NewRGBA(f.img.Rect)
		draw.Draw(shown, shown.Rect, image.NewUniform(ThemePalette().Background), image.Point{}, draw.Src)
		drawn := 0
		for _, p := range f.inks {
			if !p.raster.Visible() {
				continue
			}
			at := p.raster.Position().Subtract(f.pic)
			r := p.pixels.Rect.Add(image.Pt(int(at.X), int(at.Y)))
			draw.Draw(shown, r, p.pixels, image.Point{}, draw.Src)
			drawn += r.Dx() * r.Dy()
		}
		if !bytes.Equal(shown.Pix, f.img.Pix) {
			t.Fatal("the inked parts over the window's background differ from the figure's picture")
		}
		if whole := f.img.Rect.Dx() * f.img.Rect.Dy(); drawn >= whole {
			t.Fatalf("the parts shown cover %d of the picture's %d pixels: all of it, and more", drawn, whole)
		}
	}
}
