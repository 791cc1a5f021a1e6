package desktop

import (
	"testing"

	"github.com/postureapp/posture/internal/desktop/desktoptest"
)

// A tray is there only when a watcher runs and a panel (its host) draws
// the icons: plain GNOME has neither, and a watcher left without its
// panel shows nothing.
func TestHasTrayNeedsAWatcherWithAHost(t *testing.T) {
	for _, c := range []struct {
		what          string
		watcher, host bool
	}{
		{"no watcher", false, false},
		{"a watcher without a host", true, false},
		{"a watcher with a host", true, true},
	} {
		bus := desktoptest.StartBus(t)
		if c.watcher {
			desktoptest.StartWatcher(t, bus, c.host)
		}
		if got, want := hasTray(bus.Connect(t)), c.watcher && c.host; got != want {
			t.Errorf("%s: HasTray says %v", c.what, got)
		}
	}
}
