package desktoptest

import (
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// StartKWin runs KDE's Wayland compositor headless (kwin_wayland
// --virtual) for the test, on its own session bus, with a private
// runtime folder and home, and sets XDG_RUNTIME_DIR and WAYLAND_DISPLAY
// so Wayland clients of the test reach it; it returns the socket's path,
// for WAYLAND_DISPLAY of processes with another runtime folder. KWin 5.27, Debian 12's, is
// the one there that offers ext-idle-notify-v1; it also offers
// org_kde_kwin_fake_input (permission checks off) for simulated input.
// The test is skipped where kwin_wayland is not installed.
func StartKWin(t testing.TB) string {
	t.Helper()
	installed, err := exec.LookPath("kwin_wayland")
	if err != nil {
		t.Skip("kwin_wayland is not installed (make deps-test installs it)")
	}
	bus := StartBus(t)
	dir := t.TempDir()
	// Debian gives the binary a file capability (cap_sys_resource),
	// which a container may forbid executing: a copy carries none.
	bin := filepath.Join(dir, "kwin_wayland")
	exe, err := os.ReadFile(installed)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bin, exe, 0o755); err != nil {
		t.Fatal(err)
	}
	runtime := filepath.Join(dir, "run")
	home := filepath.Join(dir, "home")
	for _, d := range []string{runtime, home} {
		if err := os.Mkdir(d, 0o700); err != nil {
			t.Fatal(err)
		}
	}
	cmd := exec.Command(bin, "--virtual", "--no-lockscreen", "--no-global-shortcuts", "--socket", "wayland-posture")
	cmd.Env = append(os.Environ(),
		"XDG_RUNTIME_DIR="+runtime, "HOME="+home, "XDG_CONFIG_HOME="+filepath.Join(home, ".config"),
		"DBUS_SESSION_BUS_ADDRESS="+bus.Address, "KWIN_COMPOSE=Q", "KWIN_WAYLAND_NO_PERMISSION_CHECKS=1",
		"QT_QPA_PLATFORM=offscreen", "DISPLAY=", "WAYLAND_DISPLAY=")
	log, err := os.Create(filepath.Join(dir, "kwin.log"))
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stdout, cmd.Stderr = log, log
	cmd.SysProcAttr = diesWithTest()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait(); log.Close() })
	socket := filepath.Join(runtime, "wayland-posture")
	if !waitForSocket(socket, 15*time.Second) {
		out, _ := os.ReadFile(log.Name())
		t.Fatalf("kwin_wayland did not listen on %s; it said:\n%s", socket, out)
	}
	t.Setenv("XDG_RUNTIME_DIR", runtime)
	t.Setenv("WAYLAND_DISPLAY", "wayland-posture")
	return socket
}

func waitForSocket(path string, limit time.Duration) bool {
	for end := time.Now().Add(limit); time.Now().Before(end); time.Sleep(50 * time.Millisecond) {
		if c, err := net.Dial("unix", path); err == nil {
			c.Close()
			return true
		}
	}
	return false
}
