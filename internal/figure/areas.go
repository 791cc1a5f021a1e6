package figure

// area is a named region of working muscle, tinted in the accent colour.
type area int

const (
	areaUpperBack area = iota
	areaLowerTraps
	areaRearShoulders
	areaFrontShoulders
	areaChest
	areaNeck
	areaLats
	areaLowerBack
	areaGlutes
	areaHamstrings
	areaArms
	areaWaist
	areaSpine
	numAreas
)

var areaNames = [numAreas]string{
	"upper-back", "lower-traps", "rear-shoulders", "front-shoulders", "chest",
	"neck", "lats", "lower-back", "glutes", "hamstrings", "arms", "waist", "spine",
}

func areaByName(name string) (area, bool) {
	for a, n := range areaNames {
		if n == name {
			return area(a), true
		}
	}
	return 0, false
}

// muscle is an area as a motion tints it: both sides, or one (0 right, 1 left).
type muscle struct {
	area area
	side int // -1 for both
}

// tints is the muscle on the posed body.
func (mu muscle) tints(sk *skeleton) []tint {
	var out []tint
	for _, t := range mu.area.tints(sk) {
		if mu.side < 0 || t.side < 0 || t.side == mu.side {
			out = append(out, t)
		}
	}
	return out
}

// tint is one stroke of an area: a capsule on the body, kept within its
// host parts and drawn just after the first of them.
type tint struct {
	a, b  vec3
	r     float64
	hosts []segment
	side  int // 0 right, 1 left, -1 on the midline
}

// tints places an area on the posed body.
func (ar area) tints(sk *skeleton) []tint {
	c, l := sk.chest, sk.lower
	nb, ws, pv := sk.at[neckBase], sk.at[waist], sk.at[pelvis]
	back := func(p vec3, d float64) vec3 { return p.sub(c.fwd.scale(d)) }
	var out []tint
	mid := func(a, b vec3, r float64, hosts ...segment) {
		out = append(out, tint{a, b, r, hosts, -1})
	}
	// both adds one stroke per side; f gets the side (0 right, 1 left),
	// its sign along the body's right axis, and the side's joint offset.
	both := func(f func(side int, sign float64, j joint) tint) {
		for side, sign := range []float64{1, -1} {
			t := f(side, sign, joint(side)*sideJoints)
			t.side = side
			out = append(out, t)
		}
	}
	switch ar {
	case areaUpperBack:
		m := back(nb.sub(c.up.scale(11)), 8)
		mid(m.add(c.right.scale(7)), m.sub(c.right.scale(7)), 6.5, segChest)
	case areaLowerTraps:
		low := back(nb.sub(c.up.scale(25)), 8)
		both(func(_ int, s float64, _ joint) tint {
			return tint{a: low, b: back(nb.sub(c.up.scale(9)).add(c.right.scale(s*11)), 8), r: 4.5, hosts: []segment{segChest}}
		})
	case areaRearShoulders, areaFrontShoulders:
		d := 3.0
		if ar == areaFrontShoulders {
			d = -3
		}
		both(func(side int, _ float64, j joint) tint {
			sh, el := sk.at[shoulderR+j], sk.at[elbowR+j]
			a := back(sh, d)
			return tint{a: a, b: a.add(el.sub(sh).unit().scale(9)), r: 6, hosts: []segment{sided(segUpperArmR, side), segChest}}
		})
	case areaChest:
		m := back(nb.sub(c.up.scale(10)), -8)
		mid(m.add(c.right.scale(8)), m.sub(c.right.scale(8)), 6.5, segChest)
	case areaNeck:
		both(func(_ int, _ float64, j joint) tint {
			return tint{a: nb.add(c.up.scale(3)), b: sk.at[shoulderR+j].add(c.up.scale(2)), r: 4.5, hosts: []segment{segNeck, segChest}}
		})
	case areaLats:
		both(func(_ int, s float64, j joint) tint {
			sh := sk.at[shoulderR+j]
			return tint{a: back(sh.sub(c.up.scale(8)), 4), b: back(ws.add(c.right.scale(s*9)), 3), r: 5.5, hosts: []segment{segChest, segLowerTorso}}
		})
	case areaLowerBack:
		mid(pv.add(l.up.scale(4)).sub(l.fwd.scale(6)), ws.add(c.up.scale(6)).sub(c.fwd.scale(6)), 5, segLowerTorso, segChest)
	case areaGlutes:
		both(func(side int, s float64, _ joint) tint {
			g := pv.sub(l.up.scale(2)).sub(l.fwd.scale(7)).add(l.right.scale(s * 6))
			return tint{a: g, b: g, r: 6.5, hosts: []segment{segLowerTorso, sided(segThighR, side)}}
		})
	case areaHamstrings:
		both(func(side int, _ float64, j joint) tint {
			h, k := sk.at[hipR+j], sk.at[kneeR+j]
			return tint{a: h.lerp(k, 0.25).sub(l.fwd.scale(4)), b: k.lerp(h, 0.15).sub(l.fwd.scale(4)), r: 5, hosts: []segment{sided(segThighR, side)}}
		})
	case areaArms:
		both(func(side int, _ float64, j joint) tint {
			sh, el := sk.at[shoulderR+j], sk.at[elbowR+j]
			return tint{a: sh.lerp(el, 0.2), b: el, r: 4.5, hosts: []segment{sided(segUpperArmR, side)}}
		})
	case areaWaist:
		both(func(_ int, s float64, _ joint) tint {
			return tint{a: ws.add(l.right.scale(s * 11)), b: pv.add(l.up.scale(5)).add(l.right.scale(s * 12)), r: 4, hosts: []segment{segLowerTorso}}
		})
	case areaSpine:
		a, m, b := back(pv.add(l.up.scale(2)), 6), back(ws, 6), back(nb.sub(c.up.scale(4)), 7)
		mid(a, m, 3.5, segLowerTorso, segChest)
		mid(m, b, 3.5, segChest, segLowerTorso)
	}
	return out
}

// centre is the middle of an area, where its hold glow shines.
func (ar area) centre(sk *skeleton) vec3 {
	ts := ar.tints(sk)
	var sum vec3
	for _, t := range ts {
		sum = sum.add(t.a).add(t.b)
	}
	return sum.scale(1 / float64(2*len(ts)))
}
