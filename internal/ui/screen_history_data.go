package ui

import (
	"errors"
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"

	"github.com/postureapp/posture/internal/history"
	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/ui/kit"
)

// reloadHistory reads the history again, off the UI goroutine and after
// the writer has written what it was handed, works out what the screens
// show of it there too, then redraws the screen on show and tells of any
// problem the writer met. Screens draw from the last read meanwhile.
// When no month file changed since the last read, nothing is decoded.
func (u *App) reloadHistory() {
	st := u.cfg.History
	if st == nil {
		return
	}
	legacy := u.prefs.legacyPerWeek()
	sets := u.targetSets
	lastStamp, lastTarget, lastProblems := u.historyStamp, u.target, len(u.historyProblems)
	u.cfg.Background(func() {
		if u.writer != nil {
			u.writer.Flush(historyFlushMax)
		}
		stamp := st.Stamp()
		target, problem := readTarget(st, legacy)
		if stamp != "" && stamp == lastStamp && target == lastTarget && problem == nil && lastProblems == 0 {
			fyne.Do(u.historyReadAgain)
			return
		}
		sessions, problems := st.Load()
		if problem != nil {
			problems = append(problems, *problem)
		}
		facts := factsOf(sessions, u.now(), target, u.locale.FirstWeekday())
		fyne.Do(func() {
			u.sessions, u.historyProblems, u.facts, u.historyStamp = sessions, problems, facts, stamp
			if sets == u.targetSets { // else a newer target is on its way to the file
				u.target = target
			}
			u.historyReadAgain()
		})
	})
}

// historyReadAgain tells the screen on show the history has been read,
// and tells of any problem the writer met.
func (u *App) historyReadAgain() {
	if u.onHistoryLoaded != nil {
		u.onHistoryLoaded()
	}
	u.showWriterProblems()
}

// deleteSession removes a session from the history, after the sessions
// handed to the writer; it runs off the UI goroutine.
func (u *App) deleteSession(id string) error {
	if u.writer != nil {
		return u.writer.Delete(id)
	}
	return u.cfg.History.Delete(id) // a demo: nothing else is being written
}

// onHistoryProblem runs on the writer's goroutine. The problem is told the
// next time the history is read: at the end of the session (a workout is
// not interrupted by it), or right after the save that met it.
func (u *App) onHistoryProblem(err error) {
	u.writerMu.Lock()
	defer u.writerMu.Unlock()
	u.writerProblems = append(u.writerProblems, err)
}

// showWriterProblems tells of the problems the writer met since last time:
// the newest session that could not be saved, and files moved aside.
func (u *App) showWriterProblems() {
	u.writerMu.Lock()
	found := u.writerProblems
	u.writerProblems = nil
	u.writerMu.Unlock()
	var unsaved *history.SaveError
	for _, err := range found {
		var e *history.SaveError
		if errors.As(err, &e) {
			unsaved = e
			continue
		}
		u.showError(fmt.Errorf("%s %w", lang.X("history.read_failed", "A history file could not be read:"), err))
	}
	if unsaved != nil {
		u.showUnsaved(unsaved)
	}
}

// showUnsaved says a session is not saved yet and offers to try again or
// to export it to a file of the person's choice; it is kept until then.
func (u *App) showUnsaved(e *history.SaveError) {
	msg := kit.Wrapped(lang.X("history.unsaved.text", "Your session of {{.Routine}} on {{.Date}} is not saved yet: {{.Problem}}\n\nPosture keeps it while it runs. Free some space (or make the data folder writable) and try again, or export it to another place.",
		map[string]any{"Routine": u.routineName(e.Session.Routine), "Date": sessionDate(e.Session, u.now(), u.locale), "Problem": kit.ErrorText(e.Err)}))
	retry := func() {
		u.writer.Retry()
		u.reloadHistory()
	}
	u.ask(lang.X("unsaved.title", "Session not saved"), msg,
		choice{text: lang.X("unsaved.later", "Later")},
		choice{text: lang.X("unsaved.export", "Export…"), icon: theme.DownloadIcon(), act: u.chooseHistoryExport},
		choice{text: lang.X("unsaved.retry", "Try again"), icon: theme.ViewRefreshIcon(), act: retry, primary: true})
}

