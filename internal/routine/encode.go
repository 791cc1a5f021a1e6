package routine

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// tomlWriter writes the files by hand so that keys keep the order people
// read them in and tempo stays an inline table.
type tomlWriter struct {
	b      strings.Builder
	indent string
}

func (w *tomlWriter) line(format string, args ...any) {
	w.b.WriteString(w.indent)
	fmt.Fprintf(&w.b, format, args...)
	w.b.WriteByte('\n')
}

func (w *tomlWriter) blank() { w.b.WriteByte('\n') }

// text writes a value as typed, trimmed, as a string; nothing when empty.
func (w *tomlWriter) text(key, v string) {
	if v = strings.TrimSpace(v); v != "" {
		w.line("%s = %s", key, quote(v))
	}
}

// number writes a whole-number field as a number when the text is one,
// else as the text, so that "3x" is reported as not a whole number.
func (w *tomlWriter) number(key, v string) {
	v = strings.TrimSpace(v)
	if v == "" {
		return
	}
	if n, err := strconv.ParseInt(v, 10, 64); err == nil {
		w.line("%s = %d", key, n)
		return
	}
	w.line("%s = %s", key, quote(v))
}

// list writes a list of strings; nil writes nothing, empty writes [].
func (w *tomlWriter) list(key string, vs []string) {
	if vs == nil {
		return
	}
	if len(vs) == 0 {
		w.line("%s = []", key)
		return
	}
	w.line("%s = [", key)
	for _, v := range vs {
		w.line("  %s,", quote(v))
	}
	w.line("]")
}

// inline writes the given (key, text) pairs as an inline table, leaving
// out empty texts; nothing when all are empty.
func (w *tomlWriter) inline(key string, pairs [][2]string) {
	var parts []string
	for _, p := range pairs {
		if v := strings.TrimSpace(p[1]); v != "" {
			parts = append(parts, p[0]+" = "+quote(v))
		}
	}
	if len(parts) > 0 {
		w.line("%s = { %s }", key, strings.Join(parts, ", "))
	}
}

// quote writes a TOML basic string.
func quote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\u%04X`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// EncodeRoutine writes r in the routine file format.
func EncodeRoutine(r *Routine) []byte { return DraftOf(r).Encode() }

// EncodeExercise writes e in the exercise file format.
func EncodeExercise(e *Exercise) []byte { return ExerciseDraftOf(e).Encode() }

// FileName turns a routine or exercise name into a file name: lower-case
// ASCII letters, digits and dashes, ending in .toml. Accented letters lose
// their accents; a name with nothing left ("日本", "💪") is "routine.toml".
// Two names can share a file name: Folder picks a free one.
func FileName(name string) string { return slug(name, "routine") + ".toml" }

// maxSlug keeps a file name well inside the 255 bytes file systems allow,
// whatever a name's letters decompose into.
const maxSlug = 100

// slug keeps a-z and 0-9 of name (accents dropped), joining the runs with
// dashes; fallback when nothing is left.
func slug(name, fallback string) string {
	var b strings.Builder
	dash := false
	for _, r := range norm.NFKD.String(strings.ToLower(name)) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			b.WriteRune(r)
			dash = false
		case unicode.Is(unicode.Mn, r):
			// a combining accent of the letter before it
		case !dash && b.Len() > 0:
			b.WriteByte('-')
			dash = true
		}
	}
	s := b.String()
	if len(s) > maxSlug {
		s = s[:maxSlug]
	}
	s = strings.TrimSuffix(s, "-")
	if s == "" {
		return fallback
	}
	return s
}
