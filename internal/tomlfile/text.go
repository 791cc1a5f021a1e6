package tomlfile

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// steers reports a character that changes how a terminal or a text layout
// shows what follows rather than showing itself: the C0 and C1 controls
// and DEL (ESC starts every ANSI escape), and the bidirectional overrides
// and isolates that can make text read differently from how it is stored.
func steers(r rune) bool {
	return unicode.IsControl(r) || r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069
}

// Printable writes s with every such character, and every byte that is not
// UTF-8, as an escape (\x1b, \u202e), so that text from a file can be shown
// in a terminal or a window without steering it.
func Printable(s string) string {
	if !strings.ContainsFunc(s, steers) && utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for i, w := 0, 0; i < len(s); i += w {
		r, size := utf8.DecodeRuneInString(s[i:])
		w = size
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r < 0x100 && steers(r):
			fmt.Fprintf(&b, `\x%02x`, r)
		case steers(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// ControlIn returns the first character of s that steers a terminal, and
// whether there is one. Newlines and tabs count only when lines is false:
// a name is one line; a description may have several.
func ControlIn(s string, lines bool) (rune, bool) {
	for _, r := range s {
		if lines && (r == '\n' || r == '\t') {
			continue
		}
		if steers(r) {
			return r, true
		}
	}
	return 0, false
}

// ControlMsg describes the character ControlIn found, for a Problem.
func ControlMsg(r rune) string {
	return fmt.Sprintf("contains the control character U+%04X", r)
}

// EchoLength is how many characters of a text from a file a message
// repeats.
const EchoLength = 60

// Echo is s quoted as %q quotes it, cut to EchoLength characters with an
// ellipsis after the quote: a file can hold a name of a megabyte, and a
// message about it should still be one short line.
func Echo(s string) string {
	if head, cut := cutAt(s, EchoLength); cut {
		return strconv.Quote(head) + "…"
	}
	return strconv.Quote(s)
}

// Cut is s cut to n characters, with an ellipsis when anything was left
// out.
func Cut(s string, n int) string {
	if head, cut := cutAt(s, n); cut {
		return head + "…"
	}
	return s
}

// cutAt is the first n characters of s, and whether s had more.
func cutAt(s string, n int) (string, bool) {
	count := 0
	for i := range s {
		if count == n {
			return s[:i], true
		}
		count++
	}
	return s, false
}
