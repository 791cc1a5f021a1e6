package background

import (
	"time"

	"fyne.io/systray"

	"github.com/postureapp/posture/internal/remind"
)

// tray is the status-notifier icon and its menu. fyne.io/systray speaks
// D-Bus only (no GTK, no GL), so it costs the light process nothing while
// idle. Clicks are run on the daemon's loop.
type tray struct {
	d        *daemon
	next     *systray.MenuItem
	startNow *systray.MenuItem
	end      func()
}

func startTray(d *daemon) *tray {
	t := &tray{d: d}
	ready := make(chan struct{})
	start, end := systray.RunWithExternalLoop(func() {
		systray.SetIcon(d.cfg.Icon)
		systray.SetTitle("Posture")
		systray.SetTooltip("Posture: posture reminders")
		t.next = systray.AddMenuItem("No reminder planned", "")
		t.next.Disable()
		t.startNow = systray.AddMenuItem("Start it now", "Start the next planned routine now")
		breakNow := systray.AddMenuItem("Desk break now", "Start the desk break routine now")
		snooze := systray.AddMenuItem("Snooze reminders", "")
		s30 := snooze.AddSubMenuItem("For 30 minutes", "")
		s60 := snooze.AddSubMenuItem("For 1 hour", "")
		sTomorrow := snooze.AddSubMenuItem("Until tomorrow", "")
		systray.AddSeparator()
		open := systray.AddMenuItem("Open Posture", "")
		quit := systray.AddMenuItem("Quit", "Stop reminding until Posture is opened again")
		systray.SetOnTapped(func() { t.on(d.openWindow) })
		close(ready)
		go t.listen(map[*systray.MenuItem]func(){
			t.startNow: d.startNext,
			breakNow:   d.deskBreakNow,
			s30:        func() { d.pause("30m") },
			s60:        func() { d.pause("1h") },
			sTomorrow:  func() { d.pause("tomorrow") },
			open:       d.openWindow,
			quit:       d.quitAll,
		})
	}, nil)
	start()
	<-ready
	t.end = end
	return t
}

// listen turns clicks into calls on the daemon's loop.
func (t *tray) listen(items map[*systray.MenuItem]func()) {
	clicks := make(chan func())
	for item, f := range items {
		go func() {
			for range item.ClickedCh {
				clicks <- f
			}
		}()
	}
	for f := range clicks {
		t.on(f)
	}
}

func (t *tray) on(f func()) {
	select {
	case t.d.calls <- f:
	case <-t.d.quit:
	}
}

// refresh shows the next reminder in the menu.
func (t *tray) refresh() {
	if t == nil {
		return
	}
	next, ok := t.d.sched.Next()
	if !ok {
		t.next.SetTitle("No session planned")
		t.startNow.Disable()
		return
	}
	t.next.SetTitle("Next: " + next.Routine + ", " + whenText(next.Planned, time.Now()))
	t.startNow.Enable()
}

func (t *tray) stop() {
	if t != nil {
		t.end()
	}
}

// whenText is "today 18:00", "tomorrow 07:45" or "Fri 18:00".
func whenText(at, now time.Time) string {
	day := func(t time.Time) time.Time { y, m, d := t.Date(); return time.Date(y, m, d, 0, 0, 0, 0, t.Location()) }
	switch day(at).Sub(day(now)).Round(time.Hour) / (24 * time.Hour) {
	case 0:
		return "today " + at.Format("15:04")
	case 1:
		return "tomorrow " + at.Format("15:04")
	}
	return at.Format("Mon 15:04")
}

// startNext starts the next planned routine now; its reminder will not
// come.
func (d *daemon) startNext() {
	next, ok := d.sched.Next()
	if !ok {
		return
	}
	d.sched.StartNow(next)
	d.saveState()
	d.open("--start", next.Routine)
}

func (d *daemon) deskBreakNow() {
	d.sched.StartNow(remind.Prompt{Kind: remind.DeskBreak, Routine: d.sched.Plan.Breaks.Routine})
	d.open("--start", d.sched.Plan.Breaks.Routine)
}

func (d *daemon) openWindow() { d.open() }

func (d *daemon) open(args ...string) {
	if err := d.cfg.Open(args...); err != nil {
		d.logf("cannot open the window: %v", err)
	}
}

// quitAll ends the reminders and closes the window too, as Quit in a
// tray menu does everywhere.
func (d *daemon) quitAll() {
	if d.cfg.QuitWindow != nil {
		d.cfg.QuitWindow()
	}
	d.stop()
}
