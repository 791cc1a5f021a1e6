package desktop

import (
	"testing"

	"github.com/postureapp/posture/internal/desktop/desktoptest"
)

func TestOnWaylandIdleTimeComesFromTheCompositor(t *testing.T) {
	desktoptest.StartKWin(t)
	t.Setenv("DISPLAY", "") // XWayland alone would see only X clients' input
	src, name := OpenIdle(nil)
	defer CloseIdle(src)
	if name != waylandName {
		t.Fatalf("idle source %q under KWin, want %q", name, waylandName)
	}
	if _, ok := src.Idle(); !ok {
		t.Fatal("the compositor's idle time is not known")
	}
	if got := IdleSourceName(nil); got != waylandName {
		t.Fatalf("Settings would name %q, want %q", got, waylandName)
	}
}
