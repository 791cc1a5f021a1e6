package figure

// part is one solid piece of the picture in the world: a disc (one point),
// a capsule (two) or a rounded convex block (more), r thick all round.
type part struct {
	pts   []vec3
	r     float64
	depth float64 // toward the viewer; nearer parts are drawn later
	tone  tone
}

type tone int

const (
	toneBody tone = iota
	toneFar       // a limb on the far side of the body
	toneProp
	tonePropLight // large props behind the figure: wall panels, mats seen from the side
	toneMat       // a mat seen from above: a floor line along its near edge, as the other views draw the floor
	toneBand
)

func newPart(r float64, t tone, pts ...vec3) part {
	var z float64
	for _, p := range pts {
		z += p.Z
	}
	return part{pts: pts, r: r, depth: z / float64(len(pts)), tone: t}
}

// bodyParts is the figure as solid pieces, indexed by segment: the torso
// as two rounded blocks (so the spine can bend), the head as a disc, every
// other bone as a capsule.
func bodyParts(sk *skeleton) [numSegments]part {
	var ps [numSegments]part
	ps[segLowerTorso] = newPart(torsoRounding, toneBody, append(
		ring(sk.at[waist], sk.lower, waistHalfW, waistHalfD),
		ring(sk.at[pelvis].sub(sk.lower.up.scale(3)), sk.lower, pelvisHalfW, pelvisHalfD)...)...)
	ps[segChest] = newPart(torsoRounding, toneBody, append(
		ring(sk.at[waist], sk.chest, waistHalfW, waistHalfD),
		ring(sk.at[neckBase].sub(sk.chest.up.scale(2)), sk.chest, chestHalfW, chestHalfD)...)...)
	ps[segHead] = newPart(headRadius, toneBody, sk.at[head])
	for sg := segNeck; sg < numSegments; sg++ {
		if sg == segHead {
			continue
		}
		b := bones[sg]
		ps[sg] = newPart(b.radius, toneBody, sk.at[b.from], sk.at[b.to])
	}
	return ps
}

// ring is the four corners of a torso cross-section around centre c.
func ring(c vec3, f frame, halfW, halfD float64) []vec3 {
	out := make([]vec3, 0, 4)
	for _, sw := range []float64{-1, 1} {
		for _, sd := range []float64{-1, 1} {
			out = append(out, c.add(f.right.scale(sw*halfW)).add(f.fwd.scale(sd*halfD)))
		}
	}
	return out
}

type roundPoint struct {
	at vec3
	r  float64
}

// bodyPoints covers the body: every part is inside the convex hull of these
// discs, so they give its lowest point and its extent.
func bodyPoints(sk *skeleton) []roundPoint {
	parts := bodyParts(sk)
	out := make([]roundPoint, 0, 48)
	for _, p := range parts {
		for _, q := range p.pts {
			out = append(out, roundPoint{q, p.r})
		}
	}
	return out
}
