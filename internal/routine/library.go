package routine

import (
	"maps"
	"slices"
)

// Library is the set of exercises routines may use: the built-in ones and
// the person's own.
type Library struct {
	byID map[string]*Exercise
}

// NewLibrary indexes exercises by id; later ones with the same id are
// ignored, so call it with built-ins first.
func NewLibrary(exercises ...*Exercise) *Library {
	l := &Library{byID: map[string]*Exercise{}}
	for _, e := range exercises {
		l.Add(e)
	}
	return l
}

// Add puts e in the library unless its id is taken; it reports whether it did.
func (l *Library) Add(e *Exercise) bool {
	if _, taken := l.byID[e.ID]; taken {
		return false
	}
	l.byID[e.ID] = e
	return true
}

// Exercise looks an exercise up by id; a nil library has none.
func (l *Library) Exercise(id string) (*Exercise, bool) {
	if l == nil {
		return nil, false
	}
	e, ok := l.byID[id]
	return e, ok
}

// IDs lists every id in alphabetical order.
func (l *Library) IDs() []string {
	return slices.Sorted(maps.Keys(l.byID))
}

// All lists every exercise, ordered by id.
func (l *Library) All() []*Exercise {
	out := make([]*Exercise, 0, len(l.byID))
	for _, id := range l.IDs() {
		out = append(out, l.byID[id])
	}
	return out
}
