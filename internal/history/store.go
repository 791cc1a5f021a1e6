package history

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"sync"
	"time"

	"github.com/postureapp/posture/internal/store"
	"github.com/postureapp/posture/internal/tomlfile"
)

// ErrNotFound is returned by Delete when no month file holds the session.
var ErrNotFound = errors.New("no such session in the history")

// Store keeps sessions in one TOML file per month, in the folder given.
type Store struct {
	dir string
}

// NewStore uses dir (the data folder's history/) for its month files.
func NewStore(dir string) *Store { return &Store{dir: dir} }

// Problem is a history file that could not be read. A month file was
// moved aside (MovedTo) unless reading failed for another reason, such as
// permissions, or a newer Posture wrote it.
type Problem = tomlfile.Problem

// NewID names a session by its start, to the millisecond, so two copies
// of the app started in the same second still keep separate sessions.
func NewID(started time.Time) string {
	return started.Format("2006-01-02T15:04:05.000Z07:00")
}

func (st *Store) monthPath(t time.Time) string {
	return filepath.Join(st.dir, t.Format("2006-01")+".toml")
}

// Save writes s into the file of the month it started in, replacing the
// session with the same ID or adding it. Call it after every finished
// exercise with the session so far, and once at the end; a crash then loses
// at most the exercise in progress. The read-modify-write happens under a
// file lock, so two copies of the app never drop each other's sessions.
// A broken month file is moved aside, never overwritten, and returned as
// the Problem alongside a successful save.
func (st *Store) Save(s Session) (*Problem, error) {
	return st.update(s, func(sessions []Session) []Session { return upsert(sessions, s) })
}

// update changes the month file of s under its lock. A broken month file
// is moved aside first, never overwritten, and returned as the Problem.
func (st *Store) update(s Session, change func([]Session) []Session) (*Problem, error) {
	if s.ID == "" || s.Started.IsZero() {
		return nil, errors.New("save session: it needs an id and a start time")
	}
	path := st.monthPath(s.Started)
	if err := os.MkdirAll(st.dir, 0o755); err != nil {
		return nil, fmt.Errorf("save session: %w", err)
	}
	unlock, err := store.Lock(path)
	if err != nil {
		return nil, err
	}
	defer unlock()
	sessions, problem, err := readOrMoveAside(path)
	if err != nil {
		return problem, err
	}
	return problem, writeMonth(path, change(sessions))
}

// Add writes s as a new session in the file of its month. When a session
// there already has its id (another copy of the app started in the same
// millisecond), s gets the id with a number added, so it never replaces a
// session it did not write. It returns the id s was saved under.
func (st *Store) Add(s Session) (string, *Problem, error) {
	var id string
	problem, err := st.update(s, func(sessions []Session) []Session {
		id = freeID(sessions, s.ID)
		s.ID = id
		return append(sessions, s)
	})
	return id, problem, err
}

// freeID is id, or id with "-N" added, that no session in sessions has.
func freeID(sessions []Session, id string) string {
	taken := func(try string) bool {
		return slices.ContainsFunc(sessions, func(s Session) bool { return s.ID == try })
	}
	try := id
	for n := 2; taken(try); n++ {
		try = fmt.Sprintf("%s-%d", id, n)
	}
	return try
}

// Delete removes the session with this id from whichever month holds it.
func (st *Store) Delete(id string) error {
	files, err := st.monthFiles()
	if err != nil {
		return err
	}
	for _, path := range files {
		if done, err := deleteFrom(path, id); done || err != nil {
			return err
		}
	}
	return ErrNotFound
}

func deleteFrom(path, id string) (bool, error) {
	unlock, err := store.Lock(path)
	if err != nil {
		return false, err
	}
	defer unlock()
	data, err := readMonthFile(path)
	if err != nil {
		return false, nil // gone meanwhile, or not a file we read: not here
	}
	sessions, ferr := decodeMonth(data)
	if ferr != nil {
		return false, nil // Load reports broken files; this one holds nothing we can delete
	}
	kept := sessions[:0]
	for _, s := range sessions {
		if s.ID != id {
			kept = append(kept, s)
		}
	}
	if len(kept) == len(sessions) {
		return false, nil
	}
	return true, writeMonth(path, kept)
}

