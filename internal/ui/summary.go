package ui

import (
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/postureapp/posture/internal/history"
	"github.com/postureapp/posture/internal/routine"
)

// showSummary shows what was done once a session is over.
func (u *App) showSummary(r *routine.Routine, rec history.Session) {
	u.player = nil
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
	back := widget.NewButtonWithIcon("Back to home", theme.HomeIcon(), u.showHome)
	back.Importance = widget.HighImportance
	card := widget.NewCard(title, facts, rows)
	content := container.NewBorder(nil, container.NewPadded(container.NewCenter(back)), nil, nil, container.NewVScroll(card))
	u.show(content, func(ev *fyne.KeyEvent) {
		if ev.Name == fyne.KeyEscape || ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter {
			u.showHome()
		}
	})
}

// exerciseLine says what was done of one exercise: "Band Pull-Apart: 3/3
// sets, reps 15 15 15".
func (u *App) exerciseLine(ex history.Exercise) string {
	name := ex.Exercise
	if e, ok := u.cfg.Catalog.Library.Exercise(ex.Exercise); ok {
		name = e.Name
	}
	line := fmt.Sprintf("%s: %d/%d sets", name, ex.SetsDone, ex.SetsPlanned)
	if len(ex.Reps) > 0 {
		reps := make([]string, len(ex.Reps))
		for i, r := range ex.Reps {
			reps[i] = fmt.Sprint(r)
		}
		line += ", reps " + strings.Join(reps, " ")
	}
	if ex.Hold > 0 {
		line += ", hold " + time.Duration(ex.Hold).String()
	}
	if ex.Duration > 0 {
		line += " of " + time.Duration(ex.Duration).String()
	}
	return line
}

// saveRecord writes the session so far to the history; it runs on the
// engine's goroutine, off the UI thread. A failure is shown, never fatal.
func (u *App) saveRecord(rec history.Session) {
	if u.cfg.History == nil {
		return
	}
	if _, err := u.cfg.History.Save(rec); err != nil {
		fyne.Do(func() { u.showError(fmt.Errorf("could not save this session to your history: %w", err)) })
	}
}
