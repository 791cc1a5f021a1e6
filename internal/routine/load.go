package routine

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/postureapp/posture/internal/tomlpos"
)

// Catalog is everything the app can offer: the exercise library, every
// routine, and the problems with files that could not be loaded.
type Catalog struct {
	Library  *Library
	Routines []*Routine
	Problems []error // one per broken file; each is Problems or a read error
}

// Sources says where the catalog comes from: the embedded built-ins and the
// person's folders (empty for none).
type Sources struct {
	BuiltinExercises fs.FS // exercise files at its root
	BuiltinRoutines  fs.FS // routine files at its root
	UserExercises    string
	UserRoutines     string
}

// Load reads the whole catalog. A broken file is reported and skipped;
// every other file still loads. Nothing is written.
func Load(src Sources) *Catalog {
	c := &Catalog{Library: NewLibrary()}
	var refs []reference
	refs = c.addExercises(src.BuiltinExercises, "assets/exercises", true, refs)
	if src.UserExercises != "" {
		refs = c.addExercises(os.DirFS(src.UserExercises), src.UserExercises, false, refs)
	}
	c.dropBroken(refs)
	refs = c.addRoutines(src.BuiltinRoutines, "routines", true, nil)
	if src.UserRoutines != "" {
		refs = c.addRoutines(os.DirFS(src.UserRoutines), src.UserRoutines, false, refs)
	}
	c.dropBroken(refs)
	return c
}

// reference is a file that names another exercise or routine, which may
// load after it; it is checked once everything of its kind has loaded.
type reference struct {
	check func() error
	drop  func()
}

func (c *Catalog) addExercises(fsys fs.FS, label string, builtIn bool, refs []reference) []reference {
	c.eachFile(fsys, label, func(file string, data []byte) error {
		e, err := ParseExercise(file, data)
		if err != nil {
			return err
		}
		e.BuiltIn = builtIn
		if !c.Library.Add(e) {
			return Problems{{File: file, Line: 1, Field: "id",
				Msg: fmt.Sprintf("%q is already used by another exercise", e.ID), Allowed: "a new id"}}
		}
		if e.Progression.Next != "" {
			refs = append(refs, reference{
				check: func() error { return c.CheckExercise(e, data) },
				drop:  func() { delete(c.Library.byID, e.ID) },
			})
		}
		return nil
	})
	return refs
}

func (c *Catalog) addRoutines(fsys fs.FS, label string, builtIn bool, refs []reference) []reference {
	c.eachFile(fsys, label, func(file string, data []byte) error {
		r, err := ParseRoutine(file, data, c.Library)
		if err != nil {
			return err
		}
		r.BuiltIn = builtIn
		if other := c.Routine(r.Name); other != nil {
			return Problems{{File: file, Line: 1, Field: "name",
				Msg: fmt.Sprintf("%q is already the name of %s", r.Name, other.File), Allowed: "a name no other routine has"}}
		}
		c.Routines = append(c.Routines, r)
		if r.Warmup != "" {
			refs = append(refs, reference{
				check: func() error { return c.CheckRoutine(r, data) },
				drop:  func() { c.Routines = slices.DeleteFunc(c.Routines, func(x *Routine) bool { return x == r }) },
			})
		}
		return nil
	})
	return refs
}

// dropBroken takes out of the catalog every file whose reference names
// nothing, and reports it like any other broken file.
func (c *Catalog) dropBroken(refs []reference) {
	var broken []reference
	for _, ref := range refs {
		if err := ref.check(); err != nil {
			c.Problems = append(c.Problems, err)
			broken = append(broken, ref)
		}
	}
	for _, ref := range broken {
		ref.drop()
	}
}

// CheckExercise reports an exercise whose progression moves on to an
// exercise the library does not have; data is its file, for the line.
func (c *Catalog) CheckExercise(e *Exercise, data []byte) error {
	next := e.Progression.Next
	if _, ok := c.Library.Exercise(next); next == "" || ok {
		return nil
	}
	return referenceProblem(e.File, data, "progression.next", fmt.Sprintf("no exercise with id %q", next), Nearest(next, c.Library.IDs()))
}

// CheckRoutine reports a routine whose warm-up names no routine of the
// catalog; data is its file, for the line.
func (c *Catalog) CheckRoutine(r *Routine, data []byte) error {
	if r.Warmup == "" || c.Routine(r.Warmup) != nil {
		return nil
	}
	var names []string
	for _, other := range c.Routines {
		if other != r {
			names = append(names, other.Name)
		}
	}
	return referenceProblem(r.File, data, "warmup", fmt.Sprintf("no routine named %q", r.Warmup), Nearest(r.Warmup, names))
}

func referenceProblem(file string, data []byte, field, msg, near string) error {
	allowed := ""
	if near != "" {
		allowed = fmt.Sprintf("did you mean %q?", near)
	}
	return Problems{{File: file, Line: tomlpos.Scan(string(data)).Line(field), Field: field, Msg: msg, Allowed: allowed}}
}

// eachFile hands every exercise or routine file of fsys to add; a file
// that cannot be read or added becomes one of the catalog's problems.
func (c *Catalog) eachFile(fsys fs.FS, label string, add func(file string, data []byte) error) {
	for _, name := range tomlFiles(fsys) {
		file := path.Join(label, name)
		data, err := readLimited(fsys, name, file)
		if err == nil {
			err = add(file, data)
		}
		if err != nil {
			c.Problems = append(c.Problems, err)
		}
	}
}

// Routine finds a routine by name, ignoring case; nil when there is none.
func (c *Catalog) Routine(name string) *Routine {
	for _, r := range c.Routines {
		if strings.EqualFold(r.Name, name) {
			return r
		}
	}
	return nil
}

// tomlFiles lists the exercise or routine files at the root of fsys: pose
// files (internal/figure's) and backups are not ours.
func tomlFiles(fsys fs.FS) []string {
	if fsys == nil {
		return nil
	}
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil
	}
	var names []string
	for _, e := range entries {
		n := e.Name()
		if e.IsDir() || !strings.HasSuffix(n, ".toml") || strings.HasSuffix(n, ".pose.toml") || strings.HasPrefix(n, ".") {
			continue
		}
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// readLimited reads a file, refusing one over MaxFileSize before reading
// it whole.
func readLimited(fsys fs.FS, name, label string) ([]byte, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, Problems{{File: label, Msg: "cannot read: " + err.Error()}}
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, Problems{{File: label, Msg: "cannot read: " + err.Error()}}
	}
	if len(data) > MaxFileSize {
		return nil, Problems{{File: label, Msg: "file is over 1 MiB, too large to read", Allowed: "at most 1 MiB"}}
	}
	return data, nil
}

// ReadFile reads a file from disk with the same size limit.
func ReadFile(file string) ([]byte, error) {
	return readLimited(os.DirFS(filepath.Dir(file)), filepath.Base(file), file)
}
