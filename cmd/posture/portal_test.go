package main

// Proof of the portals through the real binary, as in a Flatpak
// (FLATPAK_ID set): `posture --background` on a private bus with a
// stand-in portal and no notification server sends its reminders to the
// Notification portal, with buttons that act as the prompt's; its sockets
// are in the sandbox's runtime folder; and `posture autostart` asks the
// Background portal.

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/postureapp/posture/internal/background"
	"github.com/postureapp/posture/internal/desktop"
	"github.com/postureapp/posture/internal/desktop/desktoptest"
	"github.com/postureapp/posture/internal/remind"
	"github.com/postureapp/posture/internal/store"
	"github.com/postureapp/posture/internal/wire"
)

// newSandboxRig is a tray rig as inside a Flatpak, with a stand-in
// portal on its bus and a runtime folder short enough for sockets.
func newSandboxRig(t *testing.T, display string) (*trayRig, *desktoptest.Portal) {
	t.Helper()
	r := newTrayRig(t, display)
	r.runtime = shortTempDir(t)
	r.env = append(r.env, "XDG_RUNTIME_DIR="+r.runtime, "FLATPAK_ID="+desktop.AppID)
	t.Setenv("FLATPAK_ID", desktop.AppID) // for the stand-in window in this process
	return r, desktoptest.StartPortal(t, r.bus)
}

// TestProofPortalNotificationsInAFlatpak: three reminders fall due
// together; each gets a notification from the Notification portal with
// Start and Snooze. Snooze on one snoozes that reminder only; Start on
// another asks the open window to play its routine; the third, answered
// in the prompt, is removed from the portal. The sockets are in the
// sandbox's runtime folder.
func TestProofPortalNotificationsInAFlatpak(t *testing.T) {
	r, portal := newSandboxRig(t, desktoptest.StartXvfb(t, "640x480x24"))
	window := standInWindow(t, r)
	routines := []string{"Upper Back Strength", "Forward Head", "Core Basics"}
	r.dueAMinuteAgo(routines...)
	r.startBackground()
	notices := portal.WaitNotices(t, 15*time.Second, func(got []desktoptest.PortalNotice) bool { return len(got) == len(routines) })
	want := [][2]string{{"Start", string(wire.Start)}, {fmt.Sprintf("Snooze %d min", int(remind.SnoozeFor.Minutes())), string(wire.Snooze)}}
	for _, n := range notices {
		if !slices.Equal(n.Buttons, want) || !slices.Equal(n.Icon, []string{desktop.AppID}) {
			t.Errorf("%q: buttons %q, icon %q; want %q", n.Title, n.Buttons, n.Icon, want)
		}
	}
	socks, _ := filepath.Glob(filepath.Join(r.runtime, "app", desktop.AppID, "remind-*.sock"))
	if len(socks) != 1 {
		t.Errorf("the background's socket is not in %s: %v", filepath.Join(r.runtime, "app", desktop.AppID), socks)
	}
	prompt := nextRequest(t, window, wire.ShowPrompt).Reminders()
	if len(prompt) != len(routines) {
		t.Fatalf("the prompt lists %+v, want the three reminders", prompt)
	}

	portal.Invoke(t, portalNoticeFor(t, notices, "Forward Head").ID, string(wire.Snooze))
	snoozeOf(t, r.data, "Forward Head")
	portal.Invoke(t, portalNoticeFor(t, notices, "Upper Back Strength").ID, string(wire.Start))
	if play := nextRequest(t, window, wire.Play); play.Routine != "Upper Back Strength" {
		t.Errorf("Start on Upper Back Strength's notification asks the window to play %q", play.Routine)
	}

	core := prompt[slices.IndexFunc(prompt, func(p remind.Prompt) bool { return p.Routine == "Core Basics" })]
	if err := background.NewClient(store.Layout(r.data), r.data).Answer(wire.Skip, core); err != nil {
		t.Fatal(err)
	}
	got := portal.WaitNotices(t, 5*time.Second, func(got []desktoptest.PortalNotice) bool {
		return portalNoticeFor(t, got, "Core Basics").Withdrawn
	})
	if n := portalNoticeFor(t, got, "Forward Head"); n.Withdrawn {
		t.Errorf("Forward Head's notification, answered by its own button, was removed too")
	}
}

// portalNoticeFor is the portal's notification whose title names routine.
func portalNoticeFor(t *testing.T, notices []desktoptest.PortalNotice, routine string) desktoptest.PortalNotice {
	t.Helper()
	i := slices.IndexFunc(notices, func(n desktoptest.PortalNotice) bool { return n.Title == "Time for "+routine })
	if i < 0 {
		t.Fatalf("no notification for %s in %+v", routine, notices)
	}
	return notices[i]
}

func TestProofAutostartInAFlatpakAsksTheBackgroundPortal(t *testing.T) {
	r, portal := newSandboxRig(t, "")
	if out := r.posture("autostart", "on"); !strings.Contains(out, "Background portal") {
		t.Errorf("autostart on says %q", out)
	}
	asked := portal.Background()
	if len(asked) != 1 || !asked[0].Autostart || !slices.Equal(asked[0].Commandline, []string{filepath.Base(r.bin), "--background", "--data", r.data}) {
		t.Errorf("the portal was asked %+v", asked)
	}
	if out := r.posture("autostart", "status"); !strings.HasPrefix(out, "on ") {
		t.Errorf("status after on: %q", out)
	}
	r.posture("autostart", "off")
	if asked := portal.Background(); len(asked) != 2 || asked[1].Autostart {
		t.Errorf("off asked the portal %+v", asked)
	}
	if out := r.posture("autostart", "status"); out != "off\n" {
		t.Errorf("status after off: %q", out)
	}
	portal.Deny()
	if out, err := r.command("autostart", "on").CombinedOutput(); err == nil || !strings.Contains(string(out), "refused") {
		t.Errorf("a refused autostart: %v %s", err, out)
	}
}
