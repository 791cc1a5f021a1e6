package history

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/tomlfile"
)

// The keys a history file may hold, per table. Both readers (the fast one
// and the full TOML one) set fields through the functions below, so a value
// means the same whichever reader saw it.
var (
	fileKeys     = []string{"format", "session"}
	sessionKeys  = []string{"id", "routine", "started", "ended", "status", "active", "exercise"}
	exerciseKeys = []string{"exercise", "sets_planned", "reps_planned", "reps", "hold", "lower", "duration", "sets_done", "sides", "resistance", "comfort", "partial_reps", "section", "round", "rounds"}
)

// fieldError is one thing wrong with one key, before it has a line.
type fieldError struct {
	key   string
	msg   string
	known []string // for an unknown key, the keys allowed: the hint is made only for the problem shown
}

func (e *fieldError) Error() string {
	if e.key == "" {
		return e.text()
	}
	return tomlfile.Cut(e.key, 2*tomlfile.EchoLength) + ": " + e.text()
}

// text is what is wrong, without the key.
func (e *fieldError) text() string {
	if e.known == nil {
		return e.msg
	}
	if near := tomlfile.Nearest(e.key, e.known, nil); near != "" {
		return fmt.Sprintf("unknown key; did you mean %q? (allowed: %s)", near, strings.Join(e.known, ", "))
	}
	return "unknown key (allowed: " + strings.Join(e.known, ", ") + ")"
}

func fieldErr(key, format string, args ...any) *fieldError {
	return &fieldError{key: key, msg: fmt.Sprintf(format, args...)}
}

// setSessionField stores one TOML value of a [[session]] table. Values have
// the types BurntSushi/toml decodes to: string, int64, time.Time, []any.
func setSessionField(s *Session, key string, v any) *fieldError {
	var err *fieldError
	switch key {
	case "id":
		s.ID, err = asString(key, v)
	case "routine":
		s.Routine, err = asString(key, v)
	case "started":
		s.Started, err = asTime(key, v)
	case "ended":
		s.Ended, err = asTime(key, v)
	case "status":
		var str string
		if str, err = asString(key, v); err == nil {
			s.Status, err = asStatus(key, str)
		}
	case "active":
		s.Active, err = asDuration(key, v)
	default:
		err = unknownKey(key, sessionKeys)
	}
	return err
}

// setExerciseField stores one TOML value of a [[session.exercise]] table.
func setExerciseField(e *Exercise, key string, v any) *fieldError {
	var err *fieldError
	switch key {
	case "exercise":
		e.Exercise, err = asString(key, v)
	case "sets_planned":
		e.SetsPlanned, err = asCount(key, v)
	case "reps_planned":
		e.RepsPlanned, err = asRepRange(key, v)
	case "reps":
		e.Reps, err = asCounts(key, v)
	case "partial_reps":
		e.PartialReps, err = asCounts(key, v)
	case "hold":
		e.Hold, err = asDuration(key, v)
	case "lower":
		e.Lower, err = asDuration(key, v)
	case "duration":
		e.Duration, err = asDuration(key, v)
	case "sets_done":
		e.SetsDone, err = asCount(key, v)
	case "sides":
		e.Sides, err = asSides(key, v)
	case "resistance":
		e.Resistance, err = asString(key, v)
	case "comfort":
		var str string
		if str, err = asString(key, v); err == nil {
			e.Comfort, err = asComfort(key, str)
		}
	case "section":
		e.Section, err = asString(key, v)
	case "round":
		e.Round, err = asCount(key, v)
	case "rounds":
		e.Rounds, err = asCount(key, v)
	default:
		err = unknownKey(key, exerciseKeys)
	}
	return err
}

// checkSession reports what is missing or inconsistent once every key of
// a session has been read. The key "" stands for the table's header.
func checkSession(s *Session) *fieldError {
	switch {
	case s.ID == "":
		return fieldErr("", "session has no id")
	case s.Started.IsZero():
		return fieldErr("", "session has no started time")
	case s.Status == "":
		return fieldErr("", "session has no status (completed, stopped or pain)")
	case !s.Ended.IsZero() && s.Ended.Before(s.Started):
		return fieldErr("ended", "%s is before started", s.Ended.Format(time.RFC3339))
	}
	return nil
}

func checkExercise(e *Exercise) *fieldError {
	if e.Exercise == "" {
		return fieldErr("", "exercise entry has no exercise id")
	}
	return nil
}

func unknownKey(key string, known []string) *fieldError {
	return &fieldError{key: key, known: known}
}

func asString(key string, v any) (string, *fieldError) {
	s, ok := v.(string)
	if !ok {
		return "", fieldErr(key, "want a quoted string, got %s", describe(v))
	}
	return s, nil
}

