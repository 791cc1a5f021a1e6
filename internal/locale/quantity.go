package locale

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// rangeDash joins the ends of a range: an en dash, closed up between
// plain numbers ("20–30 s") and spaced between ends that hold spaces
// ("45 s – 1 min 30 s"), as English, German, Spanish and French
// typesetting all do.
const rangeDash = "–"

// decimal writes x with as many decimals as it needs and the locale's
// decimal mark: "1.5" in English, "1,5" in German, Spanish and French.
func (l Locale) decimal(x float64) string {
	s := strconv.FormatFloat(x, 'f', -1, 64)
	if l.Lang != English && l.Lang != "" {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// Duration writes a length of time with its units, as a reader of the
// locale reads it in the window: "45 s", "1 min 30 s", "1 h 5 min",
// "2.5 s" ("2,5 s" in German, Spanish and French). The files' "1m30s"
// reads as nothing, or as a month, to most people.
func (l Locale) Duration(d time.Duration) string {
	if d < 0 {
		return "-" + l.Duration(-d)
	}
	h, m := int64(d/time.Hour), int64(d%time.Hour/time.Minute)
	sec := (d % time.Minute).Seconds()
	var parts []string
	if h > 0 {
		parts = append(parts, fmt.Sprintf("%d h", h))
	}
	if m > 0 {
		parts = append(parts, fmt.Sprintf("%d min", m))
	}
	if sec > 0 || len(parts) == 0 {
		parts = append(parts, l.decimal(sec)+" s")
	}
	return strings.Join(parts, " ")
}

// DurationRange writes a time or a range of them: "30 s", "20–30 s",
// "2–3 min", and "45 s – 1 min 30 s" where the ends need units of their
// own.
func (l Locale) DurationRange(lo, hi time.Duration) string {
	switch {
	case lo == hi:
		return l.Duration(lo)
	case lo >= 0 && hi < time.Minute:
		return l.decimal(lo.Seconds()) + rangeDash + l.Duration(hi)
	case lo >= time.Minute && hi < time.Hour && lo%time.Minute == 0 && hi%time.Minute == 0:
		return strconv.Itoa(int(lo/time.Minute)) + rangeDash + l.Duration(hi)
	}
	return l.Duration(lo) + " " + rangeDash + " " + l.Duration(hi)
}

// CountRange writes a whole number or a range of them: "12", "10–15".
func (l Locale) CountRange(lo, hi int) string {
	if lo == hi {
		return strconv.Itoa(lo)
	}
	return strconv.Itoa(lo) + rangeDash + strconv.Itoa(hi)
}
