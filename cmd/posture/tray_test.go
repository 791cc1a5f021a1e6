package main

// Proofs of the tray menu through the real binary: `posture --background`
// on a private session bus with a stand-in tray (internal/desktop/
// desktoptest), its menu read and clicked as a panel does over
// com.canonical.dbusmenu, and the window under Xvfb.

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/godbus/dbus/v5"

	"github.com/postureapp/posture/internal/background"
	"github.com/postureapp/posture/internal/desktop"
	"github.com/postureapp/posture/internal/desktop/desktoptest"
	"github.com/postureapp/posture/internal/remind"
)

// trayRig is a person's session for the tray proofs: a bus, a data
// folder, a home and, when display is set, an X server.
type trayRig struct {
	t       *testing.T
	bin     string
	bus     *desktoptest.Bus
	data    string
	runtime string
	env     []string
}

func newTrayRig(t *testing.T, display string) *trayRig {
	t.Helper()
	home, runtime := t.TempDir(), t.TempDir()
	r := &trayRig{t: t, bin: realBinary(t), bus: desktoptest.StartBus(t), data: t.TempDir(), runtime: runtime}
	r.env = append(os.Environ(),
		"DBUS_SESSION_BUS_ADDRESS="+r.bus.Address, "XDG_RUNTIME_DIR="+runtime,
		"HOME="+home, "XDG_CONFIG_HOME="+filepath.Join(home, ".config"), "XDG_CACHE_HOME="+filepath.Join(home, ".cache"),
		"XDG_DATA_HOME="+filepath.Join(home, ".local", "share"), "POSTURE_DATA=",
		"DISPLAY="+display, "WAYLAND_DISPLAY=", "XDG_CURRENT_DESKTOP=")
	// The safety advice that opens a first window is seen already.
	prefs := filepath.Join(home, ".config", "fyne", "io.github.postureapp.posture")
	if err := os.MkdirAll(prefs, 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(prefs, "preferences.json"), `{"safety_seen":true}`)
	return r
}

func (r *trayRig) command(args ...string) *exec.Cmd {
	cmd := exec.Command(r.bin, append([]string{"--data", r.data}, args...)...)
	cmd.Env = r.env
	return cmd
}

// posture runs a command to its end and returns what it printed.
func (r *trayRig) posture(args ...string) string {
	r.t.Helper()
	out, err := r.command(args...).CombinedOutput()
	if err != nil {
		r.t.Fatalf("posture %q: %v\n%s", args, err, out)
	}
	return string(out)
}

// planAt reminds of Upper Back Strength at at, on its day and the next,
// at any hour.
func (r *trayRig) planAt(at time.Time) {
	r.t.Helper()
	days := remind.DayName(at.Weekday()) + "," + remind.DayName(at.AddDate(0, 0, 1).Weekday())
	r.posture("remind", "hours", "--from", "00:00", "--to", "00:00")
	r.posture("remind", "add", "Upper Back Strength", "--days", days, "--at", at.Format("15:04"))
}

// bgProcess is `posture --background` with its output in a file (a
// pipe would be held open by the windows it starts).
type bgProcess struct {
	cmd  *exec.Cmd
	log  string
	done chan error
}

func (r *trayRig) startBackground() *bgProcess {
	r.t.Helper()
	b := &bgProcess{cmd: r.command("--background"), log: filepath.Join(r.t.TempDir(), "background.log"), done: make(chan error, 1)}
	f, err := os.Create(b.log)
	if err != nil {
		r.t.Fatal(err)
	}
	defer f.Close()
	b.cmd.Stdout, b.cmd.Stderr = f, f
	if err := b.cmd.Start(); err != nil {
		r.t.Fatal(err)
	}
	go func() { b.done <- b.cmd.Wait() }()
	r.t.Cleanup(func() {
		_ = b.cmd.Process.Kill()
		<-b.done
		if r.t.Failed() {
			r.t.Logf("background log:\n%s", b.output())
		}
	})
	for range 100 {
		if strings.Contains(b.output(), "reminding in the background") {
			return b
		}
		time.Sleep(50 * time.Millisecond)
	}
	r.t.Fatalf("posture --background did not start:\n%s", b.output())
	return nil
}

