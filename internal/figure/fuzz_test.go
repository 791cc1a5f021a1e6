package figure

import (
	"errors"
	"io/fs"
	"testing"

	"github.com/postureapp/posture/assets"
	"github.com/postureapp/posture/internal/tomlfile"
	"github.com/postureapp/posture/internal/tomlfile/filetest"
)

// FuzzParseMotion feeds arbitrary bytes to the pose file reader: it never
// panics, every problem is on its line of the file, and a motion it accepts can
// be drawn at any moment.
func FuzzParseMotion(f *testing.F) {
	f.Add([]byte(goodPose))
	f.Add([]byte("format = 1 # note '''\nview = 3\n" + keysOnly + "nekc = 5\n"))
	poses, _ := fs.Glob(assets.ExerciseFiles(), "*"+PoseSuffix)
	for _, n := range poses {
		data, err := fs.ReadFile(assets.ExerciseFiles(), n)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := parseMotion("f.pose.toml", "f", data)
		if err != nil {
			var ps tomlfile.Problems
			if !errors.As(err, &ps) || len(ps) == 0 {
				t.Fatalf("error is %T, not Problems of the file: %v", err, err)
			}
			filetest.Placed(t, "f.pose.toml", data, ps)
			return
		}
		img := NewImage(m.At(Moment{Phase: Lift, Progress: 0.5}), 48, 48, DefaultPalette())
		Render(m.At(Moment{Phase: Hold, Side: Left}), img, DefaultPalette())
	})
}
