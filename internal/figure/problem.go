package figure

import (
	"fmt"
	"strings"
)

// FileError is one problem in a pose file: where it is and what is allowed.
type FileError struct {
	File    string
	Line    int    // 0 when the problem is the file as a whole
	Field   string // e.g. "key[2].upper_arm"
	Msg     string
	Allowed string
}

func (e *FileError) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	if e.Field != "" {
		b.WriteString(": " + e.Field)
	}
	b.WriteString(": " + e.Msg)
	if e.Allowed != "" {
		b.WriteString(" (" + e.Allowed + ")")
	}
	return b.String()
}
