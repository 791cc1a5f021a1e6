package figure

import (
	"encoding/binary"
	"image"
	"testing"
)

// inkShare is the part of the picture that is not background.
func inkShare(img *image.RGBA, pal Palette) float64 {
	bg := pixelOf(pal.Background)
	n := 0
	for i := 0; i < len(img.Pix); i += 4 {
		if binary.LittleEndian.Uint32(img.Pix[i:]) != bg {
			n++
		}
	}
	return float64(n) / float64(len(img.Pix)/4)
}

// hasFloorLine reports whether some row of the picture is drawn across
// nine tenths of its width or more, as the floor line is (a foot's gap
// line may cut it).
func hasFloorLine(img *image.RGBA, pal Palette) bool {
	bg := pixelOf(pal.Background)
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		inked := 0
		for x := b.Min.X; x < b.Max.X; x++ {
			if binary.LittleEndian.Uint32(img.Pix[img.PixOffset(x, y):]) != bg {
				inked++
			}
		}
		if 10*inked >= 9*b.Dx() {
			return true
		}
	}
	return false
}

func pixelOf(c interface{ RGBA() (r, g, b, a uint32) }) uint32 {
	r, g, b, a := c.RGBA()
	return binary.LittleEndian.Uint32([]byte{uint8(r >> 8), uint8(g >> 8), uint8(b >> 8), uint8(a >> 8)})
}

// Every figure, lying or standing, lies or stands on a floor line; a lying
// one on the plain background, as a standing one without a wall is: the mat
// panels under the lying ones covered over half their pictures, where the
// figure itself inks a fifth or less.
func TestEveryFigureHasAFloorLineAndNoneLiesOnAPanel(t *testing.T) {
	lib := library(t)
	for _, pal := range []Palette{DefaultPalette(), DarkPalette()} {
		for _, id := range lib.IDs() {
			m := lib.Motion(id)
			img := NewImage(m.At(Moment{Phase: Hold}), 200, 200, pal)
			if !hasFloorLine(img, pal) {
				t.Errorf("%s: no floor line across the picture", id)
			}
			if s := inkShare(img, pal); m.View() == TopView && s > 0.3 {
				t.Errorf("%s: %.0f%% of the picture is not background: a panel under the figure", id, 100*s)
			}
		}
	}
}
