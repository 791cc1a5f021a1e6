package desktop

import (
	"testing"
	"time"

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
		if err := notify(bus.Connect(t), "Posture", "", "Time for "+name, "Desk: "+name); err != nil {
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
