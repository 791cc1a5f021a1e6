package desktop

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// awkwardNames are folder names with every character the Exec key's
// quoting has to deal with.
var awkwardNames = []string{
	"plain",
	"with space",
	"pct%u",
	"100%f done",
	`back\slash`,
	"~tilde",
	`double"quote`,
	"single'quote",
	"$HOME",
	"back`tick`",
	"Übungen 姿勢",
	"semi;colon&amp|pipe<>*?#()",
	`all %% \\ "$` + "`'~ ü",
}

func TestAutostartExecLineIsValidForAwkwardPaths(t *testing.T) {
	validate := lookTool(t, "desktop-file-validate")
	for _, name := range awkwardNames {
		t.Setenv("XDG_CONFIG_HOME", t.TempDir())
		exe := "/opt/" + name + "/posture"
		data := "/home/me/" + name
		if err := EnableAutostart(exe, data); err != nil {
			t.Fatalf("%q: %v", name, err)
		}
		path, _ := AutostartPath()
		entry, _ := os.ReadFile(path)
		if n := strings.Count(string(entry), "\nExec="); n != 1 {
			t.Errorf("%q: %d Exec lines:\n%s", name, n, entry)
		}
		if out, err := exec.Command(validate, path).CombinedOutput(); err != nil || len(out) > 0 {
			t.Errorf("%q: desktop-file-validate: %v\n%s\n%s", name, err, out, entry)
		}
	}
}

// TestGLibLaunchesTheEntryWithTheExactArguments writes the entry for a
// script under an awkward folder and lets GLib (gio launch) run it: the
// script must start and receive --data and the folder byte for byte.
func TestGLibLaunchesTheEntryWithTheExactArguments(t *testing.T) {
	gio := lookTool(t, "gio")
	for _, name := range awkwardNames {
		t.Setenv("XDG_CONFIG_HOME", t.TempDir())
		dir := filepath.Join(t.TempDir(), name)
		got := filepath.Join(t.TempDir(), "args")
		exe := writeArgsScript(t, dir, got)
		data := filepath.Join("/home/me", name, "%f")
		if err := EnableAutostart(exe, data); err != nil {
			t.Fatalf("%q: %v", name, err)
		}
		path, _ := AutostartPath()
		if out, err := exec.Command(gio, "launch", path).CombinedOutput(); err != nil {
			entry, _ := os.ReadFile(path)
			t.Fatalf("%q: gio launch: %v\n%s\n%s", name, err, out, entry)
		}
		want := []string{"--data", data, "--background"}
		if args := waitArgs(t, got); !slices.Equal(args, want) {
			entry, _ := os.ReadFile(path)
			t.Errorf("%q: launched with %q, want %q\n%s", name, args, want, entry)
		}
	}
}

func TestAutostartRefusesWhatAnExecLineCannotHold(t *testing.T) {
	config := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", config)
	for _, c := range []struct{ exe, data, want string }{
		{"/usr/bin/posture", "/some/dir\nExec=/usr/bin/touch /tmp/INJECTED\nX-Junk=", "the data folder's path"},
		{"/opt/bad\nExec=/usr/bin/touch /tmp/INJECTED/posture", "", "the program's path"},
		{"/usr/bin/posture", "/some/dir\rX", "U+000D"},
		{"/usr/bin/posture", "/some/\adir", "U+0007"},
		{"/usr/bin/posture", "/some/\xffdir", "not valid UTF-8"},
	} {
		err := EnableAutostart(c.exe, c.data)
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), "cannot start at login") {
			t.Errorf("%q %q: %v, want an error naming %s", c.exe, c.data, err, c.want)
		}
	}
	if AutostartEnabled() {
		path, _ := AutostartPath()
		entry, _ := os.ReadFile(path)
		t.Errorf("an entry was written:\n%s", entry)
	}
}

func TestAutostartReplacesALinkNotItsTarget(t *testing.T) {
	config := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", config)
	other := filepath.Join(config, "other.conf")
	if err := os.WriteFile(other, []byte("keep me\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	path, _ := AutostartPath()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(other, path); err != nil {
		t.Fatal(err)
	}
	if err := EnableAutostart("/usr/bin/posture", ""); err != nil {
		t.Fatalf("enable over a link: %v", err)
	}
	if b, _ := os.ReadFile(other); string(b) != "keep me\n" {
		t.Errorf("the link's target was overwritten:\n%s", b)
	}
	fi, err := os.Lstat(path)
	if err != nil || !fi.Mode().IsRegular() {
		t.Fatalf("entry is not a file of its own: %v %v", fi, err)
	}
	if b, _ := os.ReadFile(path); !strings.Contains(string(b), "Exec=/usr/bin/posture --background\n") {
		t.Errorf("entry:\n%s", b)
	}
}

func lookTool(t *testing.T, name string) string {
	t.Helper()
	path, err := exec.LookPath(name)
	if err != nil {
		t.Skipf("%s is not installed (make test installs it)", name)
	}
	return path
}

// writeArgsScript makes dir/posture, a script that writes its arguments,
// one a line, to out.
func writeArgsScript(t *testing.T, dir, out string) string {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	exe := filepath.Join(dir, "posture")
	script := "#!/bin/sh\nfor a; do printf '%s\\n' \"$a\"; done > " + shellQuote(out+".tmp") + " && mv " + shellQuote(out+".tmp") + " " + shellQuote(out) + "\n"
	if err := os.WriteFile(exe, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	return exe
}

func shellQuote(s string) string { return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'" }

func waitArgs(t *testing.T, path string) []string {
	t.Helper()
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if b, err := os.ReadFile(path); err == nil {
			return strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
		}
	}
	t.Fatalf("the program was not launched within 5 s")
	return nil
}
