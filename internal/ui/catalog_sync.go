package ui

import (
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"

	"github.com/postureapp/posture/internal/routine"
)

// folderPoll is how often the person's folders are listed for changes
// made outside the window. A listing of 2,000 files costs about a
// fortieth of reading them (BenchmarkStamp2000Routines beside
// BenchmarkLoad2000Routines), off the UI goroutine; polling, unlike
// inotify, also sees files a network or FUSE folder brings in.
const folderPoll = 2 * time.Second

// catalogSync keeps the catalog in step with the person's folders:
// reloads run off the UI goroutine one at a time, and a change found on
// disk waits while the editor holds unsaved changes to the file changed.
type catalogSync struct {
	running   bool     // a reload is reading the folders
	again     bool     // another was asked for meanwhile
	waiting   []func() // run once the catalog read after asking is in place
	postponed bool     // a change on disk waits for the editor
	editor    *editor  // the routine editor on show, nil when none
	stop      chan struct{}
	// loaded is the folders as the catalog on show read them; the poll
	// compares with it off the UI goroutine, so an unchanged folder costs
	// the UI goroutine nothing.
	loaded atomic.Pointer[routine.Stamp]
}

// reloadCatalog reads every routine and exercise again, off the UI
// goroutine, after a file was written or removed here or elsewhere; the
// screens update when it is done, and then (if not nil) runs after that.
func (u *App) reloadCatalog(then func()) {
	if u.cfg.Sources.BuiltinRoutines == nil { // a catalog built in memory (tests) has nothing to reload
		if then != nil {
			then()
		}
		return
	}
	s := &u.reload
	if then != nil {
		s.waiting = append(s.waiting, then)
	}
	s.postponed = false
	if s.running {
		s.again = true
		return
	}
	u.startReload()
}

// afterCatalog runs f once a reload under way has put its catalog in
// place, or now when none is.
func (u *App) afterCatalog(f func()) {
	if u.reload.running {
		u.reload.waiting = append(u.reload.waiting, f)
		return
	}
	f()
}

func (u *App) startReload() {
	u.reload.running = true
	src := u.cfg.Sources
	u.cfg.Background(func() {
		stamp := src.Stamp() // first, so a change during the read is noticed later
		c := routine.Load(src)
		fyne.Do(func() { u.catalogLoaded(c, stamp) })
	})
}

// catalogLoaded puts a catalog just read in place; when another reload
// was asked for while it was read, that one runs first.
func (u *App) catalogLoaded(c *routine.Catalog, stamp routine.Stamp) {
	s := &u.reload
	u.cfg.Catalog = c
	s.loaded.Store(&stamp)
	if s.again {
		s.again = false
		u.startReload()
		return
	}
	s.running = false
	u.home.refreshList()
	u.refreshPreview()
	waiting := s.waiting
	s.waiting = nil
	for _, f := range waiting {
		f()
	}
}

// watchFolders lists the person's folders every interval, off the UI
// goroutine, until the window closes, and reloads what changed: the
// routines, the reminder files and the history.
func (u *App) watchFolders(interval time.Duration) {
	if u.cfg.Sources.UserRoutines == "" || u.cfg.Sources.BuiltinRoutines == nil {
		return
	}
	u.reload.stop = make(chan struct{})
	stop, src := u.reload.stop, u.cfg.Sources
	go func() {
		t := time.NewTicker(interval)
		defer t.Stop()
		// The catalog on show was read just before; a change from here on
		// is one to load.
		first := src.Stamp()
		u.reload.loaded.CompareAndSwap(nil, &first)
		last := first
		reminders := u.remindersStamp()
		sessions := u.historyFilesStamp()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
			}
			last = u.pollFolders(src, last)
			reminders = u.pollReminders(reminders)
			sessions = u.pollHistory(sessions)
		}
	}()
}

// pollFolders lists the folders and, once they list the same twice in a
// row and differ from what the catalog was read from, hands them to the
// UI goroutine: a file being written, or a sync bringing in many, loads
// once, when it is done. It returns the listing for the next poll.
func (u *App) pollFolders(src routine.Sources, last routine.Stamp) routine.Stamp {
	now := src.Stamp()
	if loaded := u.reload.loaded.Load(); last != nil && now.Equal(last) && (loaded == nil || !now.Equal(*loaded)) {
		fyne.Do(func() { u.foldersChanged(now) })
	}
	return now
}

// remindersStamp is reminders.toml and the scheduler's state as they are
// on disk; "" when reminders are off.
func (u *App) remindersStamp() string {
	if u.cfg.Reminders == nil {
		return ""
	}
	return u.cfg.Reminders.Stamp()
}

// pollReminders tells home when a reminder file changed since last
// (`posture remind add`, a snooze in the background process), so its
// header names the next reminder without a visit elsewhere. It returns
// the files as they are for the next poll.
func (u *App) pollReminders(last string) string {
	now := u.remindersStamp()
	if now != last {
		fyne.Do(func() {
			if u.win.Content() == u.home.content {
				u.home.remindersChanged()
			}
		})
	}
	return now
}

// historyFilesStamp is the history's month files as they are on disk
// (history.Store.Stamp); "" without a history, or in the demo, whose
// sessions are not the person's.
func (u *App) historyFilesStamp() string {
	if u.cfg.History == nil || u.cfg.Demo {
		return ""
	}
	return u.cfg.History.Stamp()
}

// pollHistory reads the history again when a month file changed since
// last and differs from what the screens were drawn from: a session a
// terminal run (`posture run --terminal`) or another window saved shows
// in home's week, its suggestions, the calendar and History. While the
// window's own writer is busy the files are half its own; the next poll
// looks again. It returns the files as they are for the next poll.
func (u *App) pollHistory(last string) string {
	if u.writer != nil && u.writer.Writing() {
		return last
	}
	now := u.historyFilesStamp()
	if now != last {
		fyne.Do(func() {
			if now != u.historyStamp {
				u.reloadHistory()
			}
		})
	}
	return now
}

// foldersChanged reloads when the folders differ from what the catalog
// was read from, unless the editor holds unsaved changes to a file that
// changed: saving would then overwrite what came in, so the reload waits
// until the editor is saved or left.
func (u *App) foldersChanged(now routine.Stamp) {
	s := &u.reload
	loaded := s.loaded.Load()
	if s.running || (loaded != nil && now.Equal(*loaded)) {
		return
	}
	if e := s.editor; e != nil && e.file != "" && e.dirty() && loaded != nil {
		for _, f := range now.Changed(*loaded) {
			if f == e.file {
				s.postponed = true
				return
			}
		}
	}
	u.reloadCatalog(nil)
}

// editorClosed runs a reload that waited for the editor.
func (u *App) editorClosed() {
	u.reload.editor = nil
	if u.reload.postponed {
		u.reloadCatalog(nil)
	}
}
