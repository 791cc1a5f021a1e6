package routine

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
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
	c.addExercises(src.BuiltinExercises, "assets/exercises", true)
	if src.UserExercises != "" {
		c.addExercises(os.DirFS(src.UserExercises), src.UserExercises, false)
	}
	c.addRoutines(src.BuiltinRoutines, "routines", true)
	if src.UserRoutines != "" {
		c.addRoutines(os.DirFS(src.UserRoutines), src.UserRoutines, false)
	}
	return c
}

func (c *Catalog) addExercises(fsys fs.FS, label string, builtIn bool) {
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
		return nil
	})
}

func (c *Catalog) addRoutines(fsys fs.FS, label string, builtIn bool) {
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
		return nil
	})
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
