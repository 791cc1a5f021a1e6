package tomlfile

import (
	"strconv"
	"strings"
)

// Index maps a value's path ("section[2].step[1].reps", indices from 1) to
// the line it is written on. The scan that checks a file's shape fills it,
// since BurntSushi/toml keeps the positions of keys to itself.
type Index map[string]int

// Line finds the line of path, or of the nearest enclosing table, list or
// key when path itself is not written (a missing required key); 0 when
// none is.
func (idx Index) Line(path string) int {
	for path != "" {
		if l, ok := idx[path]; ok {
			return l
		}
		if l, ok := idx[path+"[1]"]; ok { // an array of tables: its first header
			return l
		}
		path = parent(path)
	}
	return 0
}

// parent drops the last key or index of path: "a.b[2]" → "a.b" → "a".
func parent(path string) string {
	if strings.HasSuffix(path, "]") {
		if i := strings.LastIndexByte(path, '['); i > 0 {
			return path[:i]
		}
	}
	if i := strings.LastIndexByte(path, '.'); i >= 0 {
		return path[:i]
	}
	return ""
}

// set keeps the first line of path. The empty path is the file as a
// whole, which Line places on no line, so a key written as "" at the top
// is not indexed.
func (idx Index) set(path string, line int) {
	if _, ok := idx[path]; !ok && path != "" {
		idx[path] = line
	}
}

// Join adds key b to path a. A key named "" is written "", so that it has
// a name to show and a line to be found on.
func Join(a, b string) string {
	if b == "" {
		b = `""`
	}
	if a == "" {
		return b
	}
	return a + "." + b
}

// Indexed names element i (from 0) of the array of tables key under path,
// counting from 1 as people do: "section[2]".
func Indexed(path, key string, i int) string {
	return Join(path, key) + at(i)
}

// at is the index of element i (from 0) as a path writes it: "[1]".
func at(i int) string { return "[" + strconv.Itoa(i+1) + "]" }
