package figure

import (
	"image"
	"image/color"
	"math"
	"sort"
)

// Palette is the figure's colours; the widget passes its theme's.
type Palette struct {
	Background color.Color
	Body       color.Color // the figure
	Accent     color.Color // working muscles, the hold glow
	Prop       color.Color // equipment, wall, floor
	Arrow      color.Color // direction of movement
}

// DefaultPalette is a light signage palette, used by the command line.
func DefaultPalette() Palette {
	return Palette{
		Background: color.RGBA{0xff, 0xff, 0xff, 0xff},
		Body:       color.RGBA{0x26, 0x32, 0x3c, 0xff},
		Accent:     color.RGBA{0xf0, 0x7c, 0x1e, 0xff},
		Prop:       color.RGBA{0x8d, 0x9b, 0xa8, 0xff},
		Arrow:      color.RGBA{0x15, 0x8f, 0xd6, 0xff},
	}
}

// DarkPalette is the same signage on a dark background, as a dark
// theme shows the figure.
func DarkPalette() Palette {
	return Palette{
		Background: color.RGBA{0x17, 0x17, 0x18, 0xff},
		Body:       color.RGBA{0xf3, 0xf3, 0xf3, 0xff},
		Accent:     color.RGBA{0xff, 0x98, 0x00, 0xff},
		Prop:       color.RGBA{0x39, 0x39, 0x3a, 0xff},
		Arrow:      color.RGBA{0x29, 0x6f, 0xf6, 0xff},
	}
}

const (
	glowRadius     = 17
	arrowWidth     = 1.8 // half the line's thickness
	arrowHeadLen   = 9
	arrowHeadWidth = 6.5
	gapWidth       = 1.6 // background line between a near limb and the body
	floorWidth     = 0.8
)

// NewImage renders p into a new w × h image.
func NewImage(p Pose, w, h int, pal Palette) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	Render(p, img, pal)
	return img
}

// Render draws p over the whole of img: the same pose, size and palette
// always give the same pixels.
func Render(p Pose, img *image.RGBA, pal Palette) {
	r := renderer{img: img, pose: p, m: p.m}
	r.colours(pal)
	r.draw()
}

// draw paints the whole picture.
func (r *renderer) draw() {
	p := r.pose
	img := r.img
	r.fit()
	paintAll(img, r.bg)
	if r.m.view != TopView {
		r.floorLine()
	}
	r.scene()
	if r.labels != nil {
		return
	}
	if p.glow {
		c := r.px(r.m.view.project(r.m.glow.centre(&p.sk)))
		fill(img, glowDisc{c, glowRadius * r.scale, 0.85}, r.accent)
	}
	if p.arrow != 0 {
		for _, a := range r.m.paths {
			r.arrow(a.pts, p.arrow < 0)
			if a.twoWay {
				r.arrow(a.pts, p.arrow > 0)
			}
		}
	}
}

type renderer struct {
	img  *image.RGBA
	pose Pose
	m    *Motion

	scale, ox, oy float64
	bg, accent    paint
	arrowPaint    paint
	shadow        paint
	tones         [toneBand + 1]paint
	labels        []paint // tests: one flat colour per body group, in bodyGroups order, to tell them apart
}

func (r *renderer) colours(pal Palette) {
	r.bg = paintOf(pal.Background)
	body, prop := paintOf(pal.Body), paintOf(pal.Prop)
	r.accent, r.arrowPaint = paintOf(pal.Accent), paintOf(pal.Arrow)
	r.tones = [...]paint{
		toneBody:      body,
		toneFar:       body.mix(r.bg, 0.42),
		toneProp:      prop,
		tonePropLight: prop.mix(r.bg, 0.72),
		toneMat:       prop,
		toneBand:      prop,
	}
	r.shadow = body.mix(r.bg, 0.75)
}

// fit scales the motion's frame into the image, centred.
func (r *renderer) fit() {
	f := r.m.frame
	if r.pose.mirror {
		f.Min.X, f.Max.X = -f.Max.X, -f.Min.X
	}
	b := r.img.Bounds()
	w, h := float64(b.Dx()), float64(b.Dy())
	margin := 0.03 * math.Min(w, h)
	fw, fh := f.Max.X-f.Min.X, f.Max.Y-f.Min.Y
	r.scale = math.Min((w-2*margin)/fw, (h-2*margin)/fh)
	r.ox = float64(b.Min.X) + w/2 - (f.Min.X+fw/2)*r.scale
	r.oy = float64(b.Min.Y) + h/2 + (f.Min.Y+fh/2)*r.scale
}

// px turns a picture point (world units, y up) into pixels.
func (r *renderer) px(p pt) pt {
	if r.pose.mirror {
		p.X = -p.X
	}
	return pt{r.ox + p.X*r.scale, r.oy - p.Y*r.scale}
}

