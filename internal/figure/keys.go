package figure

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/postureapp/posture/internal/tomlfile"
)

// keyframe is one named position of a motion.
type keyframe struct {
	name string
	ang  angles
}

// sidedBones are the limb bones a key may set for both sides at once.
var sidedBones = []string{"upper_arm", "forearm", "hand", "thigh", "shin", "foot"}

// keyFields lists every key a [[key]] table may hold, for checks and hints.
func keyFields() []string {
	f := []string{"name", "torso", "lower_torso", "chest", "neck", "head", "twist",
		"shrug", "shrug_r", "shrug_l", "retract", "retract_r", "retract_l"}
	for _, b := range sidedBones {
		f = append(f, b, b+"_r", b+"_l")
	}
	return f
}

// neutral is the resting pose of a view: standing for side and front,
// lying face down for top.
func neutral(v View) angles {
	var a angles
	set := func(name string, d dirAngle) { setBone(&a, v, name, d) }
	switch v {
	case TopView:
		set("upper_arm", dirAngle{178, -6})
		set("forearm", dirAngle{180, -4})
		set("hand", dirAngle{180, -4})
		set("thigh", dirAngle{182, 0})
		set("shin", dirAngle{180, 0})
		set("foot", dirAngle{180, -70})
	case FrontView, BackView:
		// Written for the front; from behind the right side is on the right.
		turn := 1.0
		if v == BackView {
			turn = -1
		}
		set("upper_arm", dirAngle{180 + 9*turn, 0})
		set("forearm", dirAngle{180 + 4*turn, 0})
		set("hand", dirAngle{180 + 2*turn, 0})
		set("thigh", dirAngle{180 + 3*turn, 0})
		set("shin", dirAngle{180, 0})
		set("foot", dirAngle{180 + 20*turn, 70 * turn})
	default:
		set("upper_arm", dirAngle{182, 0})
		set("forearm", dirAngle{172, 0})
		set("hand", dirAngle{174, 0})
		set("thigh", dirAngle{180, 0})
		set("shin", dirAngle{180, 0})
		set("foot", dirAngle{90, 0})
	}
	return a
}

// setBone sets a limb on both sides, the left mirroring the right across
// the body's midplane: the picture's vertical axis in front and top views,
// the picture plane itself in the side view (so only the tilt turns over).
func setBone(a *angles, v View, name string, d dirAngle) {
	sg, _ := segmentByName(name + "_r")
	a.dir[sg] = d
	if v == SideView {
		d.T = -d.T
	} else {
		d.A = -d.A
	}
	a.dir[sg+sideSegments] = d
}

// keys turns the [[key]] tables into keyframes, each starting from the one
// before.
func (d *decoder) keys(tables []map[string]any, m *Motion) {
	if len(tables) < 2 {
		d.Add("key", fmt.Sprintf("%d keys; a motion needs a start and an end", len(tables)), `[[key]] tables named "start", "mid…", "end"`)
		return
	}
	cur := neutral(m.view)
	seen := map[string]bool{}
	for i, t := range tables {
		f := tomlfile.Indexed("", "key", i)
		name := d.keyName(f, t, i, len(tables), seen)
		d.applyKey(f, t, m.view, &cur)
		m.keys = append(m.keys, keyframe{name: name, ang: cur})
		for _, p := range limitProblems(m.view, &cur) {
			d.Add(f, p, "a position a person can take safely")
		}
	}
}

func (d *decoder) keyName(f string, t map[string]any, i, n int, seen map[string]bool) string {
	name, _ := t["name"].(string)
	want := ""
	switch {
	case i == 0:
		want = "start"
	case i == n-1:
		want = "end"
	}
	ok := name != "" && !seen[name] && (name == want || (want == "" && strings.HasPrefix(name, "mid")))
	if !ok {
		allowed := `"start" first, "end" last, unique names starting with "mid" between`
		d.Add(f+".name", fmt.Sprintf("key name %q does not fit here", name), allowed)
	}
	seen[name] = true
	return name
}

func (d *decoder) applyKey(f string, t map[string]any, v View, a *angles) {
	// torso first, then the rest, then _r/_l, so narrower keys refine wider ones.
	fields := slices.SortedFunc(maps.Keys(t), func(a, b string) int { return strings.Compare(keyOrder(a), keyOrder(b)) })
	for _, k := range fields {
		d.applyField(f+"."+k, k, t[k], v, a, fields)
	}
}

func keyOrder(k string) string {
	switch {
	case k == "torso":
		return "0"
	case strings.HasSuffix(k, "_r") || strings.HasSuffix(k, "_l"):
		return "2" + k
	}
	return "1" + k
}

// applyField sets one key of a [[key]] table; set is every key the table
// has, for the hint on an unknown one.
func (d *decoder) applyField(f, k string, val any, v View, a *angles, set []string) {
	switch k {
	case "name":
		return
	case "twist":
		a.twist = d.number(f, val, -90, 90)
	case "shrug", "shrug_r", "shrug_l":
		d.girdle(f, k, val, &a.shrug, -6, 8)
	case "retract", "retract_r", "retract_l":
		d.girdle(f, k, val, &a.retract, -6, 6)
	case "torso":
		dir := d.direction(f, val)
		a.dir[segLowerTorso], a.dir[segChest] = dir, dir
	default:
		if slices.Contains(sidedBones, k) {
			setBone(a, v, k, d.direction(f, val))
		} else if sg, ok := segmentByName(k); ok {
			a.dir[sg] = d.direction(f, val)
		} else {
			d.Add(f, "unknown key", tomlfile.Hint(k, keyFields(), set))
		}
	}
}

func (d *decoder) girdle(f, k string, val any, pair *[2]float64, lo, hi float64) {
	x := d.number(f, val, lo, hi)
	switch {
	case strings.HasSuffix(k, "_r"):
		pair[0] = x
	case strings.HasSuffix(k, "_l"):
		pair[1] = x
	default:
		pair[0], pair[1] = x, x
	}
}

func (d *decoder) number(f string, val any, lo, hi float64) float64 {
	var x float64
	switch n := val.(type) {
	case int64:
		x = float64(n)
	case float64:
		x = n
	default:
		d.Add(f, fmt.Sprintf("%v is not a number", val), fmt.Sprintf("a number from %g to %g", lo, hi))
		return 0
	}
	if x < lo || x > hi {
		d.Add(f, fmt.Sprintf("%g is out of range", x), fmt.Sprintf("a number from %g to %g", lo, hi))
	}
	return x
}

// direction reads a bone direction: a number, or [direction, tilt].
func (d *decoder) direction(f string, val any) dirAngle {
	if list, ok := val.([]any); ok {
		if len(list) != 2 {
			d.Add(f, fmt.Sprintf("%d numbers given", len(list)), "a direction, or [direction, tilt]")
			return dirAngle{}
		}
		return dirAngle{d.number(f, list[0], -360, 360), d.number(f, list[1], -90, 90)}
	}
	return dirAngle{A: d.number(f, val, -360, 360)}
}
