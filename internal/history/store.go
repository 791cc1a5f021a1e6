package history

import (
	"cmp"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sync"
	"time"

	"github.com/postureapp/posture/internal/store"
	"github.com/postureapp/posture/internal/tomlfile"
)

// ErrNotFound is returned by Delete when no month file holds the session.
var ErrNotFound = errors.New("no such session in the history")

// Store keeps sessions in one TOML file per month, in the folder given,
// and the weekly target in its own file.
type Store struct {
	dir    string
	target string
}

// NewStore uses dir (the data folder's history/) for its month files and
// the weekly target, as a data folder of older Posture versions did.
func NewStore(dir string) *Store {
	return &Store{dir: dir, target: filepath.Join(dir, store.TargetFile)}
}

// Open is the history of the data folder p names, with the weekly target
// where p puts the settings.
func Open(p store.Paths) *Store { return &Store{dir: p.History, target: p.Target} }

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
	if err := checkSaved(s); err != nil {
		return nil, err
	}
	problems, err := st.update(st.monthPath(s.Started), func(m *month) { m.put(s) })
	return firstProblem(problems), err
}

func checkSaved(s Session) error {
	if s.ID == "" || s.Started.IsZero() {
		return errors.New("save session: it needs an id and a start time")
	}
	return nil
}

func firstProblem(problems []Problem) *Problem {
	if len(problems) == 0 {
		return nil
	}
	return &problems[0]
}

// update changes the month whose first part is base under its lock, in
// one read of its parts and one write of those that changed. Broken parts
// are moved aside first, never overwritten, and returned as Problems.
func (st *Store) update(base string, change func(*month)) ([]Problem, error) {
	if err := os.MkdirAll(st.dir, 0o755); err != nil {
		return nil, fmt.Errorf("save session: %w", err)
	}
	unlock, err := store.Lock(base)
	if err != nil {
		return nil, err
	}
	defer unlock()
	m, problems, err := st.readMonth(base)
	if err != nil {
		return problems, err
	}
	change(m)
	return problems, m.write()
}

// Add writes s as a new session in the file of its month. When a session
// there already has its id (another copy of the app started in the same
// millisecond), s gets the id with a number added, so it never replaces a
// session it did not write. It returns the id s was saved under.
func (st *Store) Add(s Session) (string, *Problem, error) {
	if err := checkSaved(s); err != nil {
		return "", nil, err
	}
	problems, err := st.update(st.monthPath(s.Started), func(m *month) {
		s.ID = m.freeID(s.ID)
		m.add(s)
	})
	return s.ID, firstProblem(problems), err
}

// Delete removes the session with this id from whichever month holds it.
func (st *Store) Delete(id string) error {
	files, err := st.monthFiles()
	if err != nil {
		return err
	}
	// Every part of the month that holds it: a crash while the session
	// moved between parts can leave a copy in each.
	found := ""
	for _, path := range files {
		if found != "" && firstPart(path) != found {
			break
		}
		done, err := deleteFrom(path, id)
		if err != nil {
			return err
		}
		if done {
			found = firstPart(path)
		}
	}
	if found == "" {
		return ErrNotFound
	}
	return nil
}

func deleteFrom(path, id string) (bool, error) {
	unlock, err := store.Lock(firstPart(path))
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
	m := &month{base: firstPart(path), index: map[string]where{}}
	m.addPart(path, len(data), sessions)
	if !m.remove(id) {
		return false, nil
	}
	return true, m.write()
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
	var found []Problem
	for i := range files {
		if problems[i] != nil {
			found = append(found, *problems[i])
		}
	}
	all := dropMovedCopies(files, months)
	sortSessions(all)
	return all, found
}

// dropMovedCopies joins the months' sessions. A session that outgrew its
// part is written to a later part before it leaves the earlier one; should
// a crash come between, both copies are on disk, and the later one counts.
func dropMovedCopies(files []string, months [][]Session) []Session {
	var all []Session
	seen := map[string]bool{} // month file + id
	for i := len(files) - 1; i >= 0; i-- {
		base := firstPart(files[i])
		for _, s := range months[i] {
			if key := base + "\x00" + s.ID; !seen[key] {
				seen[key] = true
				all = append(all, s)
			}
		}
	}
	return all
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
	unlock, err := store.Lock(firstPart(path))
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

// monthFiles lists history/YYYY-MM.toml and the further parts of each
// month (YYYY-MM.N.toml), month by month and part by part, ignoring
// backups, locks and files moved aside. A missing folder is an empty
// history.
func (st *Store) monthFiles() ([]string, error) {
	entries, err := os.ReadDir(st.dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	type named struct {
		month string
		part  int
	}
	var found []named
	for _, e := range entries {
		// Not only regular files: a link or a pipe is reported by name.
		if m, n, ok := monthName(e.Name()); ok && !e.IsDir() {
			found = append(found, named{m, n})
		}
	}
	slices.SortFunc(found, func(a, b named) int {
		return cmp.Or(cmp.Compare(a.month, b.month), cmp.Compare(a.part, b.part))
	})
	files := make([]string, len(found))
	for i, f := range found {
		files[i] = partPath(filepath.Join(st.dir, f.month+".toml"), f.part)
	}
	return files, nil
}
