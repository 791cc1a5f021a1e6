package figure

// A pose file, assets/exercises/<id>.pose.toml, holds one exercise's
// keyframes:
//
//	format = 1
//	view = "side"            # side | front | back | top
//	side = ""                # "right" or "left": the side the keys show
//	                         # working, for one-sided moves (mirrored for the other)
//	pin = "pelvis"           # joint that stays in place (default pelvis)
//	loop = ""                # warm-ups that repeat: time for one cycle, "4s"
//	yaw = 0                  # turn the figure about the vertical, degrees, for a
//	                         # three-quarter view (-60 to 60)
//	muscles = ["upper-back"] # areas tinted in the accent colour (see areaNames;
//	                         # "neck_l": the left side only)
//	glow = "upper-back"      # area that glows during a hold (default upper-back)
//
//	[[prop]]                 # band, handle, dumbbell, wall, doorframe, chair, bench, mat
//	kind = "band"
//	ends = ["hand_r", "hand_l"]
//	anchor = [60, 150]       # optional: each end runs to this point instead
//	                         # wall, doorframe: x, width, height; a doorframe seen
//	                         # from the front or back is two posts, at x to x+width
//	                         # either side of the pin, under a lintel
//
//	[[arrow]]                # the direction of movement
//	joint = "hand_r"         # kind "path" follows this joint from start to end;
//	offset = [0, 10]         # kind "circle" turns around it ("cw" or "ccw")
//
//	[[key]]                  # in order: "start", any "mid…", "end"
//	name = "start"
//	torso = 10               # a bone's direction in degrees on the picture
//	upper_arm = [90, 20]     # (0 up, 90 right) or [direction, tilt toward viewer]
//	forearm_r = 60           # _r/_l for one side; without, both sides
//	                         # (mirrored across the body in front and top views)
//
// Bones: lower_torso, chest (torso sets both), neck, head, upper_arm,
// forearm, hand, thigh, shin, foot. Also twist (chest turn about the spine),
// shrug and retract (shoulder girdle up and back, in units, _r/_l allowed).
// A key leaves out what it keeps from the key before (the first key starts
// from the view's neutral pose). Position is not given: the pin joint stays
// put and the lowest part of the body rests on the floor.

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/BurntSushi/toml"

	"github.com/postureapp/posture/internal/tomlfile"
)

const poseFormat = 1

type poseFile struct {
	Format  int              `toml:"format"`
	View    string           `toml:"view"`
	Side    string           `toml:"side"`
	Pin     string           `toml:"pin"`
	Loop    string           `toml:"loop"`
	Yaw     float64          `toml:"yaw"`
	Muscles []string         `toml:"muscles"`
	Glow    string           `toml:"glow"`
	Props   []propSpec       `toml:"prop"`
	Arrows  []arrowSpec      `toml:"arrow"`
	Keys    []map[string]any `toml:"key"`
}

type propSpec struct {
	Kind   string    `toml:"kind"`
	Ends   []string  `toml:"ends"`
	Anchor []float64 `toml:"anchor"`
	At     string    `toml:"at"`
	Angle  *float64  `toml:"angle"`
	X      float64   `toml:"x"`
	Width  float64   `toml:"width"`
	Height float64   `toml:"height"`

	ends []joint // resolved
	at   joint
}

type arrowSpec struct {
	Joint   string    `toml:"joint"`
	Kind    string    `toml:"kind"`
	Offset  []float64 `toml:"offset"`
	Radius  float64   `toml:"radius"`
	Turn    string    `toml:"turn"`
	Arc     float64   `toml:"arc"`     // circle: degrees of arc drawn, default 290
	Centre  float64   `toml:"centre"`  // circle: direction of the arc's middle, default 180 (below)
	Stretch float64   `toml:"stretch"` // path: drawn this many times longer than the joint moves

	joint joint // resolved
}

var (
	propKinds  = []string{"band", "handle", "dumbbell", "wall", "doorframe", "chair", "bench", "mat"}
	arrowKinds = []string{"path", "circle"}
)

