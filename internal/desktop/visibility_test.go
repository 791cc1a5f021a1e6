package desktop

import (
	"testing"
	"time"

	"github.com/jezek/xgb"
	"github.com/jezek/xgb/xproto"

	"github.com/postureapp/posture/internal/desktop/desktoptest"
)

// startXvfb runs a private X server for the test and points DISPLAY at it.
func startXvfb(t *testing.T) {
	t.Helper()
	t.Setenv("DISPLAY", desktoptest.StartXvfb(t, "640x480x24"))
	t.Setenv("WAYLAND_DISPLAY", "")
}

// window makes a mapped size × size window at (x, y).
func window(t *testing.T, c *xgb.Conn, x, y int16, size uint16) xproto.Window {
	t.Helper()
	id, err := xproto.NewWindowId(c)
	if err != nil {
		t.Fatal(err)
	}
	root := xproto.Setup(c).DefaultScreen(c).Root
	err = xproto.CreateWindowChecked(c, 0, id, root, x, y, size, size, 0, xproto.WindowClassInputOutput, 0, 0, nil).Check()
	if err != nil {
		t.Fatal(err)
	}
	if err := xproto.MapWindowChecked(c, id).Check(); err != nil {
		t.Fatal(err)
	}
	return id
}

func TestAWindowMinimisedOrCoveredIsNotVisible(t *testing.T) {
	startXvfb(t)
	c, err := xgb.NewConn()
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	w := window(t, c, 10, 10, 200)
	seen := make(chan bool, 10)
	stop, ok := WatchVisibility(uint32(w), func(v bool) { seen <- v })
	if !ok {
		t.Fatal("the X server could not be asked")
	}
	defer stop()
	expect := func(want bool, what string) {
		t.Helper()
		select {
		case got := <-seen:
			if got != want {
				t.Fatalf("%s: visible %v, want %v", what, got, want)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("%s: no word from the watch", what)
		}
	}
	expect(true, "at the start")
	cover := window(t, c, 0, 0, 300)
	expect(false, "covered whole by another window")
	xproto.DestroyWindow(c, cover)
	expect(true, "uncovered")
	xproto.UnmapWindow(c, w)
	expect(false, "unmapped, as a window manager minimises")
	xproto.MapWindow(c, w)
	expect(true, "mapped again")
	state, hidden := intern(c, "_NET_WM_STATE"), intern(c, "_NET_WM_STATE_HIDDEN")
	buf := make([]byte, 4)
	xgb.Put32(buf, uint32(hidden))
	xproto.ChangeProperty(c, xproto.PropModeReplace, w, state, xproto.AtomAtom, 32, 1, buf)
	expect(false, "marked hidden by the window manager")
	xproto.DeleteProperty(c, w, state)
	expect(true, "no longer marked hidden")
	partly := window(t, c, 100, 100, 200)
	xproto.DestroyWindow(c, partly)
	select {
	case v := <-seen:
		t.Fatalf("a window over part of it changed visible to %v", v)
	case <-time.After(300 * time.Millisecond):
	}
}
