// Package desktop reads and talks to the person's desktop without Fyne:
// keyboard and mouse idle time, a full-screen window in front,
// do-not-disturb, notifications, the tray's presence, the autostart
// entry, and one running copy of Posture at a time. Everything here fails
// soft: a desktop that cannot answer is reported as such, never a crash.
package desktop

import (
	"context"
	"io"
	"log"
	"os"
	"strings"
	"time"

	"github.com/godbus/dbus/v5"
	"github.com/jezek/xgb"
	"github.com/jezek/xgb/screensaver"
	"github.com/jezek/xgb/xproto"
	"github.com/postureapp/posture/internal/desktop/wayland"
)

// Idle is a source of keyboard and mouse idle time.
type Idle interface {
	Idle() (time.Duration, bool)
}

// NoIdle is what is used when no source answers: the desk count runs on
// wall-clock time.
type NoIdle struct{}

// Idle never knows.
func (NoIdle) Idle() (time.Duration, bool) { return 0, false }

// OpenIdle finds the first source that answers: on a Wayland session
// the compositor's ext-idle-notify, GNOME's Mutter, then
// org.freedesktop.ScreenSaver, then the X server's MIT-SCREEN-SAVER
// extension; on X the X server first. The name says which, in words for
// `posture remind` and Settings; NoIdle and "" when none does. CloseIdle
// ends the source when done with it.
func OpenIdle(x *X) (Idle, string) {
	sources := []func() (Idle, string){
		func() (Idle, string) { return xIdle(x) },
		mutterIdle,
		screenSaverIdle,
	}
	if onWayland() {
		// Under Wayland the X server (XWayland) only sees X clients' input.
		sources = append([]func() (Idle, string){waylandIdle}, append(sources[1:], sources[0])...)
	}
	for _, open := range sources {
		if src, name := open(); src != nil {
			if _, ok := src.Idle(); ok {
				return src, name
			}
			CloseIdle(src)
		}
	}
	return NoIdle{}, ""
}

// IdleSourceName is the name OpenIdle gives, for a window that shows
// where idle time would come from without counting it.
func IdleSourceName(x *X) string {
	src, name := OpenIdle(x)
	CloseIdle(src)
	return name
}

// CloseIdle ends a source that holds a connection of its own (the
// Wayland one); the others share the X and D-Bus connections.
func CloseIdle(src Idle) {
	if c, ok := src.(io.Closer); ok {
		_ = c.Close()
	}
}

func onWayland() bool {
	return os.Getenv("XDG_SESSION_TYPE") == "wayland" || os.Getenv("WAYLAND_DISPLAY") != ""
}

// waylandName is the Wayland source's name: the compositor itself counts
// keyboard and mouse use, whichever it is (Sway, KDE, Hyprland, labwc...).
const waylandName = "your Wayland desktop (ext-idle-notify)"

func waylandIdle() (Idle, string) {
	src, err := wayland.Open(wayland.Options{})
	if err != nil {
		return nil, ""
	}
	return src, waylandName
}

// busTimeout bounds every D-Bus call: a desktop service that hangs must
// not hold a reminder back.
const busTimeout = time.Second

// X is a connection to the X server, shared by the idle source and the
// full-screen check.
type X struct {
	conn *xgb.Conn
	root xproto.Window
	ssOK bool
}

// OpenX connects to $DISPLAY; nil when there is no X server.
func OpenX() *X {
	if os.Getenv("DISPLAY") == "" {
		return nil
	}
	xgb.Logger = log.New(io.Discard, "", 0) // it reports a missing ~/.Xauthority, which is normal
	conn, err := xgb.NewConn()
	if err != nil {
		return nil
	}
	x := &X{conn: conn, root: xproto.Setup(conn).DefaultScreen(conn).Root}
	x.ssOK = screensaver.Init(conn) == nil
	return x
}

// Close ends the connection.
func (x *X) Close() {
	if x != nil {
		x.conn.Close()
	}
}

type xIdleSource struct{ x *X }

func xIdle(x *X) (Idle, string) {
	if x == nil || !x.ssOK {
		return nil, ""
	}
	return xIdleSource{x}, "the X server (MIT-SCREEN-SAVER)"
}

func (s xIdleSource) Idle() (time.Duration, bool) {
	r, err := screensaver.QueryInfo(s.x.conn, xproto.Drawable(s.x.root)).Reply()
	if err != nil {
		return 0, false
	}
	return time.Duration(r.MsSinceUserInput) * time.Millisecond, true
}

type busIdle struct {
	obj    dbus.BusObject
	method string
	unit   time.Duration
}

