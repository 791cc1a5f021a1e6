package ui

import (
	"errors"
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/postureapp/posture/internal/history"
	"github.com/postureapp/posture/internal/routine"
)

// reloadHistory reads the history again, off the UI goroutine and after
// the writer has written what it was handed, then redraws the screen on
// show and tells of any problem the writer met. Screens draw from the last
// read meanwhile.
func (u *App) reloadHistory() {
	if u.writer == nil {
		return
	}
	u.cfg.Background(func() {
		u.writer.Flush(historyFlushMax)
		sessions, problems := u.writer.Store().Load()
		fyne.Do(func() {
			u.sessions, u.historyProblems = sessions, problems
			if u.onHistoryLoaded != nil {
				u.onHistoryLoaded()
			}
			u.showWriterProblems()
		})
	})
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
		u.showError(fmt.Errorf("a history file could not be read: %w", err))
	}
	if unsaved != nil {
		u.showUnsaved(unsaved)
	}
}

// showUnsaved says a session is not saved yet and offers to try again or
// to export it to a file of the person's choice; it is kept until then.
func (u *App) showUnsaved(e *history.SaveError) {
	msg := widget.NewLabel(e.Error() + "\n\nPosture keeps it while it runs. Free some space (or make the data folder writable) and try again, or export it to another place.")
	msg.Wrapping = fyne.TextWrapWord
	var d *dialog.CustomDialog
	retry := widget.NewButtonWithIcon("Try again", theme.ViewRefreshIcon(), func() {
		d.Hide()
		u.writer.Retry()
		u.reloadHistory()
	})
	retry.Importance = widget.HighImportance
	export := widget.NewButtonWithIcon("Export…", theme.DownloadIcon(), func() {
		d.Hide()
		u.chooseHistoryExport()
	})
	later := widget.NewButton("Later", func() { d.Hide() })
	d = dialog.NewCustomWithoutButtons("Session not saved", msg, u.win)
	d.SetButtons([]fyne.CanvasObject{later, export, retry})
	d.Resize(fyne.NewSize(min(520, u.win.Canvas().Size().Width-40), 0))
	d.Show()
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
		return fmt.Sprintf("Written to %s. Bring the sessions back later with: posture history import %s", path, path)
	})
}

// now is the wall clock for weeks and streaks; tests fix it.
func (u *App) now() time.Time {
	if u.clockNow != nil {
		return u.clockNow()
	}
	return time.Now()
}

func (u *App) summary() history.Summary {
	return history.Summarise(u.sessions, u.now(), time.Local, u.prefs.weeklyTarget())
}

// suggestions for the routine last done.
func (u *App) suggestions() (*routine.Routine, []history.Suggestion) {
	return history.Current(u.sessions, u.cfg.Catalog)
}

// exerciseName is the library's name for an id, or the id itself.
func (u *App) exerciseName(id string) string {
	if e, ok := u.cfg.Catalog.Library.Exercise(id); ok {
		return e.Name
	}
	return id
}
