package desktoptest

import (
	"sync"
	"testing"
	"time"

	"github.com/godbus/dbus/v5"
)

// Notice is one notification as the server received it.
type Notice struct {
	Summary, Body string
}

// Notifications stands in for a notification server: it owns
// org.freedesktop.Notifications, lists the capabilities it was given and
// keeps what it is sent.
type Notifications struct {
	caps    []string
	mu      sync.Mutex
	notices []Notice
}

// notificationsObject holds the server's D-Bus methods only.
type notificationsObject struct{ n *Notifications }

// StartNotifications puts a notification server on the bus; caps is what
// its GetCapabilities lists ("body-markup" for a server that renders
// markup in bodies).
func StartNotifications(t testing.TB, b *Bus, caps ...string) *Notifications {
	t.Helper()
	n := &Notifications{caps: caps}
	conn := b.Connect(t)
	const path, iface = dbus.ObjectPath("/org/freedesktop/Notifications"), "org.freedesktop.Notifications"
	if err := conn.Export(notificationsObject{n}, path, iface); err != nil {
		t.Fatal(err)
	}
	reply, err := conn.RequestName(iface, dbus.NameFlagDoNotQueue)
	if err != nil || reply != dbus.RequestNameReplyPrimaryOwner {
		t.Fatalf("cannot own %s: %v (reply %d)", iface, err, reply)
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
	o.n.notices = append(o.n.notices, Notice{Summary: summary, Body: body})
	return uint32(len(o.n.notices)), nil
}

// Wait returns the notifications received once there are at least n, or
// fails the test after timeout.
func (n *Notifications) Wait(t testing.TB, count int, timeout time.Duration) []Notice {
	t.Helper()
	for deadline := time.Now().Add(timeout); ; time.Sleep(10 * time.Millisecond) {
		n.mu.Lock()
		got := append([]Notice{}, n.notices...)
		n.mu.Unlock()
		if len(got) >= count || time.Now().After(deadline) {
			if len(got) < count {
				t.Fatalf("%d notifications within %v, want %d", len(got), timeout, count)
			}
			return got
		}
	}
}
