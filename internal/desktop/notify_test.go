package desktop

import (
	"slices"
	"testing"
	"time"

	"github.com/godbus/dbus/v5"

	"github.com/postureapp/posture/internal/desktop/desktoptest"
)

// A tray is there only when a watcher runs and a panel (its host) draws
// the icons: plain GNOME has neither, and a watcher left without its
// panel shows nothing.
func TestHasTrayNeedsAWatcherWithAHost(t *testing.T) {
	for _, c := range []struct {
		what          string
		watcher, host bool
	}{
		{"no watcher", false, false},
		{"a watcher without a host", true, false},
		{"a watcher with a host", true, true},
	} {
		bus := desktoptest.StartBus(t)
		if c.watcher {
			desktoptest.StartWatcher(t, bus, c.host)
		}
		if got, want := hasTray(bus.Connect(t)), c.watcher && c.host; got != want {
			t.Errorf("%s: HasTray says %v", c.what, got)
		}
	}
}

// A name with markup in it reaches the person as the same text whether
// the notification server renders markup in bodies or not, and never as
// a link, an image or bold type.
func TestNotificationsCarryNamesAsText(t *testing.T) {
	const name = `<b>Bold</b> & <a href="http://evil.example/">click</a> <img src="file:///etc/passwd"/>`
	for _, c := range []struct {
		caps     []string
		wantBody string
	}{
		{[]string{"body", "body-markup", "actions"},
			`Desk: &lt;b&gt;Bold&lt;/b&gt; &amp; &lt;a href="http://evil.example/"&gt;click&lt;/a&gt; &lt;img src="file:///etc/passwd"/&gt;`},
		{[]string{"body"}, "Desk: " + name},
	} {
		bus := desktoptest.StartBus(t)
		server := desktoptest.StartNotifications(t, bus, c.caps...)
		if _, err := startNotifier(t, bus).Send(Notification{Title: "Time for " + name, Body: "Desk: " + name}); err != nil {
			t.Fatal(err)
		}
		got := server.Wait(t, 1, 5*time.Second)[0]
		if got.Body != c.wantBody {
			t.Errorf("caps %q: body\n%s\nwant\n%s", c.caps, got.Body, c.wantBody)
		}
		if want := `Time for ‹b›Bold‹/b› ＆ ‹a href="http://evil.example/"›click‹/a› ‹img src="file:///etc/passwd"/›`; got.Summary != want {
			t.Errorf("caps %q: summary\n%s\nwant\n%s", c.caps, got.Summary, want)
		}
	}
}

func startNotifier(t *testing.T, bus *desktoptest.Bus) *Notifier {
	t.Helper()
	conn, err := dbus.Connect(bus.Address)
	if err != nil {
		t.Fatal(err)
	}
	n, err := newNotifier(conn, "Posture", "")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(n.Close)
	return n
}

// nextEvent is the notifier's next event, or a failed test after five
// seconds.
func nextEvent(t *testing.T, n *Notifier) NotificationEvent {
	t.Helper()
	select {
	case ev := <-n.Events():
		return ev
	case <-time.After(5 * time.Second):
		t.Fatal("no event from the notification server")
		return NotificationEvent{}
	}
}

// A notification carries its buttons and category to a server that
// shows buttons, and no buttons to one that would show nothing; a
// button pressed comes back as its key, and a notification withdrawn
// leaves the screen.
func TestNotificationsCarryActionsWhereTheServerShowsThem(t *testing.T) {
	nt := Notification{Title: "Time for Neck", Body: "Planned for 18:00.", Category: "x-posture.reminder",
		Actions: []Action{{"go", "Start"}, {"later", "Snooze 10 minutes"}}}
	for _, c := range []struct {
		caps []string
		want []string
	}{
		{[]string{"body", "actions"}, []string{"go", "Start", "later", "Snooze 10 minutes"}},
		{[]string{"body"}, []string{}},
	} {
		bus := desktoptest.StartBus(t)
		server := desktoptest.StartNotifications(t, bus, c.caps...)
		n := startNotifier(t, bus)
		id, err := n.Send(nt)
		if err != nil {
			t.Fatal(err)
		}
		got := server.Wait(t, 1, 5*time.Second)[0]
		if got.ID != id || !slices.Equal(got.Actions, c.want) || got.Category != nt.Category {
			t.Errorf("caps %q: the server got id %d actions %q category %q; sent id %d, want actions %q",
				c.caps, got.ID, got.Actions, got.Category, id, c.want)
		}
		if len(c.want) == 0 {
			continue
		}
		server.Invoke(t, id, "later")
		if ev := nextEvent(t, n); ev != (NotificationEvent{ID: id, Action: "later"}) {
			t.Errorf("pressing Snooze: event %+v", ev)
		}
		if ev := nextEvent(t, n); ev != (NotificationEvent{ID: id}) {
			t.Errorf("after pressing Snooze: event %+v, want it closed", ev)
		}
		second, err := n.Send(nt)
		if err != nil {
			t.Fatal(err)
		}
		if err := n.Withdraw(second); err != nil {
			t.Fatal(err)
		}
		server.WaitFor(t, 5*time.Second, func(got []desktoptest.Notice) bool { return len(got) == 2 && got[1].Withdrawn })
		if ev := nextEvent(t, n); ev != (NotificationEvent{ID: second}) {
			t.Errorf("after withdrawing: event %+v, want it closed", ev)
		}
	}
}

// Only the notification server is listened to: any program on the bus
// can send a signal that looks like a button pressed, and it must not
// start a routine.
func TestOnlyTheNotificationServerPressesButtons(t *testing.T) {
	bus := desktoptest.StartBus(t)
	server := desktoptest.StartNotifications(t, bus, "actions")
	n := startNotifier(t, bus)
	id, err := n.Send(Notification{Title: "Time for Neck", Actions: []Action{{"go", "Start"}, {"later", "Later"}}})
	if err != nil {
		t.Fatal(err)
	}
	if err := bus.Connect(t).Emit(notificationsPath, actionInvoked, id, "go"); err != nil {
		t.Fatal(err)
	}
	server.Invoke(t, id, "later")
	if ev := nextEvent(t, n); ev != (NotificationEvent{ID: id, Action: "later"}) {
		t.Errorf("first event %+v, want the server's press of Later", ev)
	}
}
