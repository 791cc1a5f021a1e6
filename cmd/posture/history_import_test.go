package main

// History import and saves through the real binary, as the hostile tester
// of issue #23 ran them: control characters in names, a data folder on FAT,
// a month pushed past its read limit, weeks seen from other time zones.

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// runBinary runs the real posture with args and extra environment, and
// returns its exit status and what it wrote to stdout and stderr.
func runBinary(t *testing.T, env []string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	cmd := exec.Command(realBinary(t), args...)
	cmd.Env = append(os.Environ(), env...)
	var out, errOut strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	if ee, ok := err.(*exec.ExitError); ok {
		return ee.ExitCode(), out.String(), errOut.String()
	} else if err != nil {
		t.Fatal(err)
	}
	return 0, out.String(), errOut.String()
}

func TestHistoryImportRefusesControlCharactersByLineAndField(t *testing.T) {
	for name, c := range map[string]struct{ session, want string }{
		"bell in the routine": {
			"routine = \"Upper Back\\u0007\"\nstarted = 2026-11-02T08:00:00+01:00\n",
			":5: routine: a name cannot hold control characters",
		},
		"escape in the routine": {
			"routine = \"\\u001b[31mUpper Back\"\nstarted = 2026-11-02T08:00:00+01:00\n",
			":5: routine: a name cannot hold control characters",
		},
		"escape in an exercise": {
			"routine = \"Upper Back\"\nstarted = 2026-11-02T08:00:00+01:00\n[[session.exercise]]\nexercise = \"band\\u001b[2J\"\nsets_planned = 1\nsets_done = 1\n",
			":9: exercise: contains the control character U+001B",
		},
	} {
		t.Run(name, func(t *testing.T) {
			data, file := t.TempDir(), filepath.Join(t.TempDir(), "sessions.toml")
			writeFile(t, file, "format = 1\n\n[[session]]\nid = \"2026-11-02T08:00:00.000+01:00\"\n"+
				strings.Replace(c.session, "started", "status = \"completed\"\nstarted", 1))
			code, _, stderr := runBinary(t, nil, "--data", data, "history", "import", file)
			if code == 0 || !strings.Contains(stderr, file+c.want) {
				t.Fatalf("exit %d, stderr %q; want %q", code, stderr, file+c.want)
			}
			if strings.ContainsAny(stderr, "\a\x1b") {
				t.Errorf("the refusal printed the control character: %q", stderr)
			}
			if months, _ := filepath.Glob(filepath.Join(data, "history", "*.toml")); len(months) != 0 {
				t.Errorf("something was imported: %v", months)
			}
		})
	}
}
