package routine

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/postureapp/posture/internal/store"
	"github.com/postureapp/posture/internal/tomlfile"
)

// OwnSuffix marks the person's own copy of a built-in routine, the one a
// suggestion they accept is written into, in English; a catalog in
// another language names new copies its own way (Catalog.OwnName).
const OwnSuffix = " (mine)"

// Folder is the person's routines and exercises on disk. Every change to
// those files goes through it: the window and the command line only say
// what they want. Each routine lives in one file named after it; two
// routines never share a file, and a file that did not load is never
// written over.
type Folder struct {
	Routines  string // the folder of the person's routine files
	Exercises string // the folder of the person's exercise files
}

// Folder is where the person's routines and exercises are kept.
func (s Sources) Folder() Folder {
	return Folder{Routines: s.UserRoutines, Exercises: s.UserExercises}
}

// Saved says where a routine went and which of the person's routines it
// replaced: those had the same name and are kept, in memory, for undo.
type Saved struct {
	File     string
	Replaced []Trashed
}

// Trashed is a deleted routine's file, kept so the delete can be undone.
type Trashed struct {
	Name, File string
	Data       []byte
}

// ErrNoFolder is returned when there is no folder to save the person's
// files in (a catalog built in memory).
var ErrNoFolder = errors.New("there is no folder for your routines")

// SaveRoutine writes r, which was in the file from ("" for a new routine),
// to the file its name gives. A routine of the person's with the same name
// in another file is replaced: the caller asked first (see Clash).
func (f Folder) SaveRoutine(c *Catalog, r *Routine, from string) (Saved, error) {
	if err := f.checkName(c, r.Name); err != nil {
		return Saved{}, err
	}
	return f.place(c, r.Name, EncodeRoutine(r), from)
}

// ImportRoutine copies a routine file, as it is, into the folder; r is its
// parsed content. It replaces the person's routine of the same name.
func (f Folder) ImportRoutine(c *Catalog, r *Routine, data []byte) (Saved, error) {
	if err := f.checkName(c, r.Name); err != nil {
		return Saved{}, err
	}
	return f.place(c, r.Name, data, "")
}

// RenameRoutine gives r a new name, moving it to the file that name gives.
func (f Folder) RenameRoutine(c *Catalog, r *Routine, name string) (Saved, error) {
	if msg := f.RenameProblem(c, r, name); msg != "" {
		return Saved{}, errors.New(msg)
	}
	renamed := *r
	renamed.Name = NormalName(strings.TrimSpace(name))
	return f.SaveRoutine(c, &renamed, r.File)
}

// RenameProblem says why r cannot be called name, "" when it can.
func (f Folder) RenameProblem(c *Catalog, r *Routine, name string) string {
	name = NormalName(strings.TrimSpace(name))
	if name == "" {
		return "a routine needs a name"
	}
	if msg := NameProblem(name); msg != "" {
		return msg
	}
	if other := c.Routine(name); other != nil && other.File != r.File {
		return fmt.Sprintf("%s is taken by another routine", tomlfile.Echo(other.Name))
	}
	return ""
}

// Clash says which of the person's routines saving a routine called name
// (now in from, "" for a new one) would replace; "" when none would.
func (f Folder) Clash(c *Catalog, name, from string) string {
	if other := c.Routine(strings.TrimSpace(name)); other != nil && !other.BuiltIn && other.File != from {
		return fmt.Sprintf("You already have a routine called %s.", tomlfile.Echo(other.Name))
	}
	return ""
}

// BuiltInClash says which built-in routine is called name, "" when none
// is. The routine is named as it is shown: in a translated catalogue the
// person may have typed the English name of one they know by another.
func BuiltInClash(c *Catalog, name string) string {
	if other := c.Routine(strings.TrimSpace(name)); other != nil && other.BuiltIn {
		return fmt.Sprintf("a built-in routine is called %s", tomlfile.Echo(other.ShownName()))
	}
	return ""
}

func (f Folder) checkName(c *Catalog, name string) error {
	if f.Routines == "" {
		return ErrNoFolder
	}
	if msg := NameProblem(name); msg != "" {
		return errors.New(msg)
	}
	if msg := BuiltInClash(c, name); msg != "" {
		return errors.New(msg + "; built-in routines cannot be replaced, choose another name")
	}
	return nil
}

