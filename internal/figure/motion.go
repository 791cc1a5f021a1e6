package figure

import (
	"math"
	"time"
)

// Phase is what the session is doing, as far as the figure cares.
type Phase int

const (
	Still       Phase = iota // before the exercise starts: the start position
	Lift                     // start → end (through any mid keys)
	Hold                     // held at the end; the glow area lights up
	Lower                    // end → start
	Rest                     // between sets: standing at ease, or the start position off one's feet
	HeldStretch              // a timed stretch: the end position, held
	Loop                     // a timed warm-up: the keys over and over
)

var phaseNames = []string{"still", "lift", "hold", "lower", "rest", "held-stretch", "loop"}

func (p Phase) String() string { return phaseNames[p] }

// Side is the side in play for a one-sided exercise.
type Side int

const (
	NoSide Side = iota
	Left
	Right
)

// Moment is a point in a session, as the figure needs it.
type Moment struct {
	Phase    Phase
	Progress float64       // 0 to 1 through Lift or Lower
	Elapsed  time.Duration // time into a Loop
	Side     Side          // for one-sided exercises; NoSide draws the keys as written
}

// Motion is one exercise's keyframes and how they are drawn. It does not
// change after loading, so one Motion may serve many goroutines.
type Motion struct {
	ID      string
	view    View
	side    Side // the side the keys show working
	pin     joint
	loop    time.Duration
	yaw     float64
	muscles []muscle
	glow    area
	props   []propSpec
	arrows  []arrowSpec
	keys    []keyframe

	floor float64     // where the body rests: the floor, or the top of a mat
	mat   rect        // the mat's extent under the whole motion
	paths []arrowLine // arrows for the start → end direction
	frame rect        // the part of the world every pose of the motion fits in
	rest  skeleton    // the pose of a rest: see restAngles
}

// View is where the figure is seen from.
func (m *Motion) View() View { return m.view }

// Aspect is the width over the height of the part of the picture every
// pose of the motion fits in, margins aside: a picture of this shape holds
// the figure with nothing to spare.
func (m *Motion) Aspect() float64 {
	w, h := m.frame.Max.X-m.frame.Min.X, m.frame.Max.Y-m.frame.Min.Y
	if w <= 0 || h <= 0 {
		return 1
	}
	return w / h
}

// Loops reports whether the motion is a repeating warm-up.
func (m *Motion) Loops() bool { return m.loop > 0 }

// Cycle is the time of one loop; zero when the motion does not loop.
func (m *Motion) Cycle() time.Duration { return m.loop }

// TimedPhase is the phase to use while a time-based exercise runs: Loop for
// a warm-up that repeats, HeldStretch for a held position.
func (m *Motion) TimedPhase() Phase {
	if m.Loops() {
		return Loop
	}
	return HeldStretch
}

// Moves reports whether the figure changes during the phase: the widget
// animates only then and draws once otherwise.
func (m *Motion) Moves(p Phase) bool {
	switch p {
	case Lift, Lower:
		return len(m.keys) > 1 && m.keys[0].ang != m.keys[len(m.keys)-1].ang
	case Loop:
		return m.Loops()
	}
	return false
}

// KeyNames lists the keyframes in order: "start", any "mid…", "end".
func (m *Motion) KeyNames() []string {
	names := make([]string, len(m.keys))
	for i, k := range m.keys {
		names[i] = k.name
	}
	return names
}

// At is the pose for a moment of the session.
func (m *Motion) At(mo Moment) Pose {
	last := float64(len(m.keys) - 1)
	p := Pose{m: m, mirror: m.mirrored(mo.Side)}
	switch mo.Phase {
	case Lift:
		p.sk = m.skeletonAt(ease(mo.Progress)*last, false)
		p.arrow = 1
	case Lower:
		p.sk = m.skeletonAt((1-ease(mo.Progress))*last, false)
		p.arrow = -1
	case Hold:
		p.sk = m.skeletonAt(last, false)
		p.glow = true
	case HeldStretch:
		p.sk = m.skeletonAt(last, false)
		p.arrow = 1
	case Loop:
		p.sk = m.skeletonAt(m.loopPosition(mo.Elapsed), m.Loops())
		p.arrow = 1
	case Still:
		p.sk = m.skeletonAt(0, false)
		p.arrow = 1
	default: // Rest
		p.sk = m.rest
	}
	return p
}

// KeyPose is keyframe i as the illustrations show it: with the arrow of
// the movement that passes through it.
func (m *Motion) KeyPose(i int, side Side) Pose {
	return Pose{m: m, mirror: m.mirrored(side), sk: m.skeletonAt(float64(i), false), arrow: 1}
}

func (m *Motion) mirrored(s Side) bool {
	return s != NoSide && m.side != NoSide && s != m.side
}

// loopPosition maps time into the keys: one cycle visits every key and
// comes back to the first.
func (m *Motion) loopPosition(t time.Duration) float64 {
	if !m.Loops() {
		return float64(len(m.keys) - 1)
	}
	f := math.Mod(t.Seconds()/m.loop.Seconds(), 1)
	if f < 0 {
		f++
	}
	return f * float64(len(m.keys))
}

// ease starts and ends a movement gently, as a controlled rep does.
func ease(p float64) float64 {
	p = math.Max(0, math.Min(1, p))
	return p * p * (3 - 2*p)
}

// skeletonAt poses the figure at key position s (0 = first key, 1 = the
// second, ...), placed so the pin joint stays put and the body rests on
// the floor.
func (m *Motion) skeletonAt(s float64, cyclic bool) skeleton {
	a := m.anglesAt(s, cyclic)
	return m.skeletonOf(&a)
}

