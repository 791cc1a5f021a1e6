// Package desktoptest stands in for the parts of a desktop that Posture's
// tests need and a test machine lacks: a private D-Bus session bus, a
// tray (a StatusNotifierWatcher with a host), a panel's view of a tray
// item's menu, a notification server that shows buttons, and an X
// server. Only tests import it; it is not part of the program.
package desktoptest

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/godbus/dbus/v5"
)

// busConfig is a session bus that activates no services: only what the
// test starts answers, whatever the machine has installed (a real tray
// or notification server would otherwise start on the first call).
const busConfig = `<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir=%DIR%</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
`

// Bus is a private session bus, as dbus-run-session starts one.
type Bus struct {
	// Address goes into DBUS_SESSION_BUS_ADDRESS of the processes under
	// test.
	Address string
}

// StartBus runs dbus-daemon for the test and ends it at cleanup; the
// test is skipped where dbus-daemon is not installed.
func StartBus(t testing.TB) *Bus {
	t.Helper()
	if _, err := exec.LookPath("dbus-daemon"); err != nil {
		t.Skip("dbus-daemon is not installed (make deps-test installs it)")
	}
	dir := t.TempDir()
	config := filepath.Join(dir, "session.conf")
	if err := os.WriteFile(config, []byte(strings.ReplaceAll(busConfig, "%DIR%", dir)), 0o600); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("dbus-daemon", "--config-file="+config, "--nofork", "--nosyslog", "--print-address")
	cmd.SysProcAttr = diesWithTest()
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil {
		t.Fatalf("dbus-daemon gave no address: %v", err)
	}
	return &Bus{Address: strings.TrimSpace(line)}
}

// Connect opens a connection of the test's own to the bus, closed at
// cleanup.
func (b *Bus) Connect(t testing.TB) *dbus.Conn {
	t.Helper()
	conn, err := dbus.Connect(b.Address)
	if err != nil {
		t.Fatalf("connecting to the test's bus: %v", err)
	}
	t.Cleanup(func() { _ = conn.Close() })
	return conn
}

// diesWithTest ends a helper with the test process even when that dies
// without cleaning up (a panic, a timeout), so no daemon is left behind.
func diesWithTest() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
}
