package ui

import (
	"maps"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/postureapp/posture/internal/history"
	"github.com/postureapp/posture/internal/remind"
	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/ui/kit"
)

// refreshProgress shows any suggestion from the history above the
// routines, as last read.
func (h *home) refreshProgress() {
	u := h.ui
	h.progress.Objects = nil
	if r, sugs := u.suggestions(); len(sugs) > 0 {
		h.progress.Add(u.homeSuggestion(r, sugs))
	}
	h.progress.Refresh()
	u.relayout()
}

// onHistoryLoaded shows what the history just read says: the week, the
// suggestions, and whether a newcomer's first routine is still offered.
func (h *home) onHistoryLoaded() {
	suggested := len(h.items) > 1 && h.items[0].r == nil && h.items[1].r == h.firstRoutine(h.shown)
	offers := h.firstRoutine(h.ui.cfg.Catalog.Routines) != nil && strings.TrimSpace(h.search.Text) == ""
	if suggested != offers {
		h.refreshList() // the rows change: keep them as they are otherwise, with the focus
		return
	}
	h.refreshProgress()
	h.refreshStatus(h.ui.reminderPlan())
}

// refreshStatus is the line under the app's name: this week against
// the target, the streak, and the next reminder planned.
func (h *home) refreshStatus(plan remind.Plan) {
	u := h.ui
	var parts []string
	if u.cfg.History != nil && u.target > 0 {
		parts = append(parts, weekText(u.summary()))
	}
	if next := u.nextReminder(plan); next != nil {
		at := next.Planned
		parts = append(parts, lang.X("home.next_reminder", "Next reminder: {{.Day}} at {{.Time}}, {{.Routine}}",
			map[string]any{"Day": u.locale.ShortWeekday(at.Weekday()), "Time": u.locale.Clock(at), "Routine": u.routineName(next.Routine)}))
	}
	h.status.SetText(strings.Join(parts, " · "))
	h.status.Hidden = len(parts) == 0
}

// remindersChanged shows what reminders.toml and the scheduler's state
// say now, when another program (`posture remind add`, the background
// process) changed them: the header's next reminder, and the rows' when
// a routine's reminder changed.
func (h *home) remindersChanged() {
	plan := h.ui.reminderPlan()
	h.refreshStatus(plan)
	if reminded := remindedIn(plan); !maps.Equal(reminded, h.reminded) {
		h.reminded = reminded
		h.routines.Reset()
	}
	h.ui.relayout()
}

// remindedIn is each reminded routine's session in plan, by name.
func remindedIn(plan remind.Plan) map[string]remind.Session {
	out := map[string]remind.Session{}
	for _, s := range plan.Sessions {
		out[s.Routine] = comingSession(s, plan.Quiet)
	}
	return out
}

// weekText: "This week: 2 of 3 sessions · 4-week streak".
func weekText(s history.Summary) string {
	text := lang.XN("home.week", "This week: {{.Done}} of {{.Count}} sessions", s.Target, map[string]any{"Done": s.ThisWeek, "Count": s.Target})
	switch {
	case s.Streak == 1:
		text += " · " + lang.X("home.streak.one", "1 week on target")
	case s.Streak > 1:
		text += " · " + lang.XN("home.streak", "{{.Count}}-week streak", s.Streak, map[string]any{"Count": s.Streak})
	}
	return text
}

// homeSuggestion is the first suggestion in one line, with its actions
// and the way to every suggestion's full wording in History: after a
// session stopped for pain there is one per exercise, several lines each,
// and home keeps its room for the routines.
func (u *App) homeSuggestion(r *routine.Routine, sugs []history.Suggestion) fyne.CanvasObject {
	s := sugs[0]
	line := widget.NewLabel(u.exerciseName(s.Exercise) + ": " + s.Why)
	line.Truncation = fyne.TextTruncateEllipsis
	icon := theme.InfoIcon()
	var actions []fyne.CanvasObject
	if s.Safety {
		icon = theme.NewColoredResource(theme.WarningIcon(), theme.ColorNameWarning)
		actions = append(actions, kit.NewButton(lang.X("home.suggest.safety", "Safety advice"), theme.WarningIcon(), func() { u.showAdvice(false, nil) }))
	}
	if s.To != s.From {
		var rowStart fyne.Focusable
		actions = append(actions, kit.NewPrimaryButton(lang.X("home.suggest.accept", "Accept"), theme.ConfirmIcon(), func() { u.onAcceptSuggestion(r, s, rowStart) }))
		rowStart = actions[0].(fyne.Focusable)
	}
	actions = append(actions, kit.NewButton(lang.X("home.suggest.more", "More in History"), theme.HistoryIcon(), u.showHistory))
	return container.NewBorder(nil, nil, container.NewVBox(widget.NewIcon(icon)), nil, kit.LineAndButtons(line, 240, actions...))
}

// suggestionCard lists suggestions for routine r, each with Accept.
func (u *App) suggestionCard(r *routine.Routine, sugs []history.Suggestion) fyne.CanvasObject {
	rows := container.NewVBox()
	for _, s := range sugs {
		s := s
		text := kit.Wrapped(lang.X("home.suggest.line", "{{.Exercise}}: {{.Text}}", map[string]any{"Exercise": u.exerciseName(s.Exercise), "Text": s.TextIn(u.words)}))
		var actions []fyne.CanvasObject
		if s.Safety {
			actions = append(actions, kit.NewButton(lang.X("home.suggest.safety", "Safety advice"), theme.WarningIcon(), func() { u.showAdvice(false, nil) }))
		}
		if s.To != s.From {
			var rowStart fyne.Focusable
			accept := kit.NewPrimaryButton(lang.X("home.suggest.accept", "Accept"), theme.ConfirmIcon(), func() { u.onAcceptSuggestion(r, s, rowStart) })
			actions = append(actions, accept)
			rowStart = actions[0].(fyne.Focusable)
		}
		// Buttons under the text, so a narrow window keeps the text wide.
		rows.Add(container.NewVBox(text, container.NewHBox(actions...)))
	}
	return kit.Section(lang.X("home.suggest.title", "Suggestions"), lang.X("home.suggest.from", "From your last sessions of {{.Routine}}", map[string]any{"Routine": r.ShownName()}), rows)
}
