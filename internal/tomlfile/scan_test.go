package tomlfile

import (
	"reflect"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

func TestScanFindsKeysInArraysOfTablesAndInlineTables(t *testing.T) {
	src := `format = 1
name = "x"

[[section]]
name = "Warm-up"

  [[section.step]]
  exercise = "neck-roll"

[[section]]
rounds = 2

  [[section.step]]
  exercise = "a"

  [[section.step]]
  tempo = { lift = "1s", lower = "2s" }
  steps = [
    "reps = 3 is text, not a key",
    { sets = 1 },
  ]
  desc = """
sets = 9
"""
  sets = 4
  dose.hold = "3s"
`
	idx := scan([]byte(src), Person).index()
	for path, want := range map[string]int{
		"name":                           2,
		"section[1].name":                5,
		"section[1].step[1].exercise":    8,
		"section[2].rounds":              11,
		"section[2].step[1].exercise":    14,
		"section[2].step[2].tempo.lower": 17,
		"section[2].step[2].steps[1]":    19,
		"section[2].step[2].steps[2]":    20,
		"section[2].step[2].steps[2].x":  20, // not written: the table it would be in
		"section[2].step[2].sets":        25,
		"section[2].step[2].dose":        26,
		"section[2].step[2].dose.rest":   26,
		"section[2].step[2].reps":        16, // not written: the step's header
		"section":                        4,  // the array of tables: its first header
		"other":                          0,
	} {
		if got := idx.Line(path); got != want {
			t.Errorf("%s: line %d, want %d", path, got, want)
		}
	}
}

// TestQuotesInCommentsAndStringsKeepLaterLines: three quotes in a comment
// or inside a one-line string start no multi-line string, so every key
// after them keeps its line.
func TestQuotesInCommentsAndStringsKeepLaterLines(t *testing.T) {
	for _, src := range []string{
		"format = 1 # note \"\"\"\nname = \"x\"\n[t]\nwrong = 1\n",
		"# note '''\nname = \"x\"\n[t]\nwrong = 1\n",
		"format = 1\nname = 'say \"\"\"'\n[t]\nwrong = 1\n",
		"format = 1\nname = \"it's '''\"\n[t]\nwrong = 1\n",
	} {
		idx := scan([]byte(src), Person).index()
		if got := idx.Line("t.wrong"); got != 4 {
			t.Errorf("%q: t.wrong on line %d, want 4", src, got)
		}
		if got := idx.Line("name"); got != 2 {
			t.Errorf("%q: name on line %d, want 2", src, got)
		}
	}
}

func TestQuotedKeysAreReadAsTheDecoderReadsThem(t *testing.T) {
	idx := scan([]byte("\"a.b\" = 1\n'c d'.\"\\u0065\" = 2\n[\"t\\\"\"]\nx = 3\n"), Person).index()
	for path, want := range map[string]int{"a.b": 1, "c d.e": 2, `t"`: 3, `t".x`: 4} {
		if got := idx[path]; got != want {
			t.Errorf("%q: line %d, want %d (index %v)", path, got, want, idx)
		}
	}
}

func TestIndexedCountsFromOne(t *testing.T) {
	if got := Indexed("section[2]", "step", 0); got != "section[2].step[1]" {
		t.Fatalf("got %q", got)
	}
}

// FuzzScan holds the scan to BurntSushi/toml: on any file the decoder
// takes, the scan follows it to its end and notes every key and header on
// the line the decoder has for it (the last of its kind in arrays of
// tables, as the decoder keeps one position a key; a multi-line string's
// on its last line). The decoder keeps key
// positions unexported, so they are read by reflection; should a new
// version of it move them, this test says so.
func FuzzScan(f *testing.F) {
	for _, s := range []string{
		"format = 1\n[[section]]\nname = \"x\"\n  [[section.step]]\n  tempo = { lift = \"1s\" }\n",
		"x = \"\"\"\n[a]\n\"\"\"\n[ \"b\" . c ]\nd.e = 1\n",
		"# note \"\"\"\na = 1\n[t]\nb = [\n 1, # \"\"\"\n {c = 2},\n]\n",
		"a = '''x'''''\nb = \"\"\"y\\\n  \"\"\"\n[[t]]\n[[t]]\nu.v = {w = [[1], [2]]}\n",
		"x = {\n a = 1, # one\n b = {c = [\n 2]},\n}\n\"\" = 3\n'\\q' = 4\n\"\\x41\\e\" = 5\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		lim := Limits{Size: 1 << 16, Depth: 64, Entries: 1 << 12}
		s := &scanner{src: data, lim: lim, line: 1, arrays: map[string]int{}}
		scanned := map[string][2]int{}
		s.seen = func(key []string, line, end int) { scanned[toml.Key(key).String()] = [2]int{line, end} }
		s.document()
		lines := strings.Count(string(data), "\n") + 1
		for path, line := range s.index() {
			if line < 1 || line > lines {
				t.Fatalf("%s on line %d of %d", path, line, lines)
			}
		}
		var v map[string]any
		md, err := toml.Decode(string(data), &v)
		if err != nil || s.over != "" {
			return
		}
		if !s.ended {
			t.Fatalf("the scan stopped on line %d of a file the decoder takes", s.line)
		}
		decoded := keyLines(t, md)
		// The decoder places a multi-line string on its last line; the
		// scan, on its key's.
		for key, line := range decoded {
			if at := scanned[key]; line < at[0] || line > at[1] {
				t.Errorf("%s: the decoder has line %d, the scan %d-%d", key, line, at[0], at[1])
			}
		}
		for key := range scanned {
			if _, ok := decoded[key]; !ok {
				t.Errorf("%s: noted by the scan, unknown to the decoder", key)
			}
		}
	})
}

// keyLines reads the line of every key from the decoder's metadata.
func keyLines(t *testing.T, md toml.MetaData) map[string]int {
	info := reflect.ValueOf(&md).Elem().FieldByName("keyInfo")
	if info.Kind() != reflect.Map {
		t.Fatal("toml.MetaData no longer keeps keyInfo: read key positions another way")
	}
	out := map[string]int{}
	for it := info.MapRange(); it.Next(); {
		out[it.Key().String()] = int(it.Value().FieldByName("pos").FieldByName("Line").Int())
	}
	return out
}
