package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A preferences.json that would stop the window from starting is moved
// aside with a line that says why; one Fyne reads is left alone.
func TestBrokenPreferencesAreMovedAside(t *testing.T) {
	for _, c := range []struct{ data, says string }{
		{`{"recent": [true, 1]}`, `"recent" holds a list that mixes kinds`},
		{`{"names": ["a", 2]}`, `"names" holds a list that mixes kinds`},
		{`{{{`, "not a JSON object"},
		{`[1, 2]`, "not a JSON object"},
		{`{"pad": "` + strings.Repeat("x", maxPreferencesSize) + `"}`, "more than the"},
		{`{"window_width": 1e9, "theme": "x", "list": [1, 2], "empty": []}`, ""},
	} {
		home := t.TempDir()
		t.Setenv("XDG_CONFIG_HOME", home)
		path := filepath.Join(home, "fyne", "io.github.postureapp.posture", "preferences.json")
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(c.data), 0o644); err != nil {
			t.Fatal(err)
		}
		var stderr bytes.Buffer
		guardPreferences(&stderr)
		_, err := os.Stat(path + ".broken")
		if c.says == "" {
			if err == nil || stderr.Len() > 0 {
				t.Errorf("%.40s: moved aside (%s)", c.data, stderr.String())
			}
			continue
		}
		if err != nil || !strings.Contains(stderr.String(), c.says) || !strings.Contains(stderr.String(), path) {
			t.Errorf("%.40s: not moved aside with %q: %s", c.data, c.says, stderr.String())
		}
	}
}
