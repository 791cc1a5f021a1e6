package ui

import (
	"fmt"

	"fyne.io/fyne/v2/dialog"

	"github.com/postureapp/posture/internal/history"
	"github.com/postureapp/posture/internal/routine"
)

// onAcceptSuggestion writes the suggestion into the person's own copy of
// r, duplicating a built-in routine first, so built-ins never change.
func (u *App) onAcceptSuggestion(r *routine.Routine, s history.Suggestion) {
	target := history.Apply(routine.OwnCopy(u.cfg.Catalog, r), s)
	saved, err := u.folder().SaveRoutine(u.cfg.Catalog, target, target.File)
	u.keepReplaced(saved)
	if err != nil {
		u.showError(fmt.Errorf("could not change the routine: %w", err))
		return
	}
	u.reloadCatalog()
	dialog.ShowInformation("Routine changed",
		fmt.Sprintf("%s in %q now: %s", u.exerciseName(s.Exercise), target.Name, targetText(s.From, s.To)), u.win)
}

// targetText: "12-15 reps, hold 3s, light band", led by the exercise's
// name when the suggestion moves on to another.
func targetText(from, t history.Target) string {
	text := t.Reps.String() + " reps"
	if t.Exercise != from.Exercise {
		text = t.Name + ", " + text
	}
	if !t.Hold.IsZero() {
		text += ", hold " + t.Hold.String()
	}
	if t.Lower != from.Lower {
		text += ", lower " + routine.FormatDuration(t.Lower)
	}
	if t.Resistance != "" {
		text += ", " + t.Resistance
	}
	return text
}
