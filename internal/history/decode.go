package history

import (
	"bytes"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"

	"github.com/BurntSushi/toml"

	"github.com/postureapp/posture/internal/tomlfile"
	"github.com/postureapp/posture/internal/tomlpos"
)

// FormatVersion is the value of the format key every history file starts with.
const FormatVersion = 1

// maxMonthFile is the largest month file read. Posture writes one or two
// kilobytes a session, so this holds some 1,400 sessions, forty-five a
// day; a month that large is not one Posture wrote.
const maxMonthFile = 2 << 20

// monthLimits bound a month file before the TOML decoder sees it.
var monthLimits = tomlfile.Limits{Size: maxMonthFile, Depth: 8, Entries: 200_000}

// FileError is what is wrong with a history file, at a line (1-based).
type FileError struct {
	Line  int
	Msg   string
	Newer bool // written by a newer Posture: to be left exactly as it is
}

func (e *FileError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

// decodeMonth reads one month file. Files as Posture writes them take the
// fast reader (ten years of history must load in well under 100 ms, which
// the general TOML decoder cannot do). A [[session]] table it does not
// recognise, such as one edited by hand, goes through the full TOML
// decoder on its own, so one edit costs the decoding of one session rather
// than of the month. Anything else, including every mistake, goes through
// the full decoder whole, which alone decides what is wrong and on which
// line.
func decodeMonth(data []byte) ([]Session, *FileError) {
	if sessions, ok := readSessions(data, decodeOneSession); ok {
		return sessions, nil
	}
	if n, line, ok := tomlfile.FormatOf(data); ok && n > FormatVersion {
		return nil, &FileError{Line: line, Newer: true,
			Msg: fmt.Sprintf("written by a newer Posture (format %d; this version reads format %d); left as it is", n, FormatVersion)}
	}
	return fullDecode(data)
}

// formatLine is the file's first line as Posture writes it, put before a
// [[session]] table read on its own.
var formatLine = []byte("format = " + strconv.Itoa(FormatVersion) + "\n")

// decodeOneSession reads a [[session]] table cut from a month by the full
// decoder; it must hold sessions and nothing else.
func decodeOneSession(table []byte) ([]Session, bool) {
	sessions, ferr := fullDecode(slices.Concat(formatLine, table))
	return sessions, ferr == nil && len(sessions) > 0
}

// misplaced is a field error tied to its table: session si (-1 for the top
// of the file) and exercise ei within it (-1 for the session itself).
type misplaced struct {
	si, ei int
	err    *fieldError
}

// fullDecode reads any valid TOML through BurntSushi/toml and reports the
// first problem by line. A file too large or too deeply nested to decode
// cheaply is refused before the decoder sees it.
func fullDecode(data []byte) ([]Session, *FileError) {
	if err := tomlfile.Check("", data, monthLimits); err != nil {
		p := err.(tomlfile.Problems)[0]
		return nil, &FileError{Line: max(p.Line, 1), Msg: p.Msg + " (" + p.Allowed + ")"}
	}
	var raw map[string]any
	if _, err := toml.Decode(string(data), &raw); err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return nil, &FileError{Line: parseErrorLine(data, pe), Msg: pe.Message}
		}
		return nil, &FileError{Line: 1, Msg: err.Error()}
	}
	sessions, problems := fromTables(raw)
	if len(problems) == 0 {
		return sessions, nil
	}
	return nil, firstByLine(data, problems)
}

// parseErrorLine counts lines up to the error's byte offset: when the
// decoder trips over a line's end, the mistake is on that line, not the next.
func parseErrorLine(data []byte, pe toml.ParseError) int {
	if pe.Position.Start <= 0 || pe.Position.Start > len(data) {
		return pe.Position.Line
	}
	return bytes.Count(data[:pe.Position.Start], []byte("\n")) + 1
}

func fromTables(raw map[string]any) ([]Session, []misplaced) {
	var problems []misplaced
	add := func(si, ei int, err *fieldError) {
		if err != nil {
			problems = append(problems, misplaced{si, ei, err})
		}
	}
	for _, k := range slices.Sorted(maps.Keys(raw)) {
		if k != "format" && k != "session" {
			add(-1, -1, unknownKey(k, fileKeys))
		}
	}
	if f, ok := raw["format"]; !ok {
		add(-1, -1, fieldErr("", "missing format = %d at the top", FormatVersion))
	} else if n, ok := f.(int64); !ok || n != FormatVersion {
		add(-1, -1, fieldErr("format", "is %s; this version of Posture reads format = %d", describe(f), FormatVersion))
	}
	tables, err := asTables("session", raw["session"])
	add(-1, -1, err)
	sessions := make([]Session, len(tables))
	for si, t := range tables {
		sessions[si] = sessionFromTable(t, func(ei int, err *fieldError) { add(si, ei, err) })
	}
	return sessions, problems
}

// sessionFromTable checks a table as a whole (required keys, order of
// times) only when its keys are fine, so one mistake is reported once.
func sessionFromTable(t map[string]any, add func(ei int, err *fieldError)) Session {
	var s Session
	bad := false
	for _, k := range slices.Sorted(maps.Keys(t)) {
		if err := setSessionField(&s, k, t[k]); k != "exercise" && err != nil {
			add(-1, err)
			bad = true
		}
	}
	if !bad {
		add(-1, checkSession(&s))
	}
	tables, err := asTables("exercise", t["exercise"])
	add(-1, err)
	s.Exercises = make([]Exercise, len(tables))
	for ei, et := range tables {
		s.Exercises[ei] = exerciseFromTable(et, func(err *fieldError) { add(ei, err) })
	}
	if len(s.Exercises) == 0 {
		s.Exercises = nil
	}
	return s
}

func exerciseFromTable(t map[string]any, add func(err *fieldError)) Exercise {
	var e Exercise
	bad := false
	for _, k := range slices.Sorted(maps.Keys(t)) {
		if err := setExerciseField(&e, k, t[k]); err != nil {
			add(err)
			bad = true
		}
	}
	if !bad {
		add(checkExercise(&e))
	}
	return e
}

// asTables accepts both [[key]] tables and an inline array of tables.
func asTables(key string, v any) ([]map[string]any, *fieldError) {
	switch x := v.(type) {
	case nil:
		return nil, nil
	case []map[string]any:
		return x, nil
	case []any:
		out := make([]map[string]any, len(x))
		for i, e := range x {
			m, ok := e.(map[string]any)
			if !ok {
				return nil, fieldErr(key, "want [[%s]] tables, got a list of %s", key, describe(e))
			}
			out[i] = m
		}
		return out, nil
	}
	return nil, fieldErr(key, "want [[%s]] tables, got %s", key, describe(v))
}

// firstByLine places every problem on its line and returns the earliest,
// so the person fixes the file from the top down.
func firstByLine(data []byte, problems []misplaced) *FileError {
	lines := tomlpos.Scan(string(data))
	var first *FileError
	for _, p := range problems {
		line := max(lines.Line(pathOf(p)), 1)
		if first == nil || line < first.Line {
			first = &FileError{Line: line, Msg: p.err.Error()}
		}
	}
	return first
}

// pathOf names the key of a problem as tomlpos does; a problem without a
// key is on its table's header, and one of the file as a whole on line 1.
func pathOf(p misplaced) string {
	path := ""
	if p.si >= 0 {
		path = tomlpos.Indexed("", "session", p.si)
	}
	if p.ei >= 0 {
		path = tomlpos.Indexed(path, "exercise", p.ei)
	}
	if p.err.key == "" {
		return path
	}
	return tomlpos.Join(path, p.err.key)
}
