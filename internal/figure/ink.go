package figure

import (
	"encoding/binary"
	"image"
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
	prev := 0 // rectangles that end at the band above start here in out
	for y0 := b.Min.Y; y0 < b.Max.Y; y0 += tile {
		y1 := min(y0+tile, b.Max.Y)
		clear(used)
		markInk(img, want, y0, y1, tile, used)
		bandStart := len(out)
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
			if !growDown(out[prev:bandStart], r) {
				out = append(out, r)
			}
			c = e
		}
		// Rectangles grown down now end at this band, as do the new ones.
		out = moveEndingToBack(out, prev, y1)
		prev = firstEndingAt(out, y1)
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

// growDown extends the rectangle among above with r's columns down to
// r's bottom, and reports whether there was one.
func growDown(above []image.Rectangle, r image.Rectangle) bool {
	for i := range above {
		if above[i].Min.X == r.Min.X && above[i].Max.X == r.Max.X {
			above[i].Max.Y = r.Max.Y
			return true
		}
	}
	return false
}

// moveEndingToBack keeps out's order but puts the rectangles from prev on
// that reach the band ending at y1 (and so may grow further) after those
// that stopped at the band above.
func moveEndingToBack(out []image.Rectangle, prev, y1 int) []image.Rectangle {
	var stopped, going []image.Rectangle
	for _, r := range out[prev:] {
		if r.Max.Y >= y1 {
			going = append(going, r)
		} else {
			stopped = append(stopped, r)
		}
	}
	out = append(append(out[:prev], stopped...), going...)
	return out
}

// firstEndingAt is the index of the first rectangle that reaches y1; the
// rectangles from there on are the ones still growing.
func firstEndingAt(out []image.Rectangle, y1 int) int {
	for i, r := range out {
		if r.Max.Y >= y1 {
			return i
		}
	}
	return len(out)
}

// backgroundPixel is the pixel Render fills the background with.
func backgroundPixel(pal Palette) uint32 {
	px := image.NewRGBA(image.Rect(0, 0, 1, 1))
	paintAll(px, paintOf(pal.Background))
	return binary.LittleEndian.Uint32(px.Pix)
}
