package figure

// Pose is the figure at one moment, ready to render: a placed skeleton,
// whether it is drawn mirrored (the other side in play), which way the
// movement arrow points and whether the hold glow is lit.
type Pose struct {
	m      *Motion
	sk     skeleton
	mirror bool
	arrow  int // 1 start → end, -1 back, 0 none
	glow   bool
}

// View is where this pose is seen from.
func (p Pose) View() View { return p.m.view }

// Joint is where a joint is drawn, in world units on the picture (y up,
// the floor at 0), after mirroring; ok is false for an unknown name.
func (p Pose) Joint(name string) (x, y float64, ok bool) {
	j, ok := jointByName(name)
	if !ok {
		return 0, 0, false
	}
	if p.mirror {
		j = j.twin()
	}
	q := p.m.view.project(p.sk.at[j])
	if p.mirror {
		q.X = -q.X
	}
	return q.X, q.Y, true
}

// Equal reports whether two poses draw the same picture, so a caller can
// skip redrawing.
func (p Pose) Equal(q Pose) bool {
	return p.m == q.m && p.sk == q.sk && p.mirror == q.mirror && p.arrow == q.arrow && p.glow == q.glow
}

// Oblique shift of the view from above: higher things move up and left on
// the picture, so a lifted arm clears its shadow.
const obliqueX, obliqueY = -0.22, 0.3

// project puts a world point on the picture. From above, the body lies
// across the picture, head to the right, as a person lying on a mat is
// usually drawn; the world's y (toward the head) becomes the picture's x.
func (v View) project(p vec3) pt {
	if v == TopView {
		s := shadowOf(p)
		return pt{s.X + obliqueX*p.Z, s.Y + obliqueY*p.Z}
	}
	return pt{p.X, p.Y}
}

// shadowOf is where a point's shadow falls on the floor, seen from above.
func shadowOf(p vec3) pt { return pt{p.Y, -p.X} }
