package desktop

import (
	"os"
	"path/filepath"
)

// HasDisplay reports whether a window can be shown: a Wayland
// compositor's socket is there, or the X server in $DISPLAY answers.
// Fyne's GLFW driver speaks both; without either it cannot start.
func HasDisplay() bool {
	if wl := os.Getenv("WAYLAND_DISPLAY"); wl != "" {
		if !filepath.IsAbs(wl) {
			wl = filepath.Join(os.Getenv("XDG_RUNTIME_DIR"), wl)
		}
		if fi, err := os.Stat(wl); err == nil && fi.Mode().Type() == os.ModeSocket {
			return true
		}
	}
	x := OpenX()
	defer x.Close()
	return x != nil
}
