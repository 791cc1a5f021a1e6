package figure

// joint names a point of the skeleton. The right-side joints come first;
// the left ones are the same list shifted by sideJoints.
type joint int

const (
	pelvis joint = iota
	waist
	neckBase
	headBase
	head
	shoulderR
	elbowR
	wristR
	handR
	hipR
	kneeR
	ankleR
	toeR
	shoulderL
	elbowL
	wristL
	handL
	hipL
	kneeL
	ankleL
	toeL
	numJoints
)

// sideJoints is the distance from a right joint to its left twin.
const sideJoints = shoulderL - shoulderR

var jointNames = [numJoints]string{
	"pelvis", "waist", "neck_base", "head_base", "head",
	"shoulder_r", "elbow_r", "wrist_r", "hand_r", "hip_r", "knee_r", "ankle_r", "toe_r",
	"shoulder_l", "elbow_l", "wrist_l", "hand_l", "hip_l", "knee_l", "ankle_l", "toe_l",
}

func jointByName(name string) (joint, bool) {
	for j, n := range jointNames {
		if n == name {
			return joint(j), true
		}
	}
	return 0, false
}

// twin is the same joint on the other side of the body (itself on the
// midline).
func (j joint) twin() joint {
	switch {
	case j >= shoulderL:
		return j - sideJoints
	case j >= shoulderR:
		return j + sideJoints
	}
	return j
}

// segment is a rigid bone between two joints, drawn as a rounded limb.
type segment int

const (
	segLowerTorso segment = iota
	segChest
	segNeck
	segHead
	segUpperArmR
	segForearmR
	segHandR
	segThighR
	segShinR
	segFootR
	segUpperArmL
	segForearmL
	segHandL
	segThighL
	segShinL
	segFootL
	numSegments
)

const sideSegments = segUpperArmL - segUpperArmR

type bone struct {
	name     string
	from, to joint
	length   float64
	radius   float64 // half the drawn thickness
}

// bones: proportions of an adult about 170 units tall, thick enough to
// read at a glance like a signage pictogram.
var bones = [numSegments]bone{
	{"lower_torso", pelvis, waist, 22, 0},
	{"chest", waist, neckBase, 28, 0},
	{"neck", neckBase, headBase, 8, 4.5},
	{"head", headBase, head, 9, headRadius},
	{"upper_arm_r", shoulderR, elbowR, 29, 5.6},
	{"forearm_r", elbowR, wristR, 25, 5},
	{"hand_r", wristR, handR, 8, 4.4},
	{"thigh_r", hipR, kneeR, 44, 7.6},
	{"shin_r", kneeR, ankleR, 41, 6.2},
	{"foot_r", ankleR, toeR, 13, 4.2},
	{"upper_arm_l", shoulderL, elbowL, 29, 5.6},
	{"forearm_l", elbowL, wristL, 25, 5},
	{"hand_l", wristL, handL, 8, 4.4},
	{"thigh_l", hipL, kneeL, 44, 7.6},
	{"shin_l", kneeL, ankleL, 41, 6.2},
	{"foot_l", ankleL, toeL, 13, 4.2},
}

const (
	headRadius    = 11
	shoulderHalf  = 17  // shoulder joints either side of the spine
	shoulderDrop  = 4   // shoulder joints sit a little below the neck base
	hipHalf       = 9   // hip joints either side of the spine
	chestHalfW    = 14  // torso box half-widths and half-depths, before rounding
	chestHalfD    = 6.5 //
	waistHalfW    = 11
	waistHalfD    = 5.5
	pelvisHalfW   = 13
	pelvisHalfD   = 6.5
	torsoRounding = 4.5
)

func segmentByName(name string) (segment, bool) {
	for s, b := range bones {
		if b.name == name {
			return segment(s), true
		}
	}
	return 0, false
}

// dirAngle is a bone's direction: A on the picture plane (degrees, 0 = up,
// 90 = right), T out of it toward the viewer.
type dirAngle struct{ A, T float64 }

// angles is everything a keyframe sets: bone directions, the turn of the
// chest about the spine, and how far each shoulder girdle is lifted
// (shrug) and drawn back (retract). Index 0 of the pairs is the right side.
type angles struct {
	dir     [numSegments]dirAngle
	twist   float64
	shrug   [2]float64
	retract [2]float64
}

// View is where the figure is seen from.
type View int

const (
	SideView  View = iota // facing right, its right side toward the viewer
	FrontView             // facing the viewer
	TopView               // from above; lying face down, head up the picture
	BackView              // from behind, where the shoulder blades show
)

var viewNames = []string{"side", "front", "top", "back"}

func (v View) String() string { return viewNames[v] }

// rightward is the body's right-hand direction before any bending: it
// fixes which way the figure faces in each view.
func (v View) rightward() vec3 {
	switch v {
	case FrontView:
		return vec3{-1, 0, 0}
	case TopView, BackView:
		return vec3{1, 0, 0}
	}
	return vec3{0, 0, 1}
}

// frame is a body part's local axes: up along the spine, right, forward.
type frame struct{ up, right, fwd vec3 }

func bodyFrame(v View, up vec3, twist float64) frame {
	r0 := v.rightward()
	right := r0.sub(up.scale(r0.dot(up))).unit()
	if twist != 0 {
		right = right.rotateAbout(up, twist)
	}
	return frame{up: up, right: right, fwd: up.cross(right)}
}

// skeleton is a posed figure: joint positions and the torso's frames.
type skeleton struct {
	at           [numJoints]vec3
	chest, lower frame
}

// pose places every joint from the angles, pelvis at the origin. Bones keep
// their lengths because every joint is its parent plus length × direction.
func pose(v View, a *angles) skeleton {
	var s skeleton
	place := func(sg segment) {
		b := bones[sg]
		d := a.dir[sg]
		s.at[b.to] = s.at[b.from].add(dir(d.A, d.T).scale(b.length))
	}
	place(segLowerTorso)
	place(segChest)
	place(segNeck)
	place(segHead)
	s.lower = bodyFrame(v, dir(a.dir[segLowerTorso].A, a.dir[segLowerTorso].T), 0)
	s.chest = bodyFrame(v, dir(a.dir[segChest].A, a.dir[segChest].T), a.twist)
	for side := 0; side < 2; side++ {
		sign := 1.0
		if side == 1 {
			sign = -1
		}
		c := s.chest
		// Drawing the blades back also brings the shoulders in toward the spine.
		shoulder := s.at[neckBase].add(c.right.scale(sign * (shoulderHalf - 0.6*a.retract[side]))).
			add(c.up.scale(a.shrug[side] - shoulderDrop)).
			add(c.fwd.scale(-a.retract[side]))
		off := joint(side) * sideJoints
		seg := segment(side) * sideSegments
		s.at[shoulderR+off] = shoulder
		s.at[hipR+off] = s.at[pelvis].add(s.lower.right.scale(sign * hipHalf))
		for _, sg := range []segment{segUpperArmR, segForearmR, segHandR, segThighR, segShinR, segFootR} {
			place(sg + seg)
		}
	}
	return s
}
