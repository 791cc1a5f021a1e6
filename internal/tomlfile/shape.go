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
	s := scanner{src: src, lim: lim, line: 1}
	s.document()
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
	if s.format == nil {
		return 0, 0, false
	}
	n, err := strconv.ParseInt(string(s.format), 10, 64)
	if err != nil {
		return 0, 0, false
	}
	return n, s.formatLine, true
}

// Newer is the problem with a file whose format is above current: it was
// written by a newer Posture, so this one must leave it exactly as it is.
func Newer(file string, src []byte, current int64) Problems {
	n, line, ok := FormatOf(src)
	if !ok || n <= current {
		return nil
	}
	return One(file, line, "format", fmt.Sprintf("written by a newer Posture (format %d); left as it is", n),
		fmt.Sprintf("this version reads format = %d; update Posture to use this file", current))
}

// scanner follows TOML's structure (headers, keys, strings, arrays, inline
// tables, comments) closely enough to count levels and entries, and no
// more: it never builds a value. Anything it does not understand ends the
// scan quietly, since the decoder will stop at the same place.
type scanner struct {
	src     []byte
	pos     int
	line    int
	lim     Limits
	entries int

	over, allowed string // the limit passed, if any
	overLine      int

	topOnly    bool // stop at the first header (FormatOf)
	format     []byte
	formatLine int
}

func (s *scanner) document() {
	if len(s.src) >= 3 && string(s.src[:3]) == "\ufeff" {
		s.pos = 3
	}
	table := 0
	for s.blank(true) {
		if s.peek() == '[' {
			if s.topOnly {
				return
			}
			level, ok := s.header()
			if !ok {
				return
			}
			table = level
		} else if !s.keyValue(table, table == 0) {
			return
		}
		if !s.endOfLine() {
			return
		}
	}
}

// blank skips spaces and tabs, and with lines also newlines and comments.
// It reports whether anything is left.
func (s *scanner) blank(lines bool) bool {
	for s.pos < len(s.src) {
		switch c := s.src[s.pos]; {
		case c == ' ' || c == '\t':
			s.pos++
		case lines && (c == '\n' || c == '\r'):
			s.newline()
		case lines && c == '#':
			s.comment()
		default:
			return true
		}
	}
	return false
}

func (s *scanner) newline() {
	if s.src[s.pos] == '\n' {
		s.line++
	}
	s.pos++
}

func (s *scanner) comment() {
	for s.pos < len(s.src) && s.src[s.pos] != '\n' && s.src[s.pos] != '\r' {
		s.pos++
	}
}

func (s *scanner) peek() byte {
	if s.pos < len(s.src) {
		return s.src[s.pos]
	}
	return 0
}

// endOfLine accepts what may follow a key's value or a header: spaces, a
// comment, the end of the line or of the file.
func (s *scanner) endOfLine() bool {
	s.blank(false)
	if s.peek() == '#' {
		s.comment()
	}
	switch s.peek() {
	case 0:
		return s.pos == len(s.src)
	case '\n', '\r':
		s.newline()
		return true
	}
	return false
}

func (s *scanner) entry() bool {
	s.entries++
	if s.entries > s.lim.Entries {
		return s.fail(fmt.Sprintf("more than %d tables and keys", s.lim.Entries), fmt.Sprintf("at most %d tables and keys", s.lim.Entries))
	}
	return true
}

func (s *scanner) fail(msg, allowed string) bool {
	s.over, s.allowed, s.overLine = msg, allowed, s.line
	return false
}

func (s *scanner) deeper(level int) bool {
	if level > s.lim.Depth {
		return s.fail(fmt.Sprintf("nested more than %d levels deep", s.lim.Depth),
			fmt.Sprintf("at most %d levels of tables, dotted keys and arrays", s.lim.Depth))
	}
	return true
}

// header reads [a.b] or [[a.b]] and returns the level of its table.
func (s *scanner) header() (int, bool) {
	s.pos++
	double := s.peek() == '['
	if double {
		s.pos++
	}
	if !s.entry() {
		return 0, false
	}
	s.blank(false)
	level, _, ok := s.key(0)
	if !ok || s.peek() != ']' {
		return 0, false
	}
	s.pos++
	if double {
		if s.peek() != ']' {
			return 0, false
		}
		s.pos++
	}
	return level, true
}

// keyValue reads key = value in a table at level table.
func (s *scanner) keyValue(table int, top bool) bool {
	if !s.entry() {
		return false
	}
	line := s.line
	level, name, ok := s.key(table)
	if !ok || s.peek() != '=' {
		return false
	}
	s.pos++
	s.blank(false)
	start := s.pos
	if !s.value(level) {
		return false
	}
	if top && name == "format" {
		s.format, s.formatLine = trimRight(s.src[start:s.pos]), line
	}
	return true
}

