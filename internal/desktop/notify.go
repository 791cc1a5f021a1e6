package desktop

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/godbus/dbus/v5"
)

// Notify sends a desktop notification through org.freedesktop.Notifications,
// the call Fyne's SendNotification makes, from a process that has no
// Fyne app. icon is a file path or a theme icon name.
func Notify(appName, icon, title, body string) error {
	conn, err := dbus.SessionBus()
	if err != nil {
		return fmt.Errorf("no session bus: %w", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), busTimeout)
	defer cancel()
	obj := conn.Object("org.freedesktop.Notifications", "/org/freedesktop/Notifications")
	hints := map[string]dbus.Variant{"category": dbus.MakeVariant("presence"), "desktop-entry": dbus.MakeVariant(AppID)}
	call := obj.CallWithContext(ctx, "org.freedesktop.Notifications.Notify", 0,
		appName, uint32(0), icon, title, body, []string{}, hints, int32(-1))
	if call.Err != nil {
		return fmt.Errorf("notification: %w", call.Err)
	}
	return nil
}

// IconFile writes png to the cache once, for notifications that need a
// path, and returns the path; "" when it cannot.
func IconFile(png []byte) string {
	dir, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	path := filepath.Join(dir, "posture", "icon.png")
	if b, err := os.ReadFile(path); err == nil && len(b) == len(png) {
		return path
	}
	if os.MkdirAll(filepath.Dir(path), 0o755) != nil || os.WriteFile(path, png, 0o644) != nil {
		return ""
	}
	return path
}

// HasTray reports whether a status notifier host (the tray) is running:
// plain GNOME has none without an extension.
func HasTray() bool {
	conn, err := dbus.SessionBus()
	if err != nil {
		return false
	}
	return hasTray(conn)
}

func hasTray(conn *dbus.Conn) bool {
	ctx, cancel := context.WithTimeout(context.Background(), busTimeout)
	defer cancel()
	var owned bool
	if err := conn.BusObject().CallWithContext(ctx, "org.freedesktop.DBus.NameHasOwner", 0, "org.kde.StatusNotifierWatcher").Store(&owned); err != nil || !owned {
		return false
	}
	v, err := conn.Object("org.kde.StatusNotifierWatcher", "/StatusNotifierWatcher").
		GetProperty("org.kde.StatusNotifierWatcher.IsStatusNotifierHostRegistered")
	if err != nil {
		return true // a watcher that does not say is taken at its word
	}
	b, ok := v.Value().(bool)
	return !ok || b
}
