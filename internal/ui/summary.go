package ui

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/postureapp/posture/internal/history"
	"github.com/postureapp/posture/internal/routine"
)

// Quick-check choices for how an exercise felt.
const (
	feltRight  = "Felt it in the right place"
	feltUneasy = "Discomfort"
)

// summaryScreen is shown when a session is over: what was done, an
// optional quick check per exercise, and suggestions.
type summaryScreen struct {
	ui     *App
	r      *routine.Routine
	rec    history.Session
	checks []*exerciseCheck
	saved  *widget.Label
}

// exerciseCheck is the quick check of one exercise.
type exerciseCheck struct {
	reps       *widget.Entry
	comfort    *widget.RadioGroup
	resistance *widget.Entry
}

// showSummary shows what was done once a session is over.
func (u *App) showSummary(r *routine.Routine, rec history.Session) {
	u.player = nil
	s := &summaryScreen{ui: u, r: r, rec: rec}
	title := map[history.Status]string{
		history.Completed: "Routine complete",
		history.Stopped:   "Session stopped",
		history.Pain:      "Stopped because of pain",
	}[rec.Status]
	facts := fmt.Sprintf("%s · %s active", r.Name, time.Duration(rec.Active).Round(time.Second))
	rows := container.NewVBox()
	for _, ex := range rec.Exercises {
		rows.Add(widget.NewLabel(u.exerciseLine(ex)))
	}
	if len(rec.Exercises) == 0 {
		rows.Add(widget.NewLabel("No exercise was started."))
	}
	body := container.NewVBox(widget.NewCard(title, facts, rows))
	if check := s.checkCard(); check != nil {
		body.Add(check)
	}
	suggestions := container.NewVBox()
	body.Add(suggestions)
	back := widget.NewButtonWithIcon("Back to home", theme.HomeIcon(), u.showHome)
	back.Importance = widget.HighImportance
	content := container.NewBorder(nil, container.NewPadded(container.NewCenter(back)), nil, nil, container.NewVScroll(body))
	u.show(content, func(ev *fyne.KeyEvent) {
		if ev.Name == fyne.KeyEscape {
			u.showHome()
		}
	})
	u.onHistoryLoaded = func() { s.refreshSuggestions(suggestions) }
	u.reloadHistory() // with this session, once the writer has it on disk
	if c := u.cfg.Reminders; c != nil && rec.Status == history.Completed {
		u.cfg.Background(c.SessionDone) // a routine done is a break: the desk count starts again
	}
}

// refreshSuggestions shows the progression suggestions for the routine,
// from the history as last read.
func (s *summaryScreen) refreshSuggestions(box *fyne.Container) {
	box.RemoveAll()
	if sugs := history.Suggest(s.ui.sessions, history.Targets(s.r, s.ui.cfg.Catalog.Library)); len(sugs) > 0 {
		box.Add(s.ui.suggestionCard(s.r, sugs))
	}
}

// checkCard asks, for each exercise with sets done, the reps actually
// done, how it felt and the resistance used. It is optional: the session
// is already saved as the engine recorded it.
func (s *summaryScreen) checkCard() fyne.CanvasObject {
	if s.ui.writer == nil {
		return nil
	}
	rows := container.NewVBox()
	for _, ex := range s.rec.Exercises {
		c := &exerciseCheck{
			reps:       widget.NewEntry(),
			comfort:    widget.NewRadioGroup([]string{feltRight, feltUneasy}, nil),
			resistance: widget.NewEntry(),
		}
		c.reps.SetText(joinInts(ex.Reps))
		c.reps.SetPlaceHolder("reps per set, e.g. 12 12 10")
		c.comfort.Horizontal = true
		c.comfort.SetSelected(feltRight)
		if ex.Comfort == history.ComfortDiscomfort || ex.Comfort == history.ComfortPain {
			c.comfort.SetSelected(feltUneasy)
		}
		c.resistance.SetText(ex.Resistance)
		c.resistance.SetPlaceHolder("resistance, e.g. light band")
		s.checks = append(s.checks, c)
		fields := []fyne.CanvasObject{widget.NewLabelWithStyle(s.ui.exerciseName(ex.Exercise), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})}
		fields = append(fields, c.comfort)
		// Reps and resistance mean something only for rep-based moves;
		// a stretch has neither.
		if len(ex.Reps) > 0 {
			fields = append(fields,
				container.NewBorder(nil, nil, widget.NewLabel("Reps done"), nil, c.reps),
				container.NewBorder(nil, nil, widget.NewLabel("Resistance"), nil, c.resistance))
		}
		rows.Add(container.NewVBox(fields...))
	}
	if len(s.checks) == 0 {
		return nil
	}
	s.saved = widget.NewLabel("")
	save := widget.NewButtonWithIcon("Save check", theme.DocumentSaveIcon(), s.onSaveCheck)
	rows.Add(container.NewHBox(save, s.saved))
	return widget.NewCard("Quick check", "Optional: correct the reps and say how it felt", rows)
}

func (s *summaryScreen) onSaveCheck() {
	rec := s.rec
	rec.Exercises = append([]history.Exercise(nil), rec.Exercises...)
	for i, c := range s.checks {
		ex := &rec.Exercises[i]
		if len(ex.Reps) > 0 {
			reps, err := parseInts(c.reps.Text)
			if err != nil {
				s.saved.SetText(fmt.Sprintf("%s: %v", s.ui.exerciseName(ex.Exercise), err))
				return
			}
			ex.Reps = reps
		}
		ex.Comfort = history.ComfortFine
		if c.comfort.Selected == feltUneasy {
			ex.Comfort = history.ComfortDiscomfort
		}
		ex.Resistance = strings.TrimSpace(c.resistance.Text)
	}
	s.ui.writer.Record(rec) // a problem saving it is reported by the writer
	s.ui.reloadHistory()
	s.rec = rec
	s.saved.SetText("Saved")
	if hasDiscomfort(rec) {
		s.ui.showAdvice(false, nil)
	}
}

func hasDiscomfort(rec history.Session) bool {
	for _, ex := range rec.Exercises {
		if ex.Comfort != history.ComfortFine {
			return true
		}
	}
	return false
}

func joinInts(vs []int) string {
	s := make([]string, len(vs))
	for i, v := range vs {
		s[i] = strconv.Itoa(v)
	}
	return strings.Join(s, " ")
}

// parseInts reads reps per set: whole numbers from 0 to 100 separated by
// spaces or commas.
func parseInts(text string) ([]int, error) {
	var out []int
	for _, f := range strings.FieldsFunc(text, func(r rune) bool { return r == ' ' || r == ',' }) {
		n, err := strconv.Atoi(f)
		if err != nil || n < 0 || n > 100 {
			return nil, fmt.Errorf("%q is not a number of reps (0-100, one per set)", f)
		}
		out = append(out, n)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("give the reps of each set, like \"12 12 10\"")
	}
	return out, nil
}

// exerciseLine says what was done of one exercise: "Band Pull-Apart: 3/3
// sets, reps 15 15 15".
func (u *App) exerciseLine(ex history.Exercise) string {
	line := fmt.Sprintf("%s: %d/%d sets", u.exerciseName(ex.Exercise), ex.SetsDone, ex.SetsPlanned)
	if len(ex.Reps) > 0 {
		line += ", reps " + joinInts(ex.Reps)
	}
	if ex.Hold > 0 {
		line += ", hold " + time.Duration(ex.Hold).String()
	}
	if ex.Duration > 0 {
		line += " of " + time.Duration(ex.Duration).String()
	}
	return line
}
