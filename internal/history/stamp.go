package history

import (
	"fmt"
	"os"
	"strings"
	"syscall"
)

// Stamp names the state of the month files: each one's name, size,
// modification time and inode. Every save renames a new file over the
// month, so an equal stamp means no month changed since: a reader that
// kept the sessions of the last read need not decode them again.
func (st *Store) Stamp() string {
	files, err := st.monthFiles()
	if err != nil {
		return ""
	}
	var b strings.Builder
	for _, f := range files {
		info, err := os.Stat(f)
		if err != nil {
			return "" // changing under us: read it
		}
		var ino uint64
		if sys, ok := info.Sys().(*syscall.Stat_t); ok {
			ino = sys.Ino
		}
		fmt.Fprintf(&b, "%s %d %d %d\n", f, info.Size(), info.ModTime().UnixNano(), ino)
	}
	return b.String()
}
