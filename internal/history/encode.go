package history

import (
	"bytes"
	"sort"

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
	sorted := append([]Session(nil), sessions...)
	sortSessions(sorted)
	var b bytes.Buffer
	err := toml.NewEncoder(&b).Encode(monthFile{Format: FormatVersion, Sessions: sorted})
	return b.Bytes(), err
}

func sortSessions(s []Session) {
	sort.SliceStable(s, func(i, j int) bool {
		if !s[i].Started.Equal(s[j].Started) {
			return s[i].Started.Before(s[j].Started)
		}
		return s[i].ID < s[j].ID
	})
}
