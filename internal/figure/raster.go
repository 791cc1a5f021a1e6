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

// sharp is a shape with a hard edge that also reports the signed distance
// in pixels from a point to that edge, negative inside: exact inside,
// never more than the true distance outside, so cover is edge(dist).
// Distance changes by at most a pixel from one pixel to the next, so fill
// can pass over a run of pixels wholly outside, or fill a run wholly
// inside, from one look.
type sharp interface {
	shape
	dist(x, y float64) float64
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

func (c capsule) cover(x, y float64) float64 { return edge(c.dist(x, y)) }

func (c capsule) dist(x, y float64) float64 { return segDist(pt{x, y}, c.a, c.b) - c.r }

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

func (b blob) cover(x, y float64) float64 { return edge(b.dist(x, y)) }

func (b blob) dist(x, y float64) float64 {
	p := pt{x, y}
	// The farthest edge line bounds the distance from below outside and is
	// the distance inside, so most pixels are settled without corners.
	plane := math.Inf(-1)
	for i, n := range b.norms {
		if d := (p.X-b.pts[i].X)*n.X + (p.Y-b.pts[i].Y)*n.Y; d > plane {
			plane = d
		}
	}
	if plane <= 0 || plane-b.r >= 0.5 {
		return plane - b.r
	}
	best := math.Inf(1)
	for i := range b.pts {
		if d := segDist(p, b.pts[i], b.pts[(i+1)%len(b.pts)]); d < best {
			best = d
		}
	}
	return best - b.r
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

// dist is that of the shape cut to the union of its hosts; ok is false
// when a part has no sharp edge.
func (c clipped) dist(x, y float64) float64 {
	d := math.Inf(1)
	for _, h := range c.hosts {
		d = math.Min(d, h.(sharp).dist(x, y))
	}
	return math.Max(c.s.(sharp).dist(x, y), d)
}

func (c clipped) sharp() bool {
	if _, ok := c.s.(sharp); !ok {
		return false
	}
	for _, h := range c.hosts {
		if _, ok := h.(sharp); !ok {
			return false
		}
	}
	return true
}

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
	sh, isSharp := s.(sharp)
	if c, ok := s.(clipped); ok && !c.sharp() {
		isSharp = false
	}
	for y := y0; y < y1; y++ {
		row := img.Pix[img.PixOffset(x0, y):]
		if isSharp {
			fillSharpRow(row, sh, p, x0, x1, float64(y)+0.5)
			continue
		}
		for x := x0; x < x1; x++ {
			k := s.cover(float64(x)+0.5, float64(y)+0.5)
			if k <= 0 {
				continue
			}
			blend(row[(x-x0)*4:], p, k)
		}
	}
}

// fillSharpRow fills one row of a sharp shape from x0 to x1, looking once
// for each run of pixels that lies wholly outside or wholly inside: the
// same pixels as a look at every pixel, in a fraction of the time.
func fillSharpRow(row []byte, s sharp, p paint, x0, x1 int, cy float64) {
	for x := x0; x < x1; {
		d := s.dist(float64(x)+0.5, cy)
		switch {
		case d >= 0.5: // outside, and so are the next d−0.5 pixels
			x += int(d-0.5) + 1
		case d <= -0.5: // inside, and so are the next −d−0.5 pixels
			end := min(x1, x+int(-d-0.5)+1)
			cover(row[(x-x0)*4:(end-x0)*4], p)
			x = end
		default:
			blend(row[(x-x0)*4:], p, 0.5-d)
			x++
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
	if b.Empty() {
		return
	}
	first := img.Pix[img.PixOffset(b.Min.X, b.Min.Y):][:b.Dx()*4]
	copy(first, c[:])
	repeat(first, 4)
	for y := b.Min.Y + 1; y < b.Max.Y; y++ {
		copy(img.Pix[img.PixOffset(b.Min.X, y):], first)
	}
}

// cover paints every pixel of run fully with p: an opaque paint is
// written once and copied along, a see-through one blended pixel by
// pixel.
func cover(run []byte, p paint) {
	if len(run) == 0 {
		return
	}
	if p.a < 1 {
		for i := 0; i < len(run); i += 4 {
			blend(run[i:], p, 1)
		}
		return
	}
	blend(run, p, 1)
	repeat(run, 4)
}

// repeat fills b with copies of its first n bytes, doubling what is
// copied each time.
func repeat(b []byte, n int) {
	for done := n; done < len(b); done *= 2 {
		copy(b[done:], b[:done])
	}
}
