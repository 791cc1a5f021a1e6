// Package filetest holds what the fuzz targets of every file reader check
// of the problems a reader reports. Only tests import it.
package filetest

import (
	"bytes"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"

	"github.com/postureapp/posture/internal/tomlfile"
)

// Placed fails t when a problem of data, the file named file, is not on
// one of its lines. Only a problem about the file as a whole may have no
// line: a file too large to read, or a key the file does not have (a
// missing key, steps where there are none).
func Placed(t testing.TB, file string, data []byte, ps tomlfile.Problems) {
	t.Helper()
	lines := bytes.Count(data, []byte("\n")) + 1
	var decoded map[string]any
	_, err := toml.Decode(string(data), &decoded)
	for _, p := range ps {
		switch {
		case p.File != file:
			t.Fatalf("problem of another file: %+v", p)
		case p.Line < 0 || p.Line > lines:
			t.Fatalf("problem on line %d of %d: %v", p.Line, lines, p)
		case p.Line > 0, strings.Contains(p.Msg, "too large to read"):
		case err != nil || p.Field == "":
			t.Fatalf("problem on no line: %v", p)
		case decoded[topKey(p.Field)] != nil:
			t.Fatalf("problem on no line, though %s is in the file: %v", topKey(p.Field), p)
		}
	}
}

// topKey is the top-level key of a problem's path: "session[2].at" →
// "session".
func topKey(path string) string {
	if i := strings.IndexAny(path, ".["); i >= 0 {
		return path[:i]
	}
	return path
}
