package history

import (
	"bytes"
	"strconv"
	"time"
	"unicode/utf8"
)

// fastDecode reads the plain TOML that Posture writes: one key = value a
// line, [[session]] and [[session.exercise]] headers, comments, bare keys,
// strings with or without escapes, whole numbers, one-line lists of whole
// numbers and date-times with an offset. It says ok=false for anything
// else and for any mistake, and leaves those to fullDecode; it never
// guesses.
func fastDecode(data []byte) (sessions []Session, ok bool) {
	return (&fastDecoder{intern: map[string]string{}}).read(data, nil)
}

// readSessions is fastDecode that hands a [[session]] table it cannot
// read to slow instead of giving up: the table, cut from its header to the
// next line that is exactly a [[session]] header, is decoded on its own,
// and the fast reader goes on from there. The cut is sound only when the
// table decodes on its own (a string or array running past the cut would
// be left open, and the decoder would refuse it), so slow must refuse what
// TOML refuses. A problem above the first [[session]], one slow refuses,
// or more than maxSlowTables tables for slow end the reading with
// ok=false: a month edited all over is decoded faster whole.
func readSessions(data []byte, slow func(table []byte) ([]Session, bool)) (sessions []Session, ok bool) {
	return (&fastDecoder{intern: map[string]string{}}).read(data, slow)
}

// maxSlowTables is how many [[session]] tables of a month are decoded on
// their own before the month is decoded whole; each costs the decoder's
// start-up again.
const maxSlowTables = 3

func (d *fastDecoder) read(data []byte, slow func([]byte) ([]Session, bool)) ([]Session, bool) {
	if !utf8.Valid(data) {
		return nil, false
	}
	table, first := -1, 0 // where the current [[session]] starts, and its index
	slowTables := 0
	for pos := 0; pos < len(data); {
		line, next := lineAt(data, pos)
		had := len(d.sessions)
		if d.line(line) {
			if len(d.sessions) > had { // a [[session]] header
				table, first = pos, had
			}
			pos = next
			continue
		}
		slowTables++
		if slow == nil || table < 0 || slowTables > maxSlowTables {
			return nil, false
		}
		end := nextSessionHeader(data, next)
		one, ok := slow(data[table:end])
		if !ok {
			return nil, false
		}
		d.sessions = append(d.sessions[:first], one...)
		d.inSession, d.inExer, table = false, false, -1
		pos = end
	}
	if !d.finish() {
		return nil, false
	}
	return d.sessions, true
}

// lineAt returns the line starting at pos without its line end, and where
// the next one starts. CR LF ends a line; a CR on its own is not TOML, so
// it stays in the line, where no reader takes it.
func lineAt(data []byte, pos int) (line []byte, next int) {
	i := bytes.IndexByte(data[pos:], '\n')
	if i < 0 {
		return data[pos:], len(data)
	}
	return bytes.TrimSuffix(data[pos:pos+i], []byte("\r")), pos + i + 1
}

// isSessionHeader reports a line that is exactly [[session]], with spaces
// before and a comment after at most.
func isSessionHeader(line []byte) bool {
	line = trimSpace(line)
	rest, ok := bytes.CutPrefix(line, []byte("[[session]]"))
	return ok && restIsComment(rest)
}

// nextSessionHeader is where the first [[session]] line at or after pos
// starts, or the end of data.
func nextSessionHeader(data []byte, pos int) int {
	for pos < len(data) {
		line, next := lineAt(data, pos)
		if isSessionHeader(line) {
			return pos
		}
		pos = next
	}
	return len(data)
}

type fastDecoder struct {
	sessions  []Session
	format    int64
	sawFormat bool
	inSession bool
	inExer    bool
	seen      uint32 // keys already set in the current table, by index
	intern    map[string]string
}

func (d *fastDecoder) line(line []byte) bool {
	line = trimSpace(line)
	switch {
	case len(line) == 0:
		return true
	case line[0] == '#':
		return validComment(line)
	case line[0] == '[':
		return d.header(line)
	}
	return d.keyValue(line)
}

func (d *fastDecoder) header(line []byte) bool {
	name, rest, ok := bytes.Cut(line, []byte("]]"))
	if !ok || !bytes.HasPrefix(name, []byte("[[")) || !restIsComment(rest) {
		return false
	}
	if !d.closeTable() {
		return false
	}
	switch string(name[2:]) {
	case "session":
		d.sessions = append(d.sessions, Session{})
		d.inSession, d.inExer = true, false
	case "session.exercise":
		if !d.inSession {
			return false
		}
		s := &d.sessions[len(d.sessions)-1]
		s.Exercises = append(s.Exercises, Exercise{})
		d.inExer = true
	default:
		return false
	}
	d.seen = 0
	return true
}

