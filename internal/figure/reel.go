package figure

import (
	"encoding/binary"
	"image"
)

// Reel draws poses at one size and palette and keeps every picture it
// drew, so a pose met again is copied rather than rendered. Reps repeat
// the same path, and a player that draws its frames at the same moments
// of every rep meets the same poses: the first rep renders, every later
// rep and set copies.
//
// A picture is kept run-length encoded: the figure is flat colour on a
// flat background, so a frame keeps in about a tenth of its pixels' bytes
// and is copied back in a fraction of the time rendering takes. What is
// kept is capped at limit bytes; once full, pictures of other motions are
// dropped first, and a pose that does not fit is rendered every time.
//
// A Reel is not safe for use by several goroutines at once.
type Reel struct {
	w, h     int
	pal      Palette
	limit    int
	frames   map[Pose]picture
	bytes    int
	rendered int // pictures rendered, for tests and benchmarks
}

// NewReel makes a reel for w × h pictures in palette pal keeping at most
// limit bytes of pictures.
func NewReel(w, h int, pal Palette, limit int) *Reel {
	return &Reel{w: w, h: h, pal: pal, limit: limit, frames: map[Pose]picture{}}
}

// picture is a pose drawn once: its pixels packed, and where it has ink.
type picture struct {
	runs []uint32
	ink  []image.Rectangle
}

// bytes is about what a picture keeps.
func (p picture) bytes() int { return 4*len(p.runs) + 32*len(p.ink) }

// Fits reports whether the reel draws w × h pictures in palette pal, so a
// caller knows when to make a new one.
func (r *Reel) Fits(w, h int, pal Palette) bool {
	return r.w == w && r.h == h && r.pal == pal
}

// Draw puts pose p into img, which must be the reel's size, and returns
// the picture's Ink in tiles of InkTile.
func (r *Reel) Draw(p Pose, img *image.RGBA) []image.Rectangle {
	if pic, ok := r.frames[p]; ok {
		unpack(pic.runs, img.Pix)
		return pic.ink
	}
	Render(p, img, r.pal)
	r.rendered++
	pic := picture{pack(img.Pix), Ink(img, r.pal, InkTile)}
	r.keep(p, pic)
	return pic.ink
}

// Rendered is how many pictures the reel has rendered rather than copied.
func (r *Reel) Rendered() int { return r.rendered }

// Bytes is the size of the pictures kept.
func (r *Reel) Bytes() int { return r.bytes }

func (r *Reel) keep(p Pose, pic picture) {
	size := pic.bytes()
	if r.bytes+size > r.limit {
		r.dropOthers(p.m)
	}
	if r.bytes+size > r.limit {
		return
	}
	r.frames[p] = pic
	r.bytes += size
}

// dropOthers forgets the pictures of every motion but m: the session has
// moved on to m, and rounds that come back to the others render them
// again.
func (r *Reel) dropOthers(m *Motion) {
	for q, pic := range r.frames {
		if q.m != m {
			r.bytes -= pic.bytes()
			delete(r.frames, q)
		}
	}
}

// pack run-length encodes RGBA pixels as pairs of (count, pixel).
func pack(pix []byte) []uint32 {
	var runs []uint32
	for i := 0; i < len(pix); {
		px := binary.LittleEndian.Uint32(pix[i:])
		j := i + 4
		for j < len(pix) && binary.LittleEndian.Uint32(pix[j:]) == px {
			j += 4
		}
		runs = append(runs, uint32((j-i)/4), px)
		i = j
	}
	return runs
}

// unpack writes what pack encoded back into pix, filling each run by
// doubling copies, at memory speed.
func unpack(runs []uint32, pix []byte) {
	at := 0
	for k := 0; k+1 < len(runs); k += 2 {
		n := int(runs[k]) * 4
		run := pix[at : at+n]
		binary.LittleEndian.PutUint32(run, runs[k+1])
		repeat(run, 4)
		at += n
	}
}
