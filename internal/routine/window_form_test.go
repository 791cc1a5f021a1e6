package routine

import (
	"testing"
	"time"
)

// What the editor's hints show ("default 15–20 s") can be typed back:
// the window's forms read as the files' do.
func TestWindowFormsParse(t *testing.T) {
	spans := map[string]Span{
		"20–30 s":           {20 * time.Second, 30 * time.Second},
		"1 min 30 s":        {90 * time.Second, 90 * time.Second},
		"2,5 s":             {2500 * time.Millisecond, 2500 * time.Millisecond},
		"45 s – 1 min 30 s": {45 * time.Second, 90 * time.Second},
		"2–3 min":           {2 * time.Minute, 3 * time.Minute},
		"20s-30s":           {20 * time.Second, 30 * time.Second},
	}
	for text, want := range spans {
		if got, err := ParseSpan(text); err != nil || got != want {
			t.Errorf("ParseSpan(%q) = %v, %v; want %v", text, got, err, want)
		}
	}
	if got, err := ParseCount("10–15"); err != nil || got != (Count{10, 15}) {
		t.Errorf("ParseCount(\"10–15\") = %v, %v", got, err)
	}
	if _, err := ParseDuration("1 month"); err == nil {
		t.Error("\"1 month\" reads as a duration")
	}
}
