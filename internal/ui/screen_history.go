package ui

import (
	"fmt"
	"math"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/postureapp/posture/internal/history"
	"github.com/postureapp/posture/internal/locale"
	"github.com/postureapp/posture/internal/ui/kit"
)

// historyScreen shows past sessions: the week's count against the target
// and the streak, suggestions, a calendar of what happened each day, a
// chart per exercise and the list of sessions.
type historyScreen struct {
	ui          *App
	header      *historyHeader
	suggestions *fyne.Container
	suggested   string          // the suggestions on show, to redraw them only when they change
	calendar    *fyne.Container // the calendar, then its legend
	list        *kit.LazyList   // a row per session, newest first, made as it nears the view
	sessions    *fyne.Container // the rows made so far
	open        map[string]bool // the sessions whose details are open, by id
	pick        *kit.Select
	chart       *kit.Chart
	progress    *widget.Card // the chart, hidden until an exercise was done
	export      *kit.Button
	content     fyne.CanvasObject
	picked      int // counts exercise choices, so a slow trend does not overwrite a newer one
	drawn       drawnFrom
}

// drawnFrom is the read of the history and the target a screen shows.
type drawnFrom struct {
	stamp  string
	target int
}

func (u *App) showHistory() {
	h := &historyScreen{ui: u, open: map[string]bool{}}
	u.historyScreen = h
	h.header = newHistoryHeader()
	h.suggestions = container.NewVBox()
	h.calendar = container.New(&kit.BesideOrBelow{}, widget.NewLabel(""), newCalendarLegend())
	h.chart = kit.NewChart()
	h.chart.Locale = u.locale
	h.pick = kit.NewSelect(nil, h.onExercisePicked)
	h.pick.PlaceHolder = lang.X("history.pick", "Pick an exercise")

	back := kit.NewButton(lang.X("nav.back", "Back"), theme.NavigateBackIcon(), u.showHome)
	h.export = kit.NewButton(lang.X("history.export", "Export CSV"), theme.DocumentSaveIcon(), u.chooseCSVExport)
	top := container.NewBorder(nil, nil, back, h.export, heading(lang.X("history.title", "History")))
	h.progress = kit.Section(lang.X("history.progress", "Progress"), lang.X("history.progress.hint", "Best reps in a set and hold per session"), h.pick, h.chart)
	body := container.NewVBox(
		h.problems(),
		widget.NewCard("", "", h.header.box),
		h.suggestions,
		kit.Section(lang.XN("history.calendar", "Last {{.Count}} weeks", calendarWeeks, map[string]any{"Count": calendarWeeks}), "", h.calendar),
		h.progress,
	)
	page := container.NewVScroll(body)
	h.list = kit.NewLazyList(page, func() int { return max(1, len(u.sessions)) }, h.row)
	h.sessions = h.list.Box
	body.Add(kit.Section(lang.X("history.sessions", "Sessions"), lang.X("history.sessions.hint", "Newest first"), h.sessions))
	h.content = kit.Screen(top, nil, page)
	h.refresh()
	u.show(h.content, func(ev *fyne.KeyEvent) {
		if ev.Name == fyne.KeyEscape {
			u.showHome()
		}
	})
	u.onHistoryLoaded = h.refresh
	u.reloadHistory()
}

// refresh shows the history as last read, from the facts worked out
// with it off the UI goroutine; a read that found nothing new redraws
// nothing but the suggestions, which accepting one changes without a
// change to the history.
func (h *historyScreen) refresh() {
	u := h.ui
	changed := h.refreshSuggestions()
	now := drawnFrom{u.historyStamp, u.weeklyTarget()}
	if now.stamp != "" && now == h.drawn {
		if changed {
			u.relayout()
		}
		return
	}
	h.drawn = now
	h.header.show(u.summary())
	h.refreshCalendar()
	if len(u.sessions) == 0 {
		h.export.Disable() // nothing to write
	} else {
		h.export.Enable()
	}
	names, ids := h.exerciseChoices()
	h.progress.Hidden = len(names) == 0
	h.refreshSessions()
	h.pick.Options = names
	if h.pick.Selected == "" && len(names) > 0 {
		h.pick.SetSelected(h.firstPicked(names))
	} else {
		h.refreshChart(ids[h.pick.Selected])
	}
}

