package desktop

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/godbus/dbus/v5"
)

// Notify sends a desktop notification through org.freedesktop.Notifications,
// the call Fyne's SendNotification makes, from a process that has no
// Fyne app. icon is a file path or a theme icon name; title and body are
// plain text, names included, and are sent so that no server reads
// markup in them.
func Notify(appName, icon, title, body string) error {
	conn, err := dbus.SessionBus()
	if err != nil {
		return fmt.Errorf("no session bus: %w", err)
	}
	return notify(conn, appName, icon, title, body)
}

func notify(conn *dbus.Conn, appName, icon, title, body string) error {
	ctx, cancel := context.WithTimeout(context.Background(), busTimeout)
	defer cancel()
	obj := conn.Object("org.freedesktop.Notifications", "/org/freedesktop/Notifications")
	if rendersMarkup(ctx, obj) {
		body = markupEscape(body)
	}
	hints := map[string]dbus.Variant{"category": dbus.MakeVariant("presence"), "desktop-entry": dbus.MakeVariant(AppID)}
	call := obj.CallWithContext(ctx, "org.freedesktop.Notifications.Notify", 0,
		appName, uint32(0), icon, summaryText(title), body, []string{}, hints, int32(-1))
	if call.Err != nil {
		return fmt.Errorf("notification: %w", call.Err)
	}
	return nil
}

// rendersMarkup reports whether the server reads bodies as markup. A
// server that does not answer is taken to: escaped text shows a stray
// &amp; at worst, unescaped text can show a link or an image.
func rendersMarkup(ctx context.Context, server dbus.BusObject) bool {
	var caps []string
	if err := server.CallWithContext(ctx, "org.freedesktop.Notifications.GetCapabilities", 0).Store(&caps); err != nil {
		return true
	}
	return slices.Contains(caps, "body-markup")
}

// markupEscape makes text read as itself in a body that is markup.
var markupEscape = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace

// summaryText is a summary that reads the same whether the server takes
// it as plain text, as the specification says (GNOME escapes it), or as
// markup (dunst): the three characters markup gives a meaning to become
// look-alikes that it does not.
var summaryText = strings.NewReplacer("&", "\uFF06", "<", "\u2039", ">", "\u203A").Replace

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
