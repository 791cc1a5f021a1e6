// Package tomlpos finds the line a TOML key is written on. BurntSushi/toml
// keeps key positions to itself, so the source of a file that has already
// parsed is scanned once more, following its table headers and keys.
package tomlpos

import (
	"regexp"
	"strconv"
	"strings"
)

// Index maps a value's path ("section[2].step[1].reps", indices from 1)
// to the line it is written on.
type Index map[string]int

var (
	headerRe    = regexp.MustCompile(`^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?`)
	keyRe       = regexp.MustCompile(`^\s*((?:[A-Za-z0-9_-]+|"[^"]*")(?:\s*\.\s*(?:[A-Za-z0-9_-]+|"[^"]*"))*)\s*=`)
	inlineKeyRe = regexp.MustCompile(`[{,]\s*([A-Za-z0-9_-]+)\s*=`)
)

// Scan indexes every header and key of src, a file that has parsed.
func Scan(src string) Index {
	idx := Index{}
	arrays := map[string]int{} // array-of-tables path → how many so far
	table := ""
	inMultiline := ""
	for n, line := range strings.Split(src, "\n") {
		lineNo := n + 1
		if inMultiline != "" {
			if strings.Count(line, inMultiline)%2 == 1 {
				inMultiline = ""
			}
			continue
		}
		if m := headerRe.FindStringSubmatch(line); m != nil && !strings.Contains(line[:strings.Index(line, "[")], "=") {
			table = resolveHeader(splitKey(m[2]), m[1] == "[[", arrays)
			idx.set(table, lineNo)
			continue
		}
		if m := keyRe.FindStringSubmatch(line); m != nil {
			path := Join(table, strings.Join(splitKey(m[1]), "."))
			idx.set(path, lineNo)
			for _, im := range inlineKeyRe.FindAllStringSubmatch(line[len(m[0]):], -1) {
				idx.set(path+"."+im[1], lineNo)
			}
		}
		for _, q := range []string{`"""`, `'''`} {
			if strings.Count(line, q)%2 == 1 {
				inMultiline = q
			}
		}
	}
	return idx
}

// resolveHeader turns a header's key into a path, giving every array of
// tables along it the index of its latest element.
func resolveHeader(keys []string, isArray bool, arrays map[string]int) string {
	path := ""
	for i, k := range keys {
		path = Join(path, k)
		last := i == len(keys)-1
		if last && isArray {
			arrays[path]++
			path += "[" + strconv.Itoa(arrays[path]) + "]"
		} else if n, ok := arrays[path]; ok {
			path += "[" + strconv.Itoa(n) + "]"
		}
	}
	return path
}

func splitKey(s string) []string {
	parts := strings.Split(s, ".")
	for i, p := range parts {
		parts[i] = strings.Trim(strings.TrimSpace(p), `"`)
	}
	return parts
}

// Join adds key b to path a.
func Join(a, b string) string {
	if a == "" {
		return b
	}
	return a + "." + b
}

// set keeps the first line of path. The empty path is the file as a
// whole, which Line places on no line, so a key written as "" at the top
// is not indexed.
func (idx Index) set(path string, line int) {
	if _, ok := idx[path]; !ok && path != "" {
		idx[path] = line
	}
}

// Line finds the line of path, or of the nearest enclosing table when the
// key itself is not written (a missing required key); 0 when neither is.
func (idx Index) Line(path string) int {
	for path != "" {
		if l, ok := idx[path]; ok {
			return l
		}
		if l, ok := idx[path+"[1]"]; ok { // an array of tables: its first header
			return l
		}
		cut := strings.LastIndex(path, ".")
		if cut < 0 {
			return 0
		}
		path = path[:cut]
	}
	return 0
}

// Indexed names element i (from 0) of the array of tables at path, counting
// from 1 as people do: "section[2]".
func Indexed(path, key string, i int) string {
	return Join(path, key) + "[" + strconv.Itoa(i+1) + "]"
}
