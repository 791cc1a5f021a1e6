package ui

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"github.com/postureapp/posture/internal/history"
	"github.com/postureapp/posture/internal/locale"
	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/ui/kit"
)

// Preference key prefix: the newest session of an exercise when a
// suggestion for it was accepted. Suggestions are measured against the
// copy an accepted one changed, so most go by themselves; easing off,
// which follows the latest discomfort whatever the target, would come
// back, so none is offered for the exercise until it is done again.
const prefAcceptedAfter = "suggestion_accepted_after:"

// onAcceptSuggestion says exactly what accepting s changes, and on Yes
// writes it into the person's own copy of r, duplicating a built-in
// routine first, so built-ins never change. rowStart is the first button
// of the suggestion's row, from which the focus goes on (see
// focusAfterAccept); nil when there is none on show.
func (u *App) onAcceptSuggestion(r *routine.Routine, s history.Suggestion, rowStart fyne.Focusable) {
	focusNext := u.focusAfterAccept(rowStart)
	// The catalog's routine, not the player's copy of it, which carries
	// app settings such as the get-ready length.
	if own := u.cfg.Catalog.Routine(r.Name); own != nil {
		r = own
	}
	base := routine.OwnCopy(u.cfg.Catalog, r)
	steps := stepsOf(base, s.Exercise)
	if steps == 0 {
		u.showError(errors.New(lang.X("accept.gone", "{{.Exercise}} is no longer in \"{{.Routine}}\", so nothing was changed",
			map[string]any{"Exercise": u.exerciseName(s.Exercise), "Routine": base.ShownName()})))
		return
	}
	u.confirm(lang.X("accept.title", "Change the routine?"), changeText(r, base, s, steps, u.locale, u.words), lang.X("accept.yes", "Change it"), func() {
		target := history.Apply(base, s)
		saved, err := u.folder().SaveRoutine(u.cfg.Catalog, target, target.File)
		u.keepReplaced(saved)
		if err != nil {
			u.showError(fmt.Errorf("%s: %w", lang.X("accept.failed", "could not change the routine"), err))
			return
		}
		u.markAccepted(s.Exercise)
		u.reloadCatalog(func() {
			if u.onHistoryLoaded != nil {
				u.onHistoryLoaded() // the screen on show drops the suggestion
			}
			focusNext(target)
		})
	})
}

// focusAfterAccept, called as Accept is pressed, gives what moves the
// focus on once the accepted suggestion has gone from the screen, when
// Accept was pressed by key: to where Tab from the suggestion's row went
// (the next suggestion, or what follows them), or on home, when no
// suggestion is left, to the row of the routine that changed. A click
// leaves the focus alone, as does a person who has moved it meanwhile.
func (u *App) focusAfterAccept(rowStart fyne.Focusable) func(changed *routine.Routine) {
	accept, c := kit.PressedByKey(), u.win.Canvas()
	screen := c.Content()
	at := slices.Index(focusables(screen), rowStart)
	if accept == nil || at < 0 {
		return func(*routine.Routine) {}
	}
	return func(changed *routine.Routine) {
		if c.Content() != screen || c.Overlays().Top() != nil || (c.Focused() != nil && c.Focused() != fyne.Focusable(accept)) {
			return
		}
		if _, left := u.suggestions(); screen == u.home.content && len(left) == 0 && changed != nil && u.home.focusRoutine(changed) {
			return
		}
		if all := focusables(screen); len(all) > 0 {
			c.Focus(all[min(at, len(all)-1)])
		}
	}
}

// ownName is the name of the person's own copy of a built-in routine
// shown as shown, in the window's language: "Schreibtischpause (meine)".
func (u *App) ownName(shown string) string {
	return u.words.X("routine.own_copy", "{{.Routine}} (mine)", map[string]any{"Routine": shown})
}

// changeText: which routine changes, each value from and to, and how many
// steps, its numbers as loc writes them and its resistances in the words
// of m.
func changeText(r, target *routine.Routine, s history.Suggestion, steps int, loc locale.Locale, m *locale.Messages) string {
	var b strings.Builder
	data := map[string]any{"Routine": target.ShownName()}
	switch {
	case target.File == "" && r.BuiltIn:
		b.WriteString(lang.X("accept.copy", "Built-in routines stay as they are, so this makes your own copy, \"{{.Routine}}\", with this change:", data))
	case r.BuiltIn:
		b.WriteString(lang.X("accept.in_copy", "In your copy \"{{.Routine}}\":", data))
	default:
		b.WriteString(lang.X("accept.in", "In \"{{.Routine}}\":", data))
	}
	b.WriteString("\n")
	for _, c := range targetChanges(s.From, s.To, loc, m) {
		b.WriteString("• " + lang.X("accept.change", "{{.Exercise}}: {{.Change}}", map[string]any{"Exercise": s.From.Name, "Change": c}) + "\n")
	}
	if steps > 1 {
		b.WriteString(lang.XN("accept.steps", "(in all {{.Count}} steps with this exercise)", steps, map[string]any{"Count": steps}) + "\n")
	}
	b.WriteString(lang.X("accept.nothing_else", "Nothing else changes."))
	return b.String()
}

// targetChanges lists what a suggestion changes: "reps from 10–15 to
// 12–15" (in words: the window's font has no arrow),
// or the exercise that takes the step's place, at its own dose.
func targetChanges(from, to history.Target, loc locale.Locale, m *locale.Messages) []string {
	if to.Exercise != from.Exercise {
		data := map[string]any{"Exercise": to.Name, "Reps": countIn(to.Reps, loc), "Hold": holdIn(to.Hold, loc)}
		if to.Hold.IsZero() {
			return []string{lang.X("accept.becomes", "becomes {{.Exercise}}, {{.Reps}} reps (sets, rests and pace stay)", data)}
		}
		return []string{lang.X("accept.becomes_hold", "becomes {{.Exercise}}, {{.Reps}} reps, hold {{.Hold}} (sets, rests and pace stay)", data)}
	}
	var out []string
	fromTo := func(from, to string) map[string]any { return map[string]any{"From": orNone(from), "To": orNone(to)} }
	if to.Reps != from.Reps {
		out = append(out, lang.X("accept.reps", "reps from {{.From}} to {{.To}}", fromTo(countIn(from.Reps, loc), countIn(to.Reps, loc))))
	}
	if to.Hold != from.Hold {
		out = append(out, lang.X("accept.hold", "hold from {{.From}} to {{.To}}", fromTo(holdIn(from.Hold, loc), holdIn(to.Hold, loc))))
	}
	if to.Lower != from.Lower {
		out = append(out, lang.X("accept.lower", "lowering from {{.From}} to {{.To}}", fromTo(loc.Duration(from.Lower), loc.Duration(to.Lower))))
	}
	if to.Resistance != from.Resistance {
		out = append(out, lang.X("accept.resistance", "resistance from {{.From}} to {{.To}}",
			fromTo(history.ResistanceIn(from.Resistance, m), history.ResistanceIn(to.Resistance, m))))
	}
	return out
}

// holdIn is a hold as loc writes it, "" for none.
func holdIn(h routine.Span, loc locale.Locale) string {
	if h.IsZero() {
		return ""
	}
	return loc.DurationRange(h.Lo, h.Hi)
}

// countIn is a number of reps as loc writes it, "" for none.
func countIn(c routine.Count, loc locale.Locale) string {
	if c.IsZero() {
		return ""
	}
	return loc.CountRange(c.Lo, c.Hi)
}

func orNone(v string) string {
	if v == "" {
		return lang.X("accept.none", "none")
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
