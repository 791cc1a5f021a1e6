package figure

import "math"

// prepare works out, once per motion, what every pose shares: the floor
// level, the mat, the arrows and the frame every pose fits in, so the
// figure neither jumps nor zooms while it moves.
func (m *Motion) prepare() {
	for _, p := range m.props {
		if p.Kind == "mat" {
			m.floor = matThickness
		}
	}
	rest := m.restAngles()
	m.rest = m.skeletonOf(&rest)
	samples := append(m.samples(), m.rest)
	m.mat = emptyRect()
	for i := range samples {
		for _, q := range bodyPoints(&samples[i]) {
			if m.view == TopView {
				m.mat = m.mat.include(pt{q.at.X, q.at.Y}, q.r+8)
			} else {
				m.mat = m.mat.include(pt{q.at.X, 0}, q.r+10)
			}
		}
	}
	m.paths = nil
	for i := range m.arrows {
		m.paths = append(m.paths, m.arrowPath(&m.arrows[i]))
	}
	m.frame = m.extent(samples)
}

// samples are poses spread through the whole motion, both the way a rep
// moves and the way a loop moves.
func (m *Motion) samples() []skeleton {
	const perKey = 8
	n := len(m.keys)
	var out []skeleton
	for i := 0; i <= (n-1)*perKey; i++ {
		out = append(out, m.skeletonAt(float64(i)/perKey, false))
	}
	if m.Loops() {
		for i := 0; i < n*perKey; i++ {
			out = append(out, m.skeletonAt(float64(i)/perKey, true))
		}
	}
	return out
}

// extent is the part of the world that every sampled pose, its props,
// arrows, shadows and glow need, with a margin.
func (m *Motion) extent(samples []skeleton) rect {
	r := emptyRect()
	add := func(p part, shadow bool) {
		for _, q := range p.pts {
			r = r.include(m.view.project(q), p.r)
			if shadow {
				r = r.include(shadowOf(q), p.r)
			}
		}
	}
	for i := range samples {
		sk := &samples[i]
		for _, p := range bodyParts(sk) {
			add(p, m.view == TopView)
		}
		for j := range m.props {
			for _, p := range m.propParts(&m.props[j], sk) {
				add(p, false)
			}
		}
		r = r.include(m.view.project(m.glow.centre(sk)), glowRadius)
	}
	for _, path := range m.paths {
		for _, q := range path.pts {
			r = r.include(q, arrowHeadWidth)
		}
	}
	if m.view != TopView {
		r.Min.Y = math.Min(r.Min.Y, 0) // the floor shows
	}
	return rect{r.Min.sub(pt{6, 6}), r.Max.add(pt{6, 6})}
}

// restAngles is what the figure relaxes to between sets and exercises. A
// stretch's start key is often already the stretch (hands on a doorframe,
// a hand on the head), so a figure that starts on its feet stands at ease;
// one that starts seated, kneeling or lying stays there, as the person
// does.
func (m *Motion) restAngles() angles {
	start := m.keys[0].ang
	if m.view != TopView && m.startsStanding() { // seen from above, the figure lies down
		return neutral(m.view)
	}
	return start
}

// startsStanding reports whether the start key has the hips about as high
// as standing and the trunk about upright.
func (m *Motion) startsStanding() bool {
	n := neutral(m.view)
	stand, start := pose(m.view, &n), pose(m.view, &m.keys[0].ang)
	m.place(&stand)
	m.place(&start)
	hips := up(m.view, start.at[pelvis]) / up(m.view, stand.at[pelvis])
	lean := angleBetween(start.chest.up, stand.chest.up)
	return hips > 0.93 && lean < 25
}
