package figure

import "math"

const (
	matThickness = 2.5
	behind       = -1000 // depth of props that stand behind the figure
)

// worldUp is the direction away from the floor in a view's world.
func worldUp(v View) vec3 {
	if v == TopView {
		return vec3{Z: 1}
	}
	return vec3{Y: 1}
}

// flat removes the vertical part of d: a direction along the floor.
func flat(v View, d vec3) vec3 {
	u := worldUp(v)
	return d.sub(u.scale(d.dot(u))).unit()
}

// block is a box with centre c and half-sizes along three axes.
func block(c, ax, ay, az vec3, hx, hy, hz float64) []vec3 {
	out := make([]vec3, 0, 8)
	for _, sx := range []float64{-1, 1} {
		for _, sy := range []float64{-1, 1} {
			for _, sz := range []float64{-1, 1} {
				out = append(out, c.add(ax.scale(sx*hx)).add(ay.scale(sy*hy)).add(az.scale(sz*hz)))
			}
		}
	}
	return out
}

// doorwayParts is a whole door frame seen face on, so a person standing in
// it reads as "in a doorway": two posts from x to x+width either side of
// the pin, joined by a lintel at the height. It turns with the figure's
// yaw, about the pin, so the figure still faces through it.
func (m *Motion) doorwayParts(p *propSpec) []part {
	lo, hi := math.Min(p.X, p.X+p.Width), math.Max(p.X, p.X+p.Width)
	half, w := (lo+hi)/2, (hi-lo)/2
	up := vec3{Y: 1}
	across := vec3{X: 1}.rotateAbout(up, m.yaw)
	deep := vec3{Z: 1}.rotateAbout(up, m.yaw)
	piece := func(c vec3, hx, hy float64) part {
		pt := newPart(0.5, toneProp, block(c.rotateAbout(up, m.yaw), across, up, deep, hx, hy, 4)...)
		pt.depth = behind
		return pt
	}
	return []part{
		piece(vec3{X: half, Y: p.Height / 2}, w, p.Height/2),
		piece(vec3{X: -half, Y: p.Height / 2}, w, p.Height/2),
		piece(vec3{Y: p.Height - w}, hi, w),
	}
}

// propParts builds a prop for the posed figure.
func (m *Motion) propParts(p *propSpec, sk *skeleton) []part {
	v := m.view
	at := func(pts []vec3, r float64, t tone) part {
		pt := newPart(r, t, pts...)
		pt.depth = behind
		return pt
	}
	x, y, z := vec3{X: 1}, vec3{Y: 1}, vec3{Z: 1}
	switch p.Kind {
	case "band":
		return bandParts(p, sk)
	case "handle":
		return []part{handleAt(sk, p.at)}
	case "dumbbell":
		angle := 90.0 // bar level, running forward and back
		if p.Angle != nil {
			angle = *p.Angle
		}
		return dumbbellAt(sk, p.at, angle)
	case "chair":
		return m.chairParts(sk.at[p.at], sk)
	case "doorframe":
		if v == FrontView || v == BackView {
			return m.doorwayParts(p)
		}
		return []part{at(block(vec3{p.X + p.Width/2, p.Height / 2, -40}, x, y, z, math.Abs(p.Width)/2, p.Height/2, 10), 0.5, toneProp)}
	case "wall":
		t := toneProp
		if v == FrontView || v == BackView {
			t = tonePropLight
		}
		lo, hi := math.Min(p.X, p.X+p.Width), math.Max(p.X, p.X+p.Width)
		return []part{at(block(vec3{(lo + hi) / 2, p.Height / 2, -40}, x, y, z, (hi-lo)/2, p.Height/2, 10), 0.5, t)}
	case "bench":
		lo, hi := math.Min(p.X, p.X+p.Width), math.Max(p.X, p.X+p.Width)
		c := (lo + hi) / 2
		ps := []part{at(block(vec3{c, p.Height - 2.5, 0}, x, y, z, (hi-lo)/2, 2.5, 18), 1, toneProp)}
		for _, lx := range []float64{lo + 4, hi - 4} {
			ps = append(ps, at(block(vec3{lx, (p.Height - 5) / 2, 0}, x, y, z, 2, (p.Height-5)/2, 16), 0.5, toneProp))
		}
		return ps
	case "mat":
		r := m.mat
		if v == TopView {
			c := vec3{(r.Min.X + r.Max.X) / 2, (r.Min.Y + r.Max.Y) / 2, -0.5}
			return []part{at(block(c, x, y, z, (r.Max.X-r.Min.X)/2, (r.Max.Y-r.Min.Y)/2, 0.5), 5, toneMat)}
		}
		c := vec3{(r.Min.X + r.Max.X) / 2, matThickness / 2, 0}
		return []part{at(block(c, x, y, z, (r.Max.X-r.Min.X)/2, matThickness/2, 30), 0.4, toneProp)}
	}
	return nil
}

