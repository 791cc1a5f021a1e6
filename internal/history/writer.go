package history

import (
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"
)

// Writer saves sessions in the order they are handed over, on a goroutine
// of its own, so the session engine never waits on a disk: Record returns
// at once. Records of one session that are still waiting are merged into
// the newest. A session that cannot be saved (a full disk, a read-only
// folder) stays in memory, is reported, and is tried again with the next
// record, with Retry, and on Close.
type Writer struct {
	store  *Store
	report func(error) // on the writer's goroutine: *SaveError, Problem

	mu      sync.Mutex
	queue   []writeOp
	closed  bool
	busy    bool               // an op was taken off the queue and is not done yet
	ids     map[string]string  // the id a session was recorded with → its id in the file
	unsaved map[string]Session // by recorded id: the last save failed
	wake    chan struct{}
	done    chan struct{}
}

// writeOp is one thing to do, in order: save a session, delete one, or
// tell a waiter that everything before it is done.
type writeOp struct {
	save    *Session
	delete  string
	deleted chan<- error
	reached chan struct{}
}

// SaveError is a session that could not be saved. It is kept in memory
// and saved as soon as the disk lets it (see Retry and Unsaved).
type SaveError struct {
	Session Session
	Err     error
}

func (e *SaveError) Error() string {
	return fmt.Sprintf("your %s session of %s is not saved yet: %v",
		e.Session.Routine, e.Session.Started.Format("Mon 2 Jan 15:04"), e.Err)
}

func (e *SaveError) Unwrap() error { return e.Err }

// NewWriter starts a writer into st. report receives every problem, on the
// writer's goroutine; it may be nil.
func NewWriter(st *Store, report func(error)) *Writer {
	if report == nil {
		report = func(error) {}
	}
	w := &Writer{
		store: st, report: report,
		ids: map[string]string{}, unsaved: map[string]Session{},
		wake: make(chan struct{}, 1), done: make(chan struct{}),
	}
	go w.run()
	return w
}

// Store is where the writer saves, for reading the history back.
func (w *Writer) Store() *Store { return w.store }

// Record queues s (the session so far, or its final record) and returns
// at once. A waiting record of the same session is replaced by s.
func (w *Writer) Record(s Session) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.closed {
		w.unsaved[s.ID] = s
		return
	}
	i := slices.IndexFunc(w.queue, func(op writeOp) bool { return op.save != nil && op.save.ID == s.ID })
	if i >= 0 {
		w.queue[i].save = &s
		return
	}
	w.push(writeOp{save: &s})
}

// Delete removes the session with this id, after the records handed over
// before it are written, and waits for that. Call it off the UI goroutine.
func (w *Writer) Delete(id string) error {
	outcome := make(chan error, 1)
	w.mu.Lock()
	if w.closed {
		w.mu.Unlock()
		return errors.New("the history is closed")
	}
	w.push(writeOp{delete: id, deleted: outcome})
	w.mu.Unlock()
	return <-outcome
}

// push adds op and wakes the writer; w.mu is held.
func (w *Writer) push(op writeOp) {
	w.queue = append(w.queue, op)
	select {
	case w.wake <- struct{}{}:
	default:
	}
}

// Retry tries again to save every session that could not be saved.
func (w *Writer) Retry() {
	w.mu.Lock()
	defer w.mu.Unlock()
	if !w.closed {
		w.requeueUnsaved()
	}
}

// requeueUnsaved queues the sessions kept after a failed save, oldest
// first, unless a newer record of them is already waiting; w.mu is held.
func (w *Writer) requeueUnsaved() {
	for _, s := range sortedSessions(w.unsaved) {
		if !slices.ContainsFunc(w.queue, func(op writeOp) bool { return op.save != nil && op.save.ID == s.ID }) {
			w.push(writeOp{save: &s})
		}
	}
}

// Unsaved lists the sessions whose last save failed, oldest first, so
// that they can be exported while the disk refuses them.
func (w *Writer) Unsaved() []Session {
	w.mu.Lock()
	defer w.mu.Unlock()
	return sortedSessions(w.unsaved)
}

func sortedSessions(m map[string]Session) []Session {
	out := make([]Session, 0, len(m))
	for _, s := range m {
		out = append(out, s)
	}
	sortSessions(out)
	return out
}

// Flush waits until everything handed over before it is written, or
// failed, or until timeout. It reports whether the writer got there.
func (w *Writer) Flush(timeout time.Duration) bool {
	reached := make(chan struct{})
	w.mu.Lock()
	if w.closed {
		w.mu.Unlock()
		return true
	}
	w.push(writeOp{reached: reached})
	w.mu.Unlock()
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	select {
	case <-reached:
		return true
	case <-timer.C:
		return false
	}
}

// Close tries once more to save what could not be saved, waits (at most
// timeout) for every record to be written and stops the writer. The error
// says what is not saved.
func (w *Writer) Close(timeout time.Duration) error {
	w.Retry()
	flushed := w.Flush(timeout)
	w.mu.Lock()
	if !w.closed {
		w.closed = true
		close(w.done)
	}
	pending := len(w.queue)
	unsaved := len(w.unsaved)
	w.mu.Unlock()
	switch {
	case !flushed:
		return fmt.Errorf("the history was still being written after %s; %d records may be lost", timeout, pending)
	case unsaved > 0:
		return fmt.Errorf("%d sessions could not be saved to your history", unsaved)
	}
	return nil
}

func (w *Writer) run() {
	for {
		select {
		case <-w.wake:
		case <-w.done:
			return
		}
		for {
			op, ok := w.next()
			if !ok {
				break
			}
			w.do(op)
		}
	}
}

// next takes the first op off the queue.
func (w *Writer) next() (writeOp, bool) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if len(w.queue) == 0 {
		w.busy = false
		return writeOp{}, false
	}
	op := w.queue[0]
	w.queue = w.queue[1:]
	w.busy = true
	return op, true
}

// Writing reports whether something handed over is not written yet, so a
// reader that watches the files for other programs' changes can tell
// them from the writer's own, half-done ones.
func (w *Writer) Writing() bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.busy || len(w.queue) > 0
}

func (w *Writer) do(op writeOp) {
	switch {
	case op.reached != nil:
		close(op.reached)
	case op.save != nil:
		w.save(*op.save)
	default:
		op.deleted <- w.store.Delete(op.delete)
	}
}

// save writes one session. The first save of a session adds it under an
// id no session in its month has, so two copies of the app that start in
// the same millisecond keep both sessions; later saves replace it.
func (w *Writer) save(s Session) {
	recorded := s.ID
	w.mu.Lock()
	fileID, known := w.ids[recorded]
	w.mu.Unlock()
	var problem *Problem
	var err error
	if known {
		s.ID = fileID
		problem, err = w.store.Save(s)
	} else {
		fileID, problem, err = w.store.Add(s)
	}
	if problem != nil {
		w.report(*problem)
	}
	s.ID = recorded
	w.mu.Lock()
	if err != nil {
		w.unsaved[recorded] = s
	} else {
		w.ids[recorded] = fileID
		delete(w.unsaved, recorded)
		if len(w.unsaved) > 0 {
			w.requeueUnsaved() // the disk takes sessions again
		}
	}
	w.mu.Unlock()
	if err != nil {
		w.report(&SaveError{Session: s, Err: err})
	}
}
