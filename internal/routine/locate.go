package routine

import (
	"regexp"
	"strconv"
	"strings"
)

// lineIndex maps a value's path ("section[2].step[1].reps", indices from 1)
// to the line it is written on. BurntSushi/toml keeps key positions to
// itself, so the source is scanned once more for them; the file has already
// parsed, so the scan only needs to follow headers and keys.
type lineIndex map[string]int

var (
	headerRe    = regexp.MustCompile(`^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?`)
	keyRe       = regexp.MustCompile(`^\s*((?:[A-Za-z0-9_-]+|"[^"]*")(?:\s*\.\s*(?:[A-Za-z0-9_-]+|"[^"]*"))*)\s*=`)
	inlineKeyRe = regexp.MustCompile(`[{,]\s*([A-Za-z0-9_-]+)\s*=`)
)

func indexLines(src string) lineIndex {
	idx := lineIndex{}
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
			path := joinPath(table, strings.Join(splitKey(m[1]), "."))
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
		path = joinPath(path, k)
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

func joinPath(a, b string) string {
	if a == "" {
		return b
	}
	return a + "." + b
}

func (idx lineIndex) set(path string, line int) {
	if _, ok := idx[path]; !ok {
		idx[path] = line
	}
}

// line finds the line of path, or of the nearest enclosing table when the
// key itself is not written (a missing required key).
func (idx lineIndex) line(path string) int {
	for path != "" {
		if l, ok := idx[path]; ok {
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
