package kit

import (
	"slices"
	"testing"
	"time"
)

// Dates within one year read short; dates over several years say which
// year each is, and two points on one day are told apart by time.
func TestPointLabelsSayTheYearAcrossYears(t *testing.T) {
	at := func(y int, m time.Month, d, h int) time.Time { return time.Date(y, m, d, h, 0, 0, 0, time.UTC) }
	cases := []struct {
		dates []time.Time
		want  []string
	}{
		{[]time.Time{at(2026, 1, 5, 8), at(2026, 11, 30, 8)}, []string{"5 Jan", "30 Nov"}},
		{[]time.Time{at(2024, 10, 30, 8), at(2025, 6, 1, 8), at(2026, 11, 30, 8), at(2026, 11, 30, 18)},
			[]string{"30 Oct 2024", "1 Jun 2025", "30 Nov 2026\n08:00", "30 Nov 2026\n18:00"}},
	}
	for _, c := range cases {
		if got := PointLabels(c.dates); !slices.Equal(got, c.want) {
			t.Errorf("PointLabels = %q, want %q", got, c.want)
		}
	}
}
