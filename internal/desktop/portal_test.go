package desktop

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/postureapp/posture/internal/desktop/desktoptest"
	"github.com/postureapp/posture/internal/wire"
)

// inSandbox makes the test run as in a Flatpak of id, with a home and
// runtime folder of its own, and returns the runtime folder.
func inSandbox(t *testing.T, id string) string {
	t.Helper()
	home := t.TempDir()
	runtime, err := os.MkdirTemp("", "prt") // a socket's path is at most 107 bytes
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.RemoveAll(runtime) })
	t.Setenv("FLATPAK_ID", id)
	t.Setenv("HOME", home)
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(home, ".config"))
	t.Setenv("XDG_RUNTIME_DIR", runtime)
	return runtime
}

func TestSandboxedByFlatpakIDOrByFlatpakInfo(t *testing.T) {
	info := filepath.Join(t.TempDir(), ".flatpak-info")
	old := flatpakInfo
	flatpakInfo = info
	t.Cleanup(func() { flatpakInfo = old })
	t.Setenv("FLATPAK_ID", "")
	if id, ok := Sandboxed(); ok {
		t.Errorf("sandboxed as %q with neither FLATPAK_ID nor %s", id, info)
	}
	if err := os.WriteFile(info, []byte("[Application]\nname=org.example.Posture\nruntime=x\n\n[Instance]\nname=other\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if id, ok := Sandboxed(); !ok || id != "org.example.Posture" {
		t.Errorf("with %s: %q %v, want org.example.Posture", info, id, ok)
	}
	t.Setenv("FLATPAK_ID", "../../etc")
	if id, _ := Sandboxed(); id != AppID {
		t.Errorf("FLATPAK_ID ../../etc gives %q, want %s (it becomes part of a path)", id, AppID)
	}
}

// In a sandbox the socket and the lock are in the sandbox's runtime
// folder, which every copy of the app shares, and a second copy reaches
// the first there; nothing is written in the data folder.
func TestInASandboxTheSocketAndLockAreInTheAppsRuntimeFolder(t *testing.T) {
	runtime := inSandbox(t, AppID)
	data := t.TempDir()
	inst, err := Claim("window", data, func(wire.Request) wire.Reply { return wire.OK() })
	if err != nil {
		t.Fatal(err)
	}
	defer inst.Release()
	dir := filepath.Join(runtime, "app", AppID)
	if got := LockPath("window", data); filepath.Dir(got) != dir {
		t.Errorf("the lock is %s, want it in %s", got, dir)
	}
	if _, err := Send("window", data, wire.Ask(wire.Ping)); err != nil {
		t.Errorf("a second copy does not reach the first: %v", err)
	}
	if _, err := Claim("window", data, nil); !errors.Is(err, ErrRunning) {
		t.Errorf("a second claim: %v, want ErrRunning", err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("%s holds %v, want the socket and its lock", dir, entries)
	}
	if entries, _ := os.ReadDir(data); len(entries) != 0 {
		t.Errorf("the data folder holds %v", entries)
	}
}

// Autostart in a sandbox is asked of the Background portal with the
// command line, autostart and a reason; its answer is recorded, so
// status says it; off tells the portal too; a refusal is an error.
func TestAutostartInASandboxAsksTheBackgroundPortal(t *testing.T) {
	inSandbox(t, AppID)
	bus := desktoptest.StartBus(t)
	portal := desktoptest.StartPortal(t, bus)
	conn := bus.Connect(t)
	cmd := sandboxCommand("/app/bin/posture", "/home/me/Sync/posture")
	if err := portalAutostart(conn, true, cmd); err != nil {
		t.Fatal(err)
	}
	got := portal.Background()
	if len(got) != 1 || !got[0].Autostart || got[0].Reason == "" ||
		!slices.Equal(got[0].Commandline, []string{"posture", "--background", "--data", "/home/me/Sync/posture"}) {
		t.Errorf("the portal was asked %+v", got)
	}
	if !AutostartEnabled() {
		t.Error("autostart status is off after the portal granted it")
	}
	if err := portalAutostart(conn, false, nil); err != nil {
		t.Fatal(err)
	}
	if got := portal.Background(); len(got) != 2 || got[1].Autostart {
		t.Errorf("off asked the portal %+v", got)
	}
	if AutostartEnabled() {
		t.Error("autostart status is on after off")
	}
	portal.Deny()
	if err := portalAutostart(conn, true, cmd); !errors.Is(err, ErrPortalDenied) || AutostartEnabled() {
		t.Errorf("a refusal gives %v, status %v", err, AutostartEnabled())
	}
}

// A reminder's notification goes through the Notification portal with
// its buttons; a button pressed comes back as the event of that
// notification; another app's (or an earlier process's) does not; a
// withdrawn one is removed.
func TestPortalNotifierButtonsComeBackAsEvents(t *testing.T) {
	inSandbox(t, AppID)
	bus := desktoptest.StartBus(t)
	portal := desktoptest.StartPortal(t, bus)
	n, err := newPortalNotifier(bus.Connect(t))
	if err != nil {
		t.Fatal(err)
	}
	id, err := n.Send(Notification{Title: "Time for Core Basics", Body: "Dead bugs & bird dogs <3",
		Actions: []Action{{Key: string(wire.Start), Label: "Start"}, {Key: string(wire.Snooze), Label: "Snooze 10 min"}}})
	if err != nil {
		t.Fatal(err)
	}
	got := portal.WaitNotices(t, 5*time.Second, func(got []desktoptest.PortalNotice) bool { return len(got) == 1 })[0]
	if got.Title != "Time for Core Basics" || got.Body != "Dead bugs & bird dogs <3" || !slices.Equal(got.Icon, []string{AppID}) ||
		!slices.Equal(got.Buttons, [][2]string{{"Start", string(wire.Start)}, {"Snooze 10 min", string(wire.Snooze)}}) {
		t.Errorf("the portal got %+v", got)
	}
	portal.Invoke(t, "another-app-1", string(wire.Start))
	portal.Invoke(t, strings.Replace(got.ID, "-", "-1", 1), string(wire.Start)) // an earlier process's
	portal.Invoke(t, got.ID, string(wire.Snooze))
	select {
	case ev := <-n.Events():
		if ev != (NotificationEvent{ID: id, Action: string(wire.Snooze)}) {
			t.Errorf("event %+v, want snooze on %d", ev, id)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("no event for the button pressed")
	}
	if err := n.Withdraw(id); err != nil {
		t.Fatal(err)
	}
	portal.WaitNotices(t, 5*time.Second, func(got []desktoptest.PortalNotice) bool { return got[0].Withdrawn })
	n.Close()
}
