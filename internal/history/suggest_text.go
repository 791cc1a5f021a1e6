package history

import (
	"strings"
	"time"

	"github.com/postureapp/posture/internal/locale"
)

// phrase is one sentence of a suggestion, or one part of one, said in the
// words of m: English for the command line (nil), the window's language
// on screen.
type phrase func(m *locale.Messages) string

// resistance is a band's or a weight's name as the routine writes it;
// the usual ones are said in the language (ResistanceIn).
type resistance string

// in is data with its durations, resistances and lists of phrases
// written as the language of m writes them.
func in(m *locale.Messages, data map[string]any) map[string]any {
	out := make(map[string]any, len(data))
	for k, v := range data {
		switch x := v.(type) {
		case time.Duration:
			out[k] = locale.Locale{Lang: m.Lang()}.Duration(x)
		case resistance:
			out[k] = ResistanceIn(string(x), m)
		case []phrase:
			out[k] = said(x, m, ", ")
		default:
			out[k] = v
		}
	}
	return out
}

// said is each phrase in the words of m, joined by sep.
func said(ps []phrase, m *locale.Messages, sep string) string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p(m)
	}
	return strings.Join(out, sep)
}

// WhyIn is Why in the words of m, the window's language.
func (s Suggestion) WhyIn(m *locale.Messages) string {
	if s.why == nil {
		return s.Why
	}
	return said(s.why, m, " ")
}

// ChangeIn is Change in the words of m, the window's language; the
// safety sentences of an ease-off are said whole in every language.
func (s Suggestion) ChangeIn(m *locale.Messages) string {
	if s.change == nil {
		return s.Change
	}
	return said(s.change, m, " ")
}

// TextIn is Text in the words of m.
func (s Suggestion) TextIn(m *locale.Messages) string { return s.WhyIn(m) + " " + s.ChangeIn(m) }

// ResistanceIn is a resistance in the words of m when it is one the
// built-in routines and progressions write ("light band"); anything else
// a person wrote stays as they wrote it.
func ResistanceIn(r string, m *locale.Messages) string {
	switch strings.ToLower(strings.Join(strings.Fields(r), " ")) {
	case "light band":
		return m.X("resistance.light_band", "light band", nil)
	case "medium band":
		return m.X("resistance.medium_band", "medium band", nil)
	case "heavy band":
		return m.X("resistance.heavy_band", "heavy band", nil)
	case "light dumbbells":
		return m.X("resistance.light_dumbbells", "light dumbbells", nil)
	case "medium dumbbells":
		return m.X("resistance.medium_dumbbells", "medium dumbbells", nil)
	case "heavy dumbbells":
		return m.X("resistance.heavy_dumbbells", "heavy dumbbells", nil)
	}
	return r
}
