package routine

import (
	"errors"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/BurntSushi/toml"

	"github.com/postureapp/posture/internal/tomlfile"
	"github.com/postureapp/posture/internal/tomlpos"
)

// MaxFileSize is the largest file read; larger ones are refused unparsed.
const MaxFileSize = 1 << 20

// Limits on values, in the units people write.
const (
	maxSets    = 20
	maxReps    = 100
	maxRounds  = 20
	maxPerWeek = 14
	minTimed   = time.Second
	maxTimed   = 10 * time.Minute
	maxRest    = 10 * time.Minute
)

var idRe = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// decoder turns a parsed TOML document into the model, collecting every
// problem instead of stopping at the first.
type decoder struct {
	file  string
	lines tomlpos.Index
	probs Problems
	// prefix is where the table being read sits in the file ("" for the
	// top, "exercise[0]" for an exercise a routine file carries), so
	// problems name the key and its line in the file.
	prefix string
}

// parse reads data as TOML into a generic map; a syntax error is returned
// as a Problem on its line. A file too large or too deeply nested to
// decode cheaply, and a file from a newer Posture, are refused before the
// decoder sees them.
func parse(file string, data []byte) (map[string]any, *decoder, error) {
	d := &decoder{file: file}
	if err := tomlfile.Check(file, data, tomlfile.Person); err != nil {
		return nil, d, err
	}
	if ps := tomlfile.Newer(file, data, Format); ps != nil {
		return nil, d, ps
	}
	raw := map[string]any{}
	if _, err := toml.Decode(string(data), &raw); err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			d.addAt(pe.Position.Line, "", "TOML syntax: "+pe.Message, "")
		} else {
			d.addAt(0, "", "TOML syntax: "+err.Error(), "")
		}
		return nil, d, d.probs
	}
	d.lines = tomlpos.Scan(string(data))
	return raw, d, nil
}

func (d *decoder) addAt(line int, field, msg, allowed string) {
	d.probs = append(d.probs, Problem{File: d.file, Line: line, Field: field, Msg: msg, Allowed: allowed})
}

func (d *decoder) add(path, msg, allowed string) {
	if path == "" {
		path = d.prefix
	} else {
		path = tomlpos.Join(d.prefix, path)
	}
	d.addAt(d.lines.Line(path), path, msg, allowed)
}

func (d *decoder) err() error { return d.probs.Err() }

// checkKeys reports every key of m that is not in known, with the nearest
// known key not yet set in m as a suggestion.
func (d *decoder) checkKeys(m map[string]any, path string, known []string) {
	keys := slices.Sorted(maps.Keys(m))
	for _, k := range keys {
		if !slices.Contains(known, k) {
			d.add(tomlpos.Join(path, k), "unknown key", hint(k, known, keys))
		}
	}
}

// hint is the "did you mean" for an unknown key or id.
func hint(s string, known, taken []string) string {
	if near := tomlfile.Nearest(s, known, taken); near != "" {
		return fmt.Sprintf("did you mean %q?", near)
	}
	return "one of " + quoteAll(known)
}

func (d *decoder) checkFormat(m map[string]any) {
	v, ok := m["format"]
	if !ok {
		d.addAt(1, "format", "missing", "every file starts with format = 1")
		return
	}
	if n, isInt := v.(int64); !isInt || n != Format {
		d.add("format", fmt.Sprintf("%v is not a format this version reads", v), "format = 1")
	}
}

// name reads a name: one line, without control characters.
func (d *decoder) name(m map[string]any, key, path string, required bool) string {
	return d.clean(tomlpos.Join(path, key), d.rawStr(m, key, path, required), false)
}

// str reads a text, which may have several lines.
func (d *decoder) str(m map[string]any, key, path string, required bool) string {
	return d.clean(tomlpos.Join(path, key), d.rawStr(m, key, path, required), true)
}

