package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver"

	"github.com/postureapp/posture/internal/desktop"
)

// The window opens at the size, and on X where, it was last closed.
const (
	prefWindowWidth  = "window_width"
	prefWindowHeight = "window_height"
	prefWindowX      = "window_x"
	prefWindowY      = "window_y"
)

// Window size the first time, and the least a remembered size may be.
var (
	firstWindowSize = fyne.NewSize(960, 720)
	leastWindowSize = fyne.NewSize(320, 400)
)

// restoreSize sizes the window as it was last closed.
func (u *App) restoreSize() {
	p := u.prefs.p
	w := float32(p.FloatWithFallback(prefWindowWidth, float64(firstWindowSize.Width)))
	h := float32(p.FloatWithFallback(prefWindowHeight, float64(firstWindowSize.Height)))
	u.win.Resize(fyne.NewSize(max(w, leastWindowSize.Width), max(h, leastWindowSize.Height)))
}

// rememberWindow keeps the window's size and, on X, its place for the
// next run.
func (u *App) rememberWindow() {
	p := u.prefs.p
	if s := u.win.Canvas().Size(); s.Width > 0 && s.Height > 0 {
		p.SetFloat(prefWindowWidth, float64(s.Width))
		p.SetFloat(prefWindowHeight, float64(s.Height))
	}
	withX(u.win, func(x *desktop.X, id uintptr) {
		if px, py, ok := x.WindowPlace(id); ok {
			p.SetInt(prefWindowX, px)
			p.SetInt(prefWindowY, py)
		}
	})
}

// restorePlace puts the shown window where it was last closed, on X.
func (u *App) restorePlace() {
	p := u.prefs.p
	px, py := p.IntWithFallback(prefWindowX, -1), p.IntWithFallback(prefWindowY, -1)
	if px < 0 || py < 0 {
		return // never remembered: the window manager decides
	}
	withX(u.win, func(x *desktop.X, id uintptr) { x.PlaceWindow(id, px, py) })
}

// withX runs f with a connection to the X server and w's X window; it
// does nothing on Wayland, in tests, or before w is shown.
func withX(w fyne.Window, f func(x *desktop.X, id uintptr)) {
	nw, ok := w.(driver.NativeWindow)
	if !ok {
		return
	}
	var id uintptr
	nw.RunNative(func(ctx any) {
		if c, isX := ctx.(driver.X11WindowContext); isX {
			id = c.WindowHandle
		}
	})
	if id == 0 {
		return
	}
	x := desktop.OpenX()
	if x == nil {
		return
	}
	defer x.Close()
	f(x, id)
}
