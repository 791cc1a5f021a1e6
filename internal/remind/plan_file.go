package remind

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"time"

	"github.com/BurntSushi/toml"

	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/store"
	"github.com/postureapp/posture/internal/tomlfile"
)

// MaxFileSize is the largest reminders.toml read; a plan is a few hundred
// bytes, so anything near this is not one.
const MaxFileSize = 64 << 10

const format = 1

var (
	planKeys    = []string{"format", "quiet", "breaks", "session"}
	quietKeys   = []string{"from", "to"}
	breakKeys   = []string{"on", "every", "routine"}
	sessionKeys = []string{"routine", "days", "at"}
	maxSessions = 50
)

// Load reads the plan at path; a missing file is the empty plan. The
// error is routine.Problems naming file, line and field.
func Load(path string) (Plan, error) {
	data, err := readCapped(path)
	if errors.Is(err, fs.ErrNotExist) {
		return NewPlan(), nil
	}
	if err != nil {
		return Plan{}, routine.Problems{{File: path, Msg: err.Error()}}
	}
	return Parse(path, data)
}

// readCapped reads a regular file of at most MaxFileSize bytes; a FIFO
// or a device is refused at once.
func readCapped(path string) ([]byte, error) {
	return store.ReadFile(path, MaxFileSize)
}

// limits bound reminders.toml and the state file before they are decoded.
var limits = tomlfile.Limits{Size: MaxFileSize, Depth: tomlfile.Person.Depth, Entries: 2_000}

// planKind is reminders.toml.
var planKind = tomlfile.Kind{Limits: limits, Format: format}

// Save checks p and writes it atomically, keeping the previous file as
// .bak. A plan with problems is not written.
func Save(path string, p Plan) error {
	if err := p.Check(path); err != nil {
		return err
	}
	return store.WriteFile(path, Encode(p))
}

// Parse reads a plan from data; file names it in problems.
func Parse(file string, data []byte) (Plan, error) {
	raw := map[string]any{}
	doc, err := tomlfile.Read(file, data, planKind, &raw)
	if err != nil {
		return Plan{}, err
	}
	d := &decoder{doc}
	d.CheckKeys(raw, "", planKeys)
	p := NewPlan()
	if q := d.table(raw, "quiet"); q != nil {
		d.CheckKeys(q, "quiet", quietKeys)
		p.Quiet.From = d.clock(q, "from", "quiet", DefaultQuiet.From)
		p.Quiet.To = d.clock(q, "to", "quiet", DefaultQuiet.To)
	}
	if b := d.table(raw, "breaks"); b != nil {
		d.CheckKeys(b, "breaks", breakKeys)
		p.Breaks.On = d.boolean(b, "on", "breaks", true)
		p.Breaks.Every = d.every(b, "breaks")
		if _, ok := b["routine"]; ok {
			p.Breaks.Routine = d.str(b, "routine", "breaks")
		}
	}
	for i, s := range d.tables(raw, "session") {
		path := tomlfile.Indexed("", "session", i)
		d.CheckKeys(s, path, sessionKeys)
		p.Sessions = append(p.Sessions, Session{
			Routine: d.str(s, "routine", path),
			Days:    d.days(s, path),
			At:      d.clock(s, "at", path, -1),
		})
	}
	if len(d.Problems) == 0 {
		d.crossCheck(p)
	}
	return p, d.Err()
}

// Check reports what is wrong with a plan built in code (the command
// line, Settings) in the same words as a file's problems.
func (p Plan) Check(file string) error {
	d := &decoder{&tomlfile.Doc{File: file}}
	for i, s := range p.Sessions {
		path := tomlfile.Indexed("", "session", i)
		if strings.TrimSpace(s.Routine) == "" {
			d.Add(tomlfile.Join(path, "routine"), "missing", "the name of a routine")
		}
		if s.Days == 0 {
			d.Add(tomlfile.Join(path, "days"), "no days chosen", "one or more of "+strings.Join(dayNames, ", "))
		}
		if s.At < 0 || s.At >= 24*60 {
			d.Add(tomlfile.Join(path, "at"), "not a time of day", "00:00-23:59")
		}
	}
	if p.Breaks.Every < MinBreakEvery || p.Breaks.Every > MaxBreakEvery {
		d.Add("breaks.every", routine.FormatDuration(p.Breaks.Every)+" is out of range", everyAllowed)
	}
	d.crossCheck(p)
	return d.Err()
}

// crossCheck finds what is wrong between fields: a routine reminded twice.
// A session outside the allowed hours is kept (HoursWarning says when it
// comes instead): refusing it lost the person's choice.
func (d *decoder) crossCheck(p Plan) {
	seen := map[string]bool{}
	for i, s := range p.Sessions {
		path := tomlfile.Indexed("", "session", i)
		if seen[s.Routine] {
			d.Add(tomlfile.Join(path, "routine"), fmt.Sprintf("%q has a reminder already", s.Routine), "one [[session]] per routine, with all its days")
		}
		seen[s.Routine] = true
	}
	if len(p.Sessions) > maxSessions {
		d.Add("session", fmt.Sprintf("%d sessions", len(p.Sessions)), fmt.Sprintf("at most %d", maxSessions))
	}
}

