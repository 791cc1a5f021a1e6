package history

import (
	"bytes"
	"cmp"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/postureapp/posture/internal/store"
)

// A month's sessions live in history/YYYY-MM.toml and, once that file is
// full, in YYYY-MM.2.toml, YYYY-MM.3.toml and so on: no file Posture writes
// is ever larger than the reader takes (maxMonthFile). A session stays in
// the part it was first written to; new sessions go to the last part.

// partLimit is the size up to which Posture fills a part before it starts
// the next: three quarters of what is read, so that a part edited by hand
// has room to grow and still reads.
const partLimit = maxMonthFile / 4 * 3

// maxParts bounds the part numbers read from file names.
const maxParts = 9999

// part is one file of a month, read under the month's lock.
type part struct {
	path     string
	size     int       // of the file as read
	sessions []Session // a session with no id was removed
	dirty    bool      // to be written
	grown    []string  // ids replaced or added in this part by this update
}

// month is every part of one month, read under its lock (taken on the
// first part's name), and the changes an update makes to it.
type month struct {
	base    string
	parts   []*part
	pending []Session // new sessions, placed in the last part or new ones on write
	index   map[string]where
}

// where is a session's place: a part and its index there, or, for part
// -1, its index among the pending sessions.
type where struct{ part, i int }

// partPath names part n (from 1) of the month whose first part is base.
func partPath(base string, n int) string {
	if n == 1 {
		return base
	}
	return base[:len(base)-len(".toml")] + "." + strconv.Itoa(n) + ".toml"
}

// monthName splits a month file's name into its month ("2026-11") and
// part number (1 for 2026-11.toml, 2 for 2026-11.2.toml).
func monthName(name string) (string, int, bool) {
	stem, ok := strings.CutSuffix(name, ".toml")
	if !ok || len(stem) < len("2006-01") || !isMonth(stem[:7]) {
		return "", 0, false
	}
	if len(stem) == 7 {
		return stem, 1, true
	}
	digits := stem[8:]
	n, err := strconv.Atoi(digits)
	if stem[7] != '.' || err != nil || n < 2 || n > maxParts || strconv.Itoa(n) != digits {
		return "", 0, false
	}
	return stem[:7], n, true
}

func isMonth(s string) bool {
	_, err := time.Parse("2006-01", s)
	return err == nil
}

// firstPart is the name of the month's first part for any of its parts:
// the name its lock is taken on.
func firstPart(path string) string {
	m, _, ok := monthName(filepath.Base(path))
	if !ok {
		return path
	}
	return filepath.Join(filepath.Dir(path), m+".toml")
}

// readMonth reads every part of the month of base; the caller holds its
// lock. Broken parts are moved aside and reported; a part from a newer
// Posture stops the update, as nothing may be written into that month.
func (st *Store) readMonth(base string) (*month, []Problem, error) {
	m := &month{base: base, index: map[string]where{}}
	files, err := st.monthFiles()
	if err != nil {
		return nil, nil, err
	}
	var problems []Problem
	for _, path := range files {
		if firstPart(path) != base {
			continue
		}
		sessions, problem, err := readOrMoveAside(path)
		if problem != nil {
			problems = append(problems, *problem)
		}
		if err != nil {
			return nil, problems, err
		}
		if problem == nil || problem.MovedTo == "" {
			m.addPart(path, fileSize(path), sessions)
		}
	}
	return m, problems, nil
}

// fileSize is the size of the part at path, 0 when it is not there.
func fileSize(path string) int {
	info, err := os.Stat(path)
	if err != nil {
		return 0
	}
	return int(info.Size())
}

func (m *month) addPart(path string, size int, sessions []Session) {
	p := len(m.parts)
	m.parts = append(m.parts, &part{path: path, size: size, sessions: sessions})
	for i, s := range sessions {
		m.index[s.ID] = where{p, i}
	}
}

// get returns the session with this id, wherever it is.
func (m *month) get(id string) (Session, bool) {
	w, ok := m.index[id]
	switch {
	case !ok:
		return Session{}, false
	case w.part < 0:
		return m.pending[w.i], true
	}
	return m.parts[w.part].sessions[w.i], true
}

// taken reports whether a session of the month has this id.
func (m *month) taken(id string) bool {
	_, ok := m.index[id]
	return ok
}

// freeID is id, or id with "-N" added, that no session of the month has.
func (m *month) freeID(id string) string {
	try := id
	for n := 2; m.taken(try); n++ {
		try = fmt.Sprintf("%s-%d", id, n)
	}
	return try
}

// add puts s, whose id no session has, among the new sessions.
func (m *month) add(s Session) {
	m.index[s.ID] = where{-1, len(m.pending)}
	m.pending = append(m.pending, s)
}

// put replaces the session with s's id where it is, or adds s.
func (m *month) put(s Session) {
	w, ok := m.index[s.ID]
	switch {
	case !ok:
		m.add(s)
	case w.part < 0:
		m.pending[w.i] = s
	default:
		p := m.parts[w.part]
		p.sessions[w.i] = s
		p.dirty = true
		p.grown = append(p.grown, s.ID)
	}
}

// remove takes the session with this id out of its part.
func (m *month) remove(id string) bool {
	w, ok := m.index[id]
	if !ok || w.part < 0 {
		return false
	}
	p := m.parts[w.part]
	p.sessions[w.i].ID = ""
	p.dirty = true
	delete(m.index, id)
	return true
}