func asTime(key string, v any) (time.Time, *fieldError) {
	t, ok := v.(time.Time)
	if !ok {
		return time.Time{}, fieldErr(key, "want a date and time like 2026-11-22T08:30:00+01:00, got %s", describe(v))
	}
	if y := t.UTC().Year(); y < MinYear || y > MaxYear {
		return time.Time{}, fieldErr(key, "year %d is out of range (allowed %d–%d)", y, MinYear, MaxYear)
	}
	return inLocalZoneIfNoOffset(t), nil
}

// inLocalZoneIfNoOffset reads a time written without an offset (a record
// edited by hand: 2026-11-22T08:30:00) as the local time it names; the
// TOML decoder gives it today's offset, which is wrong across a change of
// daylight-saving time. Posture writes every time with its offset.
func inLocalZoneIfNoOffset(t time.Time) time.Time {
	if t.Location().String() != "datetime-local" {
		return t
	}
	y, mo, d := t.Date()
	h, mi, s := t.Clock()
	return time.Date(y, mo, d, h, mi, s, t.Nanosecond(), time.Local)
}

// The years a session's times may fall in. No computer clock says less
// than 1970, where an unset one starts (the Unix epoch), so the app never
// writes a session it would then refuse; years such as 1 or 9999 are no
// session's, and would sort before or above every real one.
const (
	MinYear = 1970
	MaxYear = 2199
)

func asStatus(key, s string) (Status, *fieldError) {
	switch st := Status(s); st {
	case Completed, Stopped, Pain:
		return st, nil
	}
	return "", fieldErr(key, "%s is not a status; allowed: completed, stopped, pain", tomlfile.Echo(s))
}

func asComfort(key, s string) (Comfort, *fieldError) {
	switch c := Comfort(s); c {
	case ComfortFine, ComfortDiscomfort, ComfortPain:
		return c, nil
	}
	return "", fieldErr(key, `%s is not a comfort value; allowed: "", discomfort, pain`, tomlfile.Echo(s))
}

func asSides(key string, v any) (string, *fieldError) {
	s, err := asString(key, v)
	if err != nil {
		return "", err
	}
	switch s {
	case "", "both", "alternate":
		return s, nil
	}
	return "", fieldErr(key, `%s is not a sides value; allowed: "", both, alternate`, tomlfile.Echo(s))
}

// asDuration reads "3s" or a bare number of seconds, as everywhere in Posture.
func asDuration(key string, v any) (Duration, *fieldError) {
	switch x := v.(type) {
	case int64:
		if x < 0 {
			return 0, fieldErr(key, "%d is negative", x)
		}
		d, err := routine.ParseDuration(strconv.FormatInt(x, 10))
		if err != nil {
			return 0, fieldErr(key, "%v; write it like \"3s\" or \"14m5s\"", err)
		}
		return Duration(d), nil
	case string:
		d, err := time.ParseDuration(x)
		if err != nil || d < 0 {
			return 0, fieldErr(key, `%s is not a duration; write it like "3s" or "14m5s"`, tomlfile.Echo(x))
		}
		return Duration(d), nil
	}
	return 0, fieldErr(key, `want a duration like "3s", got %s`, describe(v))
}

func asCount(key string, v any) (int, *fieldError) {
	n, ok := v.(int64)
	if !ok || n < 0 || n > 1e6 {
		return 0, fieldErr(key, "want a whole number 0 or more, got %s", describe(v))
	}
	return int(n), nil
}

func asCounts(key string, v any) ([]int, *fieldError) {
	list, ok := v.([]any)
	if !ok {
		return nil, fieldErr(key, "want a list of whole numbers like [12, 12], got %s", describe(v))
	}
	out := make([]int, len(list))
	for i, x := range list {
		n, err := asCount(key, x)
		if err != nil {
			return nil, err
		}
		out[i] = n
	}
	return out, nil
}

// asRepRange reads a planned rep count: 12 or "12" or "10-15".
func asRepRange(key string, v any) (string, *fieldError) {
	if n, ok := v.(int64); ok && n > 0 {
		return strconv.FormatInt(n, 10), nil
	}
	s, err := asString(key, v)
	if err != nil {
		return "", err
	}
	if c, perr := routine.ParseCount(s); s != "" && (perr != nil || c.Lo < 1 || c.Hi < c.Lo) {
		return "", fieldErr(key, `%s is not a rep count; write it like "12" or "10-15"`, tomlfile.Echo(s))
	}
	return s, nil
}

func describe(v any) string {
	switch x := v.(type) {
	case string:
		return tomlfile.Echo(x)
	case int64:
		return strconv.FormatInt(x, 10)
	case time.Time:
		return x.Format(time.RFC3339)
	case []any:
		return "a list"
	case map[string]any, []map[string]any:
		return "a table"
	}
	return fmt.Sprintf("%v", v)
}
