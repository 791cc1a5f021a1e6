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
	target := routine.OwnCopy(u.cfg.Catalog, r)
	applySuggestion(target, s)
	saved, err := u.folder().SaveRoutine(u.cfg.Catalog, target, target.File)
	u.keepReplaced(saved)
	if err != nil {
		u.showError(fmt.Errorf("could not change the routine: %w", err))
		return
	}
	u.reloadCatalog()
	dialog.ShowInformation("Routine changed",
		fmt.Sprintf("%s in %q now: %s", u.exerciseName(s.Exercise), target.Name, targetText(s.To)), u.win)
}

// applySuggestion sets the new target on every step of the exercise.
func applySuggestion(r *routine.Routine, s history.Suggestion) {
	for i := range r.Sections {
		for j := range r.Sections[i].Steps {
			st := &r.Sections[i].Steps[j]
			if st.Exercise != s.Exercise {
				continue
			}
			if s.To.Reps != s.From.Reps {
				st.Reps = s.To.Reps
			}
			if s.To.Hold != s.From.Hold {
				st.Hold = s.To.Hold
			}
			if s.To.Resistance != s.From.Resistance {
				st.Resistance = s.To.Resistance
			}
		}
	}
}

// targetText: "12-15 reps, hold 3s, light band".
func targetText(t history.Target) string {
	text := t.Reps.String() + " reps"
	if !t.Hold.IsZero() {
		text += ", hold " + t.Hold.String()
	}
	if t.Resistance != "" {
		text += ", " + t.Resistance
	}
	return text
}