// skeletonOf poses the figure from angles, turned and placed as every
// pose of the motion is.
func (m *Motion) skeletonOf(a *angles) skeleton {
	sk := pose(m.view, a)
	if m.yaw != 0 {
		sk.turn(worldUp(m.view), m.yaw)
	}
	m.place(&sk)
	return sk
}

func (m *Motion) anglesAt(s float64, cyclic bool) angles {
	n := len(m.keys)
	if n == 1 {
		return m.keys[0].ang
	}
	if cyclic {
		i := int(math.Floor(s))
		f := s - float64(i)
		at := func(k int) *angles { return &m.keys[((k%n)+n)%n].ang }
		a0, a1, a2, a3 := at(i-1), at(i), at(i+1), at(i+2)
		if f == 0 {
			return *a1 // exactly the key, not a round trip through the chest
		}
		if !chestMoves(a0, a1, a2, a3) {
			return catmullRom(a0, a1, a2, a3, f)
		}
		c0, c1, c2, c3 := armsOnChest(m.view, *a0), armsOnChest(m.view, *a1), armsOnChest(m.view, *a2), armsOnChest(m.view, *a3)
		return armsOffChest(m.view, catmullRom(&c0, &c1, &c2, &c3, f))
	}
	s = math.Max(0, math.Min(float64(n-1), s))
	i := int(math.Floor(s))
	if i >= n-1 || s == float64(i) {
		return m.keys[i].ang
	}
	a, b := &m.keys[i].ang, &m.keys[i+1].ang
	if !chestMoves(a, b) {
		return lerpAngles(a, b, s-float64(i))
	}
	ca, cb := armsOnChest(m.view, *a), armsOnChest(m.view, *b)
	return armsOffChest(m.view, lerpAngles(&ca, &cb, s-float64(i)))
}

// place moves the figure so the pin joint sits on the picture's vertical
// axis (and, seen from above, its horizontal one) and the lowest point of
// the body rests on the floor.
func (m *Motion) place(sk *skeleton) {
	pin := sk.at[m.pin]
	shift := vec3{X: -pin.X}
	low := math.Inf(1)
	for _, pt := range bodyPoints(sk) {
		low = math.Min(low, up(m.view, pt.at)-pt.r)
	}
	if m.view == TopView {
		shift.Y = -pin.Y
		shift.Z = m.floor - low
	} else {
		shift.Y = m.floor - low
	}
	sk.translate(shift)
}

// up is a point's height above the floor in the view's world.
func up(v View, p vec3) float64 {
	if v == TopView {
		return p.Z
	}
	return p.Y
}

// turn rotates the whole figure about the axis through the pelvis.
func (sk *skeleton) turn(axis vec3, deg float64) {
	o := sk.at[pelvis]
	for i := range sk.at {
		sk.at[i] = o.add(sk.at[i].sub(o).rotateAbout(axis, deg))
	}
	for _, f := range []*frame{&sk.chest, &sk.lower} {
		f.up, f.right, f.fwd = f.up.rotateAbout(axis, deg), f.right.rotateAbout(axis, deg), f.fwd.rotateAbout(axis, deg)
	}
}

func (sk *skeleton) translate(d vec3) {
	for i := range sk.at {
		sk.at[i] = sk.at[i].add(d)
	}
}

// shortest is b moved by whole turns to within half a turn of a, so that
// angles written as 350 and 10 move 20 degrees, not 340.
func shortest(a, b float64) float64 {
	return b - 360*math.Round((b-a)/360)
}

func lerpAngles(a, b *angles, t float64) angles {
	var out angles
	for i := range a.dir {
		out.dir[i] = dirAngle{
			a.dir[i].A + (shortest(a.dir[i].A, b.dir[i].A)-a.dir[i].A)*t,
			a.dir[i].T + (b.dir[i].T-a.dir[i].T)*t,
		}
	}
	out.twist = a.twist + (b.twist-a.twist)*t
	for s := 0; s < 2; s++ {
		out.shrug[s] = a.shrug[s] + (b.shrug[s]-a.shrug[s])*t
		out.retract[s] = a.retract[s] + (b.retract[s]-a.retract[s])*t
	}
	return out
}

// catmullRom passes smoothly through every key of a loop, so a circle of
// four keys looks round rather than square.
func catmullRom(a0, a1, a2, a3 *angles, t float64) angles {
	cr := func(p0, p1, p2, p3 float64) float64 {
		return 0.5 * (2*p1 + (-p0+p2)*t + (2*p0-5*p1+4*p2-p3)*t*t + (-p0+3*p1-3*p2+p3)*t*t*t)
	}
	var out angles
	for i := range a1.dir {
		p1 := a1.dir[i].A
		p0 := shortest(p1, a0.dir[i].A)
		p2 := shortest(p1, a2.dir[i].A)
		p3 := shortest(p2, a3.dir[i].A)
		out.dir[i] = dirAngle{cr(p0, p1, p2, p3), cr(a0.dir[i].T, a1.dir[i].T, a2.dir[i].T, a3.dir[i].T)}
	}
	out.twist = cr(a0.twist, a1.twist, a2.twist, a3.twist)
	for s := 0; s < 2; s++ {
		out.shrug[s] = cr(a0.shrug[s], a1.shrug[s], a2.shrug[s], a3.shrug[s])
		out.retract[s] = cr(a0.retract[s], a1.retract[s], a2.retract[s], a3.retract[s])
	}
	return out
}
