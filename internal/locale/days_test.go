package locale

import (
	"strings"
	"testing"
	"time"
)

// A calendar's header reads the locale's weekday initials from its first
// weekday: Monday in Germany and Spain (with X for miércoles), Sunday in
// the US.
func TestCalendarHeaderFollowsTheLocale(t *testing.T) {
	cases := []struct {
		l    Locale
		want string
	}{
		{Locale{Lang: German, Territory: "DE"}, "MDMDFSS"},
		{Locale{Lang: Spanish, Territory: "ES"}, "LMXJVSD"},
		{Locale{Lang: French, Territory: "FR"}, "LMMJVSD"},
		{Locale{Lang: English, Territory: "US"}, "SMTWTFS"},
		{Locale{Lang: English, Territory: "GB"}, "MTWTFSS"},
	}
	for _, c := range cases {
		var b strings.Builder
		for _, d := range c.l.Weekdays() {
			b.WriteString(c.l.NarrowWeekday(d))
		}
		if got := b.String(); got != c.want {
			t.Errorf("%v: header %q, want %q", c.l, got, c.want)
		}
	}
}

func TestDayMonthHeadsAWeek(t *testing.T) {
	day := time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC)
	cases := map[Locale]string{
		{Lang: English}:                  "2 Jan",
		{Lang: English, Territory: "US"}: "Jan 2",
		{Lang: German}:                   "2. Jan.",
		{Lang: Spanish}:                  "2 ene",
		{Lang: French}:                   "2 janv.",
	}
	for l, want := range cases {
		if got := l.DayMonth(day); got != want {
			t.Errorf("%v: %q, want %q", l, got, want)
		}
	}
}