func bandParts(p *propSpec, sk *skeleton) []part {
	if p.Anchor == nil {
		return []part{newPart(1.5, toneBand, sk.at[p.ends[0]], sk.at[p.ends[1]])}
	}
	a := vec3{X: p.Anchor[0], Y: p.Anchor[1]}
	if len(p.Anchor) == 3 {
		a.Z = p.Anchor[2]
	}
	out := []part{newPart(3.2, toneProp, a)}
	for _, e := range p.ends {
		out = append(out, newPart(1.5, toneBand, grip(sk, e), a))
	}
	return out
}

// grip is where a hand holds something: the middle of the hand.
func grip(sk *skeleton, hand joint) vec3 {
	if hand != handR && hand != handL {
		return sk.at[hand]
	}
	return sk.at[hand].lerp(sk.at[hand-1], 0.45)
}

// handleAt is a cable or band handle across the fist.
func handleAt(sk *skeleton, hand joint) part {
	g := grip(sk, hand)
	d := sk.at[hand].sub(sk.at[hand-1])
	across := vec3{-d.Y, d.X, 0}.unit().scale(6)
	p := newPart(2.6, toneProp, g.sub(across), g.add(across))
	p.depth += 1
	return p
}

// dumbbellAt is a dumbbell in the hand, its bar at angle on the picture.
func dumbbellAt(sk *skeleton, hand joint, angle float64) []part {
	g := grip(sk, hand)
	ax := dir(angle, 0)
	across := vec3{-ax.Y, ax.X, 0}.scale(5.5)
	out := []part{newPart(1.9, toneProp, g.sub(ax.scale(7)), g.add(ax.scale(7)))}
	for _, s := range []float64{-7, 7} {
		e := g.add(ax.scale(s))
		out = append(out, newPart(2.8, toneProp, e.sub(across), e.add(across)))
	}
	for i := range out {
		out[i].depth += 1
	}
	return out
}

// chairParts is a plain chair under the seated pelvis, facing the way the
// figure's hips face.
func (m *Motion) chairParts(seat vec3, sk *skeleton) []part {
	v := m.view
	u := worldUp(v)
	f, r := flat(v, sk.lower.fwd), flat(v, sk.lower.right)
	top := seat.dot(u) - 9
	base := seat.sub(u.scale(seat.dot(u)))
	piece := func(c vec3, hf, hr, hu float64) part {
		p := newPart(1, toneProp, block(c, f, r, u, hf, hr, hu)...)
		p.depth = behind
		return p
	}
	out := []part{
		piece(base.add(f.scale(6)).add(u.scale(top-2)), 21, 21, 2),
		piece(base.add(f.scale(-17)).add(u.scale(top+22)), 2, 20, 22),
	}
	legH := (top - 4) / 2
	for _, sf := range []float64{-17, 25} {
		for _, sr := range []float64{-18, 18} {
			out = append(out, piece(base.add(f.scale(sf)).add(r.scale(sr)).add(u.scale(legH)), 1.8, 1.8, legH))
		}
	}
	return out
}