// problems names month files that could not be read and where they went.
func (h *historyScreen) problems() fyne.CanvasObject {
	var lines []string
	for _, p := range h.ui.historyProblems {
		lines = append(lines, p.String())
	}
	if len(lines) == 0 {
		return container.NewVBox()
	}
	text := widget.NewLabel(strings.Join(lines, "\n"))
	text.Wrapping = fyne.TextWrapWord
	text.Importance = widget.WarningImportance
	return widget.NewCard(lang.X("history.problems.title", "Some history could not be read"), lang.X("history.problems.hint", "Every other month loaded; nothing was overwritten."), text)
}

// refreshSuggestions shows the progression advice for the routine last
// done, each with Accept, nothing when there is none, and says whether
// that changed what was on show.
func (h *historyScreen) refreshSuggestions() bool {
	r, sugs := h.ui.suggestions()
	key := ""
	if len(sugs) > 0 {
		key = fmt.Sprint(r.Name, sugs)
	}
	if key == h.suggested {
		return false
	}
	h.suggested = key
	h.suggestions.RemoveAll()
	if len(sugs) > 0 {
		h.suggestions.Add(h.ui.suggestionCard(r, sugs))
	}
	h.suggestions.Refresh()
	return true
}

// refreshCalendar draws the last weeks as worked out with the history.
func (h *historyScreen) refreshCalendar() {
	h.calendar.Objects[0] = newCalendar(h.ui.facts.calendar, h.ui.locale)
	h.calendar.Refresh()
}

func (h *historyScreen) refreshSessions() {
	h.list.Reset()
	h.ui.relayout()
}

// row is the i-th session, newest first, or what to say when there is none.
func (h *historyScreen) row(i int) fyne.CanvasObject {
	u := h.ui
	if len(u.sessions) == 0 {
		return kit.Wrapped(lang.X("history.empty", "No sessions yet. Finished and stopped sessions appear here."))
	}
	return h.sessionRow(u.sessions[len(u.sessions)-1-i])
}

// sessionRow: date, routine, status and time, with details and delete.
// The details are written when first opened.
func (h *historyScreen) sessionRow(s history.Session) fyne.CanvasObject {
	u := h.ui
	title := strings.Join([]string{sessionDate(s, u.now(), u.locale), u.routineName(s.Routine),
		verdictText(s.Judge()), u.locale.Duration(time.Duration(s.Active).Round(time.Second))}, " · ")
	details := kit.Wrapped("")
	more := kit.NewButton(lang.X("history.details", "Details"), theme.MenuDropDownIcon(), nil)
	showDetails := func(open bool) {
		if open && details.Text == "" {
			details.SetText(strings.Join(u.sessionLines(u.cfg.Catalog.Routine(s.Routine), s), "\n"))
		}
		details.Hidden = !open
		more.Icon = theme.MenuDropDownIcon()
		if open {
			more.Icon = theme.MenuDropUpIcon() // the arrow points the way the details go
		}
		more.Refresh()
	}
	showDetails(h.open[s.ID])
	more.OnTapped = func() {
		h.open[s.ID] = !h.open[s.ID]
		showDetails(h.open[s.ID])
		details.Refresh()
		u.relayout()
		if details.Visible() {
			kit.BringIntoView(details) // it opens below the row, often past the bottom
			kit.BringIntoView(more)
		}
	}
	del := kit.NewButton(lang.X("history.delete", "Delete"), theme.DeleteIcon(), func() { h.onDelete(s) })
	label := widget.NewLabel(title)
	label.Wrapping = fyne.TextWrapWord // narrow windows wrap rather than cut it off
	row := container.NewBorder(nil, nil, nil, container.NewHBox(more, del), label)
	return container.NewVBox(row, details, widget.NewSeparator())
}

