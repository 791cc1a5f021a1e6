package figure

import (
	"encoding/binary"
	"image"
	"image/color"
	"testing"
)

// darkPalette is a dark theme's: the background is not white.
func darkPalette() Palette { return DarkPalette() }

func TestInkHoldsEveryPixelOfTheFigureInAFractionOfItsFrame(t *testing.T) {
	lib := library(t)
	for _, pal := range []Palette{DefaultPalette(), darkPalette()} {
		bg := backgroundPixel(pal)
		var inked, framed int
		for _, size := range []image.Point{{430, 470}, {173, 211}, {640, 300}} {
			img := image.NewRGBA(image.Rectangle{Max: size})
			for _, id := range lib.IDs() {
				for _, p := range rep(lib.Motion(id), 3) {
					Render(p, img, pal)
					ink := Ink(img, pal, InkTile)
					if where, ok := uncovered(img, bg, ink); !ok {
						t.Fatalf("%s at %v: pixel %v has ink outside every rectangle %v", id, size, where, ink)
					}
					for _, r := range ink {
						if !r.In(img.Rect) {
							t.Fatalf("%s at %v: rectangle %v outside the picture", id, size, r)
						}
						inked += r.Dx() * r.Dy()
					}
					framed += size.X * size.Y
				}
			}
		}
		// Each frame under software rendering costs by the pixels drawn.
		if share := float64(inked) / float64(framed); share > 0.5 {
			t.Errorf("the rectangles cover %.0f %% of the frames, want well under half", 100*share)
		}
	}
}

// uncovered finds a pixel other than bg outside every rectangle.
func uncovered(img *image.RGBA, bg uint32, rs []image.Rectangle) (image.Point, bool) {
	for y := range img.Rect.Dy() {
	pixels:
		for x := range img.Rect.Dx() {
			if binary.LittleEndian.Uint32(img.Pix[img.PixOffset(x, y):]) == bg {
				continue
			}
			for _, r := range rs {
				if (image.Point{x, y}).In(r) {
					continue pixels
				}
			}
			return image.Point{x, y}, false
		}
	}
	return image.Point{}, true
}

func TestAnEmptyPictureHasNoInk(t *testing.T) {
	img := image.NewRGBA(image.Rect(0, 0, 50, 40))
	paintAll(img, paintOf(DefaultPalette().Background))
	if ink := Ink(img, DefaultPalette(), InkTile); len(ink) != 0 {
		t.Errorf("a blank picture has ink at %v", ink)
	}
	img.Set(49, 39, color.Black)
	ink := Ink(img, DefaultPalette(), InkTile)
	if len(ink) != 1 || !(image.Point{49, 39}).In(ink[0]) {
		t.Errorf("one dark pixel in the corner gives %v", ink)
	}
}
