package desktop

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/godbus/dbus/v5"

	"github.com/postureapp/posture/internal/store"
)

// backgroundReason is what the Background portal shows the person.
const backgroundReason = "Posture reminds you of your routines from the background, and starts at login if you ask it to."

// PortalAutostart asks the Background portal, from a sandbox, to start
// commandline at login (on) or not (off), and records the answer in the
// marker file AutostartPath names there, since the portal's own entry is
// outside the sandbox. A refusal is an error wrapping ErrPortalDenied.
func PortalAutostart(on bool, commandline []string) error {
	conn, err := dbus.SessionBus()
	if err != nil {
		return fmt.Errorf("autostart: no session bus: %w", err)
	}
	return portalAutostart(conn, on, commandline)
}

func portalAutostart(conn *dbus.Conn, on bool, commandline []string) error {
	results, err := portalCall(conn, "org.freedesktop.portal.Background.RequestBackground", map[string]dbus.Variant{
		"reason":      dbus.MakeVariant(backgroundReason),
		"autostart":   dbus.MakeVariant(on),
		"commandline": dbus.MakeVariant(commandline),
	}, "")
	if err != nil {
		return fmt.Errorf("autostart: %w", err)
	}
	granted, _ := results["autostart"].Value().(bool)
	path, err := AutostartPath()
	if err != nil {
		return err
	}
	if !on || !granted {
		for _, p := range []string{path, path + ".bak"} {
			if err := os.Remove(p); err != nil && !os.IsNotExist(err) {
				return fmt.Errorf("autostart: %w", err)
			}
		}
		if on {
			return fmt.Errorf("autostart: %w starting Posture at login (Background portal)", ErrPortalDenied)
		}
		return nil
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return fmt.Errorf("autostart: %w", err)
	}
	return store.WriteFile(path, []byte("# Posture starts at login through the Background portal with:\n"+strings.Join(commandline, " ")+"\n"))
}
