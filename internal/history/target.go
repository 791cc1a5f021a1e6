package history

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/postureapp/posture/internal/store"
	"github.com/postureapp/posture/internal/tomlfile"
)

// The weekly target is the sessions a week the person aims for, whatever
// mix of routines they do. The window sets it and both the window and
// 'posture history' count weeks against it. It is a setting, so it lives
// in the config folder (store.Paths.Target), target.toml:
//
//	format = 1
//	per_week = 3

// Weekly target bounds, and the target when none was set.
const (
	DefaultTarget = 3
	MinTarget     = 1
	MaxTarget     = 14
)

// maxTargetFile caps what is read: the file holds two short lines.
const maxTargetFile = 4 << 10

// TargetPath is where the weekly target is kept.
func (st *Store) TargetPath() string { return st.target }

// targetKind is target.toml.
var targetKind = tomlfile.Kind{Limits: tomlfile.Limits{Size: maxTargetFile, Depth: 4, Entries: 64}, Format: FormatVersion}

// Target reads the weekly target. A missing file means DefaultTarget; a
// file that cannot be read gives DefaultTarget too, with a *Problem naming
// the file, the line and what is allowed. The file is never changed here.
func (st *Store) Target() (int, error) {
	path := st.TargetPath()
	data, err := store.ReadFile(path, maxTargetFile)
	if errors.Is(err, os.ErrNotExist) {
		return DefaultTarget, nil
	}
	if err != nil {
		return DefaultTarget, &Problem{File: path, Msg: err.Error()}
	}
	n, p := parseTarget(path, data)
	if p != nil {
		return DefaultTarget, p
	}
	return n, nil
}

// HasTarget says whether a weekly target was ever set.
func (st *Store) HasTarget() bool {
	_, err := os.Lstat(st.TargetPath())
	return err == nil
}

// SetTarget writes the weekly target.
func (st *Store) SetTarget(n int) error {
	if n < MinTarget || n > MaxTarget {
		return fmt.Errorf("weekly target %d is out of range (%d-%d)", n, MinTarget, MaxTarget)
	}
	if err := os.MkdirAll(filepath.Dir(st.target), 0o755); err != nil {
		return fmt.Errorf("save weekly target: %w", err)
	}
	return store.WriteFile(st.TargetPath(), fmt.Appendf(nil, "format = %d\nper_week = %d\n", FormatVersion, n))
}

// parseTarget reads target.toml; the problem is the first by line.
func parseTarget(file string, data []byte) (int, *Problem) {
	var raw map[string]any
	doc, err := tomlfile.Read(file, data, targetKind, &raw)
	if err != nil {
		return 0, first(err.(tomlfile.Problems))
	}
	for key := range raw {
		if key != "format" && key != "per_week" {
			doc.AddAt(doc.Line(key), "", fmt.Sprintf("unknown key %q (allowed: format, per_week)", key), "")
		}
	}
	if len(doc.Problems) > 0 { // a misspelt per_week is not also missing
		return 0, first(doc.Problems)
	}
	n, ok := raw["per_week"].(int64)
	switch {
	case raw["per_week"] == nil:
		doc.AddAt(1, "", fmt.Sprintf("per_week is missing (allowed: %d-%d)", MinTarget, MaxTarget), "")
	case !ok || n < MinTarget || n > MaxTarget:
		doc.AddAt(doc.Line("per_week"), "", fmt.Sprintf("per_week = %v is not allowed (allowed: a whole number %d-%d)", raw["per_week"], MinTarget, MaxTarget), "")
	}
	if len(doc.Problems) > 0 {
		return 0, first(doc.Problems)
	}
	return int(n), nil
}
