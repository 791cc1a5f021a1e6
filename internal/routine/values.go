package routine

import (
	"errors"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/postureapp/posture/internal/tomlfile"
)

// Count is a whole number or a range of them, such as reps "15-20".
// The zero value means "not given".
type Count struct{ Lo, Hi int }

// IsZero reports whether the count was not given.
func (c Count) IsZero() bool { return c.Lo == 0 && c.Hi == 0 }

// String writes "12" or "15-20", and nothing for a count not given.
func (c Count) String() string {
	if c.IsZero() {
		return ""
	}
	if c.Lo == c.Hi {
		return strconv.Itoa(c.Lo)
	}
	return fmt.Sprintf("%d-%d", c.Lo, c.Hi)
}

// Span is a duration or a range of them, such as a hold "2s-3s".
// The zero value means "not given".
type Span struct{ Lo, Hi time.Duration }

// IsZero reports whether the span was not given.
func (s Span) IsZero() bool { return s.Lo == 0 && s.Hi == 0 }

// String writes "30s" or "20s-30s", and nothing for a span not given.
func (s Span) String() string {
	if s.IsZero() {
		return ""
	}
	if s.Lo == s.Hi {
		return FormatDuration(s.Lo)
	}
	return FormatDuration(s.Lo) + "-" + FormatDuration(s.Hi)
}

// FormatDuration writes d the way the files do: "45s", "1m30s", "0s".
func FormatDuration(d time.Duration) string {
	s := d.String()
	// Go writes "1m0s" and "1h0m0s"; people write "1m" and "1h".
	if strings.HasSuffix(s, "m0s") {
		s = strings.TrimSuffix(s, "0s")
	}
	if strings.HasSuffix(s, "h0m") {
		s = strings.TrimSuffix(s, "0m")
	}
	return s
}

// ParseCount reads "12" or "15-20" (or "15–20", as the window writes it).
func ParseCount(s string) (Count, error) {
	lo, hi, isRange := cutRange(s)
	a, err := strconv.Atoi(strings.TrimSpace(lo))
	if err != nil {
		return Count{}, fmt.Errorf("%s is not a number or a range like \"10-15\"", tomlfile.Echo(s))
	}
	if !isRange {
		return Count{a, a}, nil
	}
	b, err := strconv.Atoi(strings.TrimSpace(hi))
	if err != nil {
		return Count{}, fmt.Errorf("%s is not a number or a range like \"10-15\"", tomlfile.Echo(s))
	}
	return Count{a, b}, nil
}

// maxSeconds is the most whole seconds a time.Duration holds (about 292
// years); one more and the multiplication wraps round.
const maxSeconds = math.MaxInt64 / int64(time.Second)

// durationRe is the shape of a Go duration, "1m30s" or "1.5h", so that one
// too long to hold is told apart from one mistyped.
var durationRe = regexp.MustCompile(`^[-+]?(\d*\.?\d*(ns|us|µs|μs|ms|s|m|h))+$`)

// errOutOfRange marks a duration too long for a time.Duration.
var errOutOfRange = errors.New("out of range")

// ParseDuration reads "45s", "1m30s" or a bare number of seconds, and a
// time as the window writes it ("1 min 30 s", "2,5 s"), so what a field's
// hint shows can be typed into it. A value too long for a time.Duration
// is out of range, quoted as written.
func ParseDuration(s string) (time.Duration, error) {
	s = strings.TrimSpace(s)
	if isWholeNumber(s) {
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil || n > maxSeconds || n < -maxSeconds {
			return 0, fmt.Errorf("%s is %w", s, errOutOfRange)
		}
		return time.Duration(n) * time.Second, nil
	}
	d, err := time.ParseDuration(filesForm(s))
	switch {
	case err != nil && durationRe.MatchString(filesForm(s)):
		return 0, fmt.Errorf("%s is %w", s, errOutOfRange)
	case err != nil:
		return 0, fmt.Errorf("%s is not a duration like \"45s\" or \"1m30s\"", tomlfile.Echo(s))
	}
	return d, nil
}

// filesForm is a time as the window writes it in the files' form: "1 min
// 30 s" as "1m30s", "2,5 s" as "2.5s".
func filesForm(s string) string {
	s = strings.ReplaceAll(s, " ", "")
	s = strings.ReplaceAll(s, "min", "m")
	return strings.Replace(s, ",", ".", 1)
}

// cutRange splits a range at its dash: the files' hyphen, or the en dash
// the window writes ("20–30 s").
func cutRange(s string) (lo, hi string, isRange bool) {
	s = strings.TrimSpace(s)
	if lo, hi, ok := strings.Cut(s, "–"); ok {
		return lo, hi, true
	}
	return strings.Cut(s, "-")
}

// unitOf is the unit a time ends in: "min" for "3 min", "s" for "30s".
func unitOf(s string) string {
	s = strings.TrimSpace(s)
	return s[len(strings.TrimRight(s, "abcdefghijklmnopqrstuvwxyzµμ")):]
}

// isWholeNumber reports digits, with a sign or without.
func isWholeNumber(s string) bool {
	if s != "" && (s[0] == '+' || s[0] == '-') {
		s = s[1:]
	}
	return s != "" && strings.Trim(s, "0123456789") == ""
}

// ParseSpan reads a duration or a range "20s-30s" ("20–30 s").
func ParseSpan(s string) (Span, error) {
	lo, hi, isRange := cutRange(s)
	if isRange && isWholeNumber(strings.TrimSpace(lo)) {
		lo += unitOf(hi) // "2–3 min" is two minutes to three
	}
	a, err := ParseDuration(lo)
	if err == nil && isRange {
		var b time.Duration
		b, err = ParseDuration(hi)
		return Span{a, b}, spanError(s, err)
	}
	return Span{a, a}, spanError(s, err)
}

// spanError words the error of either end as the span's, as written.
func spanError(s string, err error) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, errOutOfRange):
		return fmt.Errorf("%s is %w", strings.TrimSpace(s), errOutOfRange)
	}
	return fmt.Errorf("%s is not a duration like \"30s\" or a range like \"20s-30s\"", tomlfile.Echo(s))
}
