package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// builtInWithName is the built-in Forward Head routine's file under
// another name.
func builtInWithName(t *testing.T, name string) string {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("..", "..", "routines", "forward-head.toml"))
	if err != nil {
		t.Fatal(err)
	}
	text := regexp.MustCompile(`(?m)^name = .*$`).ReplaceAllLiteralString(string(src), `name = "`+name+`"`)
	file := filepath.Join(t.TempDir(), "mine.toml")
	writeFile(t, file, text)
	return file
}

func realPosture(t *testing.T, data string, args ...string) (string, error) {
	t.Helper()
	out, err := exec.Command(realBinary(t), append([]string{"--data", data}, args...)...).CombinedOutput()
	return string(out), err
}

// TestImportRefusesLookAlikeAndInvisibleNames imports, through the real
// binary, a routine named in fullwidth letters like a built-in, one with
// a zero-width space and one with a name of a megabyte: each is refused in
// a few short lines and nothing is written.
func TestImportRefusesLookAlikeAndInvisibleNames(t *testing.T) {
	for _, c := range []struct{ name, want string }{
		{"Ｆｏｒｗａｒｄ Ｈｅａｄ", `a built-in routine is called "Forward Head"`},
		{"Forward\u200bHead", "mine.toml:2: name: contains the invisible character U+200B"},
		{strings.Repeat("A", 1_000_000), "mine.toml:2: name: is 1000000 characters long (at most 60 characters)"},
	} {
		data := t.TempDir()
		out, err := realPosture(t, data, "import", builtInWithName(t, c.name))
		if err == nil || !strings.Contains(out, c.want) || len(out) > 1000 {
			t.Errorf("%.40q: %v, %d bytes:\n%.400s\nwant %q", c.name, err, len(out), out, c.want)
		}
		if entries, _ := os.ReadDir(filepath.Join(data, "routines")); len(entries) != 0 {
			t.Errorf("%.40q: written: %v", c.name, entries)
		}
	}
}

func TestValidateRefusesInvisibleCharactersInNames(t *testing.T) {
	file := builtInWithName(t, "Forward\u00adHead")
	out, err := realPosture(t, t.TempDir(), "validate", file)
	if err == nil || !strings.Contains(out, file+":2: name: contains the invisible character U+00AD") {
		t.Errorf("%v:\n%s", err, out)
	}
}

// TestHistoryImportRefusesYearsNoSessionHas: the first year a Go time
// can hold and the last four-digit one are refused by file, line and
// field, and nothing is imported.
func TestHistoryImportRefusesYearsNoSessionHas(t *testing.T) {
	for year, at := range map[string]string{"1": "0001-01-01T00:00:00Z", "9999": "9999-03-01T10:00:00Z"} {
		file := filepath.Join(t.TempDir(), "sessions.toml")
		writeFile(t, file, "format = 1\n\n[[session]]\nid = \"a\"\nroutine = \"Forward Head\"\nstarted = "+at+"\nstatus = \"completed\"\n")
		data := t.TempDir()
		out, err := realPosture(t, data, "history", "import", file)
		want := file + ":6: started: year " + year + " is out of range (allowed 1970–2199)"
		if err == nil || !strings.Contains(out, want) {
			t.Errorf("year %s: %v\n%s\nwant %s", year, err, out, want)
		}
		if entries, _ := os.ReadDir(filepath.Join(data, "history")); len(entries) != 0 {
			t.Errorf("year %s: written: %v", year, entries)
		}
	}
}
