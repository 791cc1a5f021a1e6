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

// Notification is one desktop notification.
type Notification struct {
	Title, Body string // plain text, names included
	// Category is the notification's kind for the server's rules
	// ("x-posture.reminder"); "" sends none.
	Category string
	// Actions are its buttons, in order; only a server whose
	// capabilities list "actions" is sent them.
	Actions []Action
}

// Action is a button on a notification: Key comes back in an
// ActionEvent when the person presses it, Label is what it reads.
type Action struct{ Key, Label string }

// NotificationEvent is what the person did with a notification: pressed
// one of its actions, or (Action "") it closed, by a click, by expiring
// or by being withdrawn.
type NotificationEvent struct {
	ID     uint32
	Action string
}

const (
	notificationsName  = "org.freedesktop.Notifications"
	notificationsPath  = dbus.ObjectPath("/org/freedesktop/Notifications")
	actionInvoked      = notificationsName + ".ActionInvoked"
	notificationClosed = notificationsName + ".NotificationClosed"
)

// Notifier sends notifications through org.freedesktop.Notifications,
// the server Fyne's SendNotification uses, from a process that has no
// Fyne app, and passes on what the person does with them.
type Notifier struct {
	conn          *dbus.Conn
	appName, icon string
	events        chan NotificationEvent
}

// OpenNotifier connects to the session bus on a connection of its own
// and listens for actions and closings. icon is a file path or a theme
// icon name. Close it when done.
func OpenNotifier(appName, icon string) (*Notifier, error) {
	conn, err := dbus.ConnectSessionBus()
	if err != nil {
		return nil, fmt.Errorf("no session bus: %w", err)
	}
	n, err := newNotifier(conn, appName, icon)
	if err != nil {
		_ = conn.Close()
		return nil, err
	}
	return n, nil
}

// newNotifier listens on conn, which it then owns, for the signals of
// whoever holds the server's name: a signal from anyone else could
// otherwise start a routine.
func newNotifier(conn *dbus.Conn, appName, icon string) (*Notifier, error) {
	for _, member := range []string{"ActionInvoked", "NotificationClosed"} {
		if err := conn.AddMatchSignal(dbus.WithMatchSender(notificationsName), dbus.WithMatchObjectPath(notificationsPath),
			dbus.WithMatchInterface(notificationsName), dbus.WithMatchMember(member)); err != nil {
			return nil, fmt.Errorf("listening to notifications: %w", err)
		}
	}
	signals := make(chan *dbus.Signal, 16)
	conn.Signal(signals)
	n := &Notifier{conn: conn, appName: appName, icon: icon, events: make(chan NotificationEvent, 16)}
	go n.pass(signals)
	return n, nil
}

// pass turns the server's signals into events until the connection
// closes.
func (n *Notifier) pass(signals <-chan *dbus.Signal) {
	defer close(n.events)
	for s := range signals {
		var ev NotificationEvent
		switch {
		case s.Name == actionInvoked && dbus.Store(s.Body, &ev.ID, &ev.Action) == nil && ev.Action != "":
		case s.Name == notificationClosed && len(s.Body) == 2 && dbus.Store(s.Body[:1], &ev.ID) == nil:
		default:
			continue
		}
		n.events <- ev
	}
}

// Events passes on what the person does with the notifications sent; it
// is closed with the Notifier.
func (n *Notifier) Events() <-chan NotificationEvent { return n.events }

// Close ends the connection and the events.
func (n *Notifier) Close() { _ = n.conn.Close() }

// Send shows nt and returns the id the server gave it.
func (n *Notifier) Send(nt Notification) (uint32, error) {
	ctx, cancel := context.WithTimeout(context.Background(), busTimeout)
	defer cancel()
	obj := n.conn.Object(notificationsName, notificationsPath)
	caps, answered := capabilities(ctx, obj)
	body := nt.Body
	if !answered || slices.Contains(caps, "body-markup") {
		body = markupEscape(body)
	}
	actions := []string{}
	if slices.Contains(caps, "actions") {
		for _, a := range nt.Actions {
			actions = append(actions, a.Key, a.Label)
		}
	}
	hints := map[string]dbus.Variant{"desktop-entry": dbus.MakeVariant(AppID)}
	if nt.Category != "" {
		hints["category"] = dbus.MakeVariant(nt.Category)
	}
	var id uint32
	err := obj.CallWithContext(ctx, notificationsName+".Notify", 0,
		n.appName, uint32(0), n.icon, summaryText(nt.Title), body, actions, hints, int32(-1)).Store(&id)
	if err != nil {
		return 0, fmt.Errorf("notification: %w", err)
	}
	return id, nil
}

// Withdraw takes notification id off the screen, when it is still there.
func (n *Notifier) Withdraw(id uint32) error {
	ctx, cancel := context.WithTimeout(context.Background(), busTimeout)
	defer cancel()
	call := n.conn.Object(notificationsName, notificationsPath).CallWithContext(ctx, notificationsName+".CloseNotification", 0, id)
	if call.Err != nil {
		return fmt.Errorf("withdrawing a notification: %w", call.Err)
	}
	return nil
}

// capabilities is what the server says it can do. One that does not
// answer is taken by Send to render markup (escaped text shows a stray
// &amp; at worst, unescaped text can show a link or an image) and to
// show no buttons.
func capabilities(ctx context.Context, server dbus.BusObject) (caps []string, answered bool) {
	err := server.CallWithContext(ctx, notificationsName+".GetCapabilities", 0).Store(&caps)
	return caps, err == nil
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
