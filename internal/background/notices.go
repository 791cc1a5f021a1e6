package background

import (
	"time"

	"github.com/postureapp/posture/internal/desktop"
	"github.com/postureapp/posture/internal/remind"
	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/wire"
)

// reminderCategory is a reminder notification's category. The
// specification's categories name mail, calls, devices and contacts
// coming online; none is a reminder, so it is ours, in the form the
// specification gives vendors.
const reminderCategory = "x-posture.reminder"

// notice is the notification for p: its text, and Start, plus Snooze for
// a planned session. A desk break is not put off from a notification:
// it comes again with the next stretch at the keyboard.
func (d *daemon) notice(p remind.Prompt) desktop.Notification {
	w, name := d.cfg.Words, d.shownName(p.Routine)
	body := p.TextIn(time.Now(), w, d.cfg.Locale, name)
	if length := d.routineLength(p.Routine); length != "" {
		body += " " + w.X("prompt.about", "About {{.Length}}.", map[string]any{"Length": length})
	}
	actions := []desktop.Action{{Key: string(wire.Start), Label: w.X("prompt.start", "Start", nil)}}
	if p.Kind == remind.Scheduled {
		snooze := w.X("prompt.snooze", "Snooze {{.Length}}", map[string]any{"Length": routine.LengthText(remind.SnoozeFor)})
		actions = append(actions, desktop.Action{Key: string(wire.Snooze), Label: snooze})
	}
	return desktop.Notification{Title: p.TitleIn(w, name), Body: body, Category: reminderCategory, Actions: actions}
}

// notify shows p's notification, in place of one still shown for the
// same reminder (a snooze that came back), and remembers which reminder
// it is for, so its buttons act on that one.
func (d *daemon) notify(p remind.Prompt) {
	d.withdraw(p.Key())
	delete(d.startedFromNotice, p.Key())
	id, err := d.cfg.Notify(d.notice(p))
	if err != nil {
		d.logf("%v", err)
		return
	}
	if d.notices == nil {
		d.notices = map[uint32]remind.Prompt{}
	}
	d.notices[id] = p
}

// withdraw takes the notification for the reminder key off the screen:
// it was answered elsewhere (the prompt, the tray).
func (d *daemon) withdraw(key string) {
	for id, p := range d.notices {
		if p.Key() != key {
			continue
		}
		delete(d.notices, id)
		if d.cfg.Withdraw == nil {
			continue
		}
		if err := d.cfg.Withdraw(id); err != nil {
			d.logf("%v", err)
		}
	}
}

// withdrawAll takes every reminder's notification away: the tray held
// them all back.
func (d *daemon) withdrawAll() {
	for _, p := range d.notices {
		d.withdraw(p.Key())
	}
}

// noticeEvent acts on what the person did with a notification, on the
// loop goroutine: a button answers its own reminder as the prompt's
// button of that name does; a notification closed is forgotten.
func (d *daemon) noticeEvent(ev desktop.NotificationEvent) {
	p, ok := d.notices[ev.ID]
	if !ok {
		return // another program's, or answered already
	}
	delete(d.notices, ev.ID)
	switch verb := wire.Verb(ev.Action); verb {
	case wire.Start:
		d.handle(wire.About(verb, p))
		if d.startedFromNotice == nil {
			d.startedFromNotice = map[string]time.Time{}
		}
		d.startedFromNotice[p.Key()] = p.Planned
		d.open("--start", p.Routine)
	case wire.Snooze:
		if p.Kind == remind.Scheduled {
			d.handle(wire.About(verb, p))
		}
	}
}

// passNoticeEvents hands the notifier's events to the loop until it
// closes or the process quits.
func (d *daemon) passNoticeEvents(events <-chan desktop.NotificationEvent) {
	for ev := range events {
		select {
		case d.calls <- func() { d.noticeEvent(ev) }:
		case <-d.quit:
			return
		}
	}
}

// answered keeps an answer to p and takes p's notification away.
func (d *daemon) answered(p remind.Prompt) {
	d.saveState()
	d.withdraw(p.Key())
}

// openNotifier sends the notifications through the notification server
// or, in a sandbox, the Notification portal, and passes their events to
// the loop; without a session bus each notification says why in the log.
// It returns what closes it.
func (d *daemon) openNotifier() (closeIt func()) {
	n, err := desktop.OpenNotifications("Posture", desktop.IconFile(d.cfg.Icon))
	if err != nil {
		d.cfg.Notify = func(desktop.Notification) (uint32, error) { return 0, err }
		return func() {}
	}
	d.cfg.Notify, d.cfg.Withdraw = n.Send, n.Withdraw
	go d.passNoticeEvents(n.Events())
	return n.Close
}

// startedAlready reports a reminder started from its notification while
// the prompt still listed it: the prompt's answer, such as the snooze
// that closing it gives, must not bring back a routine being done.
func (d *daemon) startedAlready(p remind.Prompt) bool {
	at, ok := d.startedFromNotice[p.Key()]
	return ok && at.Equal(p.Planned)
}
