package tomlfile

import (
	"bytes"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// scanner follows TOML's structure (headers, keys, strings, arrays, inline
// tables, comments) closely enough to count levels and entries and to note
// the line of every key, and no more: it never builds a value. Anything it
// does not understand ends the scan quietly, since the decoder will stop
// at the same place.
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

	found     []entry                           // every header, key and list item, in order
	spans     []span                            // the parts of the key being read
	arrays    map[string]int                    // path of an array of tables → its tables so far
	seen      func(key []string, line, end int) // tests: every key and header, and the line its value ends on
	ended     bool                              // the scan followed the file to its end
	commented bool                              // it passed a comment
}

// entry is the line of a header, a key or a list item. Its path is made
// only when a line is asked for (index), so a file read without problems
// costs no more than its shape check.
type entry struct {
	parent int32  // the entry it is written under; -1 for the top
	name   span   // a key: its name as written
	item   int32  // a list item: its place in the list, from 1
	line   int32  //
	path   string // a header (name is empty): its path, arrays of tables counted
}

// span is where a key part is written in src.
type span struct{ start, end int32 }

// place is where the scan is: the entry of the table or value being read
// (-1 for the top), and (only when seen is set, for tests) its key as
// BurntSushi/toml's MetaData names it, without indices.
type place struct {
	id  int32
	key []string
}

var top = place{id: -1}

func (s *scanner) add(e entry) int32 {
	s.found = append(s.found, e)
	return int32(len(s.found) - 1)
}

func (s *scanner) name(sp span) string { return keyName(s.src[sp.start:sp.end]) }

// under is the key part sp of the table or key at p.
func (s *scanner) under(p place, sp span, line int) place {
	q := place{id: s.add(entry{parent: p.id, name: sp, line: int32(line)})}
	if s.seen != nil {
		q.key = append(slices.Clip(p.key), s.name(sp))
	}
	return q
}

// element is item i (from 0) of the list at p.
func (s *scanner) element(p place, i, line int) place {
	return place{id: s.add(entry{parent: p.id, item: int32(i + 1), line: int32(line)}), key: p.key}
}

// index is the path and line of every entry.
func (s *scanner) index() Index {
	idx := make(Index, len(s.found))
	paths := make([]string, len(s.found))
	for i, e := range s.found {
		switch {
		case e.item > 0:
			paths[i] = paths[e.parent] + at(int(e.item)-1)
		case e.name == span{}: // a header
			paths[i] = e.path
		case e.parent < 0:
			paths[i] = Join("", s.name(e.name))
		default:
			paths[i] = Join(paths[e.parent], s.name(e.name))
		}
		idx.set(paths[i], int(e.line))
	}
	return idx
}

// saw tells a test of a key or header as written (not a table implied by
// a dotted key nor an item of a list), from line to the current one.
func (s *scanner) saw(p place, line int) {
	if s.seen != nil {
		s.seen(p.key, line, s.line)
	}
}

