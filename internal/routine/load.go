package routine

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/postureapp/posture/internal/store"
	"github.com/postureapp/posture/internal/tomlfile"
)

// Catalog is everything the app can offer: the exercise library, every
// routine, and the problems with files that could not be loaded.
type Catalog struct {
	Library  *Library
	Routines []*Routine
	Problems []error // one per broken file; each is Problems or a read error
	// OwnName names the person's own copy of a built-in routine from the
	// name it is shown by, in the catalog's language; nil: NAME (mine).
	OwnName func(shown string) string
}

// Sources says where the catalog comes from: the embedded built-ins and the
// person's folders (empty for none).
type Sources struct {
	BuiltinExercises fs.FS // exercise files at its root
	BuiltinRoutines  fs.FS // routine files at its root
	UserExercises    string
	UserRoutines     string
	// Root is the data folder. A symbolic link in the person's folders is
	// followed only when it ends inside it (inside its own folder, when
	// Root is empty).
	Root string
	// Translations holds the overlays of the built-in content, a folder
	// per language (see Catalog.Translate); Lang is the language to load
	// the built-ins in, "" or "en" for English.
	Translations fs.FS
	Lang         string
	// OwnName is the catalog's OwnName: the name of an own copy in Lang.
	OwnName func(shown string) string
}

// Load reads the whole catalog. A broken file is reported and skipped;
// every other file still loads. Nothing is written.
func Load(src Sources) *Catalog {
	c := &Catalog{Library: NewLibrary(), OwnName: src.OwnName}
	var refs []reference
	refs = c.addExercises(builtIn(src.BuiltinExercises, "assets/exercises"), true, refs)
	if src.UserExercises != "" {
		refs = c.addExercises(personal(src.UserExercises, src.Root), false, refs)
	}
	c.dropBroken(refs)
	named := map[string]*Routine{}
	refs = c.addRoutines(builtIn(src.BuiltinRoutines, "routines"), true, named, nil)
	if src.UserRoutines != "" {
		refs = c.addRoutines(personal(src.UserRoutines, src.Root), false, named, refs)
	}
	c.dropBroken(refs)
	c.Translate(src.Translations, src.Lang)
	return c
}

// folder is where catalog files come from: names the files to read, each
// prefixed with label in messages.
type folder struct {
	label string
	fsys  fs.FS // for listing
	read  func(name string) ([]byte, error)
}

// builtIn is a folder of files embedded in the binary.
func builtIn(fsys fs.FS, label string) folder {
	return folder{label: label, fsys: fsys, read: func(name string) ([]byte, error) {
		return readLimited(fsys, name, path.Join(label, name))
	}}
}

// personal is one of the person's folders on disk: only regular files are
// read, and links only when they end inside root.
func personal(dir, root string) folder {
	if root == "" {
		root = dir
	}
	return folder{label: dir, fsys: os.DirFS(dir), read: func(name string) ([]byte, error) {
		file := filepath.Join(dir, name)
		data, err := store.ReadInside(root, file, MaxFileSize)
		return data, readProblem(file, err)
	}}
}

// reference is a file that names another exercise or routine, which may
// load after it; it is checked once everything of its kind has loaded.
type reference struct {
	check func() error
	drop  func()
}

func (c *Catalog) addExercises(src folder, builtIn bool, refs []reference) []reference {
	eachFile(c, src, ParseExercise, func(file string, data []byte, e *Exercise) error {
		e.BuiltIn = builtIn
		if !c.Library.Add(e) {
			return Problems{{File: file, Line: 1, Field: "id",
				Msg: fmt.Sprintf("%q is already used by another exercise", e.ID), Allowed: "a new id"}}
		}
		if len(e.References()) > 0 {
			refs = append(refs, reference{
				check: func() error { return c.CheckExercise(e, data) },
				drop:  func() { delete(c.Library.byID, e.ID) },
			})
		}
		return nil
	})
	return refs
}

