package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver"

	"github.com/postureapp/posture/internal/desktop"
)

// watchVisibility tells setHidden when the window can no longer be seen
// (minimised, unmapped, covered whole) and when it can again, where the X
// server says so; elsewhere it says nothing and the window counts as seen.
// It returns the function that stops the watch.
func (u *App) watchVisibility(setHidden func(hidden bool)) (stop func()) {
	nw, ok := u.win.(driver.NativeWindow)
	if !ok {
		return func() {}
	}
	var id uintptr
	nw.RunNative(func(ctx any) {
		if x, ok := ctx.(driver.X11WindowContext); ok {
			id = x.WindowHandle
		}
	})
	if id == 0 {
		return func() {}
	}
	done := make(chan struct{})
	go func() { // connecting to the X server is not the UI goroutine's work
		stopWatch, ok := desktop.WatchVisibility(uint32(id), func(visible bool) {
			fyne.Do(func() {
				select {
				case <-done:
				default:
					setHidden(!visible)
				}
			})
		})
		if ok {
			<-done
			stopWatch()
		}
	}()
	return func() { close(done) }
}
