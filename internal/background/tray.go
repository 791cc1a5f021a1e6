package background

import (
	"strings"
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
	shown    string // the next reminder's line as the menu has it
	end      func()
}

// startTray puts the icon on the session bus. It runs on the loop's
// goroutine before the loop starts.
func startTray(d *daemon) *tray {
	t := &tray{d: d}
	// Everything is in place before the item goes on the bus. systray
	// runs an onReady callback beside the export, which could read the
	// icon, title and left click before they were set: a blank icon.
	systray.SetIcon(d.cfg.Icon)
	systray.SetTitle("Posture")
	w := d.cfg.Words
	systray.SetTooltip(w.X("tray.tooltip", "Posture: posture reminders", nil))
	systray.SetOnTapped(func() { t.on(d.openWindow) })
	none := t.noSession()
	t.next = systray.AddMenuItem(none, "")
	t.next.Disable()
	t.shown = none
	t.startNow = systray.AddMenuItem(w.X("tray.start_now", "Start it now", nil), w.X("tray.start_now.tip", "Start the next planned routine now", nil))
	breakNow := systray.AddMenuItem(w.X("tray.break_now", "Desk break now", nil), w.X("tray.break_now.tip", "Start the desk break routine now", nil))
	snooze := systray.AddMenuItem(w.X("tray.snooze", "Snooze reminders", nil), "")
	s30 := snooze.AddSubMenuItem(w.X("tray.snooze.30", "For 30 minutes", nil), "")
	s60 := snooze.AddSubMenuItem(w.X("tray.snooze.60", "For 1 hour", nil), "")
	sTomorrow := snooze.AddSubMenuItem(w.X("tray.snooze.tomorrow", "Until tomorrow", nil), "")
	systray.AddSeparator()
	open := systray.AddMenuItem(w.X("tray.open", "Open Posture", nil), "")
	quit := systray.AddMenuItem(w.X("tray.quit", "Quit", nil), w.X("tray.quit.tip", "Stop reminding until Posture is opened again", nil))
	t.refresh()
	t.listen(map[*systray.MenuItem]func(){
		t.startNow: d.startNext,
		breakNow:   d.deskBreakNow,
		s30:        func() { d.pauseFor(30 * time.Minute) },
		s60:        func() { d.pauseFor(time.Hour) },
		sTomorrow:  d.pauseTomorrow,
		open:       d.openWindow,
		quit:       d.quitAll,
	})
	start, end := systray.RunWithExternalLoop(nil, nil)
	start()
	t.end = end
	return t
}

// listen turns clicks into calls on the daemon's loop. It waits on every
// item before the menu can be seen: systray drops a click nobody waits
// for.
func (t *tray) listen(items map[*systray.MenuItem]func()) {
	clicks := make(chan func())
	for item, f := range items {
		go func() {
			for range item.ClickedCh {
				clicks <- f
			}
		}()
	}
	go func() {
		for f := range clicks {
			t.on(f)
		}
	}()
}

func (t *tray) on(f func()) {
	select {
	case t.d.calls <- f:
	case <-t.d.quit:
	}
}

// refresh shows the next reminder in the menu. systray tells the panel of
// every change, and the panel reads the menu again, so only a change is
// passed on: the loop comes here at least every half minute.
func (t *tray) refresh() {
	if t == nil {
		return
	}
	line, planned := t.noSession(), false
	if next, ok := t.d.sched.Next(); ok {
		line, planned = t.d.cfg.Words.X("tray.next", "Next: {{.Routine}}, {{.When}}", map[string]any{
			"Routine": t.d.shownName(next.Routine), "When": t.d.whenText(next.Planned, time.Now())}), true
	}
	if line != t.shown {
		t.next.SetTitle(menuLabel(line))
		t.shown = line
	}
	switch {
	case planned && t.startNow.Disabled():
		t.startNow.Enable()
	case !planned && !t.startNow.Disabled():
		t.startNow.Disable()
	}
}

// menuLabel is text as a dbusmenu label shows it: the menu protocol
// takes a single _ as the mark of the next letter's access key and shows
// only a doubled one, so a routine named Neck_Rolls would read NeckRolls.
func menuLabel(text string) string { return strings.ReplaceAll(text, "_", "__") }

func (t *tray) stop() {
	if t != nil {
		t.end()
	}
}

// noSession is the menu's first line when no routine is planned.
func (t *tray) noSession() string {
	return t.d.cfg.Words.X("tray.no_session", "No session planned", nil)
}

// whenText is "today 18:00", "tomorrow 07:45" or "Fri 18:00", as the
// person's language and locale write them.
func (d *daemon) whenText(at, now time.Time) string {
	day := func(t time.Time) time.Time { y, m, d := t.Date(); return time.Date(y, m, d, 0, 0, 0, 0, t.Location()) }
	clock := map[string]any{"Time": d.cfg.Locale.Clock(at)}
	switch day(at).Sub(day(now)).Round(time.Hour) / (24 * time.Hour) {
	case 0:
		return d.cfg.Words.X("when.today", "today {{.Time}}", clock)
	case 1:
		return d.cfg.Words.X("when.tomorrow", "tomorrow {{.Time}}", clock)
	}
	return d.cfg.Locale.ShortWeekday(at.Weekday()) + " " + d.cfg.Locale.Clock(at)
}

// startNext starts the next planned routine now; its reminder will not
// come.
func (d *daemon) startNext() {
	next, ok := d.sched.Next()
	if !ok {
		return
	}
	d.sched.StartNow(next)
	d.answered(next)
	d.open("--start", next.Routine)
}

func (d *daemon) deskBreakNow() {
	p := remind.Prompt{Kind: remind.DeskBreak, Routine: d.sched.Plan.Breaks.Routine}
	d.sched.StartNow(p)
	d.answered(p)
	d.open("--start", p.Routine)
}

func (d *daemon) openWindow() { d.open() }

func (d *daemon) open(args ...string) {
	if !d.canShow() {
		return
	}
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
