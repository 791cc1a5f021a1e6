package routine

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/postureapp/posture/internal/tomlfile"
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

// FileKind is every routine, exercise and advice file: the person's limits
// and this version's format.
var FileKind = tomlfile.Kind{Limits: tomlfile.Person, Format: Format}

// decoder turns a parsed TOML document into the model, collecting every
// problem instead of stopping at the first.
type decoder struct {
	*tomlfile.Doc
}

// parse reads data as TOML into a generic map through tomlfile.Read; the
// error is the problems that kept it from decoding.
func parse(file string, data []byte) (map[string]any, *decoder, error) {
	raw := map[string]any{}
	doc, err := tomlfile.Read(file, data, FileKind, &raw)
	return raw, &decoder{doc}, err
}

// name reads a name: one line, without control or invisible characters,
// at most MaxNameLength long, kept in its normal form (NormalName).
func (d *decoder) name(m map[string]any, key, path string, required bool) string {
	s := NormalName(d.clean(tomlfile.Join(path, key), d.rawStr(m, key, path, required), false))
	if msg, allowed := nameRule(s); msg != "" {
		d.Add(tomlfile.Join(path, key), msg, allowed)
		return ""
	}
	return s
}

// str reads a text, which may have several lines.
func (d *decoder) str(m map[string]any, key, path string, required bool) string {
	return d.clean(tomlfile.Join(path, key), d.rawStr(m, key, path, required), true)
}

func (d *decoder) rawStr(m map[string]any, key, path string, required bool) string {
	v, ok := m[key]
	if !ok {
		if required {
			d.Add(tomlfile.Join(path, key), "missing", "required")
		}
		return ""
	}
	s, isStr := v.(string)
	if !isStr {
		d.Add(tomlfile.Join(path, key), fmt.Sprintf("%s is not a string", tomlType(v)), "a quoted string")
		return ""
	}
	if required && strings.TrimSpace(s) == "" {
		d.Add(tomlfile.Join(path, key), "is empty", "required")
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
		d.Add(path, tomlfile.ControlMsg(r), "text without control characters; new lines and tabs are fine")
	default:
		d.Add(path, tomlfile.ControlMsg(r), "one line of text without control characters")
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
		d.Add(tomlfile.Join(path, key), fmt.Sprintf("%s is not a list", tomlType(v)), `a list of strings, ["...", "..."]`)
		return nil
	}
	out := make([]string, 0, len(arr))
	for i, e := range arr {
		s, isStr := e.(string)
		if !isStr {
			d.Add(tomlfile.Join(path, key), fmt.Sprintf("item %d is %s, not a string", i+1, tomlType(e)), "a list of strings")
			continue
		}
		out = append(out, d.clean(tomlfile.Join(path, key), s, false))
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
		d.Add(tomlfile.Join(path, key), tomlfile.Echo(s)+" is not allowed", "one of "+tomlfile.QuoteAll(allowed))
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
		d.Add(tomlfile.Join(path, key), what+" is not a whole number", fmt.Sprintf("%d-%d", lo, hi))
		return 0
	}
	if n < int64(lo) || n > int64(hi) {
		d.Add(tomlfile.Join(path, key), fmt.Sprintf("%d is out of range", n), fmt.Sprintf("%d-%d", lo, hi))
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
	d.Add(tomlfile.Join(path, key), fmt.Sprintf("%s is not allowed here", tomlType(v)), allowed)
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
		d.Add(tomlfile.Join(path, key), tomlfile.Echo(strings.TrimSpace(s))+" is not a number or a range", allowed)
	case c.Lo < lo || c.Hi > hi:
		d.Add(tomlfile.Join(path, key), fmt.Sprintf("%s is out of range", strings.TrimSpace(s)), allowed)
	case c.Lo > c.Hi:
		d.Add(tomlfile.Join(path, key), fmt.Sprintf("range %s starts above its end", strings.TrimSpace(s)), "the low end first, \"10-15\"")
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
		d.Add(tomlfile.Join(path, key), fmt.Sprintf("%s is out of range", strings.TrimSpace(s)), allowed)
	case err != nil:
		d.Add(tomlfile.Join(path, key), tomlfile.Echo(strings.TrimSpace(s))+" is not a duration or a range", allowed)
	case sp.Lo < minTimed || sp.Hi > maxTimed:
		d.Add(tomlfile.Join(path, key), fmt.Sprintf("%s is out of range", strings.TrimSpace(s)), allowed)
	case sp.Lo > sp.Hi:
		d.Add(tomlfile.Join(path, key), fmt.Sprintf("range %s starts above its end", strings.TrimSpace(s)), "the low end first, \"20s-30s\"")
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
		d.Add(tomlfile.Join(path, key), fmt.Sprintf("%s is out of range", strings.TrimSpace(s)), allowed)
	case err != nil:
		d.Add(tomlfile.Join(path, key), tomlfile.Echo(strings.TrimSpace(s))+" is not a duration", allowed)
	case v < 0 || v > max:
		d.Add(tomlfile.Join(path, key), fmt.Sprintf("%s is out of range", strings.TrimSpace(s)), allowed)
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
		d.Add(tomlfile.Join(path, key), fmt.Sprintf("%s is not a table", tomlType(v)), "a ["+key+"] table or { ... }")
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
		d.Add(tomlfile.Join(path, key), fmt.Sprintf("%s is not a list of tables", tomlType(v)), "[["+key+"]] tables")
		return nil
	}
	return ts
}

func (d *decoder) tempo(m map[string]any, path string) Tempo {
	t := d.table(m, "tempo", path)
	if t == nil {
		return Tempo{}
	}
	p := tomlfile.Join(path, "tempo")
	d.CheckKeys(t, p, []string{"lift", "lower"})
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