// chooseHistoryExport writes the sessions that could not be saved to a
// file; 'posture history import FILE' brings them back.
func (u *App) chooseHistoryExport() {
	data, err := history.EncodeSessions(u.writer.Unsaved())
	if err != nil {
		u.showError(err)
		return
	}
	u.exportFile("posture-unsaved-sessions.toml", data, func(path string) string {
		return lang.X("unsaved.written", "Written to {{.Path}}. Bring the sessions back later with: posture history import {{.Path}}", map[string]any{"Path": path})
	})
}

// now is the wall clock for weeks and streaks; tests fix it.
func (u *App) now() time.Time {
	if u.clockNow != nil {
		return u.clockNow()
	}
	return time.Now()
}

// historyFacts is what the screens show of the history besides the
// sessions themselves, worked out with each read off the UI goroutine.
type historyFacts struct {
	target    int       // the weekly target summary counts against
	week      time.Time // the start of the week it was worked out in
	summary   history.Summary
	calendar  [][7]history.Day // the last calendarWeeks weeks, from the locale's first weekday
	exercises []string         // the exercises done, by id
	latest    string           // the exercise with the newest data, by id
}

// factsOf works out what the screens show of sessions; the calendar's
// weeks start on firstDay, the locale's.
func factsOf(sessions []history.Session, now time.Time, target int, firstDay time.Weekday) historyFacts {
	if target == 0 {
		target = history.DefaultTarget
	}
	return historyFacts{
		target:    target,
		week:      history.WeekStart(now, time.Local),
		summary:   history.Summarise(sessions, now, time.Local, target),
		calendar:  history.CalendarFrom(sessions, now, time.Local, calendarWeeks, firstDay),
		exercises: history.ExerciseIDs(sessions),
		latest:    history.LatestExercise(sessions),
	}
}

// summary is this week's count and the streak, as last read; counted
// again only when the target or the week changed since.
func (u *App) summary() history.Summary {
	if u.facts.target == u.weeklyTarget() && u.facts.week.Equal(history.WeekStart(u.now(), time.Local)) {
		return u.facts.summary
	}
	return history.Summarise(u.sessions, u.now(), time.Local, u.weeklyTarget())
}

// weeklyTarget is the sessions a week the person aims for, whatever mix
// of routines they do, as last read with the history.
func (u *App) weeklyTarget() int {
	if u.target == 0 {
		return history.DefaultTarget
	}
	return u.target
}

// setWeeklyTarget keeps a new weekly target beside the history, where
// 'posture history' reads it too.
func (u *App) setWeeklyTarget(n int) {
	if n == u.weeklyTarget() {
		return
	}
	u.target = n
	u.targetSets++
	st := u.cfg.History
	if st == nil {
		return
	}
	u.cfg.Background(func() {
		if err := st.SetTarget(n); err != nil {
			fyne.Do(func() {
				u.showError(fmt.Errorf("%s %w", lang.X("history.target.failed", "The weekly target is not saved:"), err))
			})
		}
	})
}

// readTarget reads the weekly target; a target set before it moved beside
// the history (legacy, 0 for none) is moved there once.
func readTarget(st *history.Store, legacy int) (int, *history.Problem) {
	if legacy > 0 && !st.HasTarget() {
		_ = st.SetTarget(legacy) // when this fails, the next read tries again
	}
	n, err := st.Target()
	var p *history.Problem
	if errors.As(err, &p) {
		return n, p
	}
	return n, nil
}

// suggestions for the routine last done.
func (u *App) suggestions() (*routine.Routine, []history.Suggestion) {
	r, sugs := history.Current(u.sessions, u.cfg.Catalog)
	return r, u.notAccepted(sugs)
}

// routineSuggestions are the suggestions for routine r as the home screen
// and 'posture history' make them.
func (u *App) routineSuggestions(r *routine.Routine) []history.Suggestion {
	if own := u.cfg.Catalog.Routine(r.Name); own != nil {
		r = own // not the player's copy, which has the app's get-ready length
	}
	return u.notAccepted(history.SuggestFor(u.sessions, u.cfg.Catalog, r))
}

// exerciseName is the library's name for an id, or the id itself.
func (u *App) exerciseName(id string) string {
	if e, ok := u.cfg.Catalog.Library.Exercise(id); ok {
		return e.Name
	}
	return id
}

// routineName is the name shown for the routine called name: its
// translated title, or name itself when it is not in the catalog.
func (u *App) routineName(name string) string {
	if r := u.cfg.Catalog.Routine(name); r != nil {
		return r.ShownName()
	}
	return name
}