// writeMonth encodes and re-reads the file before replacing it, so a
// session with a bad value is refused here instead of breaking the month.
func writeMonth(path string, sessions []Session) error {
	data, err := EncodeSessions(sessions)
	if err != nil {
		return fmt.Errorf("save %s: %w", path, err)
	}
	if _, ferr := decodeMonth(data); ferr != nil {
		return fmt.Errorf("save %s: session not saved, it would not read back: %v", path, ferr)
	}
	return store.WriteFile(path, data)
}

func upsert(sessions []Session, s Session) []Session {
	for i := range sessions {
		if sessions[i].ID == s.ID {
			sessions[i] = s
			return sessions
		}
	}
	return append(sessions, s)
}

// readOrMoveAside reads a month file for an update. The caller holds its lock.
// A file from a newer Posture is left as it is and no session is saved
// into it; one too large to read is moved aside like a broken one.
func readOrMoveAside(path string) ([]Session, *Problem, error) {
	data, err := readMonthFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil, nil
	}
	ferr := &Problem{Msg: fmt.Sprint(err)}
	switch {
	case err == nil:
		var sessions []Session
		if sessions, ferr = decodeMonth(data); ferr == nil {
			return sessions, nil, nil
		}
	case !store.IsTooLarge(err):
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	p := *ferr
	p.File = path
	if p.Newer {
		return nil, &p, fmt.Errorf("%v; the session was not saved into it", p)
	}
	moved, err := store.MoveAside(path)
	if err != nil {
		return nil, &p, err
	}
	p.MovedTo = moved
	return nil, &p, nil
}

// Load reads every month file, oldest session first. Each broken file is
// reported and moved aside; every other month still loads.
func (st *Store) Load() ([]Session, []Problem) {
	files, err := st.monthFiles()
	if err != nil {
		return nil, []Problem{{File: st.dir, Msg: err.Error()}}
	}
	months := make([][]Session, len(files))
	problems := make([]*Problem, len(files))
	forEachParallel(len(files), func(i int) {
		months[i], problems[i] = loadMonth(files[i])
	})
	var all []Session
	var found []Problem
	for i := range files {
		all = append(all, months[i]...)
		if problems[i] != nil {
			found = append(found, *problems[i])
		}
	}
	sortSessions(all)
	return all, found
}

func loadMonth(path string) ([]Session, *Problem) {
	data, err := readMonthFile(path)
	if err != nil && !store.IsTooLarge(err) {
		return nil, &Problem{File: path, Msg: err.Error()}
	}
	if err == nil {
		sessions, ferr := decodeMonth(data)
		switch {
		case ferr == nil:
			return sessions, nil
		case ferr.Newer:
			ferr.File = path
			return nil, ferr
		}
	}
	// Look again under the lock: another copy of the app may be mid-save,
	// and only a file that is still broken gets moved.
	unlock, err := store.Lock(path)
	if err != nil {
		return nil, &Problem{File: path, Msg: err.Error()}
	}
	defer unlock()
	sessions, p, err := readOrMoveAside(path)
	if err != nil && p == nil {
		p = &Problem{File: path, Msg: err.Error()}
	}
	return sessions, p
}

// forEachParallel runs f(0..n-1) on as many goroutines as there are CPUs.
func forEachParallel(n int, f func(i int)) {
	next := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < min(n, runtime.GOMAXPROCS(0)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				f(i)
			}
		}()
	}
	for i := 0; i < n; i++ {
		next <- i
	}
	close(next)
	wg.Wait()
}

// monthFiles lists history/YYYY-MM.toml, ignoring backups, locks and
// files moved aside. A missing folder is an empty history.
func (st *Store) monthFiles() ([]string, error) {
	entries, err := os.ReadDir(st.dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var files []string
	for _, e := range entries {
		// Not only regular files: a link or a pipe is reported by name.
		if isMonthName(e.Name()) && !e.IsDir() {
			files = append(files, filepath.Join(st.dir, e.Name()))
		}
	}
	sort.Strings(files)
	return files, nil
}

func isMonthName(name string) bool {
	if len(name) != len("2006-01.toml") || filepath.Ext(name) != ".toml" {
		return false
	}
	_, err := time.Parse("2006-01", name[:7])
	return err == nil
}
