package tomlfile_test

import (
	"errors"
	"io/fs"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"

	"github.com/postureapp/posture/assets"
	"github.com/postureapp/posture/internal/hostile"
	"github.com/postureapp/posture/internal/tomlfile"
	"github.com/postureapp/posture/routines"
)

// builtIns is every TOML file shipped in the binary, by name.
func builtIns(t testing.TB) map[string][]byte {
	t.Helper()
	files := map[string][]byte{"assets/advice.toml": assets.Advice}
	for dir, fsys := range map[string]fs.FS{"assets/exercises": assets.ExerciseFiles(), "routines": routines.FS} {
		names, err := fs.Glob(fsys, "*.toml")
		if err != nil || len(names) == 0 {
			t.Fatalf("no built-in files in %s: %v", dir, err)
		}
		for _, n := range names {
			data, err := fs.ReadFile(fsys, n)
			if err != nil {
				t.Fatal(err)
			}
			files[dir+"/"+n] = data
		}
	}
	return files
}

func TestEveryBuiltInFileIsWithinTheLimits(t *testing.T) {
	for name, data := range builtIns(t) {
		if err := tomlfile.Check(name, data, tomlfile.Person); err != nil {
			t.Errorf("%v", err)
		}
	}
}

func TestHostileFilesAreRefusedOnTheirLine(t *testing.T) {
	cases := []struct {
		name string
		data []byte
		want string
	}{
		{"deep inline tables", hostile.DeepInlineTables(66_000), "h.toml:3: nested more than 16 levels deep (at most 16 levels of tables, dotted keys and arrays)"},
		{"deep arrays", hostile.DeepArrays(200_000), "h.toml:3: nested more than 16 levels deep"},
		{"long dotted key", hostile.LongDottedKey(30_000), "h.toml:3: nested more than 16 levels deep"},
		{"long header", hostile.LongHeader(20_000), "h.toml:3: nested more than 16 levels deep"},
		{"many tables", hostile.ManyTables(60_000), "h.toml:20001: more than 20000 tables and keys (at most 20000 tables and keys)"},
		{"too large", []byte(strings.Repeat("# padding\n", 110_000)), "h.toml: file is 1100000 bytes, too large to read (at most 1 MiB)"},
		{"behind a UTF-16 mark", append([]byte("\xff\xfe"), hostile.DeepArrays(200_000)...), "h.toml:3: nested more than 16 levels deep"},
	}
	for _, c := range cases {
		err := tomlfile.Check("h.toml", c.data, tomlfile.Person)
		if err == nil || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("%s: got %v, want %s", c.name, err, c.want)
		}
	}
}

func TestDepthCountsHeaderKeyAndValueLevels(t *testing.T) {
	lim := tomlfile.Limits{Size: 1 << 10, Depth: 4, Entries: 100}
	cases := map[string]bool{ // file: within the limit
		"a.b.c.d = 1":                     true,
		"a.b.c.d.e = 1":                   false,
		"[a.b]\nc.d = 1":                  true,
		"[a.b]\nc.d.e = 1":                false,
		"[[a.b]]\nc = [1]":                true,
		"[[a.b]]\nc = [[1]]":              false,
		"x = {a = {b = {c = 1}}}":         true,
		"x = {a = {b = {c = {d = 1}}}}":   false,
		"x = {a.b.c = 1}":                 true,
		"x = {a.b.c.d = 1}":               false,
		"x = {a = [\n [1], # c\n 2,\n]}":  true,
		"x = {\n  a = { b = [[1]] },\n}":  false,
		"[ a . b . c . d ]":               true,
		"[ a . b . c . d . e ]":           false,
		`"a.b.c.d.e" = 1`:                 true,
		`'a'.'b'."c".d.e = 1`:             false,
		`x = "[[[[[[{{{{{{"`:              true,
		"x = '[[[[[[[[[[[['":              true,
		"x = \"\"\"\n[[[[[[[\n\"\"\"\"\"": true,
		"x = '''\n[a.b.c.d.e]\n'''":       true,
		"# [[[[[[[[[[\nx = 1":             true,
		`x = "\"[[[[[[[[[[[[\""`:          true,
		"x = 1979-05-27 07:32:00Z":        true,
	}
	for src, within := range cases {
		err := tomlfile.Check("f.toml", []byte(src), lim)
		if (err == nil) != within {
			t.Errorf("%q: got %v, want within the limit: %v", src, err, within)
		}
	}
}

func TestEntriesCountHeadersAndEveryKey(t *testing.T) {
	lim := tomlfile.Limits{Size: 1 << 10, Depth: 8, Entries: 4}
	if err := tomlfile.Check("f.toml", []byte("a = 1\n[t]\nb = {c = 1}"), lim); err != nil {
		t.Errorf("four entries refused: %v", err)
	}
	if err := tomlfile.Check("f.toml", []byte("a = 1\n[t]\nb = {c = 1, d = 2}"), lim); err == nil {
		t.Error("five entries accepted")
	}
}

