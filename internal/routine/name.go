package routine

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/postureapp/posture/internal/tomlfile"
)

// MaxNameLength is the longest name, in characters, of a routine, a
// section, an exercise or an advice entry, and the longest exercise id:
// twice the longest built-in name, about what one line of the home screen
// or the player's title shows, and short enough for the coach to say it
// in one phrase.
const MaxNameLength = 60

// NormalName is name as Posture keeps and compares it: in Unicode's NFKC
// form, so that look-alikes written with other code points (fullwidth
// "Ｆｏｒｗａｒｄ Ｈｅａｄ", a ligature, a composed or decomposed accent)
// are the same name, and the same file name, as what they look like.
func NormalName(name string) string { return norm.NFKC.String(name) }

// foldKey is name with every letter replaced by the smallest of its case
// forms (unicode.SimpleFold's orbit), so that two names have the same key
// exactly when strings.EqualFold says they are the same.
func foldKey(name string) string {
	return strings.Map(func(r rune) rune {
		least := r
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			least = min(least, f)
		}
		return least
	}, name)
}

// nameRule says what, beyond control characters, keeps name from being a
// name, and what is allowed; "" when nothing does.
func nameRule(name string) (msg, allowed string) {
	if i := strings.IndexFunc(name, invisible); i >= 0 {
		r, _ := utf8.DecodeRuneInString(name[i:])
		return fmt.Sprintf("contains the invisible character U+%04X", r),
			"visible characters only, so that two names that look the same are the same"
	}
	if n := utf8.RuneCountInString(name); n > MaxNameLength {
		return fmt.Sprintf("is %d characters long", n), fmt.Sprintf("at most %d characters", MaxNameLength)
	}
	return "", ""
}

// invisible reports a format character: one that takes no room of its
// own, such as a zero-width space or joiner, a soft hyphen or a byte
// order mark, and would let two different names look the same.
func invisible(r rune) bool { return unicode.Is(unicode.Cf, r) }

// NameProblem says what is wrong with a routine's name, "" when nothing is:
// names are shown and printed as they are, so control characters (which
// include terminal escapes) and invisible characters are refused, and so
// is a name longer than MaxNameLength.
func NameProblem(name string) string {
	if _, bad := tomlfile.ControlIn(name, false); bad {
		return "a name cannot hold control characters such as tabs, line breaks or escapes"
	}
	if msg, allowed := nameRule(name); msg != "" {
		return "the name " + msg + " (" + allowed + ")"
	}
	return ""
}
