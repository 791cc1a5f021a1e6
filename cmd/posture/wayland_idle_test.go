package main

import (
	"strings"
	"testing"
	"time"

	"github.com/postureapp/posture/internal/desktop/desktoptest"
)

// On a Wayland desktop without Mutter or a screen-saver service (KDE's
// compositor here, headless), `posture --background` reads idle time
// from the compositor, and `posture remind` says so in plain words.
func TestProofRemindNamesTheWaylandIdleSource(t *testing.T) {
	r := newTrayRig(t, "")
	socket := desktoptest.StartKWin(t)
	r.env = append(r.env, "WAYLAND_DISPLAY="+socket)
	r.planAt(time.Now().Add(2 * time.Hour))
	r.posture("remind", "breaks", "--every", "45m")
	r.startBackground()
	const want = "Background: running; idle time from your Wayland desktop (ext-idle-notify)"
	if out := r.posture("remind"); !strings.Contains(out, want) {
		t.Fatalf("posture remind on KWin says:\n%s\nwant the line %q", out, want)
	}
}
