package history

import (
	"fmt"
	"maps"
	"reflect"
	"slices"

	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/store"
	"github.com/postureapp/posture/internal/tomlfile"
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
	if ferr == nil {
		ferr = firstControl(data, sessions)
	}
	if ferr != nil {
		ferr.File = path
		return nil, ferr
	}
	return sessions, nil
}

// firstControl refuses a text holding a control character, as routine
// files do: a name with an escape would steer the terminal that lists the
// history. The routine's name goes through the check routine names get.
func firstControl(data []byte, sessions []Session) *Problem {
	var problems []misplaced
	for si, s := range sessions {
		if msg := routine.NameProblem(s.Routine); msg != "" {
			problems = append(problems, misplaced{si, -1, fieldErr("routine", "%s", msg)})
		}
		problems = appendControl(problems, si, -1, "id", s.ID)
		for ei, e := range s.Exercises {
			problems = appendControl(problems, si, ei, "exercise", e.Exercise)
			problems = appendControl(problems, si, ei, "section", e.Section)
			problems = appendControl(problems, si, ei, "resistance", e.Resistance)
		}
	}
	if len(problems) == 0 {
		return nil
	}
	return firstByLine(data, problems)
}

func appendControl(problems []misplaced, si, ei int, key, text string) []misplaced {
	if r, bad := tomlfile.ControlIn(text, false); bad {
		return append(problems, misplaced{si, ei, fieldErr(key, "%s (allowed: one line of text without control characters)", tomlfile.ControlMsg(r))})
	}
	return problems
}

// Import adds each session to its month unless the very same session is
// there already, so importing a file twice adds nothing the second time. A
// different session with the same id is kept beside it under a new id.
// Each month is one locked read of its parts and one write: the time grows
// with the number of sessions, not with its square. It returns how many
// sessions were added, those before an error included.
func (st *Store) Import(sessions []Session) (int, []Problem, error) {
	byMonth := map[string][]Session{}
	for _, s := range sessions {
		if err := checkSaved(s); err != nil {
			return 0, nil, err
		}
		base := st.monthPath(s.Started)
		byMonth[base] = append(byMonth[base], s)
	}
	added := 0
	var problems []Problem
	for _, base := range slices.Sorted(maps.Keys(byMonth)) {
		n := 0
		found, err := st.update(base, func(m *month) { n = importInto(m, byMonth[base]) })
		problems = append(problems, found...)
		if err != nil {
			return added, problems, err
		}
		added += n
	}
	return added, problems, nil
}

// importInto adds to m the sessions it does not hold yet and says how many.
func importInto(m *month, sessions []Session) int {
	added := 0
	for _, s := range sessions {
		if have, ok := m.get(s.ID); ok && sameSession(have, s) {
			continue
		}
		s.ID = m.freeID(s.ID)
		m.add(s)
		added++
	}
	return added
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