func (b *bgProcess) output() string {
	out, _ := os.ReadFile(b.log)
	return string(out)
}

// exit waits up to timeout for the process to end by itself.
func (b *bgProcess) exit(t *testing.T, timeout time.Duration) int {
	t.Helper()
	select {
	case err := <-b.done:
		b.done <- err // for the cleanup
		if ee, ok := err.(*exec.ExitError); ok {
			return ee.ExitCode()
		}
		if err != nil {
			t.Fatal(err)
		}
		return 0
	case <-time.After(timeout):
		t.Fatalf("posture --background still runs %v later:\n%s", timeout, b.output())
		return -1
	}
}

// whenSaid is how the menu says when: "today 18:00", "tomorrow 07:45" or
// "Fri 18:00".
func whenSaid(at, now time.Time) string {
	y, m, d := now.Date()
	midnight := time.Date(y, m, d, 0, 0, 0, 0, now.Location())
	switch {
	case at.Before(midnight.AddDate(0, 0, 1)):
		return "today " + at.Format("15:04")
	case at.Before(midnight.AddDate(0, 0, 2)):
		return "tomorrow " + at.Format("15:04")
	}
	return at.Format("Mon 15:04")
}

// menuOf is the menu a person sees with line as its first entry.
func menuOf(line string) string {
	return line + ` (greyed)
Start it now
Desk break now
Snooze reminders >
  For 30 minutes
  For 1 hour
  Until tomorrow
----
Open Posture
Quit
`
}

