package locale

import (
	"errors"
	"strconv"
	"strings"
	"time"
)

// Clock writes a time of day: "18:05", or "6:05 PM" on a 12-hour clock.
func (l Locale) Clock(t time.Time) string {
	if l.Hour12() {
		return t.Format("3:04 PM")
	}
	return t.Format("15:04")
}

// TimeOfDay writes a time of day given in minutes after midnight (0 to
// 1439) as Clock does: "07:30", or "7:30 AM".
func (l Locale) TimeOfDay(minutes int) string {
	minutes = ((minutes % minutesADay) + minutesADay) % minutesADay
	return l.Clock(time.Date(2000, 1, 1, minutes/60, minutes%60, 0, 0, time.UTC))
}

const minutesADay = 24 * 60

// ErrNotATime is what ParseTimeOfDay says of text that is no time of day.
var ErrNotATime = errors.New("not a time of day")

// ParseTimeOfDay reads a time of day as a person types it, in minutes
// after midnight: what TimeOfDay writes in any locale, so both "19:05"
// and "7:05 PM" (or "7:05pm", "7:05 p.m.", "7 PM"), and "7:05" as 07:05.
func (l Locale) ParseTimeOfDay(text string) (int, error) {
	s := strings.ToLower(strings.Join(strings.Fields(text), ""))
	s = strings.ReplaceAll(s, ".", "")
	half := ""
	for _, suffix := range []string{"am", "pm"} {
		if rest, ok := strings.CutSuffix(s, suffix); ok {
			s, half = rest, suffix
		}
	}
	hh, mm, hasMinutes := strings.Cut(s, ":")
	if !hasMinutes && half != "" {
		mm = "00"
	}
	h, errH := strconv.Atoi(hh)
	m, errM := strconv.Atoi(mm)
	switch {
	case errH != nil || errM != nil || len(hh) == 0 || len(hh) > 2 || len(mm) != 2 || m < 0 || m > 59 || h < 0:
		return 0, ErrNotATime
	case half == "" && h > 23, half != "" && (h < 1 || h > 12):
		return 0, ErrNotATime
	case half == "am" && h == 12:
		h = 0
	case half == "pm" && h < 12:
		h += 12
	}
	return h*60 + m, nil
}
