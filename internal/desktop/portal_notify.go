package desktop

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync/atomic"

	"github.com/godbus/dbus/v5"
)

// Notifications is where notifications go: the notification server
// (Notifier) or, from a sandbox, the Notification portal
// (PortalNotifier). Both pass on what the person does with them.
type Notifications interface {
	// Send shows a notification and returns its id.
	Send(Notification) (uint32, error)
	// Withdraw takes notification id off the screen.
	Withdraw(id uint32) error
	// Events passes on the buttons pressed; it is closed by Close.
	Events() <-chan NotificationEvent
	// Close ends the connection.
	Close()
}

// OpenNotifications connects to the notification server or, in a
// sandbox, to the Notification portal.
func OpenNotifications(appName, icon string) (Notifications, error) {
	if _, ok := Sandboxed(); ok {
		return OpenPortalNotifier()
	}
	return OpenNotifier(appName, icon)
}

const portalNotification = "org.freedesktop.portal.Notification"

// PortalNotifier sends notifications through the Notification portal,
// the way out of a sandbox, and passes on the buttons pressed
// (ActionInvoked). The portal names a notification by a string the app
// chooses: "posture-PID-N" here, N being the id Send returns.
type PortalNotifier struct {
	conn   *dbus.Conn
	prefix string
	icon   string
	last   atomic.Uint32
	events chan NotificationEvent
}

// OpenPortalNotifier connects to the session bus on a connection of its
// own and listens for the portal's ActionInvoked. Close it when done.
func OpenPortalNotifier() (*PortalNotifier, error) {
	conn, err := dbus.ConnectSessionBus()
	if err != nil {
		return nil, fmt.Errorf("no session bus: %w", err)
	}
	n, err := newPortalNotifier(conn)
	if err != nil {
		_ = conn.Close()
		return nil, err
	}
	return n, nil
}

// newPortalNotifier listens on conn, which it then owns, for the
// ActionInvoked of whoever holds the portal's name only.
func newPortalNotifier(conn *dbus.Conn) (*PortalNotifier, error) {
	if err := conn.AddMatchSignal(dbus.WithMatchSender(portalName), dbus.WithMatchObjectPath(portalPath),
		dbus.WithMatchInterface(portalNotification), dbus.WithMatchMember("ActionInvoked")); err != nil {
		return nil, fmt.Errorf("listening to the notification portal: %w", err)
	}
	signals := make(chan *dbus.Signal, 16)
	conn.Signal(signals)
	icon, _ := Sandboxed()
	if icon == "" {
		icon = AppID
	}
	n := &PortalNotifier{conn: conn, prefix: fmt.Sprintf("posture-%d-", os.Getpid()), icon: icon, events: make(chan NotificationEvent, 16)}
	go n.pass(signals)
	return n, nil
}

// pass turns the portal's ActionInvoked into events until the connection
// closes; another app's notifications, or an earlier process's, are not
// this one's.
func (n *PortalNotifier) pass(signals <-chan *dbus.Signal) {
	defer close(n.events)
	for s := range signals {
		var name, action string
		if s.Name != portalNotification+".ActionInvoked" || len(s.Body) < 2 || dbus.Store(s.Body[:2], &name, &action) != nil {
			continue
		}
		id, err := strconv.ParseUint(strings.TrimPrefix(name, n.prefix), 10, 32)
		if !strings.HasPrefix(name, n.prefix) || err != nil || action == "" {
			continue
		}
		n.events <- NotificationEvent{ID: uint32(id), Action: action}
	}
}

// Events passes on the buttons pressed; it is closed with the notifier.
func (n *PortalNotifier) Events() <-chan NotificationEvent { return n.events }

// Close ends the connection and the events.
func (n *PortalNotifier) Close() { _ = n.conn.Close() }

// Send shows nt through the portal: its title and plain-text body, the
// app's icon, and its actions as buttons, each coming back as an event
// with its Key.
func (n *PortalNotifier) Send(nt Notification) (uint32, error) {
	id := n.last.Add(1)
	buttons := []map[string]dbus.Variant{}
	for _, a := range nt.Actions {
		buttons = append(buttons, map[string]dbus.Variant{"label": dbus.MakeVariant(a.Label), "action": dbus.MakeVariant(a.Key)})
	}
	notification := map[string]dbus.Variant{
		"title":    dbus.MakeVariant(nt.Title),
		"body":     dbus.MakeVariant(nt.Body),
		"priority": dbus.MakeVariant("normal"),
		"icon":     dbus.MakeVariant(themedIcon{"themed", dbus.MakeVariant([]string{n.icon})}),
		"buttons":  dbus.MakeVariant(buttons),
	}
	if err := n.call("AddNotification", n.name(id), notification); err != nil {
		return 0, err
	}
	return id, nil
}

// themedIcon is a GIcon as the portal takes it: ("themed", <[names]>).
type themedIcon struct {
	Kind  string
	Names dbus.Variant
}

// Withdraw takes notification id off the screen.
func (n *PortalNotifier) Withdraw(id uint32) error {
	return n.call("RemoveNotification", n.name(id))
}

func (n *PortalNotifier) name(id uint32) string { return n.prefix + strconv.FormatUint(uint64(id), 10) }

func (n *PortalNotifier) call(method string, args ...any) error {
	ctx, cancel := context.WithTimeout(context.Background(), busTimeout)
	defer cancel()
	if call := n.conn.Object(portalName, portalPath).CallWithContext(ctx, portalNotification+"."+method, 0, args...); call.Err != nil {
		return fmt.Errorf("notification portal: %w", call.Err)
	}
	return nil
}