func (d *decoder) rawStr(m map[string]any, key, path string, required bool) string {
	v, ok := m[key]
	if !ok {
		if required {
			d.add(tomlpos.Join(path, key), "missing", "required")
		}
		return ""
	}
	s, isStr := v.(string)
	if !isStr {
		d.add(tomlpos.Join(path, key), fmt.Sprintf("%s is not a string", tomlType(v)), "a quoted string")
		return ""
	}
	if required && strings.TrimSpace(s) == "" {
		d.add(tomlpos.Join(path, key), "is empty", "required")
	}
	return s
}

// clean refuses a text with a control character: an escape in a name
// would steer the terminal that lists it. A text of several lines may
// hold new lines and tabs.
func (d *decoder) clean(path, s string, lines bool) string {
	r, bad := tomlfile.ControlIn(s, lines)
	switch {
	case !bad:
		return s
	case lines:
		d.add(path, tomlfile.ControlMsg(r), "text without control characters; new lines and tabs are fine")
	default:
		d.add(path, tomlfile.ControlMsg(r), "one line of text without control characters")
	}
	return ""
}

func (d *decoder) strList(m map[string]any, key, path string) []string {
	v, ok := m[key]
	if !ok {
		return nil
	}
	arr, isArr := v.([]any)
	if !isArr {
		d.add(tomlpos.Join(path, key), fmt.Sprintf("%s is not a list", tomlType(v)), `a list of strings, ["...", "..."]`)
		return nil
	}
	out := make([]string, 0, len(arr))
	for i, e := range arr {
		s, isStr := e.(string)
		if !isStr {
			d.add(tomlpos.Join(path, key), fmt.Sprintf("item %d is %s, not a string", i+1, tomlType(e)), "a list of strings")
			continue
		}
		out = append(out, d.clean(tomlpos.Join(path, key), s, false))
	}
	return out
}

// enum reads a string that must be one of allowed.
func (d *decoder) enum(m map[string]any, key, path string, allowed []string) (string, bool) {
	if _, ok := m[key]; !ok {
		return "", false
	}
	s := d.str(m, key, path, false)
	if !slices.Contains(allowed, s) {
		d.add(tomlpos.Join(path, key), fmt.Sprintf("%q is not allowed", s), "one of "+quoteAll(allowed))
		return "", false
	}
	return s, true
}

func (d *decoder) intIn(m map[string]any, key, path string, lo, hi int) int {
	v, ok := m[key]
	if !ok {
		return 0
	}
	n, isInt := v.(int64)
	if !isInt {
		what := tomlType(v)
		if s, isText := v.(string); isText {
			what = strconv.Quote(s)
		}
		d.add(tomlpos.Join(path, key), what+" is not a whole number", fmt.Sprintf("%d-%d", lo, hi))
		return 0
	}
	if n < int64(lo) || n > int64(hi) {
		d.add(tomlpos.Join(path, key), fmt.Sprintf("%d is out of range", n), fmt.Sprintf("%d-%d", lo, hi))
		return 0
	}
	return int(n)
}

// valueText returns a number or string value as the text the parsers
// read, so that 45 and "45s" both work for durations.
func (d *decoder) valueText(m map[string]any, key, path, allowed string) (string, bool) {
	v, ok := m[key]
	if !ok {
		return "", false
	}
	switch x := v.(type) {
	case string:
		return x, true
	case int64:
		return strconv.FormatInt(x, 10), true
	}
	d.add(tomlpos.Join(path, key), fmt.Sprintf("%s is not allowed here", tomlType(v)), allowed)
	return "", false
}

func (d *decoder) count(m map[string]any, key, path string, lo, hi int) Count {
	allowed := fmt.Sprintf("%d-%d, or a range like \"10-15\"", lo, hi)
	s, ok := d.valueText(m, key, path, allowed)
	if !ok {
		return Count{}
	}
	c, err := ParseCount(s)
	switch {
	case err != nil: // allowed names the forms; the message need not
		d.add(tomlpos.Join(path, key), fmt.Sprintf("%q is not a number or a range", strings.TrimSpace(s)), allowed)
	case c.Lo < lo || c.Hi > hi:
		d.add(tomlpos.Join(path, key), fmt.Sprintf("%s is out of range", strings.TrimSpace(s)), allowed)
	case c.Lo > c.Hi:
		d.add(tomlpos.Join(path, key), fmt.Sprintf("range %s starts above its end", strings.TrimSpace(s)), "the low end first, \"10-15\"")
	default:
		return c
	}
	return Count{}
}

