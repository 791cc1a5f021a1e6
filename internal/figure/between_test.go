package figure

import (
	"encoding/binary"
	"fmt"
	"image"
	"image/color"
	"testing"
	"time"
)

// Body groups as bodyGroups lists them.
const (
	groupArmL = 4
	groupArmR = 5
)

// labelled draws p with every body group in its own flat colour, so a
// test can tell which group each pixel shows.
func labelled(p Pose, size int) (*image.RGBA, *renderer) {
	img := image.NewRGBA(image.Rect(0, 0, size, size))
	r := &renderer{img: img, pose: p, m: p.m}
	r.colours(DefaultPalette())
	for i := 0; i < 6; i++ {
		r.labels = append(r.labels, paintOf(labelColour(i)))
	}
	r.draw()
	return img, r
}

func labelColour(i int) color.RGBA { return color.RGBA{uint8(10 + 40*i), 0, 0, 0xff} }

// contacts counts, for each arm and each other body group, the pixels of
// the arm that lie within two pixels of that group's with no gap between,
// away from the arm's own shoulder, where an arm joins the body. An arm
// drawn over the body without its gap line, or under the head without the
// head's, touches along its whole length: the two read as one shape.
func contacts(p Pose, size int) (left, right [6]int) {
	img, r := labelled(p, size)
	ids := map[uint32]int{}
	for i := range r.labels {
		c := labelColour(i)
		ids[binary.LittleEndian.Uint32([]byte{c.R, c.G, c.B, c.A})] = i
	}
	labels := make([]int8, size*size)
	for i := range labels {
		labels[i] = -1
		if id, ok := ids[binary.LittleEndian.Uint32(img.Pix[4*i:])]; ok {
			labels[i] = int8(id)
		}
	}
	count := func(arm int, shoulder joint) (n [6]int) {
		sh := r.px(p.m.view.project(p.sk.at[shoulder]))
		near := 2.2 * bones[segUpperArmR].radius * r.scale
		for y := 2; y < size-2; y++ {
			for x := 2; x < size-2; x++ {
				if int(labels[y*size+x]) != arm || (pt{float64(x), float64(y)}).sub(sh).length() < near {
					continue
				}
				var seen [6]bool
				for dy := -2; dy <= 2; dy++ {
					for dx := -2; dx <= 2; dx++ {
						if o := labels[(y+dy)*size+x+dx]; o >= 0 && int(o) != arm {
							seen[o] = true
						}
					}
				}
				for g, ok := range seen {
					if ok {
						n[g]++
					}
				}
			}
		}
		return n
	}
	return count(groupArmL, shoulderL), count(groupArmR, shoulderR)
}

// inBetweens are poses through every motion's moves, keys included: a
// rep's lift, or a loop's cycle.
func inBetweens(m *Motion, visit func(what string, p Pose)) {
	const steps = 24
	for i := 0; i <= steps; i++ {
		f := float64(i) / steps
		if m.Loops() {
			visit(fmt.Sprintf("loop %.2f", f), m.At(Moment{Phase: Loop, Elapsed: time.Duration(f * float64(m.Cycle()))}))
		} else {
			visit(fmt.Sprintf("lift %.2f", f), m.At(Moment{Phase: Lift, Progress: f}))
		}
	}
}

// touching sums an arm's contacts with the torso, the legs and the other
// arm, and gives its contact with the head apart.
func touching(n [6]int) (body, head int) {
	for g, c := range n {
		if g == groupHead {
			head = c
		} else {
			body += c
		}
	}
	return body, head
}

// The sizes and allowances of the merge check: pixels on a 300-pixel
// picture. Keys may hold an arm against the body (a hand on a hip); an
// in-between frame may touch a little more, never along a whole arm.
const (
	mergeSize     = 300
	mergeSlack    = 12
	mergeHeadMost = 12
)

func TestInBetweenFramesKeepTheArmsApartFromTheBodyAndHead(t *testing.T) {
	lib := library(t)
	for _, id := range lib.IDs() {
		m := lib.Motion(id)
		keys := 0
		for i := range m.keys {
			l, r := contacts(m.KeyPose(i, NoSide), mergeSize)
			lb, _ := touching(l)
			rb, _ := touching(r)
			keys = max(keys, lb, rb)
		}
		allowed := keys + keys/4 + mergeSlack
		inBetweens(m, func(what string, p Pose) {
			l, r := contacts(p, mergeSize)
			for side, n := range [][6]int{l, r} {
				body, head := touching(n)
				if body > allowed {
					t.Errorf("%s %s: arm %d touches the body along %d pixels with no gap; the keys touch at most %d", id, what, side, body, keys)
				}
				if head > mergeHeadMost {
					t.Errorf("%s %s: arm %d runs into the head along %d pixels with no gap", id, what, side, head)
				}
			}
		})
	}
}