// sessionDate is when s started, as loc writes a date and a time, with
// the year when it is not the current one: a list of years reads like a
// mail client's, short for this year and never ambiguous for the years
// before.
func sessionDate(s history.Session, now time.Time, loc locale.Locale) string {
	started := s.Started.Local()
	day := loc.ShortDate(started)
	if started.Year() != now.Year() {
		day += fmt.Sprintf(" %d", started.Year())
	}
	return day + " " + loc.Clock(started)
}

func (h *historyScreen) onDelete(s history.Session) {
	u := h.ui
	msg := lang.X("history.delete.text", "Delete the session of {{.Routine}} on {{.Date}}? This cannot be undone.",
		map[string]any{"Routine": u.routineName(s.Routine), "Date": sessionDate(s, u.now(), u.locale)})
	u.ask(lang.X("history.delete.title", "Delete session?"), kit.Wrapped(msg), choice{text: lang.X("history.delete.keep", "Keep it")}, choice{text: lang.X("history.delete", "Delete"), icon: theme.DeleteIcon(), danger: true, act: func() {
		u.cfg.Background(func() {
			if err := u.deleteSession(s.ID); err != nil {
				fyne.Do(func() {
					u.showError(fmt.Errorf("%s %w", lang.X("history.delete.failed", "The session could not be deleted:"), err))
				})
			}
			u.reloadHistory()
		})
	}})
}

// exerciseChoices lists the exercises with history by name.
func (h *historyScreen) exerciseChoices() ([]string, map[string]string) {
	ids := map[string]string{}
	var names []string
	for _, id := range h.ui.facts.exercises {
		name := h.ui.exerciseName(id)
		ids[name] = id
		names = append(names, name)
	}
	return names, ids
}

// firstPicked is the exercise the chart opens on: the one with the
// newest data, so the chart is not empty while others have points.
func (h *historyScreen) firstPicked(names []string) string {
	if id := h.ui.facts.latest; id != "" {
		return h.ui.exerciseName(id)
	}
	return names[0]
}

func (h *historyScreen) onExercisePicked(name string) {
	_, ids := h.exerciseChoices()
	h.refreshChart(ids[name])
}

// refreshChart plots best reps and hold (or set time for timed moves)
// for one exercise, worked out off the UI goroutine.
func (h *historyScreen) refreshChart(id string) {
	h.picked++
	picked, sessions := h.picked, h.ui.sessions
	h.ui.cfg.Background(func() {
		points := history.Trend(sessions, id)
		fyne.Do(func() {
			if picked == h.picked {
				h.plot(points)
			}
		})
	})
}

// chartPoints is the most sessions the chart plots: the latest ones.
// Thirty years of sessions would be a smear, and a shape each to draw.
const chartPoints = 100

func (h *historyScreen) plot(points []history.Point) {
	unit := ""
	if len(points) > chartPoints {
		unit = lang.XN("history.chart.last", "the last {{.Shown}} of {{.Count}} sessions", len(points), map[string]any{"Shown": chartPoints, "Count": len(points)})
		points = points[len(points)-chartPoints:]
	}
	dates := make([]time.Time, len(points))
	reps := make([]float64, len(points))
	hold := make([]float64, len(points))
	timed := make([]float64, len(points))
	for i, p := range points {
		dates[i] = p.Started.Local()
		reps[i], hold[i], timed[i] = orNaN(float64(p.BestReps)), orNaN(p.Hold.Seconds()), orNaN(p.Duration.Seconds())
	}
	ss := []kit.Series{{Name: lang.X("history.chart.reps", "Best reps"), Colour: theme.ColorNamePrimary, Values: reps},
		{Name: lang.X("history.chart.hold", "Hold (s)"), Colour: theme.ColorNameWarning, Values: hold}}
	if allNaN(reps) {
		ss = []kit.Series{{Name: lang.X("history.chart.time", "Time per set (s)"), Colour: theme.ColorNamePrimary, Values: timed}}
	}
	h.chart.SetData(dates, unit, ss...)
}

func orNaN(v float64) float64 {
	if v == 0 {
		return math.NaN()
	}
	return v
}

func allNaN(vs []float64) bool {
	for _, v := range vs {
		if !math.IsNaN(v) {
			return false
		}
	}
	return true
}
