package figure

import (
	"image"
	"math"
	"os"
	"sort"
	"strings"
	"testing"
	"time"
)

// library loads the shipped pose files, failing the test on any problem.
func library(t testing.TB) Library {
	t.Helper()
	lib, err := Load(os.DirFS("../../assets/exercises"), ".")
	if err != nil {
		t.Fatalf("loading the shipped poses: %v", err)
	}
	return lib
}

// exerciseIDs lists the library's exercises from their files.
func exerciseIDs(t testing.TB) []string {
	entries, err := os.ReadDir("../../assets/exercises")
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, e := range entries {
		n := e.Name()
		if strings.HasSuffix(n, ".toml") && !strings.HasSuffix(n, PoseSuffix) {
			ids = append(ids, strings.TrimSuffix(n, ".toml"))
		}
	}
	sort.Strings(ids)
	return ids
}

func TestEveryLibraryExerciseHasKeyframes(t *testing.T) {
	lib := library(t)
	ids := exerciseIDs(t)
	if len(ids) < 23 {
		t.Fatalf("found %d exercises, want the library's 23", len(ids))
	}
	for _, id := range ids {
		if !lib.Has(id) {
			t.Errorf("%s has no %s%s", id, id, PoseSuffix)
			continue
		}
		m := lib.Motion(id)
		if len(m.keys) < 2 || m.keys[0].name != "start" || m.keys[len(m.keys)-1].name != "end" {
			t.Errorf("%s keys %v, want start … end", id, m.KeyNames())
		}
		if !m.Moves(Lift) && !m.Moves(Loop) {
			t.Errorf("%s: start and end are the same position", id)
		}
	}
	if extra := len(lib.IDs()) - len(ids); extra != 0 {
		t.Errorf("%d pose files have no exercise: %v", extra, lib.IDs())
	}
}

// everyMoment walks each motion through its phases, on both sides.
func everyMoment(m *Motion, visit func(Moment)) {
	for _, side := range []Side{NoSide, Left, Right} {
		for i := 0; i <= 20; i++ {
			p := float64(i) / 20
			visit(Moment{Phase: Lift, Progress: p, Side: side})
			visit(Moment{Phase: Lower, Progress: p, Side: side})
			visit(Moment{Phase: Loop, Elapsed: time.Duration(p * float64(m.Cycle())), Side: side})
		}
	}
}

func TestBonesKeepTheirLengthThroughEveryMovement(t *testing.T) {
	lib := library(t)
	for _, id := range lib.IDs() {
		m := lib.Motion(id)
		everyMoment(m, func(mo Moment) {
			p := m.At(mo)
			for sg, b := range bones {
				got := p.sk.at[b.to].sub(p.sk.at[b.from]).length()
				if math.Abs(got-b.length) > 1e-9 {
					t.Fatalf("%s %v: %s is %.4f long, want %g", id, mo, b.name, got, b.length)
				}
				_ = sg
			}
		})
	}
}

func TestJointsStayWithinHumanLimitsThroughEveryMovement(t *testing.T) {
	lib := library(t)
	for _, id := range lib.IDs() {
		m := lib.Motion(id)
		n := float64(len(m.keys))
		for i := 0; i <= 60; i++ {
			f := float64(i) / 60
			check := func(s float64, cyclic bool) {
				a := m.anglesAt(s, cyclic)
				if probs := limitProblems(m.view, &a); len(probs) > 0 {
					t.Errorf("%s at key position %.2f (loop %v): %s", id, s, cyclic, strings.Join(probs, "; "))
				}
			}
			check(f*(n-1), false)
			if m.Loops() {
				check(f*n, true)
			}
		}
	}
}

func TestJointLimitsCatchAKneeBentTheWrongWay(t *testing.T) {
	a := neutral(SideView)
	a.dir[segShinR] = dirAngle{A: 150} // shin swung forward of the thigh
	probs := limitProblems(SideView, &a)
	if len(probs) == 0 || !strings.Contains(strings.Join(probs, ";"), "right knee bending forward") {
		t.Fatalf("problems %q, want the right knee bending forward", probs)
	}
}

func TestMirroringMirrors(t *testing.T) {
	lib := library(t)
	for _, id := range []string{"upper-trap-stretch", "childs-pose-reach"} {
		m := lib.Motion(id)
		if m.side != Right {
			t.Fatalf("%s keys should show the right side", id)
		}
		for _, phase := range []Phase{Still, HeldStretch} {
			right := m.At(Moment{Phase: phase, Side: Right})
			left := m.At(Moment{Phase: phase, Side: Left})
			for j, name := range jointNames {
				rx, ry, _ := right.Joint(jointNames[joint(j).twin()])
				lx, ly, _ := left.Joint(name)
				if math.Abs(lx+rx) > 1e-9 || math.Abs(ly-ry) > 1e-9 {
					t.Errorf("%s %v: left %s at (%.1f, %.1f), want the mirror of right's twin (%.1f, %.1f)", id, phase, name, lx, ly, -rx, ry)
				}
			}
			a, b := NewImage(right, 120, 120, DefaultPalette()), NewImage(left, 120, 120, DefaultPalette())
			if n := mirrorMismatches(a, b); n > 0 {
				t.Errorf("%s %v: left picture differs from the flipped right one at %d pixels", id, phase, n)
			}
		}
	}
}

