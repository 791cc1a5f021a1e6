package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// autostartRig runs a copy of the real binary kept under an awkward
// folder, with a private home and config folder.
type autostartRig struct {
	exe, home, config string
}

func newAutostartRig(t *testing.T, folder string) *autostartRig {
	t.Helper()
	dir := filepath.Join(t.TempDir(), folder)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	exe := filepath.Join(dir, "posture")
	if err := os.Link(realBinary(t), exe); err != nil {
		t.Skipf("cannot link the binary into %s: %v", dir, err)
	}
	home := t.TempDir()
	return &autostartRig{exe: exe, home: home, config: filepath.Join(home, ".config")}
}

func (r *autostartRig) posture(t *testing.T, args ...string) (string, error) {
	t.Helper()
	cmd := exec.Command(r.exe, args...)
	cmd.Env = append(os.Environ(), "HOME="+r.home, "XDG_CONFIG_HOME="+r.config, "POSTURE_DATA=")
	out, err := cmd.CombinedOutput()
	return string(out), err
}

func (r *autostartRig) entry() string {
	return filepath.Join(r.config, "autostart", "io.github.postureapp.posture.desktop")
}

func TestAutostartOnWritesOneValidExecLineForAwkwardPaths(t *testing.T) {
	validate, err := exec.LookPath("desktop-file-validate")
	if err != nil {
		t.Skip("desktop-file-validate is not installed (make test installs it)")
	}
	names := []string{"with space", "pct%u", `back\slash`, "~tilde", `"quotes'`, "$HOME", "back`tick", "Übungen 姿勢", `all %f \\ "$` + "`'~ ü"}
	for _, bin := range []string{"plain", `bin %u \ "$` + "` ~ü"} {
		r := newAutostartRig(t, bin)
		for _, name := range names {
			data := filepath.Join(t.TempDir(), name)
			if out, err := r.posture(t, "--data", data, "autostart", "on"); err != nil {
				t.Fatalf("binary in %q, --data %q: %v\n%s", bin, name, err, out)
			}
			entry, err := os.ReadFile(r.entry())
			if err != nil {
				t.Fatal(err)
			}
			if n := strings.Count(string(entry), "\nExec="); n != 1 {
				t.Errorf("binary in %q, --data %q: %d Exec lines\n%s", bin, name, n, entry)
			}
			if out, err := exec.Command(validate, r.entry()).CombinedOutput(); err != nil || len(out) > 0 {
				t.Errorf("binary in %q, --data %q: desktop-file-validate: %v\n%s\n%s", bin, name, err, out, entry)
			}
		}
	}
}

func TestAutostartOnRefusesALineBreakInTheDataFolder(t *testing.T) {
	r := newAutostartRig(t, "bin")
	injected := filepath.Join(r.home, "INJECTED")
	data := filepath.Join(t.TempDir(), "dir") + "\nExec=/usr/bin/touch " + injected + "\nX-Junk="
	out, err := r.posture(t, "--data", data, "autostart", "on")
	if err == nil {
		t.Fatalf("accepted:\n%s", out)
	}
	if !strings.Contains(out, "cannot start at login") || !strings.Contains(out, "U+000A") {
		t.Errorf("error does not say what is wrong:\n%s", out)
	}
	if _, err := os.Lstat(r.entry()); err == nil {
		entry, _ := os.ReadFile(r.entry())
		t.Errorf("an entry was written:\n%s", entry)
	}
}