// place writes data, the file of routine name, in place of from. The
// person's other routines of that name are replaced and returned for undo.
func (f Folder) place(c *Catalog, name string, data []byte, from string) (Saved, error) {
	target, err := f.fileFor(c, name, from)
	if err != nil {
		return Saved{}, err
	}
	if err := store.WriteFile(target, data); err != nil {
		return Saved{}, err
	}
	saved := Saved{File: target}
	for _, other := range c.Routines {
		if other.BuiltIn || other.File == target || other.File == from || !strings.EqualFold(other.Name, strings.TrimSpace(name)) {
			continue
		}
		t, err := f.TrashRoutine(other)
		if err != nil {
			return saved, fmt.Errorf("saved as %s, but %s stays: %w", target, other.File, err)
		}
		saved.Replaced = append(saved.Replaced, t)
	}
	if from != "" && from != target {
		if err := store.Remove(from); err != nil {
			return saved, fmt.Errorf("saved as %s, but the old file stays: %w", target, err)
		}
	}
	return saved, nil
}

// fileFor picks the file for a routine called name: the one its name
// gives, numbered when that is taken. A file is free when nothing is
// there, when it is from (the routine's own file), or when it holds the
// person's routine of the same name, which this one replaces. Files that
// did not load, and other routines' files, are never taken.
func (f Folder) fileFor(c *Catalog, name, from string) (string, error) {
	base := strings.TrimSuffix(FileName(name), ".toml")
	for i := 1; i <= 1000; i++ {
		file := base + ".toml"
		if i > 1 {
			file = fmt.Sprintf("%s-%d.toml", base, i)
		}
		path := filepath.Join(f.Routines, file)
		if path == from || f.sameRoutine(c, path, name) {
			return path, nil
		}
		if _, err := os.Lstat(path); errors.Is(err, os.ErrNotExist) {
			return path, nil
		}
	}
	return "", fmt.Errorf("no free file name for %s in %s", tomlfile.Echo(name), f.Routines)
}

func (f Folder) sameRoutine(c *Catalog, path, name string) bool {
	return slices.ContainsFunc(c.Routines, func(r *Routine) bool {
		return !r.BuiltIn && r.File == path && strings.EqualFold(r.Name, strings.TrimSpace(name))
	})
}

// TrashRoutine removes r's file, keeping its bytes for Restore.
func (f Folder) TrashRoutine(r *Routine) (Trashed, error) {
	if r.BuiltIn || r.File == "" {
		return Trashed{}, fmt.Errorf("%s is built in and cannot be deleted", tomlfile.Echo(r.Name))
	}
	data, err := ReadFile(r.File)
	if err != nil {
		return Trashed{}, fmt.Errorf("delete %s: %w", r.Name, err)
	}
	if err := os.Remove(r.File); err != nil {
		return Trashed{}, fmt.Errorf("delete %s: %w", r.Name, err)
	}
	return Trashed{Name: r.Name, File: r.File, Data: data}, nil
}

// Restore puts a deleted routine back as it was, unless its file or its
// name has been taken since.
func (f Folder) Restore(c *Catalog, t Trashed) error {
	if _, err := os.Lstat(t.File); err == nil {
		return fmt.Errorf("cannot undo: %s exists again; rename that routine first", t.File)
	}
	if c.Routine(t.Name) != nil {
		return fmt.Errorf("cannot undo: another routine is now called %s; rename it first", tomlfile.Echo(t.Name))
	}
	return store.WriteFile(t.File, t.Data)
}

// Duplicate saves a copy of r called "NAME (copy)" (numbered when taken)
// and returns its name. NAME is the name r is shown by, and suffix the
// window's word for a copy ("(Kopie)"), "(copy)" when empty: the copy is
// the person's and keeps the name they read.
func (f Folder) Duplicate(c *Catalog, r *Routine, suffix string) (string, error) {
	if suffix = strings.TrimSpace(suffix); suffix == "" {
		suffix = "(copy)"
	}
	dup := r.Clone()
	dup.Name = FreeName(c, fitName(NormalName(r.ShownName()), " "+suffix))
	dup.BuiltIn, dup.File, dup.Title = false, "", ""
	_, err := f.SaveRoutine(c, dup, "")
	return dup.Name, err
}

// FreeName is name, or name with a number, that no routine has, cut
// where needed to stay within MaxNameLength.
func FreeName(c *Catalog, name string) string {
	try := fitName(name, "")
	for i := 2; c.Routine(try) != nil; i++ {
		try = fitName(name, fmt.Sprintf(" %d", i))
	}
	return try
}