// poseKind is a pose file.
var poseKind = tomlfile.Kind{
	Limits: tomlfile.Limits{Size: maxPoseFile, Depth: tomlfile.Person.Depth, Entries: tomlfile.Person.Entries},
	Format: poseFormat,
}

// decoder collects every problem in one file instead of stopping at the first.
type decoder struct {
	*tomlfile.Doc
}

// parseMotion reads one pose file into a Motion for exercise id. The error,
// if any, is tomlfile.Problems listing everything wrong with it.
func parseMotion(file, id string, src []byte) (*Motion, error) {
	var pf poseFile
	doc, err := tomlfile.Read(file, src, poseKind, &pf)
	if err != nil {
		return nil, err
	}
	d := &decoder{doc}
	for _, k := range d.Meta.Undecoded() {
		d.Add(fieldOf(k), "unknown key", tomlfile.Hint(k[len(k)-1], topKeys(k), siblings(d.Meta, k)))
	}
	m := &Motion{ID: id}
	d.header(&pf, m)
	d.props(pf.Props, m)
	d.arrows(pf.Arrows, m)
	d.keys(pf.Keys, m)
	if err := d.Err(); err != nil {
		return nil, err
	}
	m.prepare()
	return m, nil
}

// fieldOf turns a decoder key into our field path; array indices are not
// known for undecoded keys, so the first table of that name is used.
func fieldOf(k toml.Key) string {
	path := ""
	for i, part := range k {
		path = tomlfile.Join(path, part)
		if i == 0 && len(k) > 1 && (part == "prop" || part == "arrow" || part == "key") {
			path += "[1]"
		}
	}
	return path
}

// siblings are the keys set beside k, in its table or its tables of the
// same name.
func siblings(md toml.MetaData, k toml.Key) []string {
	var out []string
	for _, other := range md.Keys() {
		if len(other) == len(k) && slices.Equal(other[:len(k)-1], k[:len(k)-1]) {
			out = append(out, other[len(k)-1])
		}
	}
	return out
}

func topKeys(k toml.Key) []string {
	if len(k) > 1 {
		switch k[0] {
		case "prop":
			return []string{"kind", "ends", "anchor", "at", "angle", "x", "width", "height"}
		case "arrow":
			return []string{"joint", "kind", "offset", "radius", "turn", "arc", "centre", "stretch"}
		}
	}
	return []string{"format", "view", "side", "pin", "loop", "yaw", "muscles", "glow", "prop", "arrow", "key"}
}

func (d *decoder) header(pf *poseFile, m *Motion) {
	m.view = SideView
	if pf.View != "" {
		if i := slices.Index(viewNames[:], pf.View); i >= 0 {
			m.view = View(i)
		} else {
			d.Add("view", fmt.Sprintf("unknown view %q", pf.View), "side, front, back or top")
		}
	}
	switch pf.Side {
	case "right":
		m.side = Right
	case "left":
		m.side = Left
	case "":
	default:
		d.Add("side", fmt.Sprintf("unknown side %q", pf.Side), `"", "right" or "left"`)
	}
	m.pin = pelvis
	if pf.Pin != "" {
		m.pin = d.joint("pin", pf.Pin)
	}
	if pf.Yaw < -60 || pf.Yaw > 60 {
		d.Add("yaw", fmt.Sprintf("%g degrees", pf.Yaw), "-60 to 60")
	}
	m.yaw = pf.Yaw
	if pf.Loop != "" {
		p, err := time.ParseDuration(pf.Loop)
		if err != nil || p < time.Second || p > time.Minute {
			d.Add("loop", fmt.Sprintf("%q is not a cycle time", pf.Loop), `a duration from "1s" to "1m"`)
		}
		m.loop = p
	}
	for i, name := range pf.Muscles {
		side := -1
		switch {
		case strings.HasSuffix(name, "_r"):
			side, name = 0, strings.TrimSuffix(name, "_r")
		case strings.HasSuffix(name, "_l"):
			side, name = 1, strings.TrimSuffix(name, "_l")
		}
		if a, ok := areaByName(name); ok {
			m.muscles = append(m.muscles, muscle{a, side})
		} else {
			d.Add(fmt.Sprintf("muscles[%d]", i+1), fmt.Sprintf("unknown area %q", name), "one of "+strings.Join(areaNames[:], ", ")+`, "_r" or "_l" after one for one side`)
		}
	}
	m.glow = areaUpperBack
	if pf.Glow != "" {
		if a, ok := areaByName(pf.Glow); ok {
			m.glow = a
		} else {
			d.Add("glow", fmt.Sprintf("unknown area %q", pf.Glow), "one of "+strings.Join(areaNames[:], ", "))
		}
	}
}

