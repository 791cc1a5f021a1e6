package figure

import (
	"image"
	"image/color"
	"math"
	"sort"
)

// The rasterizer: every shape reports how much of a pixel it covers,
// computed from its distance to the pixel centre, which anti-aliases edges
// without supersampling. Pure Go and the same on every run.

type shape interface {
	bounds() rect // in pixels
	cover(x, y float64) float64
}

// edge turns a signed distance in pixels into coverage: half a pixel of
// soft edge each side.
func edge(d float64) float64 {
	switch {
	case d >= 0.5:
		return 0
	case d <= -0.5:
		return 1
	}
	return 0.5 - d
}

type capsule struct {
	a, b pt
	r    float64
}

func (c capsule) bounds() rect {
	return emptyRect().include(c.a, c.r+1).include(c.b, c.r+1)
}

func (c capsule) cover(x, y float64) float64 {
	return edge(segDist(pt{x, y}, c.a, c.b) - c.r)
}

func segDist(p, a, b pt) float64 {
	abx, aby := b.X-a.X, b.Y-a.Y
	apx, apy := p.X-a.X, p.Y-a.Y
	l2 := abx*abx + aby*aby
	t := 0.0
	if l2 > 0 {
		t = (apx*abx + apy*aby) / l2
		if t < 0 {
			t = 0
		} else if t > 1 {
			t = 1
		}
	}
	dx, dy := apx-abx*t, apy-aby*t
	return math.Sqrt(dx*dx + dy*dy)
}

// blob is a convex polygon grown by r: a rounded block.
type blob struct {
	pts   []pt // convex, counter-clockwise
	norms []pt // unit outward normal of the edge from pts[i]
	r     float64
}

func newBlob(pts []pt, r float64) shape {
	h := hull(pts)
	if len(h) < 3 {
		if len(h) == 1 {
			return capsule{h[0], h[0], r}
		}
		return capsule{h[0], h[len(h)-1], r}
	}
	norms := make([]pt, len(h))
	for i := range h {
		e := h[(i+1)%len(h)].sub(h[i])
		norms[i] = pt{e.Y, -e.X}.scale(1 / e.length())
	}
	return blob{h, norms, r}
}

func (b blob) bounds() rect {
	r := emptyRect()
	for _, p := range b.pts {
		r = r.include(p, b.r+1)
	}
	return r
}

func (b blob) cover(x, y float64) float64 {
	p := pt{x, y}
	// The farthest edge line bounds the distance from below outside and is
	// the distance inside, so most pixels are settled without corners.
	plane := math.Inf(-1)
	for i, n := range b.norms {
		if d := (p.X-b.pts[i].X)*n.X + (p.Y-b.pts[i].Y)*n.Y; d > plane {
			plane = d
		}
	}
	switch {
	case plane <= 0:
		return edge(plane - b.r)
	case plane-b.r >= 0.5:
		return 0
	}
	best := math.Inf(1)
	for i := range b.pts {
		if d := segDist(p, b.pts[i], b.pts[(i+1)%len(b.pts)]); d < best {
			best = d
		}
	}
	return edge(best - b.r)
}

// hull is the convex hull of pts, counter-clockwise in a y-down picture's
// terms (monotone chain).
func hull(pts []pt) []pt {
	ps := append([]pt(nil), pts...)
	sort.Slice(ps, func(i, j int) bool {
		if ps[i].X != ps[j].X {
			return ps[i].X < ps[j].X
		}
		return ps[i].Y < ps[j].Y
	})
	cross := func(o, a, b pt) float64 { return (a.X-o.X)*(b.Y-o.Y) - (a.Y-o.Y)*(b.X-o.X) }
	var h []pt
	for pass := 0; pass < 2; pass++ {
		start := len(h)
		for _, p := range ps {
			for len(h) >= start+2 && cross(h[len(h)-2], h[len(h)-1], p) <= 1e-9 {
				h = h[:len(h)-1]
			}
			h = append(h, p)
		}
		h = h[:len(h)-1]
		for i, j := 0, len(ps)-1; i < j; i, j = i+1, j-1 {
			ps[i], ps[j] = ps[j], ps[i]
		}
	}
	if len(h) == 0 && len(ps) > 0 {
		return ps[:1]
	}
	return h
}

