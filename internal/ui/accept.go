package ui

import (
	"fmt"
	"strings"

	"github.com/postureapp/posture/internal/history"
	"github.com/postureapp/posture/internal/routine"
)

// Preference key prefix: the newest session of an exercise when a
// suggestion for it was accepted. Suggestions are measured against the
// copy an accepted one changed, so most go by themselves; easing off,
// which follows the latest discomfort whatever the target, would come
// back, so none is offered for the exercise until it is done again.
const prefAcceptedAfter = "suggestion_accepted_after:"

// onAcceptSuggestion says exactly what accepting s changes, and on Yes
// writes it into the person's own copy of r, duplicating a built-in
// routine first, so built-ins never change.
func (u *App) onAcceptSuggestion(r *routine.Routine, s history.Suggestion) {
	// The catalog's routine, not the player's copy of it, which carries
	// app settings such as the get-ready length.
	if own := u.cfg.Catalog.Routine(r.Name); own != nil {
		r = own
	}
	base := routine.OwnCopy(u.cfg.Catalog, r)
	steps := stepsOf(base, s.Exercise)
	if steps == 0 {
		u.showError(fmt.Errorf("%s is no longer in %q, so nothing was changed", u.exerciseName(s.Exercise), base.Name))
		return
	}
	u.confirm("Change the routine?", changeText(r, base, s, steps), "Change it", func() {
		target := history.Apply(base, s)
		saved, err := u.folder().SaveRoutine(u.cfg.Catalog, target, target.File)
		u.keepReplaced(saved)
		if err != nil {
			u.showError(fmt.Errorf("could not change the routine: %w", err))
			return
		}
		u.markAccepted(s.Exercise)
		u.reloadCatalog(func() {
			if u.onHistoryLoaded != nil {
				u.onHistoryLoaded() // the screen on show drops the suggestion
			}
		})
	})
}

// changeText: which routine changes, each value from and to, and how many
// steps.
func changeText(r, target *routine.Routine, s history.Suggestion, steps int) string {
	var b strings.Builder
	switch {
	case target.File == "" && r.BuiltIn:
		fmt.Fprintf(&b, "Built-in routines stay as they are, so this makes your own copy, %q, with this change:\n", target.Name)
	case r.BuiltIn:
		fmt.Fprintf(&b, "In your copy %q:\n", target.Name)
	default:
		fmt.Fprintf(&b, "In %q:\n", target.Name)
	}
	for _, c := range targetChanges(s.From, s.To) {
		fmt.Fprintf(&b, "• %s: %s\n", s.From.Name, c)
	}
	if steps > 1 {
		fmt.Fprintf(&b, "(in all %d steps with this exercise)\n", steps)
	}
	b.WriteString("Nothing else changes.")
	return b.String()
}

// targetChanges lists what a suggestion changes: "reps from 10-15 to
// 12-15" (in words: the window's font has no arrow),
// or the exercise that takes the step's place, at its own dose.
func targetChanges(from, to history.Target) []string {
	if to.Exercise != from.Exercise {
		return []string{fmt.Sprintf("becomes %s, %s reps%s (sets, rests and pace stay)", to.Name, to.Reps, holdText(to.Hold))}
	}
	var out []string
	if to.Reps != from.Reps {
		out = append(out, fmt.Sprintf("reps from %s to %s", from.Reps, to.Reps))
	}
	if to.Hold != from.Hold {
		out = append(out, fmt.Sprintf("hold from %s to %s", orNone(from.Hold.String()), orNone(to.Hold.String())))
	}
	if to.Lower != from.Lower {
		out = append(out, fmt.Sprintf("lowering from %s to %s", routine.FormatDuration(from.Lower), routine.FormatDuration(to.Lower)))
	}
	if to.Resistance != from.Resistance {
		out = append(out, fmt.Sprintf("resistance from %s to %s", orNone(from.Resistance), orNone(to.Resistance)))
	}
	return out
}

func holdText(h routine.Span) string {
	if h.IsZero() {
		return ""
	}
	return ", hold " + h.String()
}

func orNone(v string) string {
	if v == "" {
		return "none"
	}
	return v
}

// stepsOf counts r's steps of an exercise.
func stepsOf(r *routine.Routine, exercise string) int {
	n := 0
	for _, st := range r.Steps() {
		if st.Exercise == exercise {
			n++
		}
	}
	return n
}

// markAccepted remembers the newest session of the exercise, so no
// suggestion for it is offered again until the person has done it since.
func (u *App) markAccepted(exercise string) {
	u.prefs.p.SetString(prefAcceptedAfter+exercise, u.lastSessionWith(exercise))
}

// notAccepted drops the suggestions for exercises accepted since they
// were last done.
func (u *App) notAccepted(sugs []history.Suggestion) []history.Suggestion {
	var out []history.Suggestion
	for _, s := range sugs {
		after := u.prefs.p.String(prefAcceptedAfter + s.Exercise)
		if after == "" || after != u.lastSessionWith(s.Exercise) {
			out = append(out, s)
		}
	}
	return out
}

// lastSessionWith is the id of the newest session with the exercise.
func (u *App) lastSessionWith(exercise string) string {
	for i := len(u.sessions) - 1; i >= 0; i-- {
		for _, ex := range u.sessions[i].Exercises {
			if ex.Exercise == exercise {
				return u.sessions[i].ID
			}
		}
	}
	return ""
}
