package kit

import (
	"fmt"
	"image/color"
	"math"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/postureapp/posture/internal/locale"
)

// Series is one line on a chart.
type Series struct {
	Name   string              // shown in the legend
	Colour fyne.ThemeColorName // the theme colour the line is drawn in
	Values []float64           // one per point; NaN where a point has no value
}

// Chart is a line chart of values per session over time, with a y axis,
// dates on the x axis and a legend, in theme colours. Points lie by their
// dates, so a pause reads as a gap.
type Chart struct {
	widget.BaseWidget
	Dates  []time.Time // the x axis, one per point, as SetData gave them
	Series []Series    // the lines, as SetData gave them
	unit   string      // y axis label
	// Locale writes the dates; the zero Locale writes them in English.
	Locale locale.Locale
}

// NewChart is a chart with nothing to show until SetData.
func NewChart() *Chart {
	c := &Chart{}
	c.ExtendBaseWidget(c)
	return c
}

// SetData shows ss, one value per date each, against a y axis named unit.
func (c *Chart) SetData(dates []time.Time, unit string, ss ...Series) {
	c.Dates, c.Series, c.unit = dates, ss, unit
	c.Refresh()
}

func (c *Chart) MinSize() fyne.Size { return fyne.NewSize(280, 220) }

func (c *Chart) CreateRenderer() fyne.WidgetRenderer {
	r := &chartRenderer{c: c}
	r.rebuild(fyne.NewSize(400, 220))
	return r
}

type chartRenderer struct {
	c    *Chart
	objs []fyne.CanvasObject
	size fyne.Size
}

func (r *chartRenderer) Layout(s fyne.Size) {
	r.rebuild(s)
}

func (r *chartRenderer) MinSize() fyne.Size           { return r.c.MinSize() }
func (r *chartRenderer) Objects() []fyne.CanvasObject { return r.objs }
func (r *chartRenderer) Destroy()                     {}
func (r *chartRenderer) Refresh() {
	r.rebuild(r.size)
	canvas.Refresh(r.c)
}

// Chart margins, in pixels, for the axis labels.
const (
	chartLeft   = 40
	chartBottom = 40 // two lines of dates
	chartTop    = 26
	chartRight  = 28 // half a date, so the last one centres under its point
)

// rebuild draws the chart for size s: the objects depend on the size, so
// they are made again, which is cheap for a few dozen points.
func (r *chartRenderer) rebuild(s fyne.Size) {
	r.size = s
	fg := theme.Color(theme.ColorNameForeground)
	grid := theme.Color(theme.ColorNameSeparator)
	r.objs = r.objs[:0]
	plotW := s.Width - chartLeft - chartRight
	plotH := s.Height - chartTop - chartBottom
	if len(r.c.Dates) == 0 || plotW <= 0 || plotH <= 0 {
		msg := canvas.NewText(lang.X("kit.chart.empty", "Nothing recorded yet"), fg)
		msg.Move(fyne.NewPos(chartLeft, s.Height/2))
		r.objs = append(r.objs, msg)
		return
	}
	top := niceCeiling(r.maxValue())
	for i := 0; i <= 4; i++ {
		v := top * float64(i) / 4
		y := chartTop + plotH - float32(v/top)*plotH
		line := canvas.NewLine(grid)
		line.Position1, line.Position2 = fyne.NewPos(chartLeft, y), fyne.NewPos(chartLeft+plotW, y)
		label := SmallText(fmt.Sprintf("%g", v), fg)
		label.Alignment = fyne.TextAlignTrailing
		label.Move(fyne.NewPos(0, y-8))
		label.Resize(fyne.NewSize(chartLeft-6, 16))
		r.objs = append(r.objs, line, label)
	}
	x := r.byDate(plotW)
	r.addAxisLabels(s, x, fg)
	y := func(v float64) float32 { return chartTop + plotH - float32(v/top)*plotH }
	legendX := float32(chartLeft)
	for _, se := range r.c.Series {
		col := theme.Color(se.Colour)
		r.addSeries(se, col, x, y)
		key := canvas.NewRectangle(col)
		key.Move(fyne.NewPos(legendX, 6))
		key.Resize(fyne.NewSize(12, 12))
		name := SmallText(se.Name, fg)
		name.Move(fyne.NewPos(legendX+16, 4))
		r.objs = append(r.objs, key, name)
		legendX += 28 + fyne.MeasureText(se.Name, theme.CaptionTextSize(), fyne.TextStyle{}).Width
	}
}