func (d *decoder) joint(field, name string) joint {
	j, ok := jointByName(name)
	if !ok {
		d.Add(field, fmt.Sprintf("unknown joint %q", name), "one of "+strings.Join(jointNames[:], ", "))
	}
	return j
}

func (d *decoder) props(specs []propSpec, m *Motion) {
	for i, p := range specs {
		f := tomlfile.Indexed("", "prop", i)
		if !slices.Contains(propKinds, p.Kind) {
			d.Add(f+".kind", fmt.Sprintf("unknown prop %q", p.Kind), "one of "+strings.Join(propKinds, ", "))
			continue
		}
		switch p.Kind {
		case "band":
			if len(p.Ends) == 0 || len(p.Ends) > 2 || (len(p.Ends) == 1 && p.Anchor == nil) {
				d.Add(f+".ends", "a band needs two ends, or ends and an anchor", `ends = ["hand_r", "hand_l"]`)
			}
			for k, e := range p.Ends {
				p.ends = append(p.ends, d.joint(fmt.Sprintf("%s.ends[%d]", f, k+1), e))
			}
			if p.Anchor != nil && len(p.Anchor) != 2 && len(p.Anchor) != 3 {
				d.Add(f+".anchor", "an anchor is a point", "[x, y] or [x, y, z]")
			}
		case "handle", "dumbbell":
			p.at = d.joint(f+".at", p.At)
		case "chair":
			p.at = pelvis
			if p.At != "" {
				p.at = d.joint(f+".at", p.At)
			}
		case "wall", "doorframe", "bench":
			if p.Width == 0 || p.Height <= 0 || p.Height > 250 {
				d.Add(f+".height", "needs a width and a height", "height from 1 to 250, width not 0")
			}
		}
		m.props = append(m.props, p)
	}
}

func (d *decoder) arrows(specs []arrowSpec, m *Motion) {
	for i, a := range specs {
		f := tomlfile.Indexed("", "arrow", i)
		a.joint = d.joint(f+".joint", a.Joint)
		if a.Kind == "" {
			a.Kind = "path"
		}
		if !slices.Contains(arrowKinds, a.Kind) {
			d.Add(f+".kind", fmt.Sprintf("unknown arrow %q", a.Kind), "path or circle")
		}
		if a.Offset != nil && len(a.Offset) != 2 {
			d.Add(f+".offset", "an offset is a shift on the picture", "[x, y]")
		}
		if a.Kind == "circle" && (a.Radius < 3 || a.Radius > 60) {
			d.Add(f+".radius", "a circle arrow needs a radius", "3 to 60")
		}
		if a.Arc == 0 {
			a.Arc = 290
		}
		if a.Centre == 0 {
			a.Centre = 180
		}
		if a.Stretch == 0 {
			a.Stretch = 1
		}
		if a.Arc < 30 || a.Arc > 330 {
			d.Add(f+".arc", fmt.Sprintf("%g degrees of arc", a.Arc), "30 to 330")
		}
		if a.Stretch < 1 || a.Stretch > 5 {
			d.Add(f+".stretch", fmt.Sprintf("%g is out of range", a.Stretch), "1 to 5")
		}
		if a.Turn != "" && a.Turn != "cw" && a.Turn != "ccw" {
			d.Add(f+".turn", fmt.Sprintf("unknown turn %q", a.Turn), "cw or ccw")
		}
		m.arrows = append(m.arrows, a)
	}
}