// addRoutines adds the routines of src; named holds every routine added
// so far by foldKey of its name, which Routine would find it by (a map, as
// a search through thousands of routines for each one is slow).
func (c *Catalog) addRoutines(src folder, builtIn bool, named map[string]*Routine, refs []reference) []reference {
	parse := func(file string, data []byte) (*Routine, error) { return ParseRoutine(file, data, c.Library) }
	eachFile(c, src, parse, func(file string, data []byte, r *Routine) error {
		r.BuiltIn = builtIn
		if other := named[foldKey(NormalName(r.Name))]; other != nil {
			return Problems{{File: file, Line: 1, Field: "name",
				Msg: fmt.Sprintf("%q is already the name of %s", r.Name, other.File), Allowed: "a name no other routine has"}}
		}
		named[foldKey(r.Name)] = r
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

// CheckExercise reports an exercise that names another exercise (its
// progression's next or then, its version without the floor) the library
// does not have; data is its file, for the line.
func (c *Catalog) CheckExercise(e *Exercise, data []byte) error {
	for _, ref := range e.References() {
		if _, ok := c.Library.Exercise(ref[1]); !ok {
			return referenceProblem(e.File, data, ref[0], "no exercise with id "+tomlfile.Echo(ref[1]), tomlfile.Nearest(ref[1], c.Library.IDs(), nil))
		}
	}
	return nil
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
	return referenceProblem(r.File, data, "warmup", "no routine named "+tomlfile.Echo(r.Warmup), tomlfile.Nearest(r.Warmup, names, nil))
}

func referenceProblem(file string, data []byte, field, msg, near string) error {
	allowed := ""
	if near != "" {
		allowed = fmt.Sprintf("did you mean %q?", near)
	}
	return Problems{{File: file, Line: tomlfile.Lines(data).Line(field), Field: field, Msg: msg, Allowed: allowed}}
}

// parseBatch is how many files are read and parsed at once: enough to
// keep every core busy, few enough that a folder of files at the size
// limit is never all in memory together.
const parseBatch = 16

// eachFile reads and parses every exercise or routine file of src, a batch
// at a time spread over the cores, and hands each parsed file to add in
// the folder's order, so the catalog is the same as when read one by one.
// A file that cannot be read, parsed or added becomes one of the catalog's
// problems. parse must not change anything shared.
func eachFile[T any](c *Catalog, src folder, parse func(file string, data []byte) (T, error), add func(file string, data []byte, v T) error) {
	type parsed struct {
		file string
		data []byte
		v    T
		err  error
	}
	names := tomlFiles(src.fsys)
	for len(names) > 0 {
		batch := names[:min(parseBatch, len(names))]
		names = names[len(batch):]
		out := make([]parsed, len(batch))
		var wg sync.WaitGroup
		for i, name := range batch {
			wg.Go(func() {
				p := parsed{file: path.Join(src.label, name)}
				if p.data, p.err = src.read(name); p.err == nil {
					p.v, p.err = parse(p.file, p.data)
				}
				out[i] = p
			})
		}
		wg.Wait()
		for _, p := range out {
			if p.err == nil {
				p.err = add(p.file, p.data, p.v)
			}
			if p.err != nil {
				c.Problems = append(c.Problems, p.err)
			}
		}
	}
}

// Routine finds a routine by name, ignoring case and look-alike letters
// (see NormalName); nil when there is none.
func (c *Catalog) Routine(name string) *Routine {
	name = NormalName(name)
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
	return names // fs.ReadDir sorts them
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

// ReadFile reads a file the person names, with the same size limit; a
// named pipe, a device or a folder is refused at once.
func ReadFile(file string) ([]byte, error) {
	data, err := store.ReadFile(file, MaxFileSize)
	return data, readProblem(file, err)
}

// readProblem words a read error as a Problem of file.
func readProblem(file string, err error) error {
	var re *store.ReadError
	switch {
	case err == nil:
		return nil
	case errors.As(err, &re):
		return tomlfile.One(file, 0, "", re.Msg, re.Allowed)
	case errors.Is(err, fs.ErrNotExist):
		return tomlfile.One(file, 0, "", "no such file", "")
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return tomlfile.One(file, 0, "", "cannot read: "+err.Error(), "")
}
