package history

import (
	"maps"
	"slices"
	"strconv"

	"github.com/postureapp/posture/internal/tomlfile"
)

// FormatVersion is the value of the format key every history file starts with.
const FormatVersion = 1

// maxMonthFile is the largest month file read. Posture writes one or two
// kilobytes a session, so this holds some 1,400 sessions, forty-five a
// day; a month that large is not one Posture wrote.
const maxMonthFile = 2 << 20

// monthKind is a month file, bounded before the TOML decoder sees it.
var monthKind = tomlfile.Kind{Limits: tomlfile.Limits{Size: maxMonthFile, Depth: 8, Entries: 200_000}, Format: FormatVersion}

// decodeMonth reads one month file. Files as Posture writes them take the
// fast reader (ten years of history must load in well under 100 ms, which
// the general TOML decoder cannot do). A [[session]] table it does not
// recognise, such as one edited by hand, goes through the full TOML
// decoder on its own, so one edit costs the decoding of one session rather
// than of the month. Anything else, including every mistake, goes through
// the full decoder whole, which alone decides what is wrong and on which
// line: the first problem by line is returned, without the file's name.
func decodeMonth(data []byte) ([]Session, *Problem) {
	if sessions, ok := readSessions(data, decodeOneSession); ok {
		return sessions, nil
	}
	return fullDecode(data)
}

// formatLine is the file's first line as Posture writes it, put before a
// [[session]] table read on its own.
var formatLine = []byte("format = " + strconv.Itoa(FormatVersion) + "\n")

// decodeOneSession reads a [[session]] table cut from a month by the full
// decoder; it must hold sessions and nothing else.
func decodeOneSession(table []byte) ([]Session, bool) {
	sessions, p := fullDecode(slices.Concat(formatLine, table))
	return sessions, p == nil && len(sessions) > 0
}

// misplaced is a field error tied to its table: session si (-1 for the top
// of the file) and exercise ei within it (-1 for the session itself).
type misplaced struct {
	si, ei int
	err    *fieldError
}

// fullDecode reads any valid TOML through tomlfile.Read and reports the
// first problem by line.
func fullDecode(data []byte) ([]Session, *Problem) {
	var raw map[string]any
	doc, err := tomlfile.Read("", data, monthKind, &raw)
	if err != nil {
		return nil, first(err.(tomlfile.Problems))
	}
	sessions, problems := fromTables(raw)
	if p := placeFirst(doc, problems); p != nil {
		return nil, p
	}
	return sessions, nil
}

// placeFirst puts each problem on its line in doc and gives the earliest
// of all doc holds, or nil when it holds none.
func placeFirst(doc *tomlfile.Doc, problems []misplaced) *Problem {
	for _, p := range problems {
		doc.AddAt(doc.Line(pathOf(p)), p.err.key, p.err.text(), "")
	}
	if len(doc.Problems) == 0 {
		return nil
	}
	return first(doc.Problems)
}

// firstByLine places problems found after a fast read, which keeps no
// lines: the file is read again, which is rare (only a file with a
// problem), to find them.
func firstByLine(data []byte, problems []misplaced) *Problem {
	var raw map[string]any
	doc, err := tomlfile.Read("", data, monthKind, &raw)
	if err != nil {
		return first(err.(tomlfile.Problems))
	}
	return placeFirst(doc, problems)
}

// first is the problem on the earliest line, so the person fixes the file
// from the top down.
func first(ps tomlfile.Problems) *Problem {
	_ = ps.Err() // sorts by line
	return &ps[0]
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

// pathOf names the key of a problem as tomlfile.Index does; a problem
// without a key is on its table's header.
func pathOf(p misplaced) string {
	path := ""
	if p.si >= 0 {
		path = tomlfile.Indexed("", "session", p.si)
	}
	if p.ei >= 0 {
		path = tomlfile.Indexed(path, "exercise", p.ei)
	}
	if p.err.key == "" {
		return path
	}
	return tomlfile.Join(path, p.err.key)
}