// key reads a dotted key, each part one level below base, and the spaces
// after it. name is the key when it has one part.
func (s *scanner) key(base int) (level int, name string, ok bool) {
	level = base
	for parts := 0; ; parts++ {
		level++
		if !s.deeper(level) {
			return 0, "", false
		}
		start := s.pos
		switch s.peek() {
		case '"', '\'':
			ok = s.quoted()
		default:
			for s.pos < len(s.src) && isBareKeyChar(s.src[s.pos]) {
				s.pos++
			}
			ok = s.pos > start
		}
		if !ok {
			return 0, "", false
		}
		if parts == 0 {
			name = string(s.src[start:s.pos])
			if name != "" && name[0] == '"' || name != "" && name[0] == '\'' {
				name = name[1 : len(name)-1]
			}
		} else {
			name = ""
		}
		s.blank(false)
		if s.peek() != '.' {
			return level, name, true
		}
		s.pos++
		s.blank(false)
	}
}

func isBareKeyChar(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
}

// value reads one value at level.
func (s *scanner) value(level int) bool {
	if !s.deeper(level) {
		return false
	}
	switch s.peek() {
	case '"', '\'':
		return s.quoted()
	case '[':
		return s.array(level)
	case '{':
		return s.inlineTable(level)
	}
	return s.scalar()
}

// scalar reads a number, a boolean or a date: everything up to what ends
// a value (a date may hold a space).
func (s *scanner) scalar() bool {
	start := s.pos
	for s.pos < len(s.src) {
		switch s.src[s.pos] {
		case ',', ']', '}', '#', '\n', '\r':
			return s.pos > start
		}
		s.pos++
	}
	return s.pos > start
}

func (s *scanner) array(level int) bool {
	return s.items(']', func() bool { return s.value(level + 1) })
}

// inlineTable reads { k = v, ... }; TOML 1.1 lets it span lines.
func (s *scanner) inlineTable(level int) bool {
	return s.items('}', func() bool {
		if !s.entry() {
			return false
		}
		keyLevel, _, ok := s.key(level)
		if !ok || s.peek() != '=' {
			return false
		}
		s.pos++
		s.blank(false)
		return s.value(keyLevel)
	})
}

// items reads the items of an array or inline table up to end, each by
// item, separated by commas (one may trail), with new lines and comments
// between them.
func (s *scanner) items(end byte, item func() bool) bool {
	s.pos++
	for {
		if !s.blank(true) {
			return false
		}
		if s.peek() == end {
			s.pos++
			return true
		}
		if !item() {
			return false
		}
		s.blank(true)
		switch s.peek() {
		case ',':
			s.pos++
		case end:
			s.pos++
			return true
		default:
			return false
		}
	}
}

// quoted reads a string: basic ("...", with escapes) or literal ('...'),
// on one line, or on several between tripled quotes.
func (s *scanner) quoted() bool {
	q := s.src[s.pos]
	escapes := q == '"'
	if delim := string([]byte{q, q, q}); s.hasPrefix(delim) {
		return s.multiline(delim, escapes)
	}
	s.pos++
	for s.pos < len(s.src) {
		switch c := s.src[s.pos]; {
		case escapes && c == '\\':
			s.pos += 2
			continue
		case c == q:
			s.pos++
			return true
		case c == '\n' || c == '\r':
			return false
		}
		s.pos++
	}
	return false
}

// multiline reads a multi-line string to its closing delimiter, which may
// be followed by one or two more quotes that belong to the string.
func (s *scanner) multiline(delim string, escapes bool) bool {
	s.pos += len(delim)
	for s.pos < len(s.src) {
		switch c := s.src[s.pos]; {
		case escapes && c == '\\':
			s.pos++
			if s.pos < len(s.src) && s.src[s.pos] == '\n' {
				s.line++
			}
			s.pos++
		case c == '\n':
			s.newline()
		case s.hasPrefix(delim):
			s.pos += len(delim)
			for extra := 0; extra < 2 && s.peek() == delim[0]; extra++ {
				s.pos++
			}
			return true
		default:
			s.pos++
		}
	}
	return false
}

func (s *scanner) hasPrefix(p string) bool {
	return len(s.src)-s.pos >= len(p) && string(s.src[s.pos:s.pos+len(p)]) == p
}

func trimRight(b []byte) []byte {
	for len(b) > 0 && (b[len(b)-1] == ' ' || b[len(b)-1] == '\t') {
		b = b[:len(b)-1]
	}
	return b
}
