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

// AutostartPath is $XDG_CONFIG_HOME/autostart/<app id>.desktop.
func AutostartPath() (string, error) {
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
// with --data when the data folder is not the default.
func EnableAutostart(exe, dataFlag string) error {
	path, err := AutostartPath()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("autostart: %w", err)
	}
	return store.WriteFile(path, []byte(autostartEntry(exe, dataFlag)))
}

// DisableAutostart removes the entry and its backup; no entry is fine.
func DisableAutostart() error {
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

func autostartEntry(exe, dataFlag string) string {
	cmd := execQuote(exe)
	if dataFlag != "" {
		cmd += " --data " + execQuote(dataFlag)
	}
	return strings.Join([]string{
		"[Desktop Entry]",
		"Type=Application",
		"Name=Posture",
		"Comment=Reminders for posture and upper-back routines",
		"Exec=" + cmd + " --background",
		"Icon=" + AppID,
		"Terminal=false",
		"X-GNOME-Autostart-enabled=true",
		"",
	}, "\n")
}

// execQuote quotes an argument of a desktop entry's Exec key as the
// specification asks: in double quotes, with ", `, $ and \ escaped.
func execQuote(s string) string {
	if !strings.ContainsAny(s, " \t\"'`$\\<>|&;*?#()") {
		return s
	}
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "`", "\\`", `$`, `\$`)
	return `"` + r.Replace(s) + `"`
}
