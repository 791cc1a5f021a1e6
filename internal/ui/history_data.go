package ui

import (
	"time"

	"github.com/postureapp/posture/internal/history"
	"github.com/postureapp/posture/internal/routine"
)

// loadHistory reads every saved session; broken month files come back as
// problems (already moved aside by the store) for the history screen.
func (u *App) loadHistory() {
	if u.cfg.History == nil {
		u.sessions, u.historyProblems = nil, nil
		return
	}
	u.sessions, u.historyProblems = u.cfg.History.Load()
}

// now is the wall clock for weeks and streaks; tests fix it.
func (u *App) now() time.Time {
	if u.clockNow != nil {
		return u.clockNow()
	}
	return time.Now()
}

// lastRoutine is the routine of the most recent session that is still in
// the catalog; nil when there is none.
func (u *App) lastRoutine() *routine.Routine {
	for i := len(u.sessions) - 1; i >= 0; i-- {
		if r := u.cfg.Catalog.Routine(u.sessions[i].Routine); r != nil {
			return r
		}
	}
	return nil
}

func (u *App) summary() history.Summary {
	return history.Summarise(u.sessions, u.now(), time.Local, u.prefs.weeklyTarget())
}

// targets is what routine r currently asks of each rep-based exercise,
// for the progression suggestions.
func (u *App) targets(r *routine.Routine) []history.Target {
	var out []history.Target
	seen := map[string]bool{}
	for _, sec := range r.Plans(u.cfg.Catalog.Library) {
		for _, p := range sec {
			if !p.RepBased() || seen[p.Exercise.ID] {
				continue
			}
			seen[p.Exercise.ID] = true
			out = append(out, history.Target{Exercise: p.Exercise.ID, Reps: p.Reps, Hold: p.Hold, Resistance: p.Resistance})
		}
	}
	return out
}

// suggestions for the routine last done.
func (u *App) suggestions() (*routine.Routine, []history.Suggestion) {
	r := u.lastRoutine()
	if r == nil {
		return nil, nil
	}
	return r, history.Suggest(u.sessions, u.targets(r))
}

// exerciseName is the library's name for an id, or the id itself.
func (u *App) exerciseName(id string) string {
	if e, ok := u.cfg.Catalog.Library.Exercise(id); ok {
		return e.Name
	}
	return id
}
