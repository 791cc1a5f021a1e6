package history

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/postureapp/posture/internal/store"
)

// problems collects what a writer reports.
type problems struct {
	mu   sync.Mutex
	errs []error
}

func (p *problems) add(err error) { p.mu.Lock(); p.errs = append(p.errs, err); p.mu.Unlock() }

func (p *problems) all() []error {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]error(nil), p.errs...)
}

func TestRecordReturnsWhileTheDiskIsBusyAndKeepsTheNewest(t *testing.T) {
	dir := t.TempDir()
	s := session(time.Date(2026, 11, 22, 8, 0, 0, 0, time.UTC), 3)
	// Another copy of the app holds the month: a save now has to wait.
	unlock, err := store.Lock(filepath.Join(dir, "2026-11.toml"))
	if err != nil {
		t.Fatal(err)
	}
	w := NewWriter(NewStore(dir), nil)
	for i := 1; i <= 3; i++ {
		partial := s
		partial.Status, partial.Exercises = Stopped, s.Exercises[:i]
		w.Record(partial) // would hang here if it waited for the disk
	}
	w.Record(s)
	unlock()
	if err := w.Close(10 * time.Second); err != nil {
		t.Fatal(err)
	}
	got, _ := NewStore(dir).Load()
	sameSessions(t, got, []Session{s})
}

func TestSessionsAreWrittenInOrder(t *testing.T) {
	dir := t.TempDir()
	w := NewWriter(NewStore(dir), nil)
	base := time.Date(2026, 11, 22, 8, 0, 0, 0, time.UTC)
	var want []Session
	for i := range 20 {
		s := session(base.Add(time.Duration(i)*time.Hour), 1)
		want = append(want, s)
		w.Record(s)
	}
	if err := w.Delete(want[3].ID); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(10 * time.Second); err != nil {
		t.Fatal(err)
	}
	got, _ := NewStore(dir).Load()
	sameSessions(t, got, append(want[:3:3], want[4:]...))
}

func TestASessionWithTheSameIDNeverReplacesAnother(t *testing.T) {
	dir := t.TempDir()
	start := time.Date(2026, 11, 22, 8, 0, 0, 0, time.UTC)
	mine, theirs := session(start, 1), session(start, 2)
	theirs.Routine = "Desk Posture Break"
	a, b := NewWriter(NewStore(dir), nil), NewWriter(NewStore(dir), nil)
	a.Record(mine)
	a.Flush(10 * time.Second)
	b.Record(theirs)
	b.Flush(10 * time.Second)
	// Later records of the second session keep to its own entry.
	theirs.Status = Pain
	b.Record(theirs)
	for _, w := range []*Writer{a, b} {
		if err := w.Close(10 * time.Second); err != nil {
			t.Fatal(err)
		}
	}
	got, _ := NewStore(dir).Load()
	if len(got) != 2 {
		t.Fatalf("got %d sessions, want both", len(got))
	}
	byRoutine := map[string]Session{got[0].Routine: got[0], got[1].Routine: got[1]}
	if byRoutine["Upper Back Strength"].Status != Completed || byRoutine["Desk Posture Break"].Status != Pain {
		t.Errorf("sessions mixed up: %+v", got)
	}
	if got[0].ID == got[1].ID {
		t.Errorf("both sessions have id %s", got[0].ID)
	}
}

func TestAFailedSaveIsReportedKeptAndSavedLater(t *testing.T) {
	root := t.TempDir()
	dir := filepath.Join(root, "history")
	// A file where the folder should be: every save fails, as on a full
	// or read-only disk, whoever runs the test.
	if err := os.WriteFile(dir, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	var reported problems
	w := NewWriter(NewStore(dir), reported.add)
	s := session(time.Date(2026, 11, 22, 8, 0, 0, 0, time.UTC), 2)
	w.Record(s)
	w.Flush(10 * time.Second)
	var saveErr *SaveError
	if errs := reported.all(); len(errs) != 1 || !errors.As(errs[0], &saveErr) || saveErr.Session.ID != s.ID {
		t.Fatalf("reported %v", errs)
	}
	if !strings.Contains(saveErr.Error(), "Upper Back Strength") {
		t.Errorf("the message does not say which session: %v", saveErr)
	}
	if un := w.Unsaved(); len(un) != 1 || un[0].ID != s.ID {
		t.Fatalf("unsaved %+v", un)
	}
	if err := os.Remove(dir); err != nil {
		t.Fatal(err)
	}
	w.Retry()
	if err := w.Close(10 * time.Second); err != nil {
		t.Fatal(err)
	}
	got, _ := NewStore(dir).Load()
	sameSessions(t, got, []Session{s})
}

func TestCloseSaysWhatIsNotSaved(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "history")
	if err := os.WriteFile(dir, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	w := NewWriter(NewStore(dir), nil)
	w.Record(session(time.Date(2026, 11, 22, 8, 0, 0, 0, time.UTC), 1))
	if err := w.Close(10 * time.Second); err == nil || !strings.Contains(err.Error(), "1 sessions could not be saved") {
		t.Fatalf("close: %v", err)
	}
}