// closeTable checks the table just finished, as fullDecode would.
func (d *fastDecoder) closeTable() bool {
	if !d.inSession {
		return true
	}
	s := &d.sessions[len(d.sessions)-1]
	if d.inExer {
		return checkExercise(&s.Exercises[len(s.Exercises)-1]) == nil
	}
	return checkSession(s) == nil
}

func (d *fastDecoder) finish() bool {
	return d.closeTable() && d.sawFormat && d.format == FormatVersion
}

func (d *fastDecoder) keyValue(line []byte) bool {
	key, rest, ok := bytes.Cut(line, []byte("="))
	key = trimSpace(key)
	if !ok || !isBareKey(key) {
		return false
	}
	v, ok := d.value(trimSpace(rest))
	if !ok || !d.markSeen(string(key)) {
		return false
	}
	return d.set(string(key), v)
}

func (d *fastDecoder) set(key string, v any) bool {
	switch {
	case d.inExer:
		s := &d.sessions[len(d.sessions)-1]
		return setExerciseField(&s.Exercises[len(s.Exercises)-1], key, v) == nil
	case d.inSession:
		return key != "exercise" && setSessionField(&d.sessions[len(d.sessions)-1], key, v) == nil
	case key == "format":
		n, ok := v.(int64)
		d.format, d.sawFormat = n, ok
		return ok
	}
	return false
}

// markSeen refuses a key set twice in one table; TOML forbids it.
func (d *fastDecoder) markSeen(key string) bool {
	keys := fileKeys
	if d.inExer {
		keys = exerciseKeys
	} else if d.inSession {
		keys = sessionKeys
	}
	for i, k := range keys {
		if k == key {
			if d.seen&(1<<i) != 0 {
				return false
			}
			d.seen |= 1 << i
			return true
		}
	}
	return false // unknown: let fullDecode name it
}

// value reads one value and checks that only a comment follows it.
func (d *fastDecoder) value(s []byte) (any, bool) {
	if len(s) == 0 {
		return nil, false
	}
	var v any
	var rest []byte
	var ok bool
	switch c := s[0]; {
	case c == '"' || c == '\'':
		v, rest, ok = d.str(s)
	case c == '[':
		v, rest, ok = intList(s)
	case c >= '0' && c <= '9' || c == '-' || c == '+':
		v, rest, ok = numberOrTime(s)
	}
	return v, ok && restIsComment(rest)
}

// str reads a one-line string: literal ('...') as it is, basic ("...")
// with its escapes, which a hand edit often brings (a quote in a name).
func (d *fastDecoder) str(s []byte) (string, []byte, bool) {
	q := s[0]
	end := closingQuote(s)
	if end < 0 {
		return "", nil, false
	}
	body, rest := s[1:end], s[end+1:]
	if len(body) == 0 && len(rest) > 0 && rest[0] == q {
		return "", nil, false // a multi-line string
	}
	escaped := false
	for _, c := range body {
		if c == '\\' && q == '"' {
			escaped = true
		} else if c < 0x20 && c != '\t' || c == 0x7f {
			return "", nil, false
		}
	}
	if escaped {
		str, ok := unescape(body)
		return str, rest, ok
	}
	str, ok := d.intern[string(body)]
	if !ok {
		str = string(body)
		d.intern[str] = str
	}
	return str, rest, true
}

// closingQuote is the index of the quote that ends the string s starts,
// past any escaped one in a basic string; -1 when the line has none.
func closingQuote(s []byte) int {
	i := bytes.IndexByte(s[1:], s[0])
	if i < 0 {
		return -1
	}
	if s[0] == '\'' || bytes.IndexByte(s[1:i+1], '\\') < 0 {
		return i + 1 // no escape before it, as in the files Posture writes
	}
	for i := 1; i < len(s); i++ {
		switch {
		case s[0] == '"' && s[i] == '\\':
			i++
		case s[i] == s[0]:
			return i
		}
	}
	return -1
}

