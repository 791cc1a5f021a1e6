package desktoptest

import (
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/godbus/dbus/v5"
)

// Notice is one notification as the server received it.
type Notice struct {
	ID            uint32
	Summary, Body string
	// Actions are the buttons asked for, as sent: key, label, key, label…
	Actions  []string
	Category string // the category hint, "" without one
	// Withdrawn is true once the sender closed it (CloseNotification).
	Withdrawn bool
}

// Notifications stands in for a notification server: it owns
// org.freedesktop.Notifications, lists the capabilities it was given,
// keeps what it is sent and, as a person pressing a button does,
// signals ActionInvoked.
type Notifications struct {
	caps    []string
	conn    *dbus.Conn
	mu      sync.Mutex
	notices []Notice
}

// notificationsObject holds the server's D-Bus methods only.
type notificationsObject struct{ n *Notifications }

const (
	notificationsPath  = dbus.ObjectPath("/org/freedesktop/Notifications")
	notificationsIface = "org.freedesktop.Notifications"
)

// The reasons NotificationClosed gives, from the specification.
const (
	closedByUser   uint32 = 2
	closedByCaller uint32 = 3
)

// StartNotifications puts a notification server on the bus; caps is what
// its GetCapabilities lists ("body-markup" for a server that renders
// markup in bodies, "actions" for one that shows buttons).
func StartNotifications(t testing.TB, b *Bus, caps ...string) *Notifications {
	t.Helper()
	n := &Notifications{caps: caps, conn: b.Connect(t)}
	if err := n.conn.Export(notificationsObject{n}, notificationsPath, notificationsIface); err != nil {
		t.Fatal(err)
	}
	reply, err := n.conn.RequestName(notificationsIface, dbus.NameFlagDoNotQueue)
	if err != nil || reply != dbus.RequestNameReplyPrimaryOwner {
		t.Fatalf("cannot own %s: %v (reply %d)", notificationsIface, err, reply)
	}
	return n
}

// GetCapabilities lists the capabilities the server was started with.
func (o notificationsObject) GetCapabilities() ([]string, *dbus.Error) {
	return append([]string{}, o.n.caps...), nil
}

// Notify keeps the notification and gives it the next id.
func (o notificationsObject) Notify(app string, replaces uint32, icon, summary, body string,
	actions []string, hints map[string]dbus.Variant, timeout int32,
) (uint32, *dbus.Error) {
	o.n.mu.Lock()
	defer o.n.mu.Unlock()
	category, _ := hints["category"].Value().(string)
	id := uint32(len(o.n.notices) + 1)
	o.n.notices = append(o.n.notices, Notice{ID: id, Summary: summary, Body: body, Actions: actions, Category: category})
	return id, nil
}

// CloseNotification withdraws the notification, as the specification
// asks: it goes, and NotificationClosed says so.
func (o notificationsObject) CloseNotification(id uint32) *dbus.Error {
	if !o.n.mark(id, func(nt *Notice) { nt.Withdrawn = true }) {
		return dbus.MakeFailedError(errNoSuchNotice)
	}
	_ = o.n.conn.Emit(notificationsPath, notificationsIface+".NotificationClosed", id, closedByCaller)
	return nil
}

// mark changes the notification id; false when there is none.
func (n *Notifications) mark(id uint32, change func(*Notice)) bool {
	n.mu.Lock()
	defer n.mu.Unlock()
	i := slices.IndexFunc(n.notices, func(nt Notice) bool { return nt.ID == id })
	if i < 0 {
		return false
	}
	change(&n.notices[i])
	return true
}

type noSuchNotice struct{}

func (noSuchNotice) Error() string { return "no such notification" }

var errNoSuchNotice = noSuchNotice{}

// Invoke presses the button key on notification id, as a person does:
// ActionInvoked, then NotificationClosed as the server takes it away.
func (n *Notifications) Invoke(t testing.TB, id uint32, key string) {
	t.Helper()
	if err := n.conn.Emit(notificationsPath, notificationsIface+".ActionInvoked", id, key); err != nil {
		t.Fatal(err)
	}
	if err := n.conn.Emit(notificationsPath, notificationsIface+".NotificationClosed", id, closedByUser); err != nil {
		t.Fatal(err)
	}
}

// Wait returns the notifications received once there are at least n, or
// fails the test after timeout.
func (n *Notifications) Wait(t testing.TB, count int, timeout time.Duration) []Notice {
	t.Helper()
	return n.WaitFor(t, timeout, func(got []Notice) bool { return len(got) >= count })
}

// WaitFor returns the notifications received once done says they are
// what the test waits for, or fails the test after timeout.
func (n *Notifications) WaitFor(t testing.TB, timeout time.Duration, done func([]Notice) bool) []Notice {
	t.Helper()
	return waitFor(t, "the notifications", timeout, &n.mu, &n.notices, done)
}

// waitFor polls a copy of *list, taken under mu, until done says it is
// what the test waits for, or fails the test after timeout.
func waitFor[T any](t testing.TB, what string, timeout time.Duration, mu *sync.Mutex, list *[]T, done func([]T) bool) []T {
	t.Helper()
	for deadline := time.Now().Add(timeout); ; time.Sleep(10 * time.Millisecond) {
		mu.Lock()
		got := slices.Clone(*list)
		mu.Unlock()
		if done(got) {
			return got
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s within %v are not what the test waits for: %+v", what, timeout, got)
			return nil
		}
	}
}
