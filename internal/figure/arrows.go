package figure

import "math"

// arrowLine is an arrow on the picture, its points in the start → end
// direction; a back-and-forth warm-up gets a head at both ends.
type arrowLine struct {
	pts    []pt
	twoWay bool
}

// arrowPath lays out one arrow of the motion on the picture: along the
// joint's way from start to end (around a loop for warm-ups), or round the
// joint for a circling move.
func (m *Motion) arrowPath(a *arrowSpec) arrowLine {
	var off pt
	if len(a.Offset) == 2 {
		off = pt{a.Offset[0], a.Offset[1]}
	}
	// A loop of two keys goes there and back along one way: that way is drawn once, with a head at each end.
	cycle := m.Loops() && len(m.keys) > 2
	track := m.track(a.joint, cycle)
	if a.Kind == "circle" {
		return arrowLine{pts: circleArrow(centroid(track).add(off), a.Radius, a.Arc, a.Centre, a.Turn == "cw"), twoWay: m.Loops() && !cycle}
	}
	origin := track[0]
	for i := range track {
		track[i] = origin.add(track[i].sub(origin).scale(a.Stretch)).add(off)
	}
	if cycle {
		return arrowLine{pts: trim(track, 0, 0.15)}
	}
	return arrowLine{pts: trim(track, 0.1, 0.02), twoWay: m.Loops()}
}

// track samples where joint j goes from the first key to the last, or
// round the whole loop and back to the first.
func (m *Motion) track(j joint, cycle bool) []pt {
	const steps = 48
	n := float64(len(m.keys) - 1)
	if cycle {
		n++
	}
	out := make([]pt, 0, steps+1)
	for i := 0; i <= steps; i++ {
		sk := m.skeletonAt(n*float64(i)/steps, cycle)
		out = append(out, m.view.project(sk.at[j]))
	}
	return out
}

func centroid(ps []pt) pt {
	var c pt
	for _, p := range ps {
		c = c.add(p)
	}
	return c.scale(1 / float64(len(ps)))
}

// circleArrow is an arc of arc degrees round c whose middle lies in the
// direction centre (picture degrees, 0 up, 90 right), turning clockwise on
// the picture or against it.
func circleArrow(c pt, r, arc, centre float64, clockwise bool) []pt {
	const steps = 40
	out := make([]pt, 0, steps+1)
	for i := 0; i <= steps; i++ {
		a := centre + arc*(float64(i)/steps-0.5)
		if !clockwise {
			a = 2*centre - a
		}
		s, co := math.Sincos(a * math.Pi / 180)
		out = append(out, pt{c.X + r*s, c.Y + r*co})
	}
	return out
}

// trim cuts the given fractions of the path's length off its two ends.
func trim(ps []pt, head, tail float64) []pt {
	total := pathLength(ps)
	if total == 0 {
		return nil
	}
	return subPath(ps, head*total, (1-tail)*total)
}

func pathLength(ps []pt) float64 {
	l := 0.0
	for i := 1; i < len(ps); i++ {
		l += ps[i].sub(ps[i-1]).length()
	}
	return l
}

// subPath is the part of the path between two distances along it.
func subPath(ps []pt, from, to float64) []pt {
	var out []pt
	at := 0.0
	for i := 1; i < len(ps); i++ {
		seg := ps[i].sub(ps[i-1]).length()
		if seg == 0 {
			continue
		}
		lo, hi := at, at+seg
		if hi >= from && lo <= to {
			if len(out) == 0 {
				out = append(out, ps[i-1].lerp(ps[i], math.Max(0, (from-lo)/seg)))
			}
			out = append(out, ps[i-1].lerp(ps[i], math.Min(1, (to-lo)/seg)))
		}
		at = hi
	}
	return out
}
