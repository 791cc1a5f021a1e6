package locale

import (
	"errors"
	"testing"
)

var clockLocales = map[Locale]string{
	{English, "US"}: "8:15 AM",
	{English, "GB"}: "08:15",
	{German, "DE"}:  "08:15",
	{French, "FR"}:  "08:15",
	{Spanish, "ES"}: "08:15",
}

// A time of day reads as the locale's clock does, and what is written
// reads back as the same time in every locale.
func TestTimeOfDayFollowsTheLocalesClock(t *testing.T) {
	for l, want := range clockLocales {
		if got := l.TimeOfDay(8*60 + 15); got != want {
			t.Errorf("%v: %q, want %q", l, got, want)
		}
		for m := 0; m < minutesADay; m++ {
			if back, err := l.ParseTimeOfDay(l.TimeOfDay(m)); err != nil || back != m {
				t.Fatalf("%v: %q reads back as %d, %v; want %d", l, l.TimeOfDay(m), back, err, m)
			}
		}
	}
	us := Locale{English, "US"}
	for m, want := range map[int]string{0: "12:00 AM", 12 * 60: "12:00 PM", 23*60 + 59: "11:59 PM"} {
		if got := us.TimeOfDay(m); got != want {
			t.Errorf("US %d: %q, want %q", m, got, want)
		}
	}
}

// Both ways of writing a time are read wherever they are typed; what is
// no time says so.
func TestParseTimeOfDayTakesBothClocks(t *testing.T) {
	for l := range clockLocales {
		for text, want := range map[string]int{
			"20:15": 20*60 + 15, "8:15 PM": 20*60 + 15, "8:15pm": 20*60 + 15, " 8:15 p.m. ": 20*60 + 15,
			"7:30": 7*60 + 30, "07:30": 7*60 + 30, "7:30 AM": 7*60 + 30, "12:05 am": 5, "12:05 PM": 12*60 + 5, "7 PM": 19 * 60,
		} {
			if got, err := l.ParseTimeOfDay(text); err != nil || got != want {
				t.Errorf("%v: %q read as %d, %v; want %d", l, text, got, err, want)
			}
		}
		for _, bad := range []string{"", "7", "24:00", "13:00 PM", "0:30 AM", "7:5", "7:60", "-1:00", "seven", "7:30 XM", "1:2:3"} {
			if _, err := l.ParseTimeOfDay(bad); !errors.Is(err, ErrNotATime) {
				t.Errorf("%v: %q read without error", l, bad)
			}
		}
	}
}