// validEscapes reports whether every escape in a basic string's body is
// one TOML 1.0 has: \b \t \n \f \r \" \\, and \uXXXX or \UXXXXXXXX naming
// a Unicode scalar value. Others are left to the full decoder.
func validEscapes(body []byte) bool {
	for i := 0; i < len(body); i++ {
		if body[i] != '\\' {
			continue
		}
		i++
		if i == len(body) {
			return false
		}
		switch body[i] {
		case 'b', 't', 'n', 'f', 'r', '"', '\\':
		case 'u', 'U':
			n := 4
			if body[i] == 'U' {
				n = 8
			}
			if i+1+n > len(body) {
				return false
			}
			v, err := strconv.ParseUint(string(body[i+1:i+1+n]), 16, 32)
			if err != nil || !utf8.ValidRune(rune(v)) {
				return false
			}
			i += n
		default:
			return false
		}
	}
	return true
}

// unescape turns the escapes of a basic string's body into the characters
// they stand for. Those validEscapes accepts mean the same in Go.
func unescape(body []byte) (string, bool) {
	if !validEscapes(body) {
		return "", false
	}
	s, err := strconv.Unquote(`"` + string(body) + `"`)
	return s, err == nil
}

func intList(s []byte) ([]any, []byte, bool) {
	end := bytes.IndexByte(s, ']')
	if end < 0 {
		return nil, nil, false
	}
	body, rest := s[1:end], s[end+1:]
	list := make([]any, 0, 4)
	for {
		item, after, more := bytes.Cut(body, []byte(","))
		item = trimSpace(item)
		if len(item) == 0 && !more {
			break // "[]" or a trailing comma
		}
		n, ok := parseInt(item)
		if !ok {
			return nil, nil, false
		}
		list = append(list, n)
		if !more {
			break
		}
		body = after
	}
	return list, rest, true
}

func numberOrTime(s []byte) (any, []byte, bool) {
	end := bytes.IndexAny(s, " \t#")
	if end < 0 {
		end = len(s)
	}
	tok, rest := s[:end], s[end:]
	if len(tok) > 10 && tok[4] == '-' {
		if !isTOMLOffsetDateTime(tok) {
			return nil, nil, false
		}
		t, err := time.Parse(time.RFC3339Nano, string(tok))
		return t, rest, err == nil
	}
	n, ok := parseInt(tok)
	return n, rest, ok
}

// isTOMLOffsetDateTime checks the exact shape 2006-01-02T15:04:05[.999]Z07:00,
// because time.Parse alone also takes one-digit hours that TOML refuses.
func isTOMLOffsetDateTime(tok []byte) bool {
	const shape = "dddd-dd-ddTdd:dd:dd"
	if len(tok) < len(shape) {
		return false
	}
	for i := 0; i < len(shape); i++ {
		if shape[i] == 'd' && !isDigit(tok[i]) || shape[i] != 'd' && tok[i] != shape[i] {
			return false
		}
	}
	rest := tok[len(shape):]
	if len(rest) > 0 && rest[0] == '.' {
		n := 1
		for n < len(rest) && isDigit(rest[n]) {
			n++
		}
		if n == 1 {
			return false
		}
		rest = rest[n:]
	}
	if string(rest) == "Z" {
		return true
	}
	return len(rest) == 6 && (rest[0] == '+' || rest[0] == '-') &&
		isDigit(rest[1]) && isDigit(rest[2]) && rest[3] == ':' && isDigit(rest[4]) && isDigit(rest[5])
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// parseInt reads a TOML decimal integer without underscores.
func parseInt(tok []byte) (int64, bool) {
	digits := tok
	if len(digits) > 0 && (digits[0] == '-' || digits[0] == '+') {
		digits = digits[1:]
	}
	if len(digits) == 0 || len(digits) > 1 && digits[0] == '0' {
		return 0, false
	}
	for _, c := range digits {
		if c < '0' || c > '9' {
			return 0, false
		}
	}
	n, err := strconv.ParseInt(string(tok), 10, 64)
	return n, err == nil
}

func restIsComment(rest []byte) bool {
	rest = trimSpace(rest)
	return len(rest) == 0 || rest[0] == '#' && validComment(rest)
}

func validComment(c []byte) bool {
	for _, b := range c {
		if b < 0x20 && b != '\t' || b == 0x7f {
			return false
		}
	}
	return true
}

func isBareKey(k []byte) bool {
	if len(k) == 0 {
		return false
	}
	for _, c := range k {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
			return false
		}
	}
	return true
}

func trimSpace(b []byte) []byte {
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\t') {
		b = b[1:]
	}
	for len(b) > 0 && (b[len(b)-1] == ' ' || b[len(b)-1] == '\t') {
		b = b[:len(b)-1]
	}
	return b
}
