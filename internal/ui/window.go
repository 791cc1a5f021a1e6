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

// restoreSize sizes the window as it was last closed, within the screen.
func (u *App) restoreSize() {
	u.win.Resize(fyne.NewSize(u.prefs.windowSize()))
}

// windowSize is the remembered size, at least leastWindowSize and at
// most the screen.
func (s *settings) windowSize() (w, h float32) {
	return float32(s.number(prefWindowWidth)), float32(s.number(prefWindowHeight))
}

// windowPlace is where the window was, -1 when not remembered.
func (s *settings) windowPlace() (x, y int) {
	return int(s.number(prefWindowX)), int(s.number(prefWindowY))
}

// rememberWindow keeps the window's size and, on X, its place for the
// next run.
func (u *App) rememberWindow() {
	s := u.prefs
	if size := u.win.Canvas().Size(); size.Width > 0 && size.Height > 0 {
		s.setNumber(prefWindowWidth, float64(size.Width))
		s.setNumber(prefWindowHeight, float64(size.Height))
	}
	withX(u.win, func(x *desktop.X, id uintptr) {
		if px, py, ok := x.WindowPlace(id); ok {
			s.setNumber(prefWindowX, float64(px))
			s.setNumber(prefWindowY, float64(py))
		}
	})
}

// screenSize is the X screen's size, zero when not known (Wayland, no
// display): the most a remembered window size may be.
func screenSize() fyne.Size {
	x := desktop.OpenX()
	if x == nil {
		return fyne.Size{}
	}
	defer x.Close()
	if w, h, ok := x.ScreenSize(); ok {
		return fyne.NewSize(float32(w), float32(h))
	}
	return fyne.Size{}
}

// restorePlace puts the shown window where it was last closed, on X.
func (u *App) restorePlace() {
	px, py := u.prefs.windowPlace()
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
