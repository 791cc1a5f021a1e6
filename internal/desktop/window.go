package desktop

import (
	"github.com/jezek/xgb/xproto"
)

// A window's place on an X screen, so the window opens where it was last
// closed. Fyne can size a window but not say or set where it is; X can.
// The place is that of the window's frame (the window manager's border
// and title bar, from _NET_FRAME_EXTENTS), which is what the window
// manager puts back where asked (ICCCM, north-west gravity); with no
// window manager the frame is the window itself.

// WindowPlace is where window id's frame is on the screen, in pixels from
// the top left; ok is false without X or such a window.
func (x *X) WindowPlace(id uintptr) (px, py int, ok bool) {
	if x == nil || id == 0 {
		return 0, 0, false
	}
	w := xproto.Window(id)
	r, err := xproto.TranslateCoordinates(x.conn, w, x.root, 0, 0).Reply()
	if err != nil {
		return 0, 0, false
	}
	left, top := 0, 0
	if ext := x.windowProperty(w, "_NET_FRAME_EXTENTS", xproto.AtomCardinal); len(ext) == 4 {
		left, top = int(ext[0]), int(ext[2])
	}
	return int(r.DstX) - left, int(r.DstY) - top, true
}

// PlaceWindow moves window id's frame to (px, py), kept on the screen: a
// place from another, larger screen is pulled back so that the top left
// corner of the window shows.
func (x *X) PlaceWindow(id uintptr, px, py int) bool {
	if x == nil || id == 0 {
		return false
	}
	geo, err := xproto.GetGeometry(x.conn, xproto.Drawable(x.root)).Reply()
	if err != nil {
		return false
	}
	const keep = 100 // of the window, at least, stays on the screen
	px = max(0, min(px, int(geo.Width)-keep))
	py = max(0, min(py, int(geo.Height)-keep))
	err = xproto.ConfigureWindowChecked(x.conn, xproto.Window(id), xproto.ConfigWindowX|xproto.ConfigWindowY,
		[]uint32{uint32(int32(px)), uint32(int32(py))}).Check()
	return err == nil
}

// ScreenSize is the size of the X screen in pixels; ok is false without X.
func (x *X) ScreenSize() (width, height int, ok bool) {
	if x == nil {
		return 0, 0, false
	}
	geo, err := xproto.GetGeometry(x.conn, xproto.Drawable(x.root)).Reply()
	if err != nil {
		return 0, 0, false
	}
	return int(geo.Width), int(geo.Height), true
}
