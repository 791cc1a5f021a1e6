package history

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/BurntSushi/toml"

	"github.com/postureapp/posture/internal/store"
	"github.com/postureapp/posture/internal/tomlpos"
)

// The weekly target is the sessions a week the person aims for, whatever
// mix of routines they do. The window sets it and both the window and
// 'posture history' count weeks against it, so it lives beside the
// history, in history/target.toml:
//
//	format = 1
//	per_week = 3

// Weekly target bounds, and the target when none was set.
const (
	DefaultTarget = 3
	MinTarget     = 1
	MaxTarget     = 14
)

const targetFile = "target.toml"

// maxTargetFile caps what is read: the file holds two short lines.
const maxTargetFile = 4 << 10

// TargetPath is where the weekly target is kept.
func (st *Store) TargetPath() string { return filepath.Join(st.dir, targetFile) }

// Target reads the weekly target. A missing file means DefaultTarget; a
// file that cannot be read gives DefaultTarget too, with a *Problem naming
// the file, the line and what is allowed. The file is never changed here.
func (st *Store) Target() (int, error) {
	path := st.TargetPath()
	data, err := readSmall(path, maxTargetFile)
	if errors.Is(err, os.ErrNotExist) {
		return DefaultTarget, nil
	}
	if err != nil {
		return DefaultTarget, &Problem{File: path, Msg: err.Error()}
	}
	n, ferr := parseTarget(data)
	if ferr != nil {
		return DefaultTarget, &Problem{File: path, Line: ferr.Line, Msg: ferr.Msg}
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
	if err := os.MkdirAll(st.dir, 0o755); err != nil {
		return fmt.Errorf("save weekly target: %w", err)
	}
	return store.WriteFile(st.TargetPath(), fmt.Appendf(nil, "format = %d\nper_week = %d\n", FormatVersion, n))
}

func parseTarget(data []byte) (int, *FileError) {
	var raw map[string]any
	if _, err := toml.Decode(string(data), &raw); err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return 0, &FileError{Line: parseErrorLine(data, pe), Msg: pe.Message}
		}
		return 0, &FileError{Line: 1, Msg: err.Error()}
	}
	lines := tomlpos.Scan(string(data))
	for key := range raw {
		if key != "format" && key != "per_week" {
			return 0, &FileError{Line: max(lines.Line(key), 1), Msg: fmt.Sprintf("unknown key %q (allowed: format, per_week)", key)}
		}
	}
	number := func(key string, lo, hi int64) (int64, *FileError) {
		v, ok := raw[key]
		if !ok {
			return 0, &FileError{Line: 1, Msg: fmt.Sprintf("%s is missing (allowed: %d-%d)", key, lo, hi)}
		}
		n, isInt := v.(int64)
		if !isInt || n < lo || n > hi {
			return 0, &FileError{Line: lines.Line(key), Msg: fmt.Sprintf("%s = %v is not allowed (allowed: a whole number %d-%d)", key, v, lo, hi)}
		}
		return n, nil
	}
	if _, ferr := number("format", FormatVersion, FormatVersion); ferr != nil {
		return 0, ferr
	}
	n, ferr := number("per_week", MinTarget, MaxTarget)
	return int(n), ferr
}

// readSmall reads a regular file of at most limit bytes.
func readSmall(path string, limit int64) ([]byte, error) {
	// Stat before opening: opening a FIFO would wait for a writer.
	fi, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() {
		return nil, errors.New("not a regular file")
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("larger than %d bytes; it is not a weekly target file", limit)
	}
	return data, nil
}
