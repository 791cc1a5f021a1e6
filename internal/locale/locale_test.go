package locale

import (
	"testing"
	"time"
)

func env(vars map[string]string) func(string) string {
	return func(k string) string { return vars[k] }
}

func TestFromEnvFollowsPOSIXPrecedence(t *testing.T) {
	cases := []struct {
		name string
		vars map[string]string
		want Locale
	}{
		{"nothing set", nil, Default},
		{"LANG alone", map[string]string{"LANG": "de_DE.UTF-8"}, Locale{German, "DE"}},
		{"LC_MESSAGES over LANG", map[string]string{"LANG": "en_US.UTF-8", "LC_MESSAGES": "fr_FR.UTF-8"}, Locale{French, "FR"}},
		{"LC_ALL over both", map[string]string{"LANG": "en_US.UTF-8", "LC_MESSAGES": "fr_FR.UTF-8", "LC_ALL": "es_ES.UTF-8"}, Locale{Spanish, "ES"}},
		{"LANGUAGE list first", map[string]string{"LANG": "en_GB.UTF-8", "LANGUAGE": "de:en"}, Locale{German, ""}},
		{"LANGUAGE skips unknown", map[string]string{"LANG": "fr_CA.UTF-8", "LANGUAGE": "pt_BR:fr:en"}, Locale{French, "CA"}},
		{"LANGUAGE ignored under C", map[string]string{"LANG": "C.UTF-8", "LANGUAGE": "de"}, Default},
		{"LANGUAGE ignored with no locale", map[string]string{"LANGUAGE": "de"}, Default},
		{"unsupported language", map[string]string{"LANG": "pt_BR.UTF-8"}, Default},
		{"modifier", map[string]string{"LANG": "de_AT.UTF-8@euro"}, Locale{German, "AT"}},
		{"LC_ALL=POSIX wins", map[string]string{"LC_ALL": "POSIX", "LANG": "de_DE.UTF-8"}, Default},
	}
	for _, c := range cases {
		if got := FromEnv(env(c.vars)); got != c.want {
			t.Errorf("%s: FromEnv = %v, want %v", c.name, got, c.want)
		}
	}
}

func TestChooseLetsThePreferenceOverrideTheSystem(t *testing.T) {
	sys := env(map[string]string{"LANG": "de_CH.UTF-8"})
	for pref, want := range map[string]Locale{
		"":       {German, "CH"},
		System:   {German, "CH"},
		"en":     {English, ""},
		"fr":     {French, ""},
		"de":     {German, "CH"},
		"en_US":  {English, "US"},
		"klingo": {German, "CH"},
	} {
		if got := Choose(pref, sys); got != want {
			t.Errorf("Choose(%q) = %v, want %v", pref, got, want)
		}
	}
}

var monday = time.Date(2026, time.January, 5, 18, 5, 0, 0, time.UTC)

func TestShortDateInEachLanguage(t *testing.T) {
	for l, want := range map[Locale]string{
		{English, ""}:   "Mon 5 Jan",
		{English, "GB"}: "Mon 5 Jan",
		{English, "US"}: "Mon, Jan 5",
		{German, "DE"}:  "Mo., 5. Jan.",
		{Spanish, "ES"}: "lun, 5 ene",
		{French, "FR"}:  "lun. 5 janv.",
	} {
		if got := l.ShortDate(monday); got != want {
			t.Errorf("%v: ShortDate = %q, want %q", l, got, want)
		}
	}
	march := time.Date(2026, time.March, 1, 0, 0, 0, 0, time.UTC)
	if got := (Locale{German, ""}).ShortDate(march); got != "So., 1. März" {
		t.Errorf("German March: %q", got)
	}
}

func TestLongDateInEachLanguage(t *testing.T) {
	for l, want := range map[Locale]string{
		{English, ""}:   "Monday 5 January 2026",
		{English, "US"}: "Monday, January 5, 2026",
		{German, ""}:    "Montag, 5. Januar 2026",
		{Spanish, ""}:   "lunes, 5 de enero de 2026",
		{French, ""}:    "lundi 5 janvier 2026",
	} {
		if got := l.LongDate(monday); got != want {
			t.Errorf("%v: LongDate = %q, want %q", l, got, want)
		}
	}
}

func TestClockIsTwelveHourOnlyInTheUS(t *testing.T) {
	for l, want := range map[Locale]string{
		{English, "US"}: "6:05 PM",
		{English, "GB"}: "18:05",
		{English, ""}:   "18:05",
		{German, "DE"}:  "18:05",
		{French, "CA"}:  "18:05",
	} {
		if got := l.Clock(monday); got != want {
			t.Errorf("%v: Clock = %q, want %q", l, got, want)
		}
	}
	if got := (Locale{German, "DE"}).DateTime(monday); got != "Mo., 5. Jan., 18:05" {
		t.Errorf("German DateTime = %q", got)
	}
}

func TestFirstWeekdayFollowsTheTerritory(t *testing.T) {
	for l, want := range map[Locale]time.Weekday{
		{English, "US"}: time.Sunday,
		{English, "GB"}: time.Monday,
		{German, "DE"}:  time.Monday,
		{French, "FR"}:  time.Monday,
		{French, "CA"}:  time.Sunday,
		{Spanish, "ES"}: time.Monday,
		{Spanish, "MX"}: time.Sunday,
		{English, ""}:   time.Monday,
	} {
		if got := l.FirstWeekday(); got != want {
			t.Errorf("%v: FirstWeekday = %v, want %v", l, got, want)
		}
	}
}

func TestWeekStartCountsFromTheFirstWeekday(t *testing.T) {
	sunday := time.Date(2026, time.January, 11, 9, 0, 0, 0, time.UTC)
	us, de := Locale{English, "US"}, Locale{German, "DE"}
	if got := us.WeekStart(sunday); got.Day() != 11 {
		t.Errorf("US week of Sunday 11 Jan starts %v, want that Sunday", got)
	}
	if got := de.WeekStart(sunday); got.Day() != 5 || got.Weekday() != time.Monday {
		t.Errorf("German week of Sunday 11 Jan starts %v, want Monday 5", got)
	}
	if got := de.Weekdays(); got[0] != time.Monday || got[6] != time.Sunday {
		t.Errorf("German weekdays %v", got)
	}
	if got := us.Weekdays(); got[0] != time.Sunday || got[6] != time.Saturday {
		t.Errorf("US weekdays %v", got)
	}
}
