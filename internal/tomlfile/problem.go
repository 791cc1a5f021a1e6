// Package tomlfile is the one way Posture reads a TOML file, whatever it
// holds (routine, exercise, pose, advice, history month, weekly target,
// reminders, reminder state): Read checks the file's shape before the
// bytes reach the TOML decoder (whose time and memory grow with the square
// of a file's nesting) while noting the line of every key, recognises a
// file written by a newer Posture, decodes it, and places every problem on
// its line as a Problem naming file, line and field. It also gives "did
// you mean" hints and text made safe to print.
package tomlfile

import (
	"cmp"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
)

// Problem is one thing wrong with a file, located as precisely as the file
// allows. Line is 0 when the problem is about the file as a whole.
type Problem struct {
	File    string
	Line    int
	Field   string // the key, as a path: "section[2].step[1].reps"
	Msg     string
	Allowed string // what would be accepted, when that can be said
	Newer   bool   // written by a newer Posture: to be left exactly as it is
	MovedTo string // where the file was moved aside, when it was
}

// A problem's field and message are cut to these many characters when
// written: a key or a value of a megabyte would otherwise be repeated
// whole. Messages quote names with Echo; these catch the rest.
const (
	maxField = 2 * EchoLength
	maxMsg   = 4 * EchoLength
)

// Error is String: a Problem on its own is an error too.
func (p Problem) Error() string { return p.String() }

// String writes FILE:LINE: FIELD: what is wrong (what is allowed), with
// any control character from the file written as an escape.
func (p Problem) String() string {
	var b strings.Builder
	b.WriteString(p.File)
	if p.Line > 0 {
		fmt.Fprintf(&b, ":%d", p.Line)
	}
	b.WriteString(": ")
	if p.Field != "" {
		b.WriteString(Cut(p.Field, maxField) + ": ")
	}
	b.WriteString(Cut(p.Msg, maxMsg))
	if p.Allowed != "" {
		b.WriteString(" (" + p.Allowed + ")")
	}
	if p.MovedTo != "" {
		b.WriteString(" (moved aside to " + filepath.Base(p.MovedTo) + ")")
	}
	return Printable(b.String())
}

// Problems is every problem found in one file; it is the error that
// loading and validation return, so all of them are reported at once.
type Problems []Problem

// Error writes one problem per line.
func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

// Err is nil when there are no problems, and otherwise the problems in the
// order of their lines, so the person fixes the file from the top down.
func (ps Problems) Err() error {
	if len(ps) == 0 {
		return nil
	}
	slices.SortStableFunc(ps, func(a, b Problem) int { return cmp.Compare(a.Line, b.Line) })
	return ps
}

// One is the error of a file with a single problem.
func One(file string, line int, field, msg, allowed string) Problems {
	return Problems{{File: file, Line: line, Field: field, Msg: msg, Allowed: allowed}}
}
