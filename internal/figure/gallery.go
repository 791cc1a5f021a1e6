package figure

import (
	"image"
	"image/draw"

	"golang.org/x/image/font"
	"golang.org/x/image/font/basicfont"
	"golang.org/x/image/math/fixed"
)

// Cell is one picture of a contact sheet with its caption.
type Cell struct {
	Label string
	Pose  Pose
}

const captionHeight = 22

// Sheet lays the poses out in a grid, cols wide, each picture size × size
// with its label centred underneath.
func Sheet(cells []Cell, cols, size int, pal Palette) *image.RGBA {
	rows := (len(cells) + cols - 1) / cols
	cellH := size + captionHeight
	img := image.NewRGBA(image.Rect(0, 0, cols*size, rows*cellH))
	paintAll(img, paintOf(pal.Background))
	for i, c := range cells {
		x, y := (i%cols)*size, (i/cols)*cellH
		pic := img.SubImage(image.Rect(x, y, x+size, y+size)).(*image.RGBA)
		Render(c.Pose, pic, pal)
		caption(img, c.Label, x+size/2, y+size+captionHeight/2+4, pal)
	}
	return img
}

func caption(img *image.RGBA, text string, cx, baseline int, pal Palette) {
	face := basicfont.Face7x13
	d := font.Drawer{Dst: img, Src: image.NewUniform(pal.Body), Face: face}
	w := d.MeasureString(text)
	d.Dot = fixed.Point26_6{X: fixed.I(cx) - w/2, Y: fixed.I(baseline)}
	d.DrawString(text)
}

var _ draw.Image = (*image.RGBA)(nil)
