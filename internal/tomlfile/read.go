package tomlfile

import (
	"bytes"
	"errors"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strconv"

	"github.com/BurntSushi/toml"

	"github.com/postureapp/posture/internal/store"
)

// Kind is one sort of file Posture reads: the limits it is held to before
// it is decoded, and the format it is written in.
type Kind struct {
	Limits Limits
	Format int64 // the format = N this version reads; 0 for a file without one
}

// Doc is a file that was read: the decoder's metadata, the line of every
// key, and the problems found in it so far.
type Doc struct {
	File     string
	Meta     toml.MetaData
	Problems Problems
	scan     *scanner
	lines    Index // made from scan when a line is first asked for
	// Prefix is where the table being read sits in the file ("" for the
	// top, "exercise[1]" for a table inside it): Add and CheckKeys name
	// their keys under it, so a problem names the key and line in the file.
	Prefix string
}

// Read checks data, the file named file, against its kind and decodes it
// into v (a pointer, as for toml.Decode), in this order: its size, its
// shape (depth and number of keys, noting the line of every key in the
// same pass), whether a newer Posture wrote it, the TOML itself. The error
// is the Problems that kept the file from decoding, each on its line. A
// file that decoded may still have a format this version does not read:
// that is in the Doc's Problems, where the caller adds its own.
func Read(file string, data []byte, k Kind, v any) (*Doc, error) {
	d := &Doc{File: file}
	if len(data) > k.Limits.Size {
		return d, One(file, 0, "", fmt.Sprintf("file is %d bytes, too large to read", len(data)), "at most "+store.SizeText(int64(k.Limits.Size)))
	}
	s := scan(data, k.Limits)
	if k.Format > 0 {
		// Before the shape: a newer Posture may write files this one would
		// call too large, and such a file must be left as it is.
		n, line, ok := s.formatNumber()
		if ps := newer(file, n, line, ok, k.Format); ps != nil {
			return d, ps
		}
	}
	if err := s.problem(file); err != nil {
		return d, err
	}
	d.scan = s
	md, err := toml.Decode(string(data), v)
	if err != nil {
		return d, Problems{d.decodeProblem(data, v, err)}
	}
	d.Meta = md
	if k.Format > 0 {
		d.checkFormat(s, k.Format)
	}
	return d, nil
}

// Line is the line path is written on, or that of the nearest table that
// holds it; 0 when neither is written.
func (d *Doc) Line(path string) int {
	if d.lines == nil && d.scan != nil {
		d.lines = d.scan.index()
	}
	return d.lines.Line(path)
}

// Add notes a problem with the key at path, on its line.
func (d *Doc) Add(path, msg, allowed string) {
	if path == "" {
		path = d.Prefix
	} else {
		path = Join(d.Prefix, path)
	}
	d.AddAt(d.Line(path), path, msg, allowed)
}

// AddAt notes a problem on line, which is 0 for the file as a whole.
func (d *Doc) AddAt(line int, field, msg, allowed string) {
	d.Problems = append(d.Problems, Problem{File: d.File, Line: line, Field: field, Msg: msg, Allowed: allowed})
}

// Err is every problem noted, in the order of their lines; nil for none.
func (d *Doc) Err() error { return d.Problems.Err() }

// CheckKeys notes every key of m, the table at path, that is not in known,
// with the nearest known key not yet set in m as a suggestion.
func (d *Doc) CheckKeys(m map[string]any, path string, known []string) {
	keys := slices.Sorted(maps.Keys(m))
	for _, k := range keys {
		if !slices.Contains(known, k) {
			d.Add(Join(path, k), "unknown key", Hint(k, known, keys))
		}
	}
}

// Hint is the "did you mean" for an unknown key or id s: the nearest of
// known, those in taken (already set beside it) counting one edit further.
func Hint(s string, known, taken []string) string {
	if near := Nearest(s, known, taken); near != "" {
		return fmt.Sprintf("did you mean %q?", near)
	}
	return "one of " + QuoteAll(known)
}

// QuoteAll writes list as "a", "b", "c".
func QuoteAll(list []string) string {
	var b bytes.Buffer
	for i, s := range list {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(strconv.Quote(s))
	}
	return b.String()
}

// checkFormat notes a file whose top-level format = N is missing or not
// current (a newer one was refused before decoding).
func (d *Doc) checkFormat(s *scanner, current int64) {
	allowed := fmt.Sprintf("format = %d", current)
	switch {
	case s.format == nil:
		d.AddAt(1, "format", "missing", "every file starts with "+allowed)
	case !isNumber(s.format, current):
		d.AddAt(s.formatLine, "format", string(s.format)+" is not a format this version reads", allowed)
	}
}

// decodeProblem places what the TOML decoder refused. A syntax error is on
// the line its first byte is on: when the decoder trips over a line's end,
// the mistake is on that line, not the next. A value of the wrong type for
// its Go field is named by its key.
func (d *Doc) decodeProblem(data []byte, v any, err error) Problem {
	var pe toml.ParseError
	isParse := errors.As(err, &pe)
	if isParse && isSyntax(data, v) {
		return Problem{File: d.File, Line: parseErrorLine(data, pe), Msg: "TOML syntax: " + pe.Message}
	}
	if isParse {
		return Problem{File: d.File, Line: parseErrorLine(data, pe), Field: pe.LastKey, Msg: pe.Message}
	}
	m := typeErrRe.FindStringSubmatch(err.Error())
	if m == nil {
		return Problem{File: d.File, Line: 1, Msg: "TOML: " + err.Error()}
	}
	key, _ := strconv.Unquote(m[2])
	line, convErr := strconv.Atoi(m[1])
	if convErr != nil {
		line = d.Line(key)
	}
	return Problem{File: d.File, Line: line, Field: key, Msg: m[3]}
}

// typeErrRe is how BurntSushi/toml words a value of the wrong type for the
// Go value it is decoded into: toml: line 2 (last key "view"): what.
var typeErrRe = regexp.MustCompile(`^toml: (?:line (\d+) )?\(last key ("(?:[^"\\]|\\.)*")\): (.*)$`)

// isSyntax tells a file that is not TOML from one whose values do not fit
// the Go value it was decoded into; only the latter decodes into a map.
func isSyntax(data []byte, v any) bool {
	if _, isMap := v.(*map[string]any); isMap {
		return true
	}
	var m map[string]any
	_, mapErr := toml.Decode(string(data), &m)
	return mapErr != nil
}

// isNumber reports whether text is the TOML integer n, written in any of
// the ways TOML allows ("1", "+1", "0x1").
func isNumber(text []byte, n int64) bool {
	got, err := strconv.ParseInt(string(text), 0, 64)
	return err == nil && got == n
}

func parseErrorLine(data []byte, pe toml.ParseError) int {
	if pe.Position.Start <= 0 || pe.Position.Start > len(data) {
		return max(pe.Position.Line, 1)
	}
	return bytes.Count(data[:pe.Position.Start], []byte("\n")) + 1
}
