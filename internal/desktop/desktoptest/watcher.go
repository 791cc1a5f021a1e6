package desktoptest

import (
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/godbus/dbus/v5"
	"github.com/godbus/dbus/v5/introspect"
	"github.com/godbus/dbus/v5/prop"
)

// The StatusNotifierItem specification's watcher, which a tray runs and
// every tray icon registers with.
const (
	watcherName  = "org.kde.StatusNotifierWatcher"
	watcherPath  = dbus.ObjectPath("/StatusNotifierWatcher")
	watcherIface = "org.kde.StatusNotifierWatcher"
)

// Watcher stands in for a desktop's tray: it owns
// org.kde.StatusNotifierWatcher, takes registrations, says whether a host
// (the panel that draws the icons) is there, and forgets an item when its
// process leaves the bus, with the signals a real watcher sends.
type Watcher struct {
	conn  *dbus.Conn
	props *prop.Properties

	mu      sync.Mutex
	items   []string // "busname/path", as RegisteredStatusNotifierItems lists them
	changed chan struct{}
}

// watcherObject holds the watcher's D-Bus methods only, since Export
// offers every exported method of what it is given.
type watcherObject struct{ w *Watcher }

// StartWatcher puts a tray on the bus; host says whether a host is
// registered with it (a watcher without one shows no icons).
func StartWatcher(t testing.TB, b *Bus, host bool) *Watcher {
	t.Helper()
	w := &Watcher{conn: b.Connect(t), changed: make(chan struct{})}
	// Leaving must be seen before the name is taken, or an item that
	// quits early would stay listed.
	if err := w.conn.AddMatchSignal(dbus.WithMatchSender("org.freedesktop.DBus"), dbus.WithMatchMember("NameOwnerChanged")); err != nil {
		t.Fatal(err)
	}
	signals := make(chan *dbus.Signal, 16)
	w.conn.Signal(signals)

	if err := w.conn.Export(watcherObject{w}, watcherPath, watcherIface); err != nil {
		t.Fatal(err)
	}
	props, err := prop.Export(w.conn, watcherPath, prop.Map{watcherIface: {
		"RegisteredStatusNotifierItems":  {Value: []string{}, Emit: prop.EmitTrue},
		"IsStatusNotifierHostRegistered": {Value: host, Emit: prop.EmitTrue},
		"ProtocolVersion":                {Value: int32(0), Emit: prop.EmitTrue},
	}})
	if err != nil {
		t.Fatal(err)
	}
	w.props = props
	go w.followOwners(signals)
	node := &introspect.Node{Name: string(watcherPath), Interfaces: []introspect.Interface{
		introspect.IntrospectData, prop.IntrospectData,
		{
			Name: watcherIface,
			Methods: []introspect.Method{
				{Name: "RegisterStatusNotifierItem", Args: []introspect.Arg{{Name: "service", Type: "s", Direction: "in"}}},
				{Name: "RegisterStatusNotifierHost", Args: []introspect.Arg{{Name: "service", Type: "s", Direction: "in"}}},
			},
			Signals: []introspect.Signal{
				{Name: "StatusNotifierItemRegistered", Args: []introspect.Arg{{Type: "s"}}},
				{Name: "StatusNotifierItemUnregistered", Args: []introspect.Arg{{Type: "s"}}},
				{Name: "StatusNotifierHostRegistered"},
			},
			Properties: props.Introspection(watcherIface),
		},
	}}
	if err := w.conn.Export(introspect.NewIntrospectable(node), watcherPath, "org.freedesktop.DBus.Introspectable"); err != nil {
		t.Fatal(err)
	}
	reply, err := w.conn.RequestName(watcherName, dbus.NameFlagDoNotQueue)
	if err != nil || reply != dbus.RequestNameReplyPrimaryOwner {
		t.Fatalf("cannot own %s: %v (reply %d)", watcherName, err, reply)
	}
	if host {
		_ = w.conn.Emit(watcherPath, watcherIface+".StatusNotifierHostRegistered")
	}
	return w
}

// RegisterStatusNotifierItem is called by an item with its bus name, or,
// as Ayatana and fyne.io/systray do, with its object path on the
// caller's connection.
func (o watcherObject) RegisterStatusNotifierItem(sender dbus.Sender, service string) *dbus.Error {
	id := service + "/StatusNotifierItem"
	if strings.HasPrefix(service, "/") {
		id = string(sender) + service
	}
	o.w.change(func(items []string) []string {
		if slices.Contains(items, id) {
			return items
		}
		return append(items, id)
	})
	_ = o.w.conn.Emit(watcherPath, watcherIface+".StatusNotifierItemRegistered", id)
	return nil
}

// RegisterStatusNotifierHost is accepted and changes nothing: this
// watcher's host is there or not from the start.
func (o watcherObject) RegisterStatusNotifierHost(service string) *dbus.Error { return nil }

// followOwners drops the items of a connection that left the bus.
func (w *Watcher) followOwners(signals <-chan *dbus.Signal) {
	for s := range signals {
		if s.Name != "org.freedesktop.DBus.NameOwnerChanged" || len(s.Body) != 3 {
			continue
		}
		name, _ := s.Body[0].(string)
		owner, _ := s.Body[2].(string)
		if owner != "" {
			continue
		}
		var gone []string
		w.change(func(items []string) []string {
			return slices.DeleteFunc(items, func(id string) bool {
				if strings.HasPrefix(id, name+"/") {
					gone = append(gone, id)
					return true
				}
				return false
			})
		})
		for _, id := range gone {
			_ = w.conn.Emit(watcherPath, watcherIface+".StatusNotifierItemUnregistered", id)
		}
	}
}

// change edits the list of items and, when that changed it, publishes it
// and wakes the waiters.
func (w *Watcher) change(edit func([]string) []string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	items := edit(slices.Clone(w.items))
	if slices.Equal(items, w.items) {
		return
	}
	w.items = items
	if w.conn.Connected() { // not when the test is over (SetMust would panic)
		w.props.SetMust(watcherIface, "RegisteredStatusNotifierItems", slices.Clone(items))
	}
	close(w.changed)
	w.changed = make(chan struct{})
}

// Items lists the registered items.
func (w *Watcher) Items() []string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return slices.Clone(w.items)
}

// WaitItem waits up to timeout for an item to register and returns the
// first; the test fails when none does.
func (w *Watcher) WaitItem(t testing.TB, timeout time.Duration) *Item {
	t.Helper()
	if !w.wait(timeout, func(items []string) bool { return len(items) > 0 }) {
		t.Fatalf("no tray item registered within %v", timeout)
	}
	return newItem(w.conn, w.Items()[0])
}

// WaitGone waits up to timeout for the item to leave the tray.
func (w *Watcher) WaitGone(item *Item, timeout time.Duration) bool {
	return w.wait(timeout, func(items []string) bool { return !slices.Contains(items, item.ID) })
}

func (w *Watcher) wait(timeout time.Duration, done func([]string) bool) bool {
	deadline := time.After(timeout)
	for {
		w.mu.Lock()
		ok, changed := done(w.items), w.changed
		w.mu.Unlock()
		if ok {
			return true
		}
		select {
		case <-changed:
		case <-deadline:
			return false
		}
	}
}
