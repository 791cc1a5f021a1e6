package desktop

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/postureapp/posture/internal/store"
)

// AppID is the reverse-DNS id of the app: the autostart file's name and
// the notifications' desktop entry.
const AppID = "io.github.postureapp.posture"

// AutostartPath is $XDG_CONFIG_HOME/autostart/<app id>.desktop. In a
// sandbox, where the Background portal keeps the entry out of reach, it
// is the file recording the portal's answer, autostart.portal in the
// config folder.
func AutostartPath() (string, error) {
	if _, ok := Sandboxed(); ok {
		dir, err := store.ConfigDir()
		return filepath.Join(dir, "autostart.portal"), err
	}
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, "autostart", AppID+".desktop"), nil
}

// AutostartEnabled reports whether the autostart entry exists.
func AutostartEnabled() bool {
	path, err := AutostartPath()
	if err != nil {
		return false
	}
	_, err = os.Stat(path)
	return err == nil
}

// EnableAutostart writes the entry that runs exe --background at login,
// with --data when the data folder is not the default. A path the entry's
// Exec line cannot hold is refused before anything is written; an entry
// that is a symbolic link is replaced by a file, never written through.
// In a sandbox, the Background portal is asked instead.
func EnableAutostart(exe, dataFlag string) error {
	if _, ok := Sandboxed(); ok {
		return PortalAutostart(true, sandboxCommand(exe, dataFlag))
	}
	entry, err := autostartEntry(exe, dataFlag)
	if err != nil {
		return err
	}
	path, err := AutostartPath()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("autostart: %w", err)
	}
	if err := removeLink(path); err != nil {
		return err
	}
	return store.WriteFile(path, []byte(entry))
}

// removeLink deletes path when it is a symbolic link, so that the save
// that follows replaces the link rather than the file it points to (the
// data folder's writer follows links; the autostart folder is not ours).
func removeLink(path string) error {
	fi, err := os.Lstat(path)
	if err != nil || fi.Mode()&fs.ModeSymlink == 0 {
		return nil
	}
	if err := os.Remove(path); err != nil {
		return fmt.Errorf("autostart: cannot replace the link %s: %w", path, err)
	}
	return nil
}

// DisableAutostart removes the entry and its backup; no entry is fine.
// In a sandbox, the Background portal is told instead.
func DisableAutostart() error {
	if _, ok := Sandboxed(); ok {
		return PortalAutostart(false, nil)
	}
	path, err := AutostartPath()
	if err != nil {
		return err
	}
	for _, p := range []string{path, path + ".bak"} {
		if err := os.Remove(p); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("autostart: %w", err)
		}
	}
	return nil
}

func autostartEntry(exe, dataFlag string) (string, error) {
	cmd, err := execCommand(exe, dataFlag)
	if err != nil {
		return "", err
	}
	return strings.Join([]string{
		"[Desktop Entry]",
		"Type=Application",
		"Name=Posture",
		"Comment=Reminders for posture and upper-back routines",
		"TryExec=" + stringValue(exe),
		"Exec=" + cmd,
		"Icon=" + AppID,
		"Terminal=false",
		"X-GNOME-Autostart-enabled=true",
		"",
	}, "\n"), nil
}

// sandboxCommand is the command line the portal runs at login: inside
// the sandbox, by the command's name.
func sandboxCommand(exe, dataFlag string) []string {
	cmd := []string{filepath.Base(exe), "--background"}
	if dataFlag != "" {
		cmd = append(cmd, "--data", dataFlag)
	}
	return cmd
}
