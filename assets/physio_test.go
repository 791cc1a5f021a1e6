package assets_test

import (
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/postureapp/posture/internal/figure"
	"github.com/postureapp/posture/internal/routine"
)

func lower(lines ...[]string) string {
	var all []string
	for _, l := range lines {
		all = append(all, l...)
	}
	return strings.ToLower(strings.Join(all, " "))
}

func mentionsAll(text string, words ...string) bool {
	return !slices.ContainsFunc(words, func(w string) bool { return !strings.Contains(text, w) })
}

// The cautions a physiotherapist would want on the page.
func TestCautionsArePresent(t *testing.T) {
	lib := library(t)
	for id, e := range lib {
		safety := lower(e.Safety)
		if e.Kind == routine.Stretch || id == "neck-roll" || id == "chin-tuck" {
			if !mentionsAll(safety, "tingling", "numbness", "dizz") {
				t.Errorf("%s: no stop rule for tingling, numbness or dizziness: %q", id, e.Safety)
			}
		}
	}
	for _, id := range []string{"face-pull", "seated-row", "shoulder-blade-squeeze"} {
		if safety := lower(lib[id].Safety); !mentionsAll(safety, "opens away from you", "shut", "nicks") {
			t.Errorf("%s: door-anchor advice (door shut, opening away, band checked) missing: %q", id, lib[id].Safety)
		}
	}
	for _, id := range []string{"face-pull", "seated-row"} {
		if !routine.Offers(lib[id].Equipment, "door anchor") {
			t.Errorf("%s: equipment %q does not list the door anchor it is done with", id, lib[id].Equipment)
		}
	}
}

// Neck rolls as half circles across the front, with a caution; arm
// circles both ways; the cues agree with the steps.
func TestFormCuesAreConsistent(t *testing.T) {
	lib := library(t)
	neck := lower(lib["neck-roll"].Steps, lib["neck-roll"].Cues, []string{lib["neck-roll"].Summary})
	if !strings.Contains(neck, "half circle") || strings.Contains(neck, "toward the back") || strings.Contains(neck, "change direction") {
		t.Errorf("neck roll: want half circles across the front only: %q", neck)
	}
	if arms := lower(lib["arm-circle"].Steps, lib["arm-circle"].Cues); !mentionsAll(arms, "forward", "backward") {
		t.Errorf("arm circles go one way only: %q", arms)
	}
	w := lower(lib["prone-w-raise"].Steps, lib["prone-w-raise"].Cues, []string{lib["prone-w-raise"].Summary})
	if !strings.Contains(w, "45 degrees") || strings.Contains(w, "close to your ribs") || strings.Contains(w, "close to your sides") || strings.Contains(w, "past your shoulders") {
		t.Errorf("prone W: want elbows about 45 degrees out, as the figure draws them: %q", w)
	}
	pull := lower(lib["band-pull-apart"].Steps, lib["band-pull-apart"].Cues, []string{lib["band-pull-apart"].PhaseCues.Lift})
	if strings.Contains(pull, "hands just follow") || strings.Contains(pull, "elbows going back") || !strings.Contains(pull, "arms long") {
		t.Errorf("pull-apart: long arms in the steps, the cues must not lead with bent elbows: %q", pull)
	}
}

// The prone W figure draws what the text says: each upper arm about 45
// degrees out from the side of the body.
func TestProneWPictureAnglesTheElbowsOut(t *testing.T) {
	m := poses(t).Motion("prone-w-raise")
	for i, key := range m.KeyNames() {
		p := m.KeyPose(i, figure.NoSide)
		sx, sy := joint(t, p, "shoulder_r")
		ex, ey := joint(t, p, "elbow_r")
		nx, ny := joint(t, p, "neck_base")
		px, py := joint(t, p, "pelvis")
		// The angle between the upper arm and the body's line from the
		// neck down to the pelvis: 0 is an arm tucked along the side.
		ax, ay, bx, by := ex-sx, ey-sy, px-nx, py-ny
		angle := math.Acos((ax*bx+ay*by)/(math.Hypot(ax, ay)*math.Hypot(bx, by))) * 180 / math.Pi
		if angle < 30 || angle > 60 {
			t.Errorf("%s: upper arm %.0f degrees out from the side, want about 45", key, angle)
		}
	}
}

// Each dose says where it comes from: the articles' doses as the
// articles', the rest as ours or adapted; the exercises beyond the
// articles say so.
func TestEveryDoseSaysWhereItComesFrom(t *testing.T) {
	lib := library(t)
	for id, e := range lib {
		if e.Dose.Source == "" {
			t.Errorf("%s: dose has no source", id)
			continue
		}
		want, fromArticle := articleDoses[id]
		exact := fromArticle && want.reps != "-" && want.dur != "-"
		switch {
		case exact && e.Dose.Source != routine.FromArticle:
			t.Errorf("%s: the article's own dose is labelled %q", id, e.Dose.Source)
		case !fromArticle && e.Dose.Source == routine.FromArticle:
			t.Errorf("%s: no article gives this dose, yet it is labelled as the article's", id)
		}
		if slices.Contains(beyondIDs, id) && e.Dose.Source == routine.FromArticle {
			t.Errorf("%s goes beyond the articles but its dose is labelled theirs", id)
		}
		if slices.Contains(beyondIDs, id) && e.Dose.Source == routine.Ours && !strings.Contains(strings.ToLower(e.Summary), "beyond the articles") {
			t.Errorf("%s: the summary does not say it goes beyond the articles: %q", id, e.Summary)
		}
	}
}

// A move done lying or kneeling is marked as floor work, and its
// standing version really is done off the floor, at the same kind of dose.
func TestFloorWorkIsMarkedAndItsStandingVersionFits(t *testing.T) {
	lib := library(t)
	for id, e := range lib {
		first := strings.ToLower(e.Steps[0])
		lies := strings.Contains(first, "lie ") || strings.Contains(first, "kneel") || strings.Contains(first, "hands and knees")
		if lies != e.Floor {
			t.Errorf("%s: floor = %v, but step 1 says %q", id, e.Floor, e.Steps[0])
		}
		if e.WithoutFloor == "" {
			continue
		}
		alt, ok := lib[e.WithoutFloor]
		switch {
		case !ok:
			t.Errorf("%s: without_floor %q is not in the library", id, e.WithoutFloor)
		case alt.Floor || alt.RepBased() != e.RepBased() || alt.Kind != e.Kind:
			t.Errorf("%s: %s is not a standing %s move of the same kind", id, alt.ID, e.Kind)
		}
	}
}
