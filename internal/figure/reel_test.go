package figure

import (
	"bytes"
	"fmt"
	"image"
	"testing"
)

// rep is the poses of one rep drawn at n frames each way.
func rep(m *Motion, n int) []Pose {
	var out []Pose
	for _, ph := range []Phase{Lift, Hold, Lower} {
		for k := range n {
			out = append(out, m.At(Moment{Phase: ph, Progress: float64(k) / float64(n)}))
		}
	}
	return out
}

func TestAReelDrawsWhatRenderDrawsAndRendersEachPoseOnce(t *testing.T) {
	lib := library(t)
	m := lib.Motion("prone-y-raise")
	const w, h = 180, 140
	reel := NewReel(w, h, DefaultPalette(), 8<<20)
	got := image.NewRGBA(image.Rect(0, 0, w, h))
	want := image.NewRGBA(image.Rect(0, 0, w, h))
	poses := rep(m, 6)
	distinct := 0
	for i, p := range poses {
		if !slicesContainPose(poses[:i], p) {
			distinct++
		}
	}
	for set := 1; set <= 3; set++ {
		for i, p := range poses {
			reel.Draw(p, got)
			Render(p, want, DefaultPalette())
			if !bytes.Equal(got.Pix, want.Pix) {
				t.Fatalf("set %d frame %d: the reel's picture differs from a fresh render", set, i)
			}
		}
	}
	if reel.Rendered() != distinct {
		t.Errorf("three sets of a rep of %d distinct poses rendered %d pictures, want each once", distinct, reel.Rendered())
	}
	if full := distinct * w * h * 4; reel.Bytes()*4 > full {
		t.Errorf("the reel keeps %d bytes for %d pictures of %d bytes in all: not packed", reel.Bytes(), distinct, full)
	}
}

func slicesContainPose(ps []Pose, p Pose) bool {
	for _, q := range ps {
		if q == p {
			return true
		}
	}
	return false
}

func TestAFullReelKeepsTheMotionInPlayAndStaysWithinItsLimit(t *testing.T) {
	lib := library(t)
	y, face := lib.Motion("prone-y-raise"), lib.Motion("face-pull")
	const w, h = 120, 120
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	repBytes := func(m *Motion) int {
		probe := NewReel(w, h, DefaultPalette(), 1<<30)
		for _, p := range rep(m, 4) {
			probe.Draw(p, img)
		}
		return probe.Bytes()
	}
	// Room for one rep of either motion, not both.
	by, bf := repBytes(y), repBytes(face)
	limit := max(by, bf) + min(by, bf)/2
	reel := NewReel(w, h, DefaultPalette(), limit)
	for _, p := range rep(y, 4) {
		reel.Draw(p, img)
	}
	for _, p := range rep(face, 4) {
		reel.Draw(p, img)
		if reel.Bytes() > limit {
			t.Fatalf("the reel holds %d bytes, over its limit of %d", reel.Bytes(), limit)
		}
	}
	before := reel.Rendered()
	for _, p := range rep(face, 4) {
		reel.Draw(p, img)
	}
	if reel.Rendered() != before {
		t.Errorf("the face pull's rep was rendered again (%d pictures) after the prone Y raise made room for it", reel.Rendered()-before)
	}
}

func TestPackRoundTrips(t *testing.T) {
	for _, pix := range [][]byte{
		{},
		{1, 2, 3, 4},
		bytes.Repeat([]byte{9, 9, 9, 255}, 1000),
		append(bytes.Repeat([]byte{0, 0, 0, 255}, 7), bytes.Repeat([]byte{1, 0, 0, 255}, 9)...),
	} {
		got := make([]byte, len(pix))
		unpack(pack(pix), got)
		if !bytes.Equal(got, pix) {
			t.Errorf("%d pixels came back different", len(pix)/4)
		}
	}
}

// BenchmarkReel compares rendering a rep's frames with copying them from a
// reel, at the figure's size in a 960×720 and a 480×640 window.
func BenchmarkReel(b *testing.B) {
	m := library(b).Motion("prone-y-raise")
	poses := rep(m, 8)
	for _, size := range []image.Point{{432, 560}, {212, 300}} {
		img := image.NewRGBA(image.Rect(0, 0, size.X, size.Y))
		name := fmt.Sprintf("%dx%d", size.X, size.Y)
		b.Run("render/"+name, func(b *testing.B) {
			for i := 0; b.Loop(); i++ {
				Render(poses[i%len(poses)], img, DefaultPalette())
			}
		})
		b.Run("reel/"+name, func(b *testing.B) {
			reel := NewReel(size.X, size.Y, DefaultPalette(), 64<<20)
			for _, p := range poses {
				reel.Draw(p, img)
			}
			b.ResetTimer()
			for i := 0; b.Loop(); i++ {
				reel.Draw(poses[i%len(poses)], img)
			}
			b.ReportMetric(float64(reel.Bytes())/float64(len(poses)), "bytes/frame")
		})
	}
}
