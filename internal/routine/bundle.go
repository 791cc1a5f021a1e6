package routine

import (
	"bytes"
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/postureapp/posture/internal/tomlfile"
)

// A routine file may carry the exercises it uses in [[exercise]] tables
// after its steps, each with the keys of an exercise file but format, so
// a routine that uses the person's own exercises travels whole. Export
// writes them; importing saves them beside the person's exercises. A
// routine file without them reads as before.

// maxCarried caps the exercises one routine file may carry: a routine has
// at most MaxSteps steps, so no more are needed.
const maxCarried = MaxSteps

// carriedKeys are an exercise file's keys, less format: the routine file
// has it.
var carriedKeys = slices.DeleteFunc(slices.Clone(exerciseKeys), func(k string) bool { return k == "format" })

// carried reads the [[exercise]] tables of a routine file.
func (d *decoder) carried(raw map[string]any) []*Exercise {
	tables := d.tables(raw, "exercise", "")
	if len(tables) > maxCarried {
		d.Add("exercise", fmt.Sprintf("%d exercises carried", len(tables)), fmt.Sprintf("at most %d, one per step", maxCarried))
		return nil
	}
	var out []*Exercise
	seen := map[string]bool{}
	for i, t := range tables {
		d.Prefix = tomlfile.Indexed("", "exercise", i)
		e := d.exercise(t, carriedKeys)
		if seen[e.ID] {
			d.Add("id", fmt.Sprintf("%q is carried twice", e.ID), "each exercise once")
		}
		seen[e.ID] = true
		d.Prefix = ""
		out = append(out, e)
	}
	return out
}

// with is the library with extra exercises whose ids it does not have,
// to check a routine's steps against what its file carries; l is left
// as it is.
func (l *Library) with(extra []*Exercise) *Library {
	if len(extra) == 0 {
		return l
	}
	out := NewLibrary()
	if l != nil {
		for _, e := range l.All() {
			out.Add(e)
		}
	}
	for _, e := range extra {
		out.Add(e)
	}
	return out
}

// ExportWhole is what to write when r is exported: Export's file, then
// every exercise of the person's own that r uses and its file does not
// carry yet, as [[exercise]] tables.
func ExportWhole(r *Routine, lib *Library) []byte {
	out := bytes.TrimRight(Export(r), "\n")
	for _, e := range customUsed(r, lib) {
		out = append(out, "\n\n"...)
		out = append(out, carriedTable(e)...)
	}
	return append(out, '\n')
}

// OwnExercisesExported counts the exercises of the person's own that
// ExportWhole's file for r holds: those r's file carries and those added.
func OwnExercisesExported(r *Routine, lib *Library) int {
	return len(r.Carried) + len(customUsed(r, lib))
}

// customUsed is each exercise of the person's own that r's steps name,
// once, in the order they play, leaving out those r's file carries.
func customUsed(r *Routine, lib *Library) []*Exercise {
	var out []*Exercise
	seen := map[string]bool{}
	for _, e := range r.Carried {
		seen[e.ID] = true
	}
	for _, st := range r.Steps() {
		e, ok := lib.Exercise(st.Exercise)
		if !ok || e.BuiltIn || seen[e.ID] {
			continue
		}
		seen[e.ID] = true
		out = append(out, e)
	}
	return out
}

// carriedTable is e as an [[exercise]] table: its file without format,
// its tables moved under exercise. The writer quotes every string on one
// line, so only table headers start a line with "[".
func carriedTable(e *Exercise) []byte {
	var b strings.Builder
	b.WriteString("[[exercise]]\n")
	for line := range strings.Lines(string(EncodeExercise(e))) {
		switch {
		case strings.HasPrefix(line, "format ="):
		case strings.HasPrefix(line, "["):
			b.WriteString("[exercise." + line[1:])
		default:
			b.WriteString(line)
		}
	}
	return []byte(strings.TrimRight(b.String(), "\n"))
}

// Carried says what importing a routine did with the exercises it carries.
type Carried struct {
	Added   []string          // ids saved as they were
	Reused  []string          // ids the person has already, the same
	Renamed map[string]string // carried id → the id it was saved as: the person has another exercise by that id
}

// Lines says what happened, one sentence each, for the window and the CLI.
func (c Carried) Lines() []string {
	var out []string
	for _, id := range c.Added {
		out = append(out, fmt.Sprintf("added the exercise %q", id))
	}
	for _, id := range c.Reused {
		out = append(out, fmt.Sprintf("the exercise %q is the same as yours: yours is used", id))
	}
	for _, id := range slices.Sorted(maps.Keys(c.Renamed)) {
		out = append(out, fmt.Sprintf("you have another exercise with the id %q: the routine's is added as %q", id, c.Renamed[id]))
	}
	return out
}

// ImportCarried saves the exercises r's file carries into the exercises
// folder: one the library has, the same, is reused; one whose id is taken
// by a different exercise (or by a file that did not load) is saved under
// a new id, and r's steps are changed to it. It returns the routine to
// save and its file: r and data as they are when r carries nothing,
// otherwise r written without the exercises, which now live in their own
// files.
func (f Folder) ImportCarried(r *Routine, data []byte, lib *Library) (*Routine, []byte, Carried, error) {
	var c Carried
	if len(r.Carried) == 0 {
		return r, data, c, nil
	}
	if f.Exercises == "" {
		return nil, nil, c, errors.New("there is no folder for your exercises")
	}
	c.Renamed = map[string]string{}
	taken := func(id string) bool {
		if _, ok := lib.Exercise(id); ok {
			return true
		}
		_, err := os.Lstat(filepath.Join(f.Exercises, id+".toml"))
		return err == nil || !errors.Is(err, os.ErrNotExist)
	}
	carried := map[string]bool{}
	for _, e := range r.Carried {
		carried[e.ID] = true
	}
	var save []*Exercise
	for _, e := range r.Carried {
		have, ok := lib.Exercise(e.ID)
		switch {
		case ok && bytes.Equal(EncodeExercise(have), EncodeExercise(e)):
			c.Reused = append(c.Reused, e.ID)
			continue
		case taken(e.ID):
			id := freeID(e.ID, func(id string) bool { return taken(id) || carried[id] })
			c.Renamed[e.ID] = id
		default:
			c.Added = append(c.Added, e.ID)
		}
		save = append(save, e)
	}
	for _, e := range save {
		cp := *e
		cp.ID = renamed(c.Renamed, e.ID)
		cp.Progression.Next = renamed(c.Renamed, e.Progression.Next)
		if cp.ID != e.ID {
			cp.Name = e.Name + " (" + r.Name + ")"
		}
		if _, err := f.SaveExercise(&cp); err != nil {
			return nil, nil, c, fmt.Errorf("save the exercise %q: %w", cp.ID, err)
		}
	}
	own := r.Clone()
	own.Carried = nil
	for i := range own.Sections {
		for j := range own.Sections[i].Steps {
			st := &own.Sections[i].Steps[j]
			st.Exercise = renamed(c.Renamed, st.Exercise)
		}
	}
	return own, EncodeRoutine(own), c, nil
}

func renamed(m map[string]string, id string) string {
	if to, ok := m[id]; ok {
		return to
	}
	return id
}

// freeID is id with the first free number after it: "wall-angel-2".
func freeID(id string, taken func(string) bool) string {
	for n := 2; ; n++ {
		if next := fmt.Sprintf("%s-%d", id, n); !taken(next) {
			return next
		}
	}
}
