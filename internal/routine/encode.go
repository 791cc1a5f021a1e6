package routine

import (
	"fmt"
	"strings"
	"time"

	"github.com/postureapp/posture/internal/store"
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

func (w *tomlWriter) str(key, v string) {
	if v != "" {
		w.line("%s = %s", key, quote(v))
	}
}

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

func (w *tomlWriter) int(key string, v int) {
	if v != 0 {
		w.line("%s = %d", key, v)
	}
}

func (w *tomlWriter) count(key string, c Count) {
	if !c.IsZero() {
		w.line("%s = %s", key, quote(c.String()))
	}
}

func (w *tomlWriter) span(key string, s Span) {
	if !s.IsZero() {
		w.line("%s = %s", key, quote(s.String()))
	}
}

func (w *tomlWriter) dur(key string, d *time.Duration) {
	if d != nil {
		w.line("%s = %s", key, quote(FormatDuration(*d)))
	}
}

func (w *tomlWriter) tempo(t Tempo) {
	var parts []string
	if t.Lift != nil {
		parts = append(parts, "lift = "+quote(FormatDuration(*t.Lift)))
	}
	if t.Lower != nil {
		parts = append(parts, "lower = "+quote(FormatDuration(*t.Lower)))
	}
	if len(parts) > 0 {
		w.line("tempo = { %s }", strings.Join(parts, ", "))
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
func EncodeRoutine(r *Routine) []byte {
	w := &tomlWriter{}
	w.line("format = %d", Format)
	w.str("name", r.Name)
	w.str("description", r.Description)
	w.int("per_week", r.PerWeek)
	w.dur("prepare", r.Prepare)
	w.dur("rest_after", r.RestAfter)
	w.dur("switch", r.Switch)
	if r.Flat && len(r.Sections) == 1 {
		for _, s := range r.Sections[0].Steps {
			w.blank()
			w.line("[[step]]")
			w.step(s)
		}
		return []byte(w.b.String())
	}
	for _, sec := range r.Sections {
		w.blank()
		w.line("[[section]]")
		w.str("name", sec.Name)
		w.int("rounds", sec.Rounds)
		w.indent = "  "
		for _, s := range sec.Steps {
			w.blank()
			w.line("[[section.step]]")
			w.step(s)
		}
		w.indent = ""
	}
	return []byte(w.b.String())
}

func (w *tomlWriter) step(s Step) {
	w.str("exercise", s.Exercise)
	w.int("sets", s.Sets)
	w.count("reps", s.Reps)
	w.span("hold", s.Hold)
	w.span("duration", s.Duration)
	w.tempo(s.Tempo)
	w.dur("rest", s.Rest)
	w.dur("rest_after", s.RestAfter)
	w.str("pace", string(s.Pace))
	if s.Sides != nil {
		w.line("sides = %s", quote(string(*s.Sides)))
	}
	w.str("resistance", s.Resistance)
}

// EncodeExercise writes e in the exercise file format.
func EncodeExercise(e *Exercise) []byte {
	w := &tomlWriter{}
	w.line("format = %d", Format)
	w.str("id", e.ID)
	w.str("name", e.Name)
	w.str("kind", string(e.Kind))
	w.list("equipment", nonNil(e.Equipment))
	w.list("muscles", e.Muscles)
	w.str("summary", e.Summary)
	w.list("steps", e.Steps)
	w.list("cues", e.Cues)
	w.list("safety", e.Safety)
	if e.Sides != NoSides {
		w.str("sides", string(e.Sides))
	}
	w.blank()
	w.line("[dose]")
	w.int("sets", e.Dose.Sets)
	w.count("reps", e.Dose.Reps)
	w.span("hold", e.Dose.Hold)
	w.span("duration", e.Dose.Duration)
	w.dur("rest", e.Dose.Rest)
	if e.Tempo.Lift != nil || e.Tempo.Lower != nil {
		w.blank()
		w.line("[tempo]")
		w.dur("lift", e.Tempo.Lift)
		w.dur("lower", e.Tempo.Lower)
	}
	if e.PhaseCues != (PhaseCues{}) {
		w.blank()
		w.line("[phase_cues]")
		w.str("lift", e.PhaseCues.Lift)
		w.str("hold", e.PhaseCues.Hold)
		w.str("lower", e.PhaseCues.Lower)
	}
	return []byte(w.b.String())
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// SaveRoutine writes r to path atomically, keeping the old file as .bak.
func SaveRoutine(path string, r *Routine) error {
	return store.WriteFile(path, EncodeRoutine(r))
}

// SaveExercise writes e to path atomically, keeping the old file as .bak.
func SaveExercise(path string, e *Exercise) error {
	return store.WriteFile(path, EncodeExercise(e))
}

// FileName turns a routine or exercise name into a safe file name:
// lower-case letters, digits and dashes, ending in .toml.
func FileName(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			b.WriteRune(r)
			dash = false
		case !dash && b.Len() > 0:
			b.WriteByte('-')
			dash = true
		}
	}
	s := strings.TrimSuffix(b.String(), "-")
	if s == "" {
		s = "routine"
	}
	return s + ".toml"
}
