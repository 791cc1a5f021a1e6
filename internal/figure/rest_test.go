package figure

import "testing"

// handsHigh reports whether either hand is above its shoulder: the
// doorway and upper-trap stretches start that way.
func handsHigh(p Pose) bool {
	for _, side := range []string{"r", "l"} {
		_, hand, _ := p.Joint("hand_" + side)
		_, shoulder, _ := p.Joint("shoulder_" + side)
		if hand > shoulder {
			return true
		}
	}
	return false
}

func TestARestAfterAStandingStretchStandsAtEase(t *testing.T) {
	lib := library(t)
	for _, id := range []string{"doorway-stretch", "upper-trap-stretch", "thoracic-extension"} {
		m := lib.Motion(id)
		if !handsHigh(m.At(Moment{Phase: Still})) {
			t.Fatalf("%s: the start key no longer has a hand up; pick another stretch", id)
		}
		for _, side := range []Side{NoSide, Left, Right} {
			if rest := m.At(Moment{Phase: Rest, Side: side}); handsHigh(rest) {
				t.Errorf("%s side %v: a rest still holds a hand above the shoulder", id, side)
			}
		}
	}
}

func TestARestOffOnesFeetStaysInTheStartPosition(t *testing.T) {
	lib := library(t)
	for _, id := range []string{"chair-rotation", "prone-y-raise", "childs-pose-reach", "cat-cow", "seated-row"} {
		m := lib.Motion(id)
		if m.At(Moment{Phase: Rest}).sk != m.At(Moment{Phase: Still}).sk {
			t.Errorf("%s: a rest does not stay in the start position", id)
		}
	}
}

func TestEveryRestPoseFitsTheMotionsPicture(t *testing.T) {
	lib := library(t)
	for _, id := range lib.IDs() {
		m := lib.Motion(id)
		for _, q := range bodyPoints(&m.rest) {
			p := m.view.project(q.at)
			f := m.frame
			if p.X-q.r < f.Min.X || p.X+q.r > f.Max.X || p.Y-q.r < f.Min.Y || p.Y+q.r > f.Max.Y {
				t.Errorf("%s: the rest pose reaches outside the picture at (%.0f, %.0f)", id, p.X, p.Y)
				break
			}
		}
	}
}