// Encode writes p as reminders.toml.
func Encode(p Plan) []byte {
	type quietT struct {
		From string `toml:"from"`
		To   string `toml:"to"`
	}
	type breaksT struct {
		On      bool   `toml:"on"`
		Every   string `toml:"every"`
		Routine string `toml:"routine"`
	}
	type sessionT struct {
		Routine string   `toml:"routine"`
		Days    []string `toml:"days"`
		At      string   `toml:"at"`
	}
	doc := struct {
		Format  int        `toml:"format"`
		Quiet   quietT     `toml:"quiet"`
		Breaks  breaksT    `toml:"breaks"`
		Session []sessionT `toml:"session"`
	}{
		Format: format,
		Quiet:  quietT{p.Quiet.From.String(), p.Quiet.To.String()},
		Breaks: breaksT{p.Breaks.On, routine.FormatDuration(p.Breaks.Every), p.Breaks.Routine},
	}
	for _, s := range p.Sessions {
		doc.Session = append(doc.Session, sessionT{s.Routine, s.Days.Names(), s.At.String()})
	}
	var b bytes.Buffer
	b.WriteString("# Posture's reminders. [quiet]: the hours reminders may come in.\n")
	b.WriteString("# [breaks]: a short routine after this much keyboard and mouse use.\n")
	b.WriteString("# [[session]]: a routine on these days at this time.\n")
	enc := toml.NewEncoder(&b)
	enc.Indent = ""
	_ = enc.Encode(doc) // only strings, numbers and lists: it cannot fail
	return b.Bytes()
}

const everyAllowed = "15m-3h, like \"50m\""

// decoder collects every problem of a plan, as internal/routine does for
// routines: FILE:LINE: FIELD: what (allowed).
type decoder struct {
	*tomlfile.Doc
}

func (d *decoder) table(m map[string]any, key string) map[string]any {
	v, ok := m[key]
	if !ok {
		return nil
	}
	t, isTable := v.(map[string]any)
	if !isTable {
		d.Add(key, "is not a table", "a ["+key+"] table")
	}
	return t
}

func (d *decoder) tables(m map[string]any, key string) []map[string]any {
	v, ok := m[key]
	if !ok {
		return nil
	}
	ts, isTables := v.([]map[string]any)
	if !isTables {
		d.Add(key, "is not a list of tables", "[["+key+"]] tables")
	}
	return ts
}

func (d *decoder) str(m map[string]any, key, path string) string {
	v, ok := m[key]
	s, isStr := v.(string)
	switch {
	case !ok:
		d.Add(tomlfile.Join(path, key), "missing", "the name of a routine")
	case !isStr:
		d.Add(tomlfile.Join(path, key), "is not a string", "a quoted routine name")
	case strings.TrimSpace(s) == "":
		d.Add(tomlfile.Join(path, key), "is empty", "the name of a routine")
	}
	return strings.TrimSpace(s)
}

func (d *decoder) boolean(m map[string]any, key, path string, fallback bool) bool {
	v, ok := m[key]
	if !ok {
		return fallback
	}
	b, isBool := v.(bool)
	if !isBool {
		d.Add(tomlfile.Join(path, key), "is not true or false", "true or false")
		return fallback
	}
	return b
}

func (d *decoder) clock(m map[string]any, key, path string, fallback ClockTime) ClockTime {
	v, ok := m[key]
	if !ok {
		if fallback < 0 {
			d.Add(tomlfile.Join(path, key), "missing", "a time of day, \"18:00\"")
		}
		return fallback
	}
	s, _ := v.(string)
	c, err := ParseClock(s)
	if err != nil {
		d.Add(tomlfile.Join(path, key), fmt.Sprintf("%v is not a time of day", quoted(v)), "\"HH:MM\", 00:00-23:59")
		return fallback
	}
	return c
}

func (d *decoder) every(m map[string]any, path string) time.Duration {
	v, ok := m["every"]
	if !ok {
		return DefaultBreakEvery
	}
	s, _ := v.(string)
	every, err := time.ParseDuration(strings.TrimSpace(s))
	switch {
	case err != nil:
		d.Add(tomlfile.Join(path, "every"), fmt.Sprintf("%v is not a length of time", quoted(v)), everyAllowed)
	case every < MinBreakEvery || every > MaxBreakEvery:
		d.Add(tomlfile.Join(path, "every"), quoted(v)+" is out of range", everyAllowed)
	default:
		return every
	}
	return DefaultBreakEvery
}

func (d *decoder) days(m map[string]any, path string) Days {
	field := tomlfile.Join(path, "days")
	allowed := `a list of weekdays, ["mon", "wed", "fri"]`
	v, ok := m["days"]
	list, isList := v.([]any)
	switch {
	case !ok:
		d.Add(field, "missing", allowed)
		return 0
	case !isList:
		d.Add(field, "is not a list", allowed)
		return 0
	case len(list) == 0:
		d.Add(field, "no days chosen", allowed)
		return 0
	}
	var days Days
	for _, e := range list {
		s, _ := e.(string)
		w, err := ParseDay(s)
		if err != nil {
			d.Add(field, fmt.Sprintf("%v is not a weekday", quoted(e)), "one of "+strings.Join(dayNames, ", "))
			continue
		}
		days |= DaysOf(w)
	}
	return days
}

// quoted shows a value as it was written.
func quoted(v any) string {
	if s, ok := v.(string); ok {
		return fmt.Sprintf("%q", s)
	}
	return fmt.Sprint(v)
}