// clipped is a shape cut to where any of its hosts is: a muscle tint stays
// on the body part it belongs to.
type clipped struct {
	s     shape
	hosts []shape
}

func (c clipped) bounds() rect { return c.s.bounds() }

func (c clipped) cover(x, y float64) float64 {
	k := c.s.cover(x, y)
	if k == 0 {
		return 0
	}
	h := 0.0
	for _, s := range c.hosts {
		h = math.Max(h, s.cover(x, y))
	}
	return math.Min(k, h)
}

// glowDisc fades from peak at its centre to nothing at radius r.
type glowDisc struct {
	c       pt
	r, peak float64
}

func (g glowDisc) bounds() rect { return emptyRect().include(g.c, g.r) }

func (g glowDisc) cover(x, y float64) float64 {
	d := pt{x, y}.sub(g.c).length() / g.r
	if d >= 1 {
		return 0
	}
	return g.peak * (1 - d*d) * (1 - d*d)
}

// paint is a colour ready to blend: straight (not premultiplied) 0..1.
type paint struct{ r, g, b, a float64 }

func paintOf(c color.Color) paint {
	r, g, b, a := c.RGBA()
	if a == 0 {
		return paint{}
	}
	fa := float64(a)
	return paint{float64(r) / fa, float64(g) / fa, float64(b) / fa, fa / 0xffff}
}

func (p paint) mix(q paint, t float64) paint {
	return paint{p.r + (q.r-p.r)*t, p.g + (q.g-p.g)*t, p.b + (q.b-p.b)*t, p.a + (q.a-p.a)*t}
}

// fill blends p over img wherever s covers it.
func fill(img *image.RGBA, s shape, p paint) {
	b := s.bounds()
	ib := img.Bounds()
	x0 := max(ib.Min.X, int(math.Floor(b.Min.X)))
	y0 := max(ib.Min.Y, int(math.Floor(b.Min.Y)))
	x1 := min(ib.Max.X, int(math.Ceil(b.Max.X)))
	y1 := min(ib.Max.Y, int(math.Ceil(b.Max.Y)))
	for y := y0; y < y1; y++ {
		row := img.Pix[img.PixOffset(x0, y):]
		for x := x0; x < x1; x++ {
			k := s.cover(float64(x)+0.5, float64(y)+0.5)
			if k <= 0 {
				continue
			}
			blend(row[(x-x0)*4:], p, k)
		}
	}
}

func blend(px []byte, p paint, k float64) {
	a := p.a * k
	if a >= 1 {
		px[0], px[1], px[2], px[3] = uint8(p.r*255+0.5), uint8(p.g*255+0.5), uint8(p.b*255+0.5), 255
		return
	}
	keep := 1 - a
	px[0] = uint8(float64(px[0])*keep + p.r*a*255 + 0.5)
	px[1] = uint8(float64(px[1])*keep + p.g*a*255 + 0.5)
	px[2] = uint8(float64(px[2])*keep + p.b*a*255 + 0.5)
	px[3] = uint8(float64(px[3])*keep + a*255 + 0.5)
}

func paintAll(img *image.RGBA, p paint) {
	c := [4]uint8{uint8(p.r*p.a*255 + 0.5), uint8(p.g*p.a*255 + 0.5), uint8(p.b*p.a*255 + 0.5), uint8(p.a*255 + 0.5)}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		row := img.Pix[img.PixOffset(b.Min.X, y):]
		for x := 0; x < b.Dx(); x++ {
			copy(row[x*4:x*4+4], c[:])
		}
	}
}
