package history

import (
	"bytes"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"
)

// FormatVersion is the value of the format key every history file starts with.
const FormatVersion = 1

// FileError is what is wrong with a history file, at a line (1-based).
type FileError struct {
	Line int
	Msg  string
}

func (e *FileError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

// decodeMonth reads one month file. Files as Posture writes them take the
// fast reader (ten years of history must load in well under 100 ms, which
// the general TOML decoder cannot do); anything it does not recognise,
// including every mistake, goes through the full TOML decoder, which alone
// decides what is wrong and on which line.
func decodeMonth(data []byte) ([]Session, *FileError) {
	if sessions, ok := fastDecode(data); ok {
		return sessions, nil
	}
	return fullDecode(data)
}

// misplaced is a field error tied to its table: session si (-1 for the top
// of the file) and exercise ei within it (-1 for the session itself).
type misplaced struct {
	si, ei int
	err    *fieldError
}

// fullDecode reads any valid TOML through BurntSushi/toml and reports the
// first problem by line.
func fullDecode(data []byte) ([]Session, *FileError) {
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
	for _, k := range sortedKeys(raw) {
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
	for _, k := range sortedKeys(t) {
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
	for _, k := range sortedKeys(t) {
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

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// firstByLine places every problem on its line and returns the earliest,
// so the person fixes the file from the top down.
func firstByLine(data []byte, problems []misplaced) *FileError {
	lines := bytes.Split(data, []byte("\n"))
	var first *FileError
	for _, p := range problems {
		line := locate(lines, p.si, p.ei, p.err.key)
		if first == nil || line < first.Line {
			first = &FileError{Line: line, Msg: p.err.Error()}
			if p.err.key == "" {
				first.Msg = p.err.msg
			}
		}
	}
	return first
}

// locate finds the line of key in session si, exercise ei (-1: the session
// itself; si -1: the top of the file). A missing key points at the table's
// header. It follows [[session]] and [[session.exercise]] headers line by
// line, which covers files written by Posture and by hand alike.
func locate(lines [][]byte, si, ei int, key string) int {
	curS, curE := -1, -1
	header := 1
	for i, raw := range lines {
		line := strings.TrimSpace(string(raw))
		switch {
		case strings.HasPrefix(line, "[["):
			name := strings.TrimSpace(strings.Trim(strings.SplitN(line, "#", 2)[0], "[] \t"))
			switch name {
			case "session":
				curS, curE = curS+1, -1
			case "session.exercise":
				curE++
			}
			if curS == si && curE == ei {
				header = i + 1
			}
		case curS == si && curE == ei && key != "":
			k, _, found := strings.Cut(line, "=")
			if found && strings.Trim(strings.TrimSpace(k), `"'`) == key {
				return i + 1
			}
		}
	}
	return header
}
