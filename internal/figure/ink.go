package figure

import (
	"encoding/binary"
	"image"
	"slices"
)

// InkTile is the side of the square tiles Ink works in, in pixels: small
// enough that the rectangles hug a figure's limbs, large enough that a
// pose needs a few dozen of them rather than hundreds.
const InkTile = 24

// Ink is where a picture differs from its background: rectangles that
// together hold every pixel that is not the background colour, made of
// whole tiles of side tile. A band of tiles one tile high gives one
// rectangle per run of tiles with ink, and a rectangle the band above
// ends with the same columns grows down instead.
//
// The window behind the figure is the same colour as its background, so
// a caller that shows only these rectangles shows the same picture; under
// software rendering, where each frame costs by the pixel drawn, a figure
// covers about a third of its frame.
//
// Each rectangle but those at the bottom edge reaches one row into the
// band below, so that rounding at a fractional display scale leaves no
// seam between two bands.
func Ink(img *image.RGBA, bg Palette, tile int) []image.Rectangle {
	b := img.Bounds()
	if b.Empty() || tile <= 0 {
		return nil
	}
	want := backgroundPixel(bg)
	cols := (b.Dx() + tile - 1) / tile
	used := make([]bool, cols)
	var out []image.Rectangle
	var open []int // in out, the rectangles that reach the band above: they may grow down
	for y0 := b.Min.Y; y0 < b.Max.Y; y0 += tile {
		y1 := min(y0+tile, b.Max.Y)
		clear(used)
		markInk(img, want, y0, y1, tile, used)
		var next []int
		for c := 0; c < cols; {
			if !used[c] {
				c++
				continue
			}
			e := c
			for e < cols && used[e] {
				e++
			}
			r := image.Rect(b.Min.X+c*tile, y0, min(b.Min.X+e*tile, b.Max.X), min(y1+1, b.Max.Y))
			i := slices.IndexFunc(open, func(i int) bool { return out[i].Min.X == r.Min.X && out[i].Max.X == r.Max.X })
			if i >= 0 {
				out[open[i]].Max.Y = r.Max.Y
				next = append(next, open[i])
			} else {
				out = append(out, r)
				next = append(next, len(out)-1)
			}
			c = e
		}
		open = next
	}
	return out
}

// markInk marks the tile columns of rows y0 to y1 that hold a pixel other
// than bg.
func markInk(img *image.RGBA, bg uint32, y0, y1, tile int, used []bool) {
	b := img.Bounds()
	for y := y0; y < y1; y++ {
		row := img.Pix[img.PixOffset(b.Min.X, y):][:4*b.Dx()]
		for c := range used {
			if used[c] {
				continue
			}
			end := min((c+1)*tile, b.Dx())
			for x := c * tile; x < end; x++ {
				if binary.LittleEndian.Uint32(row[4*x:]) != bg {
					used[c] = true
					break
				}
			}
		}
	}
}

// backgroundPixel is the pixel Render fills the background with.
func backgroundPixel(pal Palette) uint32 {
	px := image.NewRGBA(image.Rect(0, 0, 1, 1))
	paintAll(px, paintOf(pal.Background))
	return binary.LittleEndian.Uint32(px.Pix)
}
