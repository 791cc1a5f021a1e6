package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"

	"github.com/postureapp/posture/internal/history"
	"github.com/postureapp/posture/internal/locale"
	"github.com/postureapp/posture/internal/ui/kit"
)

// calendarWeeks is how many weeks the calendar shows.
const calendarWeeks = 12

// Calendar cell sizes: a column per weekday beside the week's date.
var (
	calendarCell = fyne.NewSize(32, 26)
	calendarDay  = fyne.NewSize(26, 22) // the coloured square inside a cell
)

// legendMarks are the marks the legend names, best first.
var legendMarks = []history.DayMark{history.DayCompleted, history.DayPartial, history.DaySkipped, history.DayPain, history.DayNone}

// dayLook is how a mark is drawn: a fill colour and, so colour is not the
// only sign, a glyph drawn on it in the colour that reads on that fill.
type dayLook struct {
	fill, ink fyne.ThemeColorName
	glyph     glyph
}

// glyph is a mark drawn as strokes, cheap to make for every cell (an SVG
// icon is decoded and coloured for each image: 20 ms a calendar).
type glyph int

const (
	noGlyph glyph = iota
	tick          // completed
	dash          // partial
	cross         // skipped
	bang          // pain: an exclamation mark
)

func lookOf(m history.DayMark) dayLook {
	switch m {
	case history.DayCompleted:
		return dayLook{theme.ColorNameSuccess, theme.ColorNameForegroundOnSuccess, tick}
	case history.DayPartial:
		return dayLook{theme.ColorNameWarning, theme.ColorNameForegroundOnWarning, dash}
	case history.DaySkipped:
		return dayLook{theme.ColorNameDisabled, theme.ColorNameForeground, cross}
	case history.DayPain:
		return dayLook{theme.ColorNameError, theme.ColorNameForegroundOnError, bang}
	}
	return dayLook{fill: theme.ColorNameInputBackground}
}

// strokes are a glyph's lines within a calendarDay-sized square, as
// pairs of points.
var strokes = map[glyph][][2]fyne.Position{
	tick:  {{{X: 7, Y: 11}, {X: 11, Y: 15}}, {{X: 11, Y: 15}, {X: 19, Y: 7}}},
	dash:  {{{X: 8, Y: 11}, {X: 18, Y: 11}}},
	cross: {{{X: 9, Y: 7}, {X: 17, Y: 15}}, {{X: 9, Y: 15}, {X: 17, Y: 7}}},
	bang:  {{{X: 13, Y: 5}, {X: 13, Y: 13}}, {{X: 13, Y: 16}, {X: 13, Y: 17.5}}},
}

// dayMark draws one day: a rounded square in the mark's colour with the
// mark's glyph on it.
func dayMark(m history.DayMark) fyne.CanvasObject {
	look := lookOf(m)
	square := canvas.NewRectangle(theme.Color(look.fill))
	square.CornerRadius = 4
	square.SetMinSize(calendarDay)
	marks := container.NewWithoutLayout()
	ink := theme.Color(look.ink)
	for _, s := range strokes[look.glyph] {
		line := canvas.NewLine(ink)
		line.StrokeWidth = 2
		line.Position1, line.Position2 = s[0], s[1]
		marks.Add(line)
	}
	return container.NewCenter(container.NewStack(square, marks))
}

// newCalendar draws weeks as rows of seven days, from the locale's first
// weekday, under a line of weekday initials, each row headed by its first
// day's date.
func newCalendar(weeks [][7]history.Day, loc locale.Locale) fyne.CanvasObject {
	fg := theme.Color(theme.ColorNameForeground)
	box := container.NewVBox()
	header := []fyne.CanvasObject{kit.SmallText(lang.X("history.calendar.week_of", "Week of"), fg)}
	for _, d := range loc.Weekdays() {
		header = append(header, container.NewCenter(kit.SmallText(loc.NarrowWeekday(d), fg)))
	}
	box.Add(calendarRow(header...))
	for _, week := range weeks {
		cells := []fyne.CanvasObject{kit.SmallText(loc.DayMonth(week[0].Date), fg)}
		for _, day := range week {
			cells = append(cells, dayCell(day))
		}
		box.Add(calendarRow(cells...))
	}
	return box
}

func calendarRow(cells ...fyne.CanvasObject) fyne.CanvasObject {
	return container.New(cellRow{calendarCell}, cells...)
}

// cellRow lays out objects in a row of cells of one size, the first (a
// label) twice as wide; its minimum is the whole row, so it never folds.
type cellRow struct{ cell fyne.Size }

func (r cellRow) Layout(objs []fyne.CanvasObject, _ fyne.Size) {
	x := float32(0)
	for i, o := range objs {
		w := r.cell.Width
		if i == 0 {
			w *= 2
		}
		o.Move(fyne.NewPos(x, 0))
		o.Resize(fyne.NewSize(w, r.cell.Height))
		x += w
	}
}

