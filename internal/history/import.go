package history

import (
	"fmt"
	"reflect"
	"slices"

	"github.com/postureapp/posture/internal/store"
)

// MaxImportSize is the largest file 'posture history import' reads: far
// more than years of sessions, far less than would strain memory.
const MaxImportSize = 16 << 20

// ReadFile reads a file of sessions in the month file format, such as an
// export of sessions that could not be saved. Only regular files are read,
// and no more than MaxImportSize of them.
func ReadFile(path string) ([]Session, error) {
	data, err := store.ReadFile(path, MaxImportSize)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	sessions, ferr := decodeMonth(data)
	if ferr != nil {
		return nil, fmt.Errorf("%s:%d: %s", path, ferr.Line, ferr.Msg)
	}
	return sessions, nil
}

// Import adds s to its month unless the very same session is there
// already, so importing a file twice adds nothing the second time. A
// different session with the same id is kept beside it under a new id.
// It reports whether s was added.
func (st *Store) Import(s Session) (bool, *Problem, error) {
	added := false
	problem, err := st.update(s, func(sessions []Session) []Session {
		if slices.ContainsFunc(sessions, func(have Session) bool { return sameSession(have, s) }) {
			return sessions
		}
		added = true
		s.ID = freeID(sessions, s.ID)
		return append(sessions, s)
	})
	return added, problem, err
}

// sameSession compares what was saved: the same instants (in any zone)
// and the same values.
func sameSession(a, b Session) bool {
	if a.ID != b.ID || !a.Started.Equal(b.Started) || !a.Ended.Equal(b.Ended) {
		return false
	}
	a.Started, a.Ended = b.Started, b.Ended
	return reflect.DeepEqual(a, b)
}