// mirrorMismatches counts pixels of a that differ (beyond rounding) from b
// flipped left to right.
func mirrorMismatches(a, b *image.RGBA) int {
	w, h, n := a.Bounds().Dx(), a.Bounds().Dy(), 0
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			p, q := a.PixOffset(x, y), b.PixOffset(w-1-x, y)
			for c := 0; c < 4; c++ {
				if d := int(a.Pix[p+c]) - int(b.Pix[q+c]); d > 2 || d < -2 {
					n++
					break
				}
			}
		}
	}
	return n
}

func TestTwoSidedExercisesAreNotMirrored(t *testing.T) {
	m := library(t).Motion("face-pull")
	if !m.At(Moment{Phase: Still, Side: Left}).Equal(m.At(Moment{Phase: Still, Side: Right})) {
		t.Fatal("a symmetric exercise drew differently for the left and right side")
	}
}

func TestPhasesFollowTheKeys(t *testing.T) {
	m := library(t).Motion("seated-row")
	start, end := m.skeletonAt(0, false), m.skeletonAt(1, false)
	cases := []struct {
		mo   Moment
		want skeleton
	}{
		{Moment{Phase: Still}, start},
		{Moment{Phase: Lift, Progress: 0}, start},
		{Moment{Phase: Lift, Progress: 1}, end},
		{Moment{Phase: Hold, Progress: 0.5}, end},
		{Moment{Phase: Lower, Progress: 0}, end},
		{Moment{Phase: Lower, Progress: 1}, start},
		{Moment{Phase: Rest}, start},
		{Moment{Phase: HeldStretch}, end},
	}
	for _, c := range cases {
		if got := m.At(c.mo).sk; got != c.want {
			t.Errorf("%v %.1f: pose is not the expected key", c.mo.Phase, c.mo.Progress)
		}
	}
	half := m.At(Moment{Phase: Lift, Progress: 0.5}).sk
	if half == start || half == end {
		t.Error("halfway through the lift the figure is at a key, not between")
	}
}

func TestOnlyMovingPhasesChange(t *testing.T) {
	lib := library(t)
	rep, loop := lib.Motion("prone-y-raise"), lib.Motion("arm-circle")
	for _, p := range []Phase{Still, Hold, Rest, HeldStretch} {
		if rep.Moves(p) {
			t.Errorf("%v should not move", p)
		}
		a, b := rep.At(Moment{Phase: p, Progress: 0.1}), rep.At(Moment{Phase: p, Progress: 0.9})
		if !a.Equal(b) {
			t.Errorf("%v changed with progress though it does not move", p)
		}
	}
	if !rep.Moves(Lift) || !rep.Moves(Lower) || rep.Moves(Loop) {
		t.Error("a rep exercise moves in lift and lower only")
	}
	if !loop.Moves(Loop) || loop.TimedPhase() != Loop || rep.TimedPhase() != HeldStretch {
		t.Error("arm circles loop; a rep exercise holds")
	}
	c := loop.Cycle()
	at := func(d time.Duration) Pose { return loop.At(Moment{Phase: Loop, Elapsed: d}) }
	if at(c / 3).Equal(at(0)) {
		t.Error("the loop did not move a third of the way round")
	}
	a, b := at(c/3), at(c+c/3)
	for j := range a.sk.at {
		if a.sk.at[j].sub(b.sk.at[j]).length() > 1e-6 {
			t.Fatalf("the loop does not repeat after one cycle: %s moved", jointNames[j])
		}
	}
}

func TestAnExerciseWithoutPosesStandsStill(t *testing.T) {
	lib := library(t)
	m := lib.Motion("my-own-stretch")
	if lib.Has("my-own-stretch") {
		t.Fatal("invented id found")
	}
	for _, p := range []Phase{Lift, Lower, Loop} {
		if m.Moves(p) {
			t.Errorf("the neutral figure moves in %v", p)
		}
	}
	pose := m.At(Moment{Phase: Lift, Progress: 0.5})
	_, headY, _ := pose.Joint("head")
	_, pelvisY, _ := pose.Joint("pelvis")
	_, ankleY, _ := pose.Joint("ankle_r")
	if !(headY > pelvisY && pelvisY > ankleY && ankleY > 0) {
		t.Errorf("not standing: head %.0f, pelvis %.0f, ankle %.0f", headY, pelvisY, ankleY)
	}
}

func TestHoldLightsTheUpperBack(t *testing.T) {
	m := library(t).Motion("prone-t-raise")
	pal := DefaultPalette()
	lifted := NewImage(m.At(Moment{Phase: Lift, Progress: 1}), 200, 200, pal)
	held := NewImage(m.At(Moment{Phase: Hold}), 200, 200, pal)
	r, g, b, _ := pal.Accent.RGBA()
	accent := [3]int{int(r >> 8), int(g >> 8), int(b >> 8)}
	dist := func(px []uint8) int {
		d := 0
		for c := 0; c < 3; c++ {
			d += (int(px[c]) - accent[c]) * (int(px[c]) - accent[c])
		}
		return d
	}
	warmer := 0
	for i := 0; i < len(held.Pix); i += 4 {
		if dist(held.Pix[i:i+3]) < dist(lifted.Pix[i:i+3]) {
			warmer++
		}
	}
	if warmer < 300 {
		t.Errorf("only %d pixels turned toward the accent colour in the hold: no glow", warmer)
	}
}

func TestKeyNamesAreThePictureNames(t *testing.T) {
	m := library(t).Motion("neck-roll")
	got := strings.Join(m.KeyNames(), ",")
	if got != "start,mid1,mid2,end" {
		t.Errorf("keys %s", got)
	}
}