func (r *renderer) shapeOf(p part, grow float64, shadow bool) shape {
	pts := make([]pt, len(p.pts))
	for i, q := range p.pts {
		if shadow {
			pts[i] = r.px(shadowOf(q))
		} else {
			pts[i] = r.px(r.m.view.project(q))
		}
	}
	rad := (p.r + grow) * r.scale
	if len(pts) <= 2 {
		return capsule{pts[0], pts[len(pts)-1], rad}
	}
	return newBlob(pts, rad)
}

func (r *renderer) floorLine() { r.floorAt(0) }

// floorAt draws the floor line across the picture at height y.
func (r *renderer) floorAt(height float64) {
	b := r.img.Bounds()
	y := r.px(pt{0, height}).Y
	w := math.Max(0.7, floorWidth*r.scale)
	fill(r.img, capsule{pt{float64(b.Min.X) - 10, y}, pt{float64(b.Max.X) + 10, y}, w}, r.tones[toneProp])
}

// matEdge draws a mat seen from above as the other views draw the floor:
// one thin line across the picture, here along the mat's near edge. A
// filled panel set the lying exercises apart from the standing ones, each
// on a grey box.
func (r *renderer) matEdge(p part) {
	low := math.Inf(1)
	for _, q := range p.pts {
		low = math.Min(low, r.m.view.project(q).Y-p.r)
	}
	r.floorAt(low)
}

// group is what is drawn as one: a limb's bones (so its own gap line never
// cuts it), the torso, the head and neck, or one prop piece.
type group struct {
	id       int // index in bodyGroups; -1 for a prop
	parts    []part
	segs     []segment // body segments, for tints; empty for props
	depth    float64
	limb     bool
	overBody bool // an arm level with the torso and lying across it
}

func (r *renderer) scene() {
	sk := &r.pose.sk
	body := bodyParts(sk)
	groups := bodyGroups(body)
	var behindParts []part
	for i := range r.m.props {
		for _, p := range r.m.propParts(&r.m.props[i], sk) {
			if p.depth == behind {
				behindParts = append(behindParts, p)
			} else {
				groups = append(groups, group{id: -1, parts: []part{p}, depth: p.depth})
			}
		}
	}
	for _, p := range behindParts {
		if p.tone == toneMat {
			r.matEdge(p)
			continue
		}
		fill(r.img, r.shapeOf(p, 0, false), r.tones[p.tone])
	}
	if r.m.view == TopView {
		r.shadows(groups, behindParts)
	}
	torso := body[segChest].depth
	r.levelArmsInFront(groups, body, torso)
	sort.SliceStable(groups, func(i, j int) bool { return groups[i].depth < groups[j].depth })
	tints := r.tintsBySegment(sk, body)
	var drawnLimbs []part
	headDrawn := false
	for _, g := range groups {
		t := toneBody
		if r.m.view == SideView && len(g.segs) > 0 && g.depth < torso-4 {
			t = toneFar
		}
		switch {
		case g.limb && (g.overBody || r.frontOf(g) > torso+4 || headDrawn && r.overlapsAny(body[segHead], g.parts)):
			for _, p := range g.parts {
				fill(r.img, r.shapeOf(p, gapWidth, false), r.bg)
			}
		case len(g.segs) > 0 && g.segs[len(g.segs)-1] == segHead && r.overlapsAny(body[segHead], drawnLimbs):
			// Hands clasped behind the head: without a gap the head and
			// both forearms read as one blob.
			fill(r.img, r.shapeOf(body[segHead], gapWidth, false), r.bg)
		}
		if g.limb {
			drawnLimbs = append(drawnLimbs, g.parts...)
		}
		headDrawn = headDrawn || g.id == groupHead
		for i, p := range g.parts {
			if len(g.segs) > 0 {
				p.tone = t
			}
			if r.labels != nil && g.id >= 0 {
				fill(r.img, r.shapeOf(p, 0, false), r.labels[g.id])
				continue
			}
			fill(r.img, r.shapeOf(p, 0, false), r.tones[p.tone])
			if len(g.segs) > 0 {
				for _, s := range tints[g.segs[i]] {
					fill(r.img, s, r.accent)
				}
			}
		}
	}
}

// levelArmsInFront brings an arm about level with the torso in front of
// it, with its gap line, where the elbow or wrist lies over the torso on
// the picture (its bone reaches onto it). Drawn behind, or in front without a gap, such an arm and
// the torso read as one block, as when shoulder blades drawn back carry
// the arms from behind the body to in front of it.
func (r *renderer) levelArmsInFront(groups []group, body [numSegments]part, torso float64) {
	var trunk []sharp
	for _, sg := range []segment{segLowerTorso, segChest} {
		if s, ok := r.shapeOf(body[sg], 0, false).(sharp); ok {
			trunk = append(trunk, s)
		}
	}
	for i := range groups {
		g := &groups[i]
		if !g.limb || (g.segs[0] != segUpperArmR && g.segs[0] != segUpperArmL) || math.Abs(g.depth-torso) > 4 {
			continue
		}
		for _, p := range g.parts[:2] {
			end := r.px(r.m.view.project(p.pts[1]))
			for _, t := range trunk {
				if t.dist(end.X, end.Y) < p.r*r.scale {
					g.overBody = true
				}
			}
		}
		if g.overBody {
			g.depth = math.Max(g.depth, torso+0.01)
		}
	}
}

