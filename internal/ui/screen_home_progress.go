package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/postureapp/posture/internal/history"
	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/ui/kit"
)

// refreshProgress shows this week's count, the streak and any suggestion
// above the routines, from the history as last read.
func (h *home) refreshProgress() {
	u := h.ui
	h.progress.Objects = nil
	if len(u.sessions) > 0 {
		h.progress.Add(widget.NewCard("", "", kit.Wrapped(weekText(u.summary()))))
	}
	if r, sugs := u.suggestions(); len(sugs) > 0 {
		h.progress.Add(u.suggestionCard(r, sugs))
	}
	h.progress.Refresh()
	u.relayout()
}

// weekText: "This week: 2 of 3 sessions · 4-week streak".
func weekText(s history.Summary) string {
	text := fmt.Sprintf("This week: %d of %d sessions", s.ThisWeek, s.Target)
	switch {
	case s.Streak == 1:
		text += " · target met 1 week"
	case s.Streak > 1:
		text += fmt.Sprintf(" · %d-week streak", s.Streak)
	}
	return text
}

// suggestionCard lists suggestions for routine r, each with Accept.
func (u *App) suggestionCard(r *routine.Routine, sugs []history.Suggestion) fyne.CanvasObject {
	rows := container.NewVBox()
	for _, s := range sugs {
		s := s
		text := kit.Wrapped(u.exerciseName(s.Exercise) + ": " + s.Text())
		var actions []fyne.CanvasObject
		if s.Safety {
			actions = append(actions, kit.NewButton("Safety advice", theme.WarningIcon(), func() { u.showAdvice(false, nil) }))
		}
		if s.To != s.From {
			accept := kit.NewPrimaryButton("Accept", theme.ConfirmIcon(), func() { u.onAcceptSuggestion(r, s) })
			actions = append(actions, accept)
		}
		// Buttons under the text, so a narrow window keeps the text wide.
		rows.Add(container.NewVBox(text, container.NewHBox(actions...)))
	}
	return kit.Section("Suggestions", "From your last sessions of "+r.Name, rows)
}
