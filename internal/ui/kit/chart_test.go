package kit

import (
	"slices"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
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

// Points lie by their dates: sessions on two days running sit close, one
// nine days later far off, and the line does not bridge that pause.
func TestChartPlacesPointsByDate(t *testing.T) {
	test.NewTempApp(t)
	day := func(d int) time.Time { return time.Date(2026, 3, d, 8, 0, 0, 0, time.UTC) }
	c := NewChart()
	c.SetData([]time.Time{day(1), day(2), day(11)}, "", Series{Name: "Best reps", Colour: theme.ColorNamePrimary, Values: []float64{8, 9, 10}})
	c.Resize(fyne.NewSize(500, 220))
	var xs []float32
	lines := 0
	for _, o := range test.WidgetRenderer(c).Objects() {
		switch o := o.(type) {
		case *canvas.Circle:
			xs = append(xs, o.Position().X)
		case *canvas.Line:
			if o.StrokeWidth == 2 {
				lines++
			}
		}
	}
	if len(xs) != 3 {
		t.Fatalf("%d points drawn, want 3", len(xs))
	}
	if near, far := xs[1]-xs[0], xs[2]-xs[1]; far < 8*near || far > 10*near {
		t.Errorf("a day apart the points lie %.0f apart, nine days apart %.0f: not by date", near, far)
	}
	if lines != 1 {
		t.Errorf("%d line segments, want 1: the nine-day pause is bridged", lines)
	}
}