func TestFormatOfReadsTheTopLevelFormat(t *testing.T) {
	cases := []struct {
		src  string
		n    int64
		line int
		ok   bool
	}{
		{"format = 1\n", 1, 1, true},
		{"# a comment\n\nformat = 2 # from tomorrow\nname = \"x\"\n[[step]]\n", 2, 3, true},
		{"name = \"x\"\nformat=3\nthis is not TOML {{{\n", 3, 2, true},
		{"[t]\nformat = 2\n", 0, 0, false},
		{"format = \"2\"\n", 0, 0, false},
		{"x = \"\"\"\nformat = 2\n\"\"\"\n", 0, 0, false},
	}
	for _, c := range cases {
		n, line, ok := tomlfile.FormatOf([]byte(c.src))
		if n != c.n || line != c.line || ok != c.ok {
			t.Errorf("%q: got %d, line %d, %v; want %d, line %d, %v", c.src, n, line, ok, c.n, c.line, c.ok)
		}
	}
}

func TestNewerNamesTheFormatAndWhatThisVersionReads(t *testing.T) {
	got := tomlfile.Newer("r.toml", []byte("# x\nformat = 2\n"), 1)
	want := "r.toml:2: format: written by a newer Posture (format 2); left as it is (this version reads format = 1; update Posture to use this file)"
	if got.Error() != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	if tomlfile.Newer("r.toml", []byte("format = 1\n"), 1) != nil {
		t.Error("format 1 reported as newer")
	}
}

// FuzzCheck holds the shape check to what it promises: it never fails to
// finish, and a file it lets through decodes no deeper than the limit. A
// refusal for nesting of a file that decodes is a real one.
func FuzzCheck(f *testing.F) {
	for _, data := range builtIns(f) {
		f.Add(data)
	}
	for _, s := range []string{
		"x = {a = {b = [[{c = 1}]]}}", "a.b.c.d.e = 1", "[a.b.c]\n[[a.b.d]]\ne.f = [1]",
		"x = \"\"\"\n[[[\n\"\"\"", "x = '''a''''", "x = {\n a = 1,\n}", "\ufeffa = 1",
	} {
		f.Add([]byte(s))
	}
	for _, h := range []func(int) []byte{hostile.DeepInlineTables, hostile.DeepArrays, hostile.LongDottedKey, hostile.LongHeader} {
		f.Add(h(40))
	}
	lim := tomlfile.Limits{Size: 1 << 16, Depth: 4, Entries: 64}
	f.Fuzz(func(t *testing.T, data []byte) {
		err := tomlfile.Check("f.toml", data, lim)
		var ps tomlfile.Problems
		if err != nil && (!errors.As(err, &ps) || len(ps) != 1) {
			t.Fatalf("error is not one Problem: %#v", err)
		}
		if len(data) > lim.Size {
			return
		}
		var v map[string]any
		if _, derr := toml.Decode(string(data), &v); derr != nil {
			return
		}
		depth := depthOf(v, 0)
		if err == nil && depth > lim.Depth {
			t.Fatalf("accepted a file %d levels deep", depth)
		}
		if err != nil && strings.Contains(err.Error(), "nested") && depth <= lim.Depth {
			t.Fatalf("refused a file %d levels deep: %v", depth, err)
		}
	})
}

// depthOf is the deepest level in v as Check counts: every table key and
// every array element is a level below its parent, except that the tables
// of an array of tables are at their array's level.
func depthOf(v any, level int) int {
	deepest := level
	switch x := v.(type) {
	case map[string]any:
		for _, e := range x {
			deepest = max(deepest, depthOf(e, level+1))
		}
	case []map[string]any:
		for _, e := range x {
			deepest = max(deepest, depthOf(e, level))
		}
	case []any:
		for _, e := range x {
			deepest = max(deepest, depthOf(e, level+1))
		}
	}
	return deepest
}

// A # inside a string is text, not a comment; one after a value, on a
// line of its own or inside an array is.
func TestHasComments(t *testing.T) {
	for src, want := range map[string]bool{
		"name = \"Desk # 2\"\nnote = 'a # b'\n":            false,
		"text = \"\"\"\n# not a comment\n\"\"\"\n":         false,
		"name = \"x\" # mine\n":                            true,
		"# about this routine\nname = \"x\"\n":             true,
		"cues = [\n  \"a\", # the first\n  \"b\",\n]\n":    true,
		"[[section]]\n  # warm up first\n  name = \"x\"\n": true,
	} {
		if got := tomlfile.HasComments([]byte(src)); got != want {
			t.Errorf("tomlfile.HasComments(%q) = %v, want %v", src, got, want)
		}
	}
}
