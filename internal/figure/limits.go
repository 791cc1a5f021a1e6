package figure

import (
	"fmt"
	"math"
)

// A joint limit: the angle between two directions of the posed skeleton
// must lie within [lo, hi] degrees. The ranges are generous adult ranges
// of motion; a key outside them would teach a harmful position.
type limit struct {
	what    string
	midline bool // one check, not one per side
	lo, hi  float64
	angle   func(s *skeleton, side int) float64
}

func boneDir(s *skeleton, sg segment) vec3 {
	b := bones[sg]
	return s.at[b.to].sub(s.at[b.from])
}

func sided(sg segment, side int) segment { return sg + segment(side)*sideSegments }

var limits = []limit{
	{"spine bend", true, 0, 50, func(s *skeleton, _ int) float64 {
		return angleBetween(boneDir(s, segLowerTorso), boneDir(s, segChest))
	}},
	{"neck bend", true, 0, 75, func(s *skeleton, _ int) float64 {
		return angleBetween(boneDir(s, segChest), boneDir(s, segNeck))
	}},
	{"head nod", true, 0, 60, func(s *skeleton, _ int) float64 {
		return angleBetween(boneDir(s, segNeck), boneDir(s, segHead))
	}},
	{"elbow bend", false, 0, 150, func(s *skeleton, side int) float64 {
		return angleBetween(boneDir(s, sided(segUpperArmR, side)), boneDir(s, sided(segForearmR, side)))
	}},
	{"wrist bend", false, 0, 85, func(s *skeleton, side int) float64 {
		return angleBetween(boneDir(s, sided(segForearmR, side)), boneDir(s, sided(segHandR, side)))
	}},
	{"shoulder reach behind the body", false, 25, 180, func(s *skeleton, side int) float64 {
		return angleBetween(boneDir(s, sided(segUpperArmR, side)), s.chest.fwd.scale(-1))
	}},
	{"hip bend", false, 0, 155, func(s *skeleton, side int) float64 {
		return angleBetween(boneDir(s, sided(segThighR, side)), s.lower.up.scale(-1))
	}},
	{"hip reach behind the body", false, 0, 40, func(s *skeleton, side int) float64 {
		t := boneDir(s, sided(segThighR, side)).unit()
		back, down := -t.dot(s.lower.fwd), -t.dot(s.lower.up)
		if back <= 0 {
			return 0
		}
		return math.Atan2(back, down) * 180 / math.Pi
	}},
	{"knee bend", false, 0, 160, func(s *skeleton, side int) float64 {
		return angleBetween(boneDir(s, sided(segThighR, side)), boneDir(s, sided(segShinR, side)))
	}},
	{"knee bending forward", false, -90, 5, func(s *skeleton, side int) float64 {
		// The knee is a hinge about the body's right-hand axis; bending the
		// usual way turns the shin backward, a negative turn about it.
		th, sh := boneDir(s, sided(segThighR, side)), boneDir(s, sided(segShinR, side))
		sin := th.unit().cross(sh.unit()).dot(s.lower.right)
		return math.Asin(math.Max(-1, math.Min(1, sin))) * 180 / math.Pi
	}},
	{"ankle", false, 25, 125, func(s *skeleton, side int) float64 {
		return angleBetween(boneDir(s, sided(segShinR, side)), boneDir(s, sided(segFootR, side)))
	}},
}

var sideSuffix = []string{"right", "left"}

// limitProblems lists every joint of the pose that is outside its range.
func limitProblems(v View, a *angles) []string {
	s := pose(v, a)
	var out []string
	for _, l := range limits {
		for side := 0; side < 2 && !(side == 1 && l.midline); side++ {
			x := l.angle(&s, side)
			if x < l.lo-0.01 || x > l.hi+0.01 {
				what := l.what
				if !l.midline {
					what = sideSuffix[side] + " " + what
				}
				out = append(out, fmt.Sprintf("%s is %.0f°, outside %g° to %g°", what, x, l.lo, l.hi))
			}
		}
	}
	return out
}