// frontOf is how near the viewer a limb comes, for its gap line. An arm
// that reaches in front of the body with either long bone shows its gap,
// though the rest of it may lie behind (elbows forward, hands behind the
// head); a leg goes by its middle, so a foot turned toward the viewer
// does not outline it.
func (r *renderer) frontOf(g group) float64 {
	if g.segs[0] != segUpperArmR && g.segs[0] != segUpperArmL {
		return g.depth
	}
	return math.Max(g.parts[0].depth, g.parts[1].depth)
}

// overlapsAny reports whether disc part d overlaps any of the capsules on
// the picture.
func (r *renderer) overlapsAny(d part, capsules []part) bool {
	c := r.m.view.project(d.pts[0])
	for _, p := range capsules {
		a, b := r.m.view.project(p.pts[0]), r.m.view.project(p.pts[len(p.pts)-1])
		if distToSegment(c, a, b) < d.r+p.r {
			return true
		}
	}
	return false
}

// distToSegment is the distance on the picture from p to the segment ab.
func distToSegment(p, a, b pt) float64 {
	ab := b.sub(a)
	l2 := ab.X*ab.X + ab.Y*ab.Y
	if l2 == 0 {
		return p.sub(a).length()
	}
	t := math.Max(0, math.Min(1, (p.sub(a).X*ab.X+p.sub(a).Y*ab.Y)/l2))
	return p.sub(a.add(ab.scale(t))).length()
}

// shadows fall on the floor under everything that is off it, seen from
// above.
func (r *renderer) shadows(groups []group, behindParts []part) {
	for _, p := range behindParts {
		if p.tone != tonePropLight && p.tone != toneMat {
			fill(r.img, r.shapeOf(p, 0, true), r.shadow)
		}
	}
	for _, g := range groups {
		for _, p := range g.parts {
			fill(r.img, r.shapeOf(p, 0, true), r.shadow)
		}
	}
}

// groupHead is the head and neck's index in bodyGroups.
const groupHead = 3

func bodyGroups(body [numSegments]part) []group {
	var n int
	mk := func(limb bool, segs ...segment) group {
		g := group{id: n, segs: segs, limb: limb}
		n++
		for _, s := range segs {
			g.parts = append(g.parts, body[s])
			g.depth += body[s].depth
		}
		g.depth /= float64(len(segs))
		return g
	}
	// Ties keep this order: legs, torso, head, arms. groupHead is the head's place.
	return []group{
		mk(true, segThighL, segShinL, segFootL),
		mk(true, segThighR, segShinR, segFootR),
		mk(false, segLowerTorso, segChest),
		mk(false, segNeck, segHead),
		mk(true, segUpperArmL, segForearmL, segHandL),
		mk(true, segUpperArmR, segForearmR, segHandR),
	}
}

// tintsBySegment places the tinted muscle areas, each under the body part
// it is drawn after.
func (r *renderer) tintsBySegment(sk *skeleton, body [numSegments]part) map[segment][]shape {
	out := map[segment][]shape{}
	for _, ar := range r.m.muscles {
		for _, t := range ar.tints(sk) {
			hosts := make([]shape, len(t.hosts))
			for i, h := range t.hosts {
				hosts[i] = r.shapeOf(body[h], 0, false)
			}
			s := r.shapeOf(newPart(t.r, toneBody, t.a, t.b), 0, false)
			out[t.hosts[0]] = append(out[t.hosts[0]], clipped{s, hosts})
		}
	}
	return out
}

// arrow draws a path with a head at its end (or at its start, backward).
func (r *renderer) arrow(path []pt, backward bool) {
	if len(path) < 2 {
		return
	}
	ps := make([]pt, len(path))
	for i, q := range path {
		j := i
		if backward {
			j = len(path) - 1 - i
		}
		ps[j] = r.px(q)
	}
	s := r.scale
	tip := ps[len(ps)-1]
	body := subPath(ps, 0, math.Max(0, pathLength(ps)-arrowHeadLen*s*0.8))
	w := math.Max(1, arrowWidth*s)
	for i := 1; i < len(body); i++ {
		fill(r.img, capsule{body[i-1], body[i], w}, r.arrowPaint)
	}
	back := subPath(ps, math.Max(0, pathLength(ps)-arrowHeadLen*s), pathLength(ps))
	if len(back) == 0 {
		return
	}
	base := back[0]
	d := tip.sub(base)
	if d.length() == 0 {
		return
	}
	d = d.scale(arrowHeadLen * s / d.length())
	base = tip.sub(d)
	n := pt{-d.Y, d.X}.scale(arrowHeadWidth / arrowHeadLen)
	fill(r.img, newBlob([]pt{tip, base.add(n), base.sub(n)}, 0.6*s), r.arrowPaint)
}
