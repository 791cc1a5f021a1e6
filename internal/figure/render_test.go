package figure

import (
	"bytes"
	"flag"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite the golden pictures in testdata")

// goldens are pictures a person has looked at and approved; a change in
// the drawing shows up as a failing test with the new picture beside it.
var goldens = []struct {
	file string
	id   string
	mo   Moment
}{
	{"face-pull-lift.png", "face-pull", Moment{Phase: Lift, Progress: 0.6}},
	{"prone-y-raise-hold.png", "prone-y-raise", Moment{Phase: Hold}},
	{"cat-cow-loop.png", "cat-cow", Moment{Phase: Loop, Elapsed: 1500 * time.Millisecond}},
	{"upper-trap-stretch-left.png", "upper-trap-stretch", Moment{Phase: HeldStretch, Side: Left}},
	{"neutral-rest.png", "", Moment{Phase: Rest}},
}

func TestRenderingMatchesGoldens(t *testing.T) {
	lib := library(t)
	for _, g := range goldens {
		img := NewImage(lib.Motion(g.id).At(g.mo), 160, 160, DefaultPalette())
		file := filepath.Join("testdata", g.file)
		if *update {
			writeTestPNG(t, file, img)
			continue
		}
		want := readTestPNG(t, file)
		if n := differentPixels(img, want); n > 0 {
			got := filepath.Join(t.TempDir(), g.file)
			writeTestPNG(t, got, img)
			t.Errorf("%s: %d pixels differ from %s; new picture in %s (go test -update to accept)", g.id, n, file, got)
		}
	}
}

// differentPixels counts pixels that differ by more than one step in any
// channel: rounding may differ between processors, a drawing change will not.
func differentPixels(a *image.RGBA, b image.Image) int {
	if a.Bounds() != b.Bounds() {
		return a.Bounds().Dx() * a.Bounds().Dy()
	}
	n := 0
	for y := a.Bounds().Min.Y; y < a.Bounds().Max.Y; y++ {
		for x := a.Bounds().Min.X; x < a.Bounds().Max.X; x++ {
			r1, g1, b1, a1 := a.At(x, y).RGBA()
			r2, g2, b2, a2 := b.At(x, y).RGBA()
			if far(r1, r2) || far(g1, g2) || far(b1, b2) || far(a1, a2) {
				n++
			}
		}
	}
	return n
}

func far(a, b uint32) bool { return a>>8 > b>>8+1 || b>>8 > a>>8+1 }

func TestRenderingIsDeterministic(t *testing.T) {
	m := library(t).Motion("seated-row")
	p := m.At(Moment{Phase: Lift, Progress: 0.37})
	a, b := NewImage(p, 300, 300, DefaultPalette()), NewImage(p, 300, 300, DefaultPalette())
	if !bytes.Equal(a.Pix, b.Pix) {
		t.Fatal("the same pose drew two different pictures")
	}
}

func TestRenderDrawsOnlyInsideASubImage(t *testing.T) {
	p := library(t).Motion("band-pull-apart").At(Moment{Phase: Hold})
	whole := image.NewRGBA(image.Rect(0, 0, 200, 100))
	Render(p, whole.SubImage(image.Rect(100, 0, 200, 100)).(*image.RGBA), DefaultPalette())
	for i := 0; i < 100; i++ {
		for x := 0; x < 100; x++ {
			if whole.RGBAAt(x, i).A != 0 {
				t.Fatalf("pixel (%d, %d) outside the sub-image was drawn", x, i)
			}
		}
	}
}

func BenchmarkRender(b *testing.B) {
	lib := library(b)
	img := image.NewRGBA(image.Rect(0, 0, 300, 300))
	pal := DefaultPalette()
	for _, id := range []string{"face-pull", "prone-y-raise", "chair-rotation"} {
		m := lib.Motion(id)
		b.Run(id, func(b *testing.B) {
			for i := 0; b.Loop(); i++ {
				p := m.At(Moment{Phase: Lift, Progress: float64(i%30) / 30})
				Render(p, img, pal)
			}
		})
	}
}

func writeTestPNG(t *testing.T, file string, img image.Image) {
	t.Helper()
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

func readTestPNG(t *testing.T, file string) image.Image {
	t.Helper()
	f, err := os.Open(file)
	if err != nil {
		t.Fatalf("%v (run go test -update to make it)", err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	return img
}
