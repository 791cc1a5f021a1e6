package routine

import (
	"maps"
	"os"
	"path/filepath"
	"slices"
	"time"
)

// Stamp is what the person's routine and exercise folders hold, file by
// file (size and time written), as cheaply as a folder listing gives it:
// comparing two tells whether anything was added, changed or removed
// since, by Posture or by anything else (the command line, a synced
// folder, a text editor).
type Stamp map[string]FileStamp

// FileStamp is one file's size and the time it was last written.
type FileStamp struct {
	Size    int64
	ModTime time.Time
}

// Stamp lists the person's folders; a folder that cannot be read counts
// as empty, so it being made or removed shows as a change.
func (src Sources) Stamp() Stamp {
	s := Stamp{}
	for _, dir := range []string{src.UserRoutines, src.UserExercises} {
		if dir == "" {
			continue
		}
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			if info, err := e.Info(); err == nil && !e.IsDir() {
				s[filepath.Join(dir, e.Name())] = FileStamp{Size: info.Size(), ModTime: info.ModTime()}
			}
		}
	}
	return s
}

// Equal reports whether two stamps list the same files, alike.
func (s Stamp) Equal(o Stamp) bool { return maps.Equal(s, o) }

// Changed lists the files added, changed or removed between o and s, in
// order.
func (s Stamp) Changed(o Stamp) []string {
	var out []string
	for f, st := range s {
		if was, ok := o[f]; !ok || was != st {
			out = append(out, f)
		}
	}
	for f := range o {
		if _, ok := s[f]; !ok {
			out = append(out, f)
		}
	}
	slices.Sort(out)
	return out
}
