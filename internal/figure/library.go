package figure

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"path"
	"slices"
	"strings"

	"github.com/postureapp/posture/internal/tomlfile"
)

// PoseSuffix ends every pose file's name: <exercise id>.pose.toml.
const PoseSuffix = ".pose.toml"

const maxPoseFile = 256 << 10

// Library is every exercise's motion, by exercise id.
type Library struct {
	motions map[string]*Motion
}

// Load reads every pose file in dir of fsys. It reads them all and reports
// every problem, each naming the file, line and field; the motions that did
// load are returned with the error.
func Load(fsys fs.FS, dir string) (Library, error) {
	lib := Library{motions: map[string]*Motion{}}
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return lib, fmt.Errorf("reading poses: %w", err)
	}
	var errs []error
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, PoseSuffix) {
			continue
		}
		file := path.Join(dir, name)
		m, err := loadMotion(fsys, file, strings.TrimSuffix(name, PoseSuffix))
		if err != nil {
			errs = append(errs, err)
			continue
		}
		lib.motions[m.ID] = m
	}
	return lib, errors.Join(errs...)
}

func loadMotion(fsys fs.FS, file, id string) (*Motion, error) {
	f, err := fsys.Open(file)
	if err != nil {
		return nil, tomlfile.One(file, 0, "", "cannot read: "+err.Error(), "")
	}
	defer f.Close()
	src, err := io.ReadAll(io.LimitReader(f, maxPoseFile+1))
	if err != nil {
		return nil, tomlfile.One(file, 0, "", "cannot read: "+err.Error(), "")
	}
	return parseMotion(file, id, src)
}

// Has reports whether the exercise has its own keyframes.
func (l Library) Has(id string) bool {
	_, ok := l.motions[id]
	return ok
}

// IDs lists the exercises with keyframes, sorted.
func (l Library) IDs() []string {
	return slices.Sorted(maps.Keys(l.motions))
}

// Motion is the exercise's motion, or a neutral standing figure for one
// without keyframes (a person's own exercises have none).
func (l Library) Motion(id string) *Motion {
	if m, ok := l.motions[id]; ok {
		return m
	}
	return Neutral(id)
}

// Neutral is a figure standing still, seen from the side.
func Neutral(id string) *Motion {
	a := neutral(SideView)
	m := &Motion{ID: id, view: SideView, pin: pelvis, glow: areaUpperBack,
		keys: []keyframe{{"start", a}, {"end", a}}}
	m.prepare()
	return m
}

// CheckFile reports every problem in one pose file, for 'posture
// validate'; the exercise id comes from the file's name.
func CheckFile(file string, src []byte) error {
	_, err := parseMotion(file, strings.TrimSuffix(path.Base(file), PoseSuffix), src)
	return err
}