// write saves every part the update changed. A changed part that would
// pass partLimit gives up the sessions this update put in it; those and
// the new sessions fill the last part, then new parts. Parts are written
// last first: a session moving to a later part is written there before it
// leaves its old one, so a crash between the two leaves it twice (Load
// keeps the later copy), never nowhere.
func (m *month) write() error {
	encoded := make([]encodedPart, len(m.parts))
	var moving []Session
	for p, pt := range m.parts {
		if !pt.dirty {
			continue
		}
		var err error
		if encoded[p], err = encodePart(live(pt.sessions)); err != nil {
			return fmt.Errorf("save %s: %w", pt.path, err)
		}
		if encoded[p].size > partLimit {
			moving = append(moving, encoded[p].take(pt.grown)...)
			encoded[p].full = true
		}
	}
	moving = append(moving, m.pending...)
	if err := m.place(moving, &encoded); err != nil {
		return err
	}
	for p := len(m.parts) - 1; p >= 0; p-- {
		if m.parts[p].dirty {
			if err := writePart(m.parts[p].path, encoded[p]); err != nil {
				return err
			}
		}
	}
	return nil
}

// place adds sessions to the last part while it stays within partLimit,
// then to new parts. A last part that is already full as read is not
// encoded again to learn so.
func (m *month) place(sessions []Session, encoded *[]encodedPart) error {
	if len(sessions) == 0 {
		return nil
	}
	sortSessions(sessions)
	last := len(m.parts) - 1
	if last >= 0 && !m.parts[last].dirty && m.parts[last].size >= partLimit {
		(*encoded)[last].full = true
	} else if last >= 0 && !m.parts[last].dirty {
		var err error
		if (*encoded)[last], err = encodePart(live(m.parts[last].sessions)); err != nil {
			return fmt.Errorf("save %s: %w", m.parts[last].path, err)
		}
	}
	for _, s := range sessions {
		block, err := encodeSession(s)
		if err != nil {
			return fmt.Errorf("save %s: %w", m.base, err)
		}
		if last < 0 || (*encoded)[last].full || len((*encoded)[last].blocks) > 0 && (*encoded)[last].size+len(block) > partLimit {
			m.parts = append(m.parts, &part{path: m.nextPartPath()})
			*encoded = append(*encoded, encodedPart{size: len(formatLine)})
			last = len(m.parts) - 1
		}
		(*encoded)[last].push(s, block)
		m.parts[last].dirty = true
	}
	return nil
}

// nextPartPath names a part after every part of the month.
func (m *month) nextPartPath() string {
	n := 0
	for _, p := range m.parts {
		_, k, _ := monthName(filepath.Base(p.path))
		n = max(n, k)
	}
	return partPath(m.base, n+1)
}

func live(sessions []Session) []Session {
	return slices.DeleteFunc(slices.Clone(sessions), func(s Session) bool { return s.ID == "" })
}

// encodedPart is a part's sessions, each with its [[session]] table as
// encoded, and the size of the file they make.
type encodedPart struct {
	sessions []Session
	blocks   [][]byte
	size     int
	full     bool // gave up sessions for its size: nothing more goes in
}

func encodePart(sessions []Session) (encodedPart, error) {
	e := encodedPart{size: len(formatLine)}
	for _, s := range sessions {
		block, err := encodeSession(s)
		if err != nil {
			return e, err
		}
		e.push(s, block)
	}
	return e, nil
}

func (e *encodedPart) push(s Session, block []byte) {
	e.sessions = append(e.sessions, s)
	e.blocks = append(e.blocks, block)
	e.size += len(block)
}

// take removes the sessions with these ids and returns them.
func (e *encodedPart) take(ids []string) []Session {
	var taken []Session
	kept := *e
	kept.sessions, kept.blocks, kept.size = nil, nil, len(formatLine)
	for i, s := range e.sessions {
		if slices.Contains(ids, s.ID) {
			taken = append(taken, s)
			continue
		}
		kept.push(s, e.blocks[i])
	}
	*e = kept
	return taken
}

// bytes is the part's file: its sessions oldest first, as EncodeSessions
// writes them.
func (e encodedPart) bytes() []byte {
	order := make([]int, len(e.sessions))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return compareSessions(e.sessions[a], e.sessions[b]) })
	out := bytes.NewBuffer(make([]byte, 0, e.size))
	out.Write(formatLine)
	for _, i := range order {
		out.Write(e.blocks[i])
	}
	return out.Bytes()
}

// writePart re-reads the file before replacing it, so a session with a bad
// value is refused here instead of breaking the month, and never writes a
// file larger than the reader takes.
func writePart(path string, e encodedPart) error {
	data := e.bytes()
	if len(data) > maxMonthFile {
		return fmt.Errorf("save %s: it would be %s, over the %s a month file may hold", path, store.SizeText(int64(len(data))), store.SizeText(maxMonthFile))
	}
	if _, ferr := decodeMonth(data); ferr != nil {
		return fmt.Errorf("save %s: session not saved, it would not read back: %v", path, ferr)
	}
	return store.WriteFile(path, data)
}

func compareSessions(a, b Session) int {
	if c := a.Started.Compare(b.Started); c != 0 {
		return c
	}
	return cmp.Compare(a.ID, b.ID)
}