// waitMenu reads the menu until its first line is want, for up to five
// seconds, and returns it.
func waitMenu(t *testing.T, item *desktoptest.Item, want string) []desktoptest.Entry {
	t.Helper()
	var menu []desktoptest.Entry
	for range 50 {
		menu = item.Menu(t)
		if len(menu) > 0 && menu[0].Label == want {
			return menu
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("the menu reads\n%s\nwant its first line %q", desktoptest.Format(menu), want)
	return nil
}

// TestProofTrayMenu opens the tray menu of `posture --background` as a
// panel does and uses it: the entries a person sees, Snooze for 30
// minutes moving the next reminder, Open Posture showing the window,
// Start it now moving the next reminder to its next day, and Quit ending
// the reminders and the window with the icon gone.
func TestProofTrayMenu(t *testing.T) {
	for _, tool := range []string{"Xvfb", "xdotool"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not installed (make deps-test installs it)", tool)
		}
	}
	display := desktoptest.StartXvfb(t, "1280x800x24")
	r := newTrayRig(t, display)
	watcher := desktoptest.StartWatcher(t, r.bus, true)
	now := time.Now()
	at := now.Add(10 * time.Minute).Truncate(time.Minute)
	r.planAt(at)
	bg := r.startBackground()
	item := watcher.WaitItem(t, 10*time.Second)

	if title := item.Prop(t, "Title").Value(); title != "Posture" {
		t.Errorf("the icon's title is %v, want Posture", title)
	}
	if w, h, whole := item.Pixmap(t); !whole {
		t.Errorf("the icon's picture is %d×%d and not whole", w, h)
	}
	if isMenu, ok := item.Prop(t, "ItemIsMenu").Value().(bool); !ok || isMenu {
		t.Errorf("ItemIsMenu is %v: a click on the icon would show the menu, not the window", item.Prop(t, "ItemIsMenu"))
	}
	menu := item.Menu(t)
	if got, want := desktoptest.Format(menu), menuOf("Next: Upper Back Strength, "+whenSaid(at, now)); got != want {
		t.Fatalf("the tray menu reads\n%s\nwant\n%s", got, want)
	}
	t.Logf("the tray menu:\n%s", desktoptest.Format(menu))

	// Asking the background process how it is goes through its loop,
	// which refreshes the menu: nothing changed, so the panel is not
	// told to read the menu again.
	updates := menuUpdates(t, r.bus, item)
	r.posture("remind")
	r.posture("remind")

	clicked := time.Now()
	item.Click(t, desktoptest.Find(t, menu, "For 30 minutes"))
	until := pausedUntil(t, r.data)
	if until.Before(clicked.Add(30*time.Minute)) || until.After(time.Now().Add(30*time.Minute)) {
		t.Fatalf("Snooze for 30 minutes: paused until %v, clicked at %v", until, clicked)
	}
	snoozed := "Next: Upper Back Strength, " + whenSaid(until, time.Now())
	select {
	case first := <-updates:
		if first != snoozed {
			t.Errorf("the first change the panel was told of is %q, want %q", first, snoozed)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Snooze for 30 minutes changed nothing in the menu")
	}
	menu = waitMenu(t, item, snoozed)
	if out := r.posture("remind"); !strings.Contains(out, "Next:\n  "+until.Format("Mon 2006-01-02 15:04")+"  Upper Back Strength\n") {
		t.Errorf("after Snooze, posture remind does not name %s first:\n%s", until.Format("15:04"), out)
	}

	item.Click(t, desktoptest.Find(t, menu, "Open Posture"))
	window := waitWindow(t, display)

	item.Click(t, desktoptest.Find(t, menu, "Start it now"))
	tomorrow := nextOccurrence(at)
	waitMenu(t, item, "Next: Upper Back Strength, "+whenSaid(tomorrow, time.Now()))
	if ids := windows(display); len(ids) != 1 {
		t.Errorf("%d windows named Posture after Start it now, want the one open already", len(ids))
	}

	item.Click(t, desktoptest.Find(t, menu, "Quit"))
	if code := bg.exit(t, 10*time.Second); code != 0 {
		t.Errorf("Quit: exit %d\n%s", code, bg.output())
	}
	if !watcher.WaitGone(item, 5*time.Second) {
		t.Error("the icon stayed in the tray after Quit")
	}
	if socks, _ := filepath.Glob(filepath.Join(r.runtime, "posture", "remind-*.sock")); len(socks) > 0 {
		t.Errorf("Quit left the socket %v", socks)
	}
	lockFree(t, desktop.LockPath(background.Role, r.data))
	window.waitExit(t, 10*time.Second)
	if out := bg.output(); strings.Contains(out, "systray error") || strings.Contains(out, "panic") {
		t.Errorf("the background process complained:\n%s", out)
	}
}

// pausedUntil waits up to five seconds for the scheduler's state to say
// reminders are paused, and returns until when.
func pausedUntil(t *testing.T, data string) time.Time {
	t.Helper()
	for range 50 {
		st, err := remind.ReadState(filepath.Join(data, remind.StateFileName))
		if err != nil {
			t.Fatal(err)
		}
		if !st.PausedUntil.IsZero() {
			return st.PausedUntil
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatal("Snooze for 30 minutes: the reminders are not paused")
	return time.Time{}
}

// nextOccurrence is the day after at, at the same time of day.
func nextOccurrence(at time.Time) time.Time {
	y, m, d := at.Date()
	return time.Date(y, m, d+1, at.Hour(), at.Minute(), 0, 0, at.Location())
}

// menuUpdates passes on the label of each menu entry the item tells the
// panel has changed, from now on.
func menuUpdates(t *testing.T, bus *desktoptest.Bus, item *desktoptest.Item) <-chan string {
	t.Helper()
	conn := bus.Connect(t)
	sender, _, _ := strings.Cut(item.ID, "/")
	if err := conn.AddMatchSignal(dbus.WithMatchSender(sender), dbus.WithMatchMember("ItemsPropertiesUpdated")); err != nil {
		t.Fatal(err)
	}
	signals := make(chan *dbus.Signal, 16)
	conn.Signal(signals)
	labels := make(chan string, 16)
	go func() {
		for s := range signals {
			if s.Name != "com.canonical.dbusmenu.ItemsPropertiesUpdated" || len(s.Body) == 0 {
				continue
			}
			var updated []struct {
				ID    int32
				Props map[string]dbus.Variant
			}
			if dbus.Store(s.Body[:1], &updated) != nil {
				continue
			}
			for _, u := range updated {
				label, ok := u.Props["label"].Value().(string)
				if !ok {
					continue
				}
				select {
				case labels <- label:
				default: // the test reads only the first
				}
			}
		}
	}()
	return labels
}

// xwindow is the window the test saw, and its process.
type xwindow struct {
	pid     int
	display string
}

// windows lists the visible windows named Posture.
func windows(display string) []string {
	cmd := exec.Command("xdotool", "search", "--onlyvisible", "--name", "^Posture$")
	cmd.Env = append(os.Environ(), "DISPLAY="+display)
	out, _ := cmd.Output() // exit 1: none
	return strings.Fields(string(out))
}

// waitWindow waits up to 20 seconds (a window process starting on a
// loaded machine) for one window named Posture.
func waitWindow(t *testing.T, display string) *xwindow {
	t.Helper()
	for range 200 {
		if ids := windows(display); len(ids) > 0 {
			cmd := exec.Command("xdotool", "getwindowpid", ids[0])
			cmd.Env = append(os.Environ(), "DISPLAY="+display)
			out, err := cmd.Output()
			pid, perr := strconv.Atoi(strings.TrimSpace(string(out)))
			if err != nil || perr != nil {
				t.Fatalf("the window's process: %v %v %s", err, perr, out)
			}
			w := &xwindow{pid: pid, display: display}
			// It was started by the background process in a session of its
			// own; the test ends it if Quit does not.
			t.Cleanup(func() {
				if running(w.pid) {
					_ = syscall.Kill(w.pid, syscall.SIGKILL)
				}
			})
			return w
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatal("Open Posture showed no window named Posture")
	return nil
}

// waitExit waits up to timeout for the window to close and its process
// to end (or be left a zombie: it outlives the background process that
// started it, and init may not reap it in a container).
func (w *xwindow) waitExit(t *testing.T, timeout time.Duration) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	for len(windows(w.display)) > 0 || running(w.pid) {
		select {
		case <-ctx.Done():
			t.Fatalf("the window (process %d) is still there %v after Quit", w.pid, timeout)
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// running reports whether process pid exists and is not a zombie.
func running(pid int) bool {
	stat, err := os.ReadFile(filepath.Join("/proc", strconv.Itoa(pid), "stat"))
	if err != nil {
		return false
	}
	_, after, _ := strings.Cut(string(stat), ") ")
	return !strings.HasPrefix(after, "Z")
}

// lockFree fails the test unless the lock matching pattern exists and
// can be taken: nothing holds the reminder role.
func lockFree(t *testing.T, pattern string) {
	t.Helper()
	locks, _ := filepath.Glob(pattern)
	if len(locks) != 1 {
		t.Fatalf("%d lock files %v", len(locks), locks)
	}
	f, err := os.Open(locks[0])
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		t.Errorf("the reminder role is still held after Quit: %v", err)
	}
}

// TestProofTrayComesWhenATrayStarts starts `posture --background` where
// no tray runs (plain GNOME): it keeps reminding and says the icon will
// not be seen; when a tray starts later (a panel restarting, an extension
// switched on), the icon registers with it, menu and all.
func TestProofTrayComesWhenATrayStarts(t *testing.T) {
	r := newTrayRig(t, "")
	at := time.Now().Add(10 * time.Minute).Truncate(time.Minute)
	r.planAt(at)
	bg := r.startBackground()
	if out := bg.output(); !strings.Contains(out, "this desktop shows no tray icons") {
		t.Errorf("no word that the icon will not be seen:\n%s", out)
	}
	if out := r.posture("remind"); !strings.Contains(out, "Background: running") {
		t.Fatalf("without a tray the background process stopped:\n%s", out)
	}
	watcher := desktoptest.StartWatcher(t, r.bus, true)
	item := watcher.WaitItem(t, 10*time.Second)
	if got, want := desktoptest.Format(item.Menu(t)), menuOf("Next: Upper Back Strength, "+whenSaid(at, time.Now())); got != want {
		t.Errorf("the menu in the tray that came later reads\n%s\nwant\n%s", got, want)
	}
	if err := bg.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if code := bg.exit(t, 10*time.Second); code != 0 {
		t.Errorf("SIGTERM: exit %d", code)
	}
}
