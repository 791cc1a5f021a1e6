package store

import (
	"fmt"
	"os"
	"path/filepath"
)

// ConfigDir is the folder of Posture's settings files:
// $XDG_CONFIG_HOME/posture, normally ~/.config/posture.
func ConfigDir() (string, error) {
	d, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("no config folder: set HOME or XDG_CONFIG_HOME, or use --data (%w)", err)
	}
	return filepath.Join(d, "posture"), nil
}

// StateDir is the folder of what Posture remembers between runs (which
// reminders came, which were snoozed): $XDG_STATE_HOME/posture, normally
// ~/.local/state/posture. The spec says to ignore a relative
// XDG_STATE_HOME, as for the other folders.
func StateDir() (string, error) {
	if d := os.Getenv("XDG_STATE_HOME"); filepath.IsAbs(d) {
		return filepath.Join(d, "posture"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("no state folder: set HOME or XDG_STATE_HOME, or use --data (%w)", err)
	}
	return filepath.Join(home, ".local", "state", "posture"), nil
}