// addAxisLabels writes the unit and, under the points, their dates:
// centred under each point, as many as fit without touching, the first
// and the last always. Two sessions on one day show their times too.
func (r *chartRenderer) addAxisLabels(s fyne.Size, x func(int) float32, fg color.Color) {
	unit := SmallText(r.c.unit, fg)
	unit.Move(fyne.NewPos(s.Width-chartRight-fyne.MeasureText(r.c.unit, theme.CaptionTextSize(), fyne.TextStyle{}).Width, 4))
	r.objs = append(r.objs, unit)
	labels := PointLabelsIn(r.c.Dates, r.c.Locale)
	shownRight := float32(-1)
	last := len(labels) - 1
	for i, text := range labels {
		w := 0.0
		for _, line := range strings.Split(text, "\n") {
			w = math.Max(w, float64(fyne.MeasureText(line, theme.CaptionTextSize(), fyne.TextStyle{}).Width))
		}
		left := min(max(x(i)-float32(w)/2, 0), s.Width-float32(w))
		if i != last && (left < shownRight+6 || (i > 0 && left+float32(w)+6 > r.lastLabelLeft(s, x, labels))) {
			continue // no room: the point stays, its label does not
		}
		for n, line := range strings.Split(text, "\n") {
			t := SmallText(line, fg)
			t.Alignment = fyne.TextAlignCenter
			t.Move(fyne.NewPos(left, s.Height-chartBottom+4+float32(n)*(theme.CaptionTextSize()+2)))
			t.Resize(fyne.NewSize(float32(w), theme.CaptionTextSize()))
			r.objs = append(r.objs, t)
		}
		shownRight = left + float32(w)
	}
}

// lastLabelLeft is where the last point's label starts, which every other
// label must leave room for.
func (r *chartRenderer) lastLabelLeft(s fyne.Size, x func(int) float32, labels []string) float32 {
	last := len(labels) - 1
	w := float32(0)
	for _, line := range strings.Split(labels[last], "\n") {
		w = max(w, fyne.MeasureText(line, theme.CaptionTextSize(), fyne.TextStyle{}).Width)
	}
	return min(max(x(last)-w/2, 0), s.Width-w)
}

// PointLabels names each point by its date ("2 Jan", or "2 Jan 2025"
// when the points span more than one year, so years of sessions do not
// read as one); points that share a day add their time on a second line,
// so each can be told apart.
func PointLabels(dates []time.Time) []string { return PointLabelsIn(dates, locale.Locale{}) }

// PointLabelsIn is PointLabels with dates and times as loc writes them:
// "2. Jan.", "2 janv. 2025", "Jan 2".
func PointLabelsIn(dates []time.Time, loc locale.Locale) []string {
	withYear := len(dates) > 0 && dates[0].Year() != dates[len(dates)-1].Year()
	day := func(t time.Time) string {
		if withYear {
			return fmt.Sprintf("%s %d", loc.DayMonth(t), t.Year())
		}
		return loc.DayMonth(t)
	}
	count := map[string]int{}
	for _, d := range dates {
		count[day(d)]++
	}
	out := make([]string, len(dates))
	for i, d := range dates {
		out[i] = day(d)
		if count[day(d)] > 1 {
			out[i] += "\n" + loc.Clock(d)
		}
	}
	return out
}

// chartPause is the time between two sessions that the line does not
// bridge: the points stand apart, a pause visible as one.
const chartPause = 8 * 24 * time.Hour

// byDate places point i along a plot plotW wide by its date, the first
// date at the left and the last at the right (one date in the middle):
// sessions a week apart lie seven times as far apart as on two days
// running.
func (r *chartRenderer) byDate(plotW float32) func(int) float32 {
	dates := r.c.Dates
	first, span := dates[0], dates[len(dates)-1].Sub(dates[0])
	return func(i int) float32 {
		if span <= 0 {
			return chartLeft + plotW/2
		}
		return chartLeft + plotW*float32(float64(dates[i].Sub(first))/float64(span))
	}
}

func (r *chartRenderer) addSeries(se Series, col color.Color, x func(int) float32, y func(float64) float32) {
	var prev *fyne.Position
	prevAt := time.Time{}
	for i, v := range se.Values {
		if math.IsNaN(v) {
			prev = nil
			continue
		}
		p := fyne.NewPos(x(i), y(v))
		if prev != nil && r.c.Dates[i].Sub(prevAt) <= chartPause {
			l := canvas.NewLine(col)
			l.StrokeWidth = 2
			l.Position1, l.Position2 = *prev, p
			r.objs = append(r.objs, l)
		}
		dot := canvas.NewCircle(col)
		dot.Move(p.SubtractXY(3, 3))
		dot.Resize(fyne.NewSize(6, 6))
		r.objs = append(r.objs, dot)
		prev, prevAt = &p, r.c.Dates[i]
	}
}

func (r *chartRenderer) maxValue() float64 {
	m := 0.0
	for _, se := range r.c.Series {
		for _, v := range se.Values {
			if !math.IsNaN(v) {
				m = math.Max(m, v)
			}
		}
	}
	return m
}

// niceCeiling rounds m up to a value whose quarters are round numbers.
func niceCeiling(m float64) float64 {
	if m <= 0 {
		return 4
	}
	step := math.Pow(10, math.Floor(math.Log10(m/4)))
	for _, k := range []float64{1, 2, 2.5, 5, 10} {
		if 4*k*step >= m {
			return 4 * k * step
		}
	}
	return 40 * step
}

// SmallText is a caption-sized text in colour c, for axis labels and
// the history calendar.
func SmallText(s string, c color.Color) *canvas.Text {
	t := canvas.NewText(s, c)
	t.TextSize = theme.CaptionTextSize()
	return t
}
