package tomlfile

import (
	"fmt"
	"strconv"

	"github.com/postureapp/posture/internal/store"
)

// Limits bound a file before it is decoded. BurntSushi/toml spends time and
// memory that grow with the square of the parts of a dotted key or header
// and keeps a stack frame per nested array, so a file of a few hundred
// kilobytes can take minutes and gigabytes; Posture's own files need a
// handful of levels and a few thousand keys.
type Limits struct {
	Size    int // bytes
	Depth   int // levels: each part of a header or dotted key, and each array, counts one
	Entries int // table headers and keys, those of inline tables included
}

// Person is the limits for a routine, exercise, pose or advice file.
var Person = Limits{Size: 1 << 20, Depth: 16, Entries: 20_000}

// Check looks at the shape of src before any TOML decoder does: its size,
// how deep its tables, arrays and dotted keys nest, and how many headers
// and keys it has. It reads src once, in time proportional to its length,
// and stops at the first limit passed, which it reports on its line. A file
// that is not TOML at all passes as far as it could be followed; the
// decoder then says what is wrong with it.
func Check(file string, src []byte, lim Limits) error {
	if len(src) > lim.Size {
		return One(file, 0, "", fmt.Sprintf("file is %d bytes, too large to read", len(src)), "at most "+store.SizeText(int64(lim.Size)))
	}
	return scan(src, lim).problem(file)
}

// Lines notes the line of every key of src, a file read before, as Read
// does: to place a problem found after reading, such as a reference to
// something another file should hold.
func Lines(src []byte) Index {
	return scan(src, Limits{Size: len(src), Depth: Person.Depth, Entries: len(src)}).index()
}

// HasComments reports whether src holds a comment up to where the scan
// can follow it. Posture's writers keep none, so a person is warned
// before such a file is written again.
func HasComments(src []byte) bool {
	return scan(src, Limits{Size: len(src), Depth: Person.Depth, Entries: len(src)}).commented
}

// scan follows src within lim, noting the line of every key.
func scan(src []byte, lim Limits) *scanner {
	s := &scanner{src: src, lim: lim, line: 1, arrays: map[string]int{}}
	s.document()
	return s
}

// problem is the limit the scan passed, if any.
func (s *scanner) problem(file string) error {
	if s.over == "" {
		return nil
	}
	return One(file, s.overLine, "", s.over, s.allowed)
}

// FormatOf reads the top-level format = N of src without decoding it, so a
// file from a newer Posture is known as such even when this version could
// not parse the rest. ok is false when src has no such line.
func FormatOf(src []byte) (n int64, line int, ok bool) {
	// The scan stops at the first header, and at nesting no file of ours
	// has; a format key after either is not looked for.
	s := scanner{src: src, lim: Limits{Size: len(src), Depth: Person.Depth, Entries: len(src)}, line: 1, topOnly: true}
	s.document()
	return s.formatNumber()
}

// formatNumber is the top-level format = N the scan found.
func (s *scanner) formatNumber() (n int64, line int, ok bool) {
	if s.format == nil {
		return 0, 0, false
	}
	n, err := strconv.ParseInt(string(s.format), 0, 64)
	if err != nil {
		return 0, 0, false
	}
	return n, s.formatLine, true
}

// Newer is the problem with a file whose format is above current: it was
// written by a newer Posture, so this one must leave it exactly as it is.
func Newer(file string, src []byte, current int64) Problems {
	n, line, ok := FormatOf(src)
	return newer(file, n, line, ok, current)
}

func newer(file string, n int64, line int, ok bool, current int64) Problems {
	if !ok || n <= current {
		return nil
	}
	p := Problem{File: file, Line: line, Field: "format", Newer: true,
		Msg:     fmt.Sprintf("written by a newer Posture (format %d); left as it is", n),
		Allowed: fmt.Sprintf("this version reads format = %d; update Posture to use this file", current)}
	return Problems{p}
}
