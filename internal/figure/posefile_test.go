package figure

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/postureapp/posture/internal/tomlfile"
)

const goodPose = `format = 1
view = "side"

[[key]]
name = "start"

[[key]]
name = "end"
upper_arm = 90
`

func TestLoadReadsAGoodFile(t *testing.T) {
	lib, err := Load(fstest.MapFS{"ex/raise.pose.toml": {Data: []byte(goodPose)}, "ex/raise.toml": {Data: []byte("not ours")}}, "ex")
	if err != nil {
		t.Fatal(err)
	}
	if got := lib.IDs(); len(got) != 1 || got[0] != "raise" {
		t.Fatalf("ids %v, want only the pose file's", got)
	}
}

// TestLoadErrorsSayWhereAndWhat: each broken file gives an error naming the
// file, the line and the field, and saying what is allowed.
func TestLoadErrorsSayWhereAndWhat(t *testing.T) {
	cases := []struct {
		name, src, want string
	}{
		{"unknown top key", "format = 1\nveiw = \"side\"\n" + keysOnly, `bad.pose.toml:2: veiw: unknown key (did you mean "view"?)`},
		{"unknown key field", "format = 1\n[[key]]\nname = \"start\"\n[[key]]\nname = \"end\"\nuper_arm = 90\n", `bad.pose.toml:6: key[2].uper_arm: unknown key (did you mean "upper_arm"?)`},
		{"bad view", "format = 1\nview = \"above\"\n" + keysOnly, `bad.pose.toml:2: view: unknown view "above" (side, front, back or top)`},
		{"wrong format", "format = 0\n" + keysOnly, "bad.pose.toml:1: format: 0 is not a format this version reads (format = 1)"},
		{"newer format", "format = 2\n" + keysOnly, "bad.pose.toml:1: format: written by a newer Posture (format 2)"},
		{"deep", "format = 1\nmuscles = " + strings.Repeat("[", 40) + strings.Repeat("]", 40) + "\n" + keysOnly, "bad.pose.toml:2: nested more than 16 levels deep"},
		{"unknown key not yet set", "format = 1\n[[key]]\nname = \"start\"\n[[key]]\nname = \"end\"\nneck = 10\nnekc = 5\n", `bad.pose.toml:7: key[2].nekc: unknown key (did you mean "neck"?)`},
		{"unknown joint", "format = 1\n[[arrow]]\njoint = \"nose\"\n" + keysOnly, `bad.pose.toml:3: arrow[1].joint: unknown joint "nose"`},
		{"angle type", "format = 1\n[[key]]\nname = \"start\"\nneck = \"up\"\n[[key]]\nname = \"end\"\n", `bad.pose.toml:4: key[1].neck: up is not a number`},
		{"tilt out of range", "format = 1\n[[key]]\nname = \"start\"\n[[key]]\nname = \"end\"\nforearm = [90, 120]\n", "bad.pose.toml:6: key[2].forearm: 120 is out of range (a number from -90 to 90)"},
		{"key order", "format = 1\n[[key]]\nname = \"end\"\n[[key]]\nname = \"start\"\n", `bad.pose.toml:3: key[1].name: key name "end" does not fit here`},
		{"one key", "format = 1\n[[key]]\nname = \"start\"\n", "bad.pose.toml:2: key: 1 keys; a motion needs a start and an end"},
		{"harmful joint", "format = 1\n[[key]]\nname = \"start\"\n[[key]]\nname = \"end\"\nshin_r = 120\n", "bad.pose.toml:4: key[2]: right knee bending forward"},
		{"syntax", "format = 1\nview = \n", "bad.pose.toml:2: TOML syntax:"},
		{"type", "format = 1\n# note \"\"\"\nview = 3\n" + keysOnly, "bad.pose.toml:3: view: incompatible types: TOML value has type int64; destination has type string"},
		{"no format", "view = \"side\"\n" + keysOnly, "bad.pose.toml:1: format: missing (every file starts with format = 1)"},
		{"prop", "format = 1\n[[prop]]\nkind = \"sofa\"\n" + keysOnly, `bad.pose.toml:3: prop[1].kind: unknown prop "sofa"`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			lib, err := Load(fstest.MapFS{"bad.pose.toml": {Data: []byte(c.src)}}, ".")
			if err == nil {
				t.Fatal("no error")
			}
			if !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error:\n%v\nwant it to contain:\n%s", err, c.want)
			}
			var ps tomlfile.Problems
			if !errors.As(err, &ps) {
				t.Errorf("error is not tomlfile.Problems: %T", err)
			}
			if lib.Has("bad") {
				t.Error("a broken file still gave a motion")
			}
		})
	}
}

const keysOnly = "[[key]]\nname = \"start\"\n[[key]]\nname = \"end\"\nneck = 10\n"

func TestLoadKeepsTheGoodFilesWhenOneIsBroken(t *testing.T) {
	fsys := fstest.MapFS{
		"good.pose.toml": {Data: []byte(goodPose)},
		"bad.pose.toml":  {Data: []byte("format = 1\n")},
	}
	lib, err := Load(fsys, ".")
	if err == nil || !strings.Contains(err.Error(), "bad.pose.toml") {
		t.Fatalf("error %v, want one naming bad.pose.toml", err)
	}
	if !lib.Has("good") {
		t.Error("the good file was dropped")
	}
}

func TestLoadRefusesAHugeFile(t *testing.T) {
	big := make([]byte, maxPoseFile+10)
	_, err := Load(fstest.MapFS{"big.pose.toml": {Data: big}}, ".")
	if err == nil || !strings.Contains(err.Error(), "too large") {
		t.Fatalf("error %v, want too large", err)
	}
}