func mutterIdle() (Idle, string) {
	return sessionIdle("org.gnome.Mutter.IdleMonitor", "/org/gnome/Mutter/IdleMonitor/Core",
		"org.gnome.Mutter.IdleMonitor.GetIdletime", time.Millisecond), "GNOME (Mutter idle monitor)"
}

func screenSaverIdle() (Idle, string) {
	return sessionIdle("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver",
		"org.freedesktop.ScreenSaver.GetSessionIdleTime", time.Second), "the desktop's screen saver service"
}

func sessionIdle(name, path, method string, unit time.Duration) Idle {
	conn, err := dbus.SessionBus()
	if err != nil {
		return nil
	}
	return busIdle{obj: conn.Object(name, dbus.ObjectPath(path)), method: method, unit: unit}
}

func (b busIdle) Idle() (time.Duration, bool) {
	ctx, cancel := context.WithTimeout(context.Background(), busTimeout)
	defer cancel()
	call := b.obj.CallWithContext(ctx, b.method, 0)
	if call.Err != nil || len(call.Body) != 1 {
		return 0, false
	}
	switch v := call.Body[0].(type) {
	case uint64:
		return time.Duration(v) * b.unit, true
	case uint32:
		return time.Duration(v) * b.unit, true
	}
	return 0, false
}

// FullScreen reports whether the focused window is full screen, as the
// window manager marks it (_NET_WM_STATE_FULLSCREEN on _NET_ACTIVE_WINDOW).
// Without X or a window manager that says, it is false.
func (x *X) FullScreen() bool {
	if x == nil {
		return false
	}
	active := x.windowProperty(x.root, "_NET_ACTIVE_WINDOW", xproto.AtomWindow)
	if len(active) == 0 || active[0] == 0 {
		return false
	}
	full := x.atom("_NET_WM_STATE_FULLSCREEN")
	for _, a := range x.windowProperty(xproto.Window(active[0]), "_NET_WM_STATE", xproto.AtomAtom) {
		if xproto.Atom(a) == full && full != 0 {
			return true
		}
	}
	return false
}

func (x *X) atom(name string) xproto.Atom {
	r, err := xproto.InternAtom(x.conn, true, uint16(len(name)), name).Reply()
	if err != nil {
		return 0
	}
	return r.Atom
}

// windowProperty reads a list of 32-bit values.
func (x *X) windowProperty(w xproto.Window, name string, typ xproto.Atom) []uint32 {
	prop := x.atom(name)
	if prop == 0 {
		return nil
	}
	r, err := xproto.GetProperty(x.conn, false, w, prop, typ, 0, 64).Reply()
	if err != nil || r.Format != 32 {
		return nil
	}
	out := make([]uint32, 0, r.ValueLen)
	for i := 0; i+4 <= len(r.Value); i += 4 {
		out = append(out, xgb.Get32(r.Value[i:]))
	}
	return out
}

// DoNotDisturb reports whether the desktop holds back notifications:
// org.freedesktop.Notifications' Inhibited property (KDE and others),
// dunst's paused state, or GNOME's "show banners" switched off. False
// where none can be read.
func DoNotDisturb() bool {
	conn, err := dbus.SessionBus()
	if err != nil {
		return false
	}
	notif := conn.Object("org.freedesktop.Notifications", "/org/freedesktop/Notifications")
	if v, err := notif.GetProperty("org.freedesktop.Notifications.Inhibited"); err == nil {
		if b, ok := v.Value().(bool); ok && b {
			return true
		}
	}
	if v, err := notif.GetProperty("org.dunstproject.cmd0.paused"); err == nil {
		if b, ok := v.Value().(bool); ok && b {
			return true
		}
	}
	return gnomeBannersOff()
}

// gnomeBannersOff reads GNOME's do-not-disturb switch from the dconf
// database through the portal's settings interface, which every GNOME
// session runs.
func gnomeBannersOff() bool {
	if !strings.Contains(strings.ToUpper(os.Getenv("XDG_CURRENT_DESKTOP")), "GNOME") {
		return false
	}
	conn, err := dbus.SessionBus()
	if err != nil {
		return false
	}
	obj := conn.Object("org.freedesktop.portal.Desktop", "/org/freedesktop/portal/desktop")
	ctx, cancel := context.WithTimeout(context.Background(), busTimeout)
	defer cancel()
	call := obj.CallWithContext(ctx, "org.freedesktop.portal.Settings.ReadOne", 0, "org.gnome.desktop.notifications", "show-banners")
	if call.Err != nil || len(call.Body) != 1 {
		return false
	}
	v, ok := call.Body[0].(dbus.Variant)
	if !ok {
		return false
	}
	b, ok := v.Value().(bool)
	return ok && !b
}
