package history

import (
	"bytes"
	"slices"

	"github.com/BurntSushi/toml"
)

// monthFile is the shape of history/YYYY-MM.toml.
type monthFile struct {
	Format   int       `toml:"format"`
	Sessions []Session `toml:"session"`
}

// EncodeSessions writes sessions in the month file format, oldest first so
// a person reading the file finds them in the order they happened: the
// month files, and exports that 'posture history import' reads back.
func EncodeSessions(sessions []Session) ([]byte, error) {
	e, err := encodePart(sessions)
	return e.bytes(), err
}

// encodeSession writes one [[session]] table as it stands in a month file
// after the format line: a file is the format line and its sessions'
// tables one after the other, so each is encoded once.
func encodeSession(s Session) ([]byte, error) {
	var b bytes.Buffer
	if err := toml.NewEncoder(&b).Encode(monthFile{Format: FormatVersion, Sessions: []Session{s}}); err != nil {
		return nil, err
	}
	return bytes.TrimPrefix(b.Bytes(), formatLine), nil
}

func sortSessions(s []Session) { slices.SortStableFunc(s, compareSessions) }
