// Package voicetest helps tests see what the voice asks of espeak-ng.
package voicetest

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// Run is one espeak-ng run: its arguments and the text it read.
type Run struct {
	Args string // "--stdout -v de -s 175"
	Text string
}

// RecordEspeak puts first on the PATH an espeak-ng that notes each run,
// then runs the real one on the same arguments and text; Runs reads the
// notes back. The real espeak-ng must be installed.
func RecordEspeak(t testing.TB) (runs func() []Run) {
	t.Helper()
	real, err := exec.LookPath("espeak-ng")
	if err != nil {
		t.Fatal("espeak-ng is missing (make test installs it)")
	}
	dir := t.TempDir()
	log := filepath.Join(dir, "runs.log")
	script := "#!/bin/sh\nin=$(cat)\nprintf '%s | %s\\n' \"$*\" \"$in\" >> '" + log + "'\nprintf '%s' \"$in\" | exec '" + real + "' \"$@\"\n"
	if err := os.WriteFile(filepath.Join(dir, "espeak-ng"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", dir+string(os.PathListSeparator)+os.Getenv("PATH"))
	return func() []Run {
		data, err := os.ReadFile(log)
		if err != nil && !os.IsNotExist(err) {
			t.Fatal(err)
		}
		var out []Run
		for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
			if args, text, ok := strings.Cut(line, " | "); ok {
				out = append(out, Run{Args: args, Text: text})
			}
		}
		return out
	}
}

// Renders are the runs that rendered speech, leaving out --voices.
func Renders(runs []Run) []Run {
	var out []Run
	for _, r := range runs {
		if strings.HasPrefix(r.Args, "--stdout") {
			out = append(out, r)
		}
	}
	return out
}
