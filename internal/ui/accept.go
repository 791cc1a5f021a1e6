package ui

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2/dialog"

	"github.com/postureapp/posture/internal/history"
	"github.com/postureapp/posture/internal/routine"
)

// copySuffix marks the person's own copy of a built-in routine.
const copySuffix = " (mine)"

// onAcceptSuggestion writes the suggestion into the person's own copy of
// r, duplicating a built-in routine first, so built-ins never change.
func (u *App) onAcceptSuggestion(r *routine.Routine, s history.Suggestion) {
	target, path, err := u.ownCopy(r)
	if err == nil {
		applySuggestion(target, s)
		err = routine.SaveRoutine(path, target)
	}
	if err != nil {
		u.showError(fmt.Errorf("could not change the routine: %w", err))
		return
	}
	u.reloadCatalog()
	dialog.ShowInformation("Routine changed",
		fmt.Sprintf("%s in %q now: %s", u.exerciseName(s.Exercise), target.Name, targetText(s.To)), u.win)
}

// ownCopy returns the routine to change and where to save it: r itself
// when it is the person's, else their existing copy of it, else a new copy.
func (u *App) ownCopy(r *routine.Routine) (*routine.Routine, string, error) {
	dir := u.cfg.Sources.UserRoutines
	if dir == "" {
		return nil, "", errors.New("there is no folder for your routines")
	}
	if !r.BuiltIn {
		return clone(r), r.File, nil
	}
	if mine := u.cfg.Catalog.Routine(r.Name + copySuffix); mine != nil && !mine.BuiltIn {
		return clone(mine), mine.File, nil
	}
	c := clone(r)
	c.Name = r.Name + copySuffix
	c.BuiltIn = false
	path := filepath.Join(dir, routine.FileName(c.Name))
	if _, err := os.Stat(path); err == nil {
		return nil, "", fmt.Errorf("%s already exists and holds another routine", path)
	}
	return c, path, nil
}

// clone copies r deeply enough that changing its steps leaves r alone.
func clone(r *routine.Routine) *routine.Routine {
	c := *r
	c.Sections = make([]routine.Section, len(r.Sections))
	for i, sec := range r.Sections {
		sec.Steps = append([]routine.Step(nil), sec.Steps...)
		c.Sections[i] = sec
	}
	return &c
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
