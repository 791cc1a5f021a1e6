package desktop

import (
	"io"
	"log"
	"os"

	"github.com/jezek/xgb"
	"github.com/jezek/xgb/xproto"
)

// WatchVisibility follows whether X window id can be seen: onChange(false)
// when it is unmapped (minimised, on most window managers), marked hidden
// (_NET_WM_STATE_HIDDEN) or covered whole by other windows, and
// onChange(true) when it shows again. onChange runs on the watch's own
// goroutine, and first with the state at the start. ok is false where the
// X server cannot be asked (no X, a Wayland session); stop ends the watch.
//
// A compositing window manager draws every window off screen, so the X
// server never calls one covered there; minimising still counts.
func WatchVisibility(id uint32, onChange func(visible bool)) (stop func(), ok bool) {
	if os.Getenv("DISPLAY") == "" || os.Getenv("WAYLAND_DISPLAY") != "" {
		return func() {}, false
	}
	xgb.Logger = log.New(io.Discard, "", 0)
	conn, err := xgb.NewConn()
	if err != nil {
		return func() {}, false
	}
	w := xproto.Window(id)
	mask := uint32(xproto.EventMaskVisibilityChange | xproto.EventMaskStructureNotify | xproto.EventMaskPropertyChange)
	if xproto.ChangeWindowAttributesChecked(conn, w, xproto.CwEventMask, []uint32{mask}).Check() != nil {
		conn.Close()
		return func() {}, false
	}
	x := &X{conn: conn}
	v := &visibility{x: x, w: w, wmState: intern(conn, "_NET_WM_STATE"), hiddenAtom: intern(conn, "_NET_WM_STATE_HIDDEN")}
	if attrs, err := xproto.GetWindowAttributes(conn, w).Reply(); err == nil {
		v.mapped = attrs.MapState != xproto.MapStateUnmapped
	}
	v.hidden = v.markedHidden()
	go v.follow(onChange)
	return conn.Close, true
}

type visibility struct {
	x                   *X
	w                   xproto.Window
	wmState, hiddenAtom xproto.Atom
	mapped              bool
	obscured            bool
	hidden              bool
}

func (v *visibility) visible() bool { return v.mapped && !v.obscured && !v.hidden }

// follow reads the window's events until the connection closes.
func (v *visibility) follow(onChange func(bool)) {
	was := v.visible()
	onChange(was)
	for {
		ev, err := v.x.conn.WaitForEvent()
		if ev == nil && err == nil {
			return // closed
		}
		switch e := ev.(type) {
		case xproto.VisibilityNotifyEvent:
			v.obscured = e.State == xproto.VisibilityFullyObscured
		case xproto.UnmapNotifyEvent:
			v.mapped = false
		case xproto.MapNotifyEvent:
			v.mapped = true
		case xproto.PropertyNotifyEvent:
			if e.Atom == v.wmState && v.wmState != 0 {
				v.hidden = v.markedHidden()
			}
		}
		if now := v.visible(); now != was {
			was = now
			onChange(now)
		}
	}
}

// intern names an atom, making it if the window manager has not yet, so
// a window manager started later is still heard.
func intern(c *xgb.Conn, name string) xproto.Atom {
	r, err := xproto.InternAtom(c, false, uint16(len(name)), name).Reply()
	if err != nil {
		return 0
	}
	return r.Atom
}

// markedHidden reads whether the window manager marks the window hidden.
func (v *visibility) markedHidden() bool {
	if v.hiddenAtom == 0 {
		return false
	}
	for _, a := range v.x.windowProperty(v.w, "_NET_WM_STATE", xproto.AtomAtom) {
		if xproto.Atom(a) == v.hiddenAtom {
			return true
		}
	}
	return false
}
