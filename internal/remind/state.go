package remind

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"time"

	"github.com/BurntSushi/toml"

	"github.com/postureapp/posture/internal/store"
	"github.com/postureapp/posture/internal/tomlfile"
)

// StateFileName is the scheduler's memory, in the state folder: what was
// reminded of, snoozes, the desk count. Only the background process
// writes it.
const StateFileName = store.ReminderStateFile

// State is what the scheduler remembers between checks and across
// restarts, so nothing is reminded of twice.
type State struct {
	LastCheck   time.Time         `toml:"last_check"`
	LastIdle    time.Duration     `toml:"last_idle"`
	Active      time.Duration     `toml:"active"`       // desk: use since the last break
	PausedUntil time.Time         `toml:"paused_until"` // every reminder waits until then
	Done        map[string]int    `toml:"done"`         // routine → day (yyyymmdd) of the last occurrence shown or dropped
	Snoozed     map[string]Snooze `toml:"snoozed"`      // routine, or "desk break" → when it comes back
}

// Snooze is a reminder put off: it comes back at Until, still saying when
// it was Planned.
type Snooze struct {
	Until   time.Time `toml:"until"`
	Planned time.Time `toml:"planned"`
}

func (st *State) init() {
	if st.Done == nil {
		st.Done = map[string]int{}
	}
	if st.Snoozed == nil {
		st.Snoozed = map[string]Snooze{}
	}
}

// noteFirstSight starts a reminder that is new to the state from now, so
// adding one never brings up its past occurrences as missed.
func (st *State) noteFirstSight(ses Session, now time.Time, loc *time.Location) {
	if _, ok := st.Done[ses.Routine]; ok {
		return
	}
	st.Done[ses.Routine] = 0
	if at := lastOccurrence(ses, now, loc); !at.IsZero() {
		st.Done[ses.Routine] = dateKey(at)
	}
}

// stateKind is the state file: Posture's own memory, without a format.
var stateKind = tomlfile.Kind{Limits: limits}

// LoadState reads the state; a missing file is a fresh state, and a
// broken one is moved aside (it is only memory) and reported.
func LoadState(path string) (*State, error) {
	st, err := ReadState(path)
	if err != nil {
		moved, _ := store.MoveAside(path)
		return st, fmt.Errorf("%v; started afresh (old file kept as %s)", err, moved)
	}
	return st, nil
}

// ReadState reads the state without changing anything: a fresh state
// and the error when the file is broken.
func ReadState(path string) (*State, error) {
	st := &State{}
	data, err := readCapped(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		st.init()
		return st, nil
	case err == nil:
		_, err = tomlfile.Read(path, data, stateKind, st) // its problems name the file
	default:
		err = fmt.Errorf("%s: %v", path, err)
	}
	if err != nil {
		st = &State{}
	}
	st.init()
	return st, err
}

// SaveState writes the state atomically.
func SaveState(path string, st *State) error {
	var b bytes.Buffer
	b.WriteString("# Written by Posture's background reminder; edit reminders.toml instead.\n")
	if err := toml.NewEncoder(&b).Encode(st); err != nil {
		return err
	}
	return store.WriteFile(path, b.Bytes())
}
