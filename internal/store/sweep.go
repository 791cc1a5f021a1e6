package store

import (
	"os"
	"path/filepath"
	"regexp"
	"time"
)

// tempName is the name WriteFile's temporary files have: .NAME.tmpDIGITS
// (NAME.bak's copy on a filesystem without hard links included).
var tempName = regexp.MustCompile(`^\..+\.tmp[0-9]+$`)

// staleAfter is how old a temporary file must be before it is swept: a
// save still under way in another copy of the app takes milliseconds.
const staleAfter = time.Minute

// SweepTemps removes from dir the temporary files of saves killed between
// writing and renaming, once they are older than a minute, and returns how
// many it removed. Only regular files with WriteFile's naming are touched;
// the file they were meant to replace is intact (it, or its .bak, holds
// the last good save).
func SweepTemps(dir string, now time.Time) int {
	return sweep(dir, now, tempName.MatchString)
}

// sweepTempsOf is SweepTemps for the temporary files of path alone, for a
// folder that Posture shares with other programs (~/.config/autostart):
// WriteFile calls it, so a file written anywhere never gathers them.
func sweepTempsOf(path string, now time.Time) int {
	own := regexp.MustCompile(`^` + regexp.QuoteMeta("."+filepath.Base(path)) + `(\.bak)?\.tmp[0-9]+$`)
	return sweep(filepath.Dir(path), now, own.MatchString)
}

func sweep(dir string, now time.Time, match func(name string) bool) int {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return 0
	}
	removed := 0
	for _, e := range entries {
		if !e.Type().IsRegular() || !match(e.Name()) {
			continue
		}
		info, err := e.Info()
		if err != nil || now.Sub(info.ModTime()) < staleAfter {
			continue
		}
		if os.Remove(filepath.Join(dir, e.Name())) == nil {
			removed++
		}
	}
	return removed
}
