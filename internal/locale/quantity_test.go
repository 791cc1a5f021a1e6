package locale

import (
	"testing"
	"time"
)

// Times and ranges read alike on every screen, each language with its
// decimal mark: one formatter for the editor, the page, the player and
// History.
func TestDurationsAndRangesInEachLanguage(t *testing.T) {
	en, de, es, fr := Locale{Lang: English}, Locale{Lang: German}, Locale{Lang: Spanish}, Locale{Lang: French, Territory: "FR"}
	s := time.Second
	cases := []struct {
		l      Locale
		lo, hi time.Duration
		want   string
	}{
		{en, 30 * s, 30 * s, "30 s"},
		{en, 90 * s, 90 * s, "1 min 30 s"},
		{en, 20 * s, 30 * s, "20–30 s"},
		{de, 15 * s, 20 * s, "15–20 s"},
		{de, 2500 * time.Millisecond, 2500 * time.Millisecond, "2,5 s"},
		{en, 1500 * time.Millisecond, 3 * s, "1.5–3 s"},
		{fr, 1500 * time.Millisecond, 3 * s, "1,5–3 s"},
		{es, 2 * time.Minute, 3 * time.Minute, "2–3 min"},
		{fr, 45 * s, 90 * s, "45 s – 1 min 30 s"},
		{de, time.Hour + 5*time.Minute, time.Hour + 5*time.Minute, "1 h 5 min"},
		{es, 0, 0, "0 s"},
	}
	for _, c := range cases {
		if got := c.l.DurationRange(c.lo, c.hi); got != c.want {
			t.Errorf("%s: DurationRange(%v, %v) = %q, want %q", c.l, c.lo, c.hi, got, c.want)
		}
	}
	if got := de.CountRange(10, 15); got != "10–15" {
		t.Errorf("CountRange(10, 15) = %q", got)
	}
	if got := en.CountRange(12, 12); got != "12" {
		t.Errorf("CountRange(12, 12) = %q", got)
	}
}
