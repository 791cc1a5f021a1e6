package main

import (
	"io/fs"
	"path/filepath"
	"strings"
	"testing"

	"github.com/postureapp/posture/internal/history"
)

func TestPathsNamesEveryFileTheCommandsWrite(t *testing.T) {
	data := t.TempDir()
	saveHistory(t, data, pastSession(0, history.Completed))
	for _, args := range [][]string{
		{"import", writeRoutine(t, importable)},
		{"remind", "add", "upper-back-strength"},
		{"remind", "breaks", "--every", "50m"},
	} {
		if code, _, errs := posture(t, data, args...); code != 0 {
			t.Fatalf("%q: %s", args, errs)
		}
	}
	if code, _, errs := posture(t, data, "history", "--json"); code != 0 {
		t.Fatal(errs)
	}
	_, out, _ := posture(t, data, "paths")
	named := map[string]bool{}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if f := strings.Fields(line); len(f) > 1 {
			for _, w := range f {
				if filepath.IsAbs(w) {
					named[w] = true
				}
			}
		}
	}
	_ = filepath.WalkDir(data, func(path string, d fs.DirEntry, err error) error {
		if err != nil || path == data {
			return err
		}
		if !named[path] && !named[filepath.Dir(path)] {
			t.Errorf("posture paths names neither %s nor its folder:\n%s", path, out)
		}
		return nil
	})
	for _, want := range []string{"preferences.json", "reminders-state.toml", "target.toml", "autostart/io.github.postureapp.posture.desktop"} {
		if !strings.Contains(out, want) {
			t.Errorf("posture paths does not name %s:\n%s", want, out)
		}
	}
}