func (r cellRow) MinSize(objs []fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(r.cell.Width*float32(len(objs)+1), r.cell.Height)
}

// dayCell is a day of the calendar; a day still to come is left blank.
func dayCell(d history.Day) fyne.CanvasObject {
	if d.Future {
		return canvas.NewRectangle(nil)
	}
	return dayMark(d.Mark)
}

// newCalendarLegend names every mark the calendar draws, beside the same
// square and icon.
func newCalendarLegend() fyne.CanvasObject {
	box := container.NewVBox()
	for _, m := range legendMarks {
		box.Add(container.NewHBox(dayMark(m), kit.SmallText(dayMarkName(m), theme.Color(theme.ColorNameForeground))))
	}
	return box
}

// dayMarkName is the mark as the legend names it, in the window's
// language.
func dayMarkName(m history.DayMark) string {
	switch m {
	case history.DaySkipped:
		return lang.X("history.mark.skipped", "Skipped, nothing done")
	case history.DayPartial:
		return lang.X("history.mark.partial", "Partial")
	case history.DayCompleted:
		return lang.X("history.mark.completed", "Completed")
	case history.DayPain:
		return lang.X("history.mark.pain", "Stopped for pain")
	}
	return lang.X("history.mark.none", "No session")
}

// verdictText is a session's outcome and why, as the list of sessions
// says it: "completed", "skipped (12 of 12 exercises skipped)". It is
// history.Verdict.Text in the window's language.
func verdictText(v history.Verdict) string {
	var outcome string
	switch v.Outcome {
	case history.OutcomeCompleted:
		outcome = lang.X("history.outcome.completed", "completed")
	case history.OutcomePartial:
		outcome = lang.X("history.outcome.partial", "partial")
	default:
		outcome = lang.X("history.outcome.skipped", "skipped")
	}
	if why := verdictWhy(v); why != "" {
		return lang.X("history.outcome.why", "{{.Outcome}} ({{.Why}})", map[string]any{"Outcome": outcome, "Why": why})
	}
	return outcome
}

// verdictWhy is history.Verdict.Why in the window's language.
func verdictWhy(v history.Verdict) string {
	var parts []string
	if v.Stopped {
		// Only the exercises reached are recorded: "1 of 1" would read as
		// a routine of one exercise, so a stopped session counts without "of".
		return verdictWhyReached(v)
	}
	if v.Skipped > 0 {
		parts = append(parts, lang.XN("history.why.skipped", "{{.Done}} of {{.Count}} exercises skipped", v.Exercises, map[string]any{"Done": v.Skipped, "Count": v.Exercises}))
	}
	if v.Short > 0 {
		parts = append(parts, lang.XN("history.why.short", "{{.Done}} of {{.Count}} short of their sets", v.Short, map[string]any{"Done": v.Short, "Count": v.Exercises}))
	}
	switch {
	case v.Pain:
		parts = append(parts, lang.X("history.why.pain", "stopped for pain"))
	case v.Stopped:
		parts = append(parts, lang.X("history.why.stopped", "stopped before the end"))
	}
	if v.Outcome == history.OutcomeSkipped && v.Exercises == 0 {
		parts = append(parts, lang.X("history.why.none", "no exercise started"))
	}
	return strings.Join(parts, ", ")
}

// verdictWhyReached is verdictWhy of a session stopped before the end.
func verdictWhyReached(v history.Verdict) string {
	var parts []string
	if v.Skipped > 0 {
		parts = append(parts, lang.XN("history.why.skipped_reached", "{{.Done}} exercises skipped", v.Skipped, map[string]any{"Done": v.Skipped}))
	}
	if v.Short > 0 {
		parts = append(parts, lang.XN("history.why.short_reached", "{{.Done}} exercises short of their sets", v.Short, map[string]any{"Done": v.Short}))
	}
	if v.Pain {
		parts = append(parts, lang.X("history.why.pain", "stopped for pain"))
	} else {
		parts = append(parts, lang.X("history.why.stopped", "stopped before the end"))
	}
	if v.Outcome == history.OutcomeSkipped && v.Exercises == 0 {
		parts = append(parts, lang.X("history.why.none", "no exercise started"))
	}
	return strings.Join(parts, ", ")
}

// verdictNote says whether a session counts toward the weekly target,
// and why not: history.Verdict.Note in the window's language.
func verdictNote(v history.Verdict) string {
	if v.Counted() {
		return lang.X("summary.counts", "Counts toward your weekly target.")
	}
	return lang.X("summary.not_counted", "Not counted toward your weekly target: {{.Why}}.", map[string]any{"Why": verdictWhy(v)})
}
