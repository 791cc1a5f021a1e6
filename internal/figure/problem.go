package figure

import (
	"fmt"
	"regexp"
	"strconv"
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

// keyLines maps a field path such as "key[2].upper_arm" (indices from 1)
// to the line it is written on. The TOML decoder keeps positions to itself,
// so the already-parsed source is scanned once more for headers and keys.
type keyLines map[string]int

var (
	headerLine = regexp.MustCompile(`^\s*(\[\[?)\s*([A-Za-z0-9_-]+)\s*\]`)
	keyLine    = regexp.MustCompile(`^\s*([A-Za-z0-9_-]+)\s*=`)
)

func indexKeyLines(src string) keyLines {
	idx := keyLines{}
	counts := map[string]int{}
	table := ""
	for n, line := range strings.Split(src, "\n") {
		if m := headerLine.FindStringSubmatch(line); m != nil {
			table = m[2]
			if m[1] == "[[" {
				counts[table]++
				table += "[" + strconv.Itoa(counts[table]) + "]"
			}
			idx.note(table, n+1)
			continue
		}
		if m := keyLine.FindStringSubmatch(line); m != nil {
			idx.note(joinField(table, m[1]), n+1)
		}
	}
	return idx
}

func (idx keyLines) note(path string, line int) {
	if _, seen := idx[path]; !seen {
		idx[path] = line
	}
}

// line gives the line of path, or of its table when the key is absent.
func (idx keyLines) line(path string) int {
	for {
		if l, ok := idx[path]; ok {
			return l
		}
		cut := strings.LastIndex(path, ".")
		if cut < 0 {
			return 0
		}
		path = path[:cut]
	}
}

func joinField(table, key string) string {
	if table == "" {
		return key
	}
	return table + "." + key
}

func indexed(table string, i int) string { return fmt.Sprintf("%s[%d]", table, i+1) }
