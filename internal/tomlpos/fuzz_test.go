package tomlpos

import (
	"strings"
	"testing"
)

// FuzzScan: any text, TOML or not, is indexed without a panic, and every
// line found is one of the text's lines.
func FuzzScan(f *testing.F) {
	f.Add("format = 1\n[[section]]\nname = \"x\"\n  [[section.step]]\n  tempo = { lift = \"1s\" }\n")
	f.Add("x = \"\"\"\n[a]\n\"\"\"\n[ \"b\" . c ]\nd.e = 1\n")
	f.Fuzz(func(t *testing.T, src string) {
		idx := Scan(src)
		lines := strings.Count(src, "\n") + 1
		for path, line := range idx {
			if line < 1 || line > lines {
				t.Fatalf("%s on line %d of %d", path, line, lines)
			}
			if got := idx.Line(path); got != line {
				t.Fatalf("%s: Line says %d, the index %d", path, got, line)
			}
		}
	})
}