func (d *decoder) span(m map[string]any, key, path string) Span {
	allowed := "1s-10m, or a range like \"20s-30s\""
	s, ok := d.valueText(m, key, path, allowed)
	if !ok {
		return Span{}
	}
	sp, err := ParseSpan(s)
	switch {
	case errors.Is(err, errOutOfRange):
		d.add(tomlpos.Join(path, key), fmt.Sprintf("%s is out of range", strings.TrimSpace(s)), allowed)
	case err != nil:
		d.add(tomlpos.Join(path, key), fmt.Sprintf("%q is not a duration or a range", strings.TrimSpace(s)), allowed)
	case sp.Lo < minTimed || sp.Hi > maxTimed:
		d.add(tomlpos.Join(path, key), fmt.Sprintf("%s is out of range", strings.TrimSpace(s)), allowed)
	case sp.Lo > sp.Hi:
		d.add(tomlpos.Join(path, key), fmt.Sprintf("range %s starts above its end", strings.TrimSpace(s)), "the low end first, \"20s-30s\"")
	default:
		return sp
	}
	return Span{}
}

// dur reads a single duration from 0 to max; nil when absent or wrong.
func (d *decoder) dur(m map[string]any, key, path string, max time.Duration) *time.Duration {
	allowed := "0s-" + FormatDuration(max) + ", like \"45s\" or \"1m30s\""
	s, ok := d.valueText(m, key, path, allowed)
	if !ok {
		return nil
	}
	v, err := ParseDuration(s)
	switch {
	case errors.Is(err, errOutOfRange):
		d.add(tomlpos.Join(path, key), fmt.Sprintf("%s is out of range", strings.TrimSpace(s)), allowed)
	case err != nil:
		d.add(tomlpos.Join(path, key), fmt.Sprintf("%q is not a duration", strings.TrimSpace(s)), allowed)
	case v < 0 || v > max:
		d.add(tomlpos.Join(path, key), fmt.Sprintf("%s is out of range", strings.TrimSpace(s)), allowed)
	default:
		return &v
	}
	return nil
}

func (d *decoder) table(m map[string]any, key, path string) map[string]any {
	v, ok := m[key]
	if !ok {
		return nil
	}
	t, isTable := v.(map[string]any)
	if !isTable {
		d.add(tomlpos.Join(path, key), fmt.Sprintf("%s is not a table", tomlType(v)), "a ["+key+"] table or { ... }")
		return nil
	}
	return t
}

func (d *decoder) tables(m map[string]any, key, path string) []map[string]any {
	v, ok := m[key]
	if !ok {
		return nil
	}
	ts, isTables := v.([]map[string]any)
	if !isTables {
		d.add(tomlpos.Join(path, key), fmt.Sprintf("%s is not a list of tables", tomlType(v)), "[["+key+"]] tables")
		return nil
	}
	return ts
}

func (d *decoder) tempo(m map[string]any, path string) Tempo {
	t := d.table(m, "tempo", path)
	if t == nil {
		return Tempo{}
	}
	p := tomlpos.Join(path, "tempo")
	d.checkKeys(t, p, []string{"lift", "lower"})
	return Tempo{Lift: d.dur(t, "lift", p, maxTimed), Lower: d.dur(t, "lower", p, maxTimed)}
}

func tomlType(v any) string {
	switch v.(type) {
	case string:
		return "a string"
	case int64:
		return "a number"
	case float64:
		return "a decimal number"
	case bool:
		return "true/false"
	case []any:
		return "a list"
	case map[string]any, []map[string]any:
		return "a table"
	case time.Time:
		return "a date"
	}
	return fmt.Sprintf("%T", v)
}

func quoteAll(list []string) string {
	q := make([]string, len(list))
	for i, s := range list {
		q[i] = strconv.Quote(s)
	}
	return strings.Join(q, ", ")
}
