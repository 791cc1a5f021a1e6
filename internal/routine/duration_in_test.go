package routine

import (
	"testing"
	"time"
)

// A time reads as the files write it in English and with the units a
// reader of German, Spanish or French knows, never "1m30s".
func TestDurationInReadsInTheLanguage(t *testing.T) {
	cases := []struct {
		d    time.Duration
		lang string
		want string
	}{
		{90 * time.Second, "en", "1m30s"},
		{90 * time.Second, "", "1m30s"},
		{90 * time.Second, "de", "1 min 30 s"},
		{45 * time.Second, "fr", "45 s"},
		{2500 * time.Millisecond, "es", "2,5 s"},
		{time.Hour + 5*time.Minute, "de", "1 h 5 min"},
		{2 * time.Minute, "fr", "2 min"},
		{0, "de", "0 s"},
	}
	for _, c := range cases {
		if got := DurationIn(c.d, c.lang); got != c.want {
			t.Errorf("DurationIn(%v, %q) = %q, want %q", c.d, c.lang, got, c.want)
		}
	}
}