func (s *scanner) document() {
	s.pos = len(byteOrderMark(s.src))
	table, level := top, 0
	for s.blank(true) {
		if s.peek() == '[' {
			if s.topOnly {
				return
			}
			var ok bool
			if table, level, ok = s.header(); !ok {
				return
			}
		} else if !s.keyValue(table, level) {
			return
		}
		if !s.endOfLine() {
			return
		}
	}
	s.ended = true
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
	s.commented = true
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

// header reads [a.b] or [[a.b]] and returns its table and level.
func (s *scanner) header() (place, int, bool) {
	line := s.line
	s.pos++
	double := s.peek() == '['
	if double {
		s.pos++
	}
	if !s.entry() {
		return top, 0, false
	}
	s.blank(false)
	parts, ok := s.key(0)
	if !ok || s.peek() != ']' {
		return top, 0, false
	}
	s.pos++
	if double {
		if s.peek() != ']' {
			return top, 0, false
		}
		s.pos++
	}
	table := s.tableOf(parts, double, line)
	s.saw(table, line)
	return table, len(parts), true
}

// tableOf is the table a header names, every array of tables along it
// taken at its latest table; a [[header]] adds one to its own array.
func (s *scanner) tableOf(parts []span, array bool, line int) place {
	path, key := "", []string(nil)
	for i, sp := range parts {
		name := s.name(sp)
		path = Join(path, name)
		if s.seen != nil {
			key = append(key, name)
		}
		n, isArray := s.arrays[path]
		if i == len(parts)-1 && array {
			n, isArray = n+1, true
			s.arrays[path] = n
		}
		if isArray {
			path += at(n - 1)
		}
		if i < len(parts)-1 { // a table the header implies: [a.b] implies a
			s.add(entry{parent: -1, line: int32(line), path: path})
		}
	}
	return place{id: s.add(entry{parent: -1, line: int32(line), path: path}), key: key}
}

// keyValue reads key = value in table, which is level deep: a line of a
// table, or an item of an inline table.
func (s *scanner) keyValue(table place, level int) bool {
	if !s.entry() {
		return false
	}
	line := s.line
	parts, ok := s.key(level)
	if !ok || s.peek() != '=' {
		return false
	}
	s.pos++
	s.blank(false)
	start := s.pos
	isFormat := level == 0 && len(parts) == 1 && s.name(parts[0]) == "format"
	depth := level + len(parts)
	p := table
	for _, sp := range parts {
		p = s.under(p, sp, line)
	}
	if !s.value(depth, p) {
		return false
	}
	s.saw(p, line)
	if isFormat {
		s.format, s.formatLine = trimRight(s.src[start:s.pos]), line
	}
	return true
}

// key reads a dotted key, each part one level below base, and the spaces
// after it.
func (s *scanner) key(base int) (parts []span, ok bool) {
	parts = s.spans[:0]
	defer func() { s.spans = parts[:0] }() // the buffer, grown, for the next key
	for level := base + 1; ; level++ {
		if !s.deeper(level) {
			return nil, false
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
			return nil, false
		}
		parts = append(parts, span{int32(start), int32(s.pos)})
		s.blank(false)
		if s.peek() != '.' {
			return parts, true
		}
		s.pos++
		s.blank(false)
	}
}

func isBareKeyChar(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
}

// value reads one value at level, of the key at p.
func (s *scanner) value(level int, p place) bool {
	if !s.deeper(level) {
		return false
	}
	switch s.peek() {
	case '"', '\'':
		return s.quoted()
	case '[':
		return s.array(level, p)
	case '{':
		return s.inlineTable(level, p)
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

// array reads a list, noting the line each of its items starts on.
func (s *scanner) array(level int, p place) bool {
	i := 0
	return s.items(']', func() bool {
		e := s.element(p, i, s.line)
		i++
		return s.value(level+1, e)
	})
}

// inlineTable reads { k = v, ... }; TOML 1.1 lets it span lines.
func (s *scanner) inlineTable(level int, p place) bool {
	return s.items('}', func() bool { return s.keyValue(p, level) })
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

// byteOrderMark is the mark src starts with, if any: the decoder skips
// UTF-8's and, though TOML does not allow them, both of UTF-16's, so the
// scan must too or a file behind one would pass the shape check unread.
func byteOrderMark(src []byte) string {
	for _, bom := range []string{"\ufeff", "\xff\xfe", "\xfe\xff"} {
		if bytes.HasPrefix(src, []byte(bom)) {
			return bom
		}
	}
	return ""
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

// keyName is a key part as the decoder reads it: bare, or a one-line
// string without its quotes and, for a basic string, with its escapes
// read.
func keyName(raw []byte) string {
	switch raw[0] {
	case '\'':
		return string(raw[1 : len(raw)-1])
	case '"':
		return unescape(string(raw[1 : len(raw)-1]))
	}
	return string(raw)
}

// unescape reads the escapes of a basic string. One the decoder would
// refuse is kept as written: the file does not decode anyway.
func unescape(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 == len(s) {
			b.WriteByte(s[i])
			continue
		}
		i++
		if r, ok := simpleEscapes[s[i]]; ok {
			b.WriteByte(r)
			continue
		}
		digits := map[byte]int{'x': 2, 'u': 4, 'U': 8}[s[i]]
		if digits == 0 || i+digits >= len(s) {
			b.WriteByte('\\')
			b.WriteByte(s[i])
			continue
		}
		n, err := strconv.ParseUint(s[i+1:i+1+digits], 16, 32)
		if err != nil || !utf8.ValidRune(rune(n)) {
			b.WriteByte('\\')
			b.WriteByte(s[i])
			continue
		}
		b.WriteRune(rune(n))
		i += digits
	}
	return b.String()
}

var simpleEscapes = map[byte]byte{'b': '\b', 't': '\t', 'n': '\n', 'f': '\f', 'r': '\r', 'e': 0x1b, '"': '"', '\\': '\\'}