// fitName is name followed by suffix, name cut so that the whole is at
// most MaxNameLength characters.
func fitName(name, suffix string) string {
	keep := MaxNameLength - utf8.RuneCountInString(suffix)
	if utf8.RuneCountInString(name) > keep {
		name = strings.TrimSpace(string([]rune(name)[:keep]))
	}
	return name + suffix
}

// OwnCopy is the routine to change in place of r: a copy of r itself when
// it is the person's, else a copy of their "NAME (mine)" (the English
// name, as copies were first named) or of their copy named in the
// catalog's language, else a new copy so named, with no file yet. Save
// the changed copy with SaveRoutine and its File as from.
func OwnCopy(c *Catalog, r *Routine) *Routine {
	if !r.BuiltIn {
		return r.Clone()
	}
	name := c.ownName(r)
	for _, n := range []string{r.Name + OwnSuffix, name} {
		if mine := c.Routine(n); mine != nil && !mine.BuiltIn {
			return mine.Clone()
		}
	}
	own := r.Clone()
	own.Name = name
	own.BuiltIn, own.File, own.Title = false, "", ""
	return own
}

// ownName is the name of a new own copy of built-in r: its shown name
// with the catalog's mark, cut to fit MaxNameLength.
func (c *Catalog) ownName(r *Routine) string {
	if c.OwnName == nil {
		return fitName(r.Name, OwnSuffix)
	}
	shown := []rune(r.ShownName())
	name := c.OwnName(string(shown))
	for over := utf8.RuneCountInString(name) - MaxNameLength; over > 0 && len(shown) > 0; over = utf8.RuneCountInString(name) - MaxNameLength {
		shown = []rune(strings.TrimSpace(string(shown[:max(0, len(shown)-over)])))
		name = c.OwnName(string(shown))
	}
	return strings.TrimSpace(name)
}

// Clone copies r deeply enough that changing its sections and steps
// leaves r alone.
func (r *Routine) Clone() *Routine {
	c := *r
	c.Sections = make([]Section, len(r.Sections))
	for i, sec := range r.Sections {
		sec.Steps = slices.Clone(sec.Steps)
		c.Sections[i] = sec
	}
	return &c
}

// Export is what to write when r is exported: the person's own file as it
// is, comments and all, or a built-in routine in the file format.
func Export(r *Routine) []byte {
	if !r.BuiltIn && r.File != "" {
		if own, err := ReadFile(r.File); err == nil {
			return own
		}
	}
	return EncodeRoutine(r)
}

// SaveExercise writes e to the exercises folder, in the file its id gives.
func (f Folder) SaveExercise(e *Exercise) (string, error) {
	if f.Exercises == "" {
		return "", errors.New("there is no folder for your exercises")
	}
	file := filepath.Join(f.Exercises, e.ID+".toml")
	if data, err := ReadFile(file); err == nil {
		if newer := tomlfile.Newer(file, data, Format); newer != nil {
			return file, fmt.Errorf("%w; give this exercise another id", newer)
		}
	}
	return file, store.WriteFile(file, EncodeExercise(e))
}

// DeleteExercise removes the person's exercise e, refusing while any
// routine uses it.
func (f Folder) DeleteExercise(c *Catalog, e *Exercise) error {
	if e.BuiltIn || e.File == "" {
		return fmt.Errorf("%q is built in and cannot be deleted", e.Name)
	}
	if users := c.UsedBy(e.ID); len(users) > 0 {
		return fmt.Errorf("%q is used by %s; take it out of %s first", e.Name, tomlfile.QuoteAll(users), pluralThem(len(users)))
	}
	if err := os.Remove(e.File); err != nil {
		return fmt.Errorf("delete %s: %w", e.Name, err)
	}
	return nil
}

func pluralThem(n int) string {
	if n == 1 {
		return "it"
	}
	return "them"
}

// UsedBy names the routines with a step of exercise id.
func (c *Catalog) UsedBy(id string) []string {
	var names []string
	for _, r := range c.Routines {
		if slices.ContainsFunc(r.Steps(), func(s Step) bool { return s.Exercise == id }) {
			names = append(names, r.Name)
		}
	}
	return names
}

// Steps lists every step of r, section by section.
func (r *Routine) Steps() []Step {
	var all []Step
	for _, sec := range r.Sections {
		all = append(all, sec.Steps...)
	}
	return all
}

// Importable reports whether path is a routine file a person could
// import: a regular file ending in .toml. The import dialog lists only
// these, as opening a named pipe would wait for a writer that never comes.
func Importable(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.Mode().IsRegular() && strings.HasSuffix(path, ".toml")
}
