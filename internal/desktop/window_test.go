package desktop

import (
	"testing"

	"github.com/jezek/xgb/xproto"
)

// Needs an X server ($DISPLAY, such as Xvfb); skipped without one.
func TestWindowPlaceRoundTripsAndStaysOnScreen(t *testing.T) {
	x := OpenX()
	if x == nil {
		t.Skip("no X server")
	}
	defer x.Close()
	id, err := xproto.NewWindowId(x.conn)
	if err != nil {
		t.Fatal(err)
	}
	screen := xproto.Setup(x.conn).DefaultScreen(x.conn)
	if err := xproto.CreateWindowChecked(x.conn, screen.RootDepth, id, x.root, 0, 0, 300, 200, 0,
		xproto.WindowClassInputOutput, screen.RootVisual, 0, nil).Check(); err != nil {
		t.Fatal(err)
	}
	defer xproto.DestroyWindow(x.conn, id)
	xproto.MapWindow(x.conn, id)
	if !x.PlaceWindow(uintptr(id), 120, 80) {
		t.Fatal("could not place the window")
	}
	if px, py, ok := x.WindowPlace(uintptr(id)); !ok || px != 120 || py != 80 {
		t.Errorf("placed at 120,80, read back %d,%d (%v)", px, py, ok)
	}
	x.PlaceWindow(uintptr(id), 100000, -50) // from a screen no longer there
	px, py, _ := x.WindowPlace(uintptr(id))
	if px < 0 || py != 0 || px > int(screen.WidthInPixels)-100 {
		t.Errorf("a place off the screen was kept: %d,%d on a %dx%d screen", px, py, screen.WidthInPixels, screen.HeightInPixels)
	}
}
