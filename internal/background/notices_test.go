package background

import (
	"slices"
	"testing"
	"time"

	"github.com/postureapp/posture/internal/desktop"
	"github.com/postureapp/posture/internal/remind"
	"github.com/postureapp/posture/internal/wire"
)

// sent keeps the notifications a daemon sends and withdraws.
type sent struct {
	shown     []desktop.Notification
	withdrawn []uint32
}

func (s *sent) wire(d *daemon) {
	d.cfg.Notify = func(n desktop.Notification) (uint32, error) {
		s.shown = append(s.shown, n)
		return uint32(len(s.shown)), nil
	}
	d.cfg.Withdraw = func(id uint32) error { s.withdrawn = append(s.withdrawn, id); return nil }
}

// newNoticeRig is a daemon whose notifications are kept, with two
// sessions due at its clock's time.
func newNoticeRig(t *testing.T) (d *daemon, s *sent, opened *[]string, neck, back remind.Prompt) {
	d, _, opened, _ = newDaemon(t, true)
	s = new(sent)
	s.wire(d)
	now := time.Time(d.sched.Clock.(fixedClock))
	neck = remind.Prompt{Routine: "Neck Release", Planned: now}
	back = remind.Prompt{Routine: "Upper Back Strength", Planned: now}
	return d, s, opened, neck, back
}

func actionKeys(n desktop.Notification) []string {
	var keys []string
	for _, a := range n.Actions {
		keys = append(keys, a.Key)
	}
	return keys
}

// Two reminders due together get a notification each, with Start and
// Snooze on a session and Start on a desk break; each button answers its
// own reminder only, and the other notification stays.
func TestEachNotificationsButtonsAnswerItsOwnReminder(t *testing.T) {
	d, s, opened, neck, back := newNoticeRig(t)
	now := neck.Planned
	desk := remind.Prompt{Kind: remind.DeskBreak, Routine: "Desk Break", Planned: now}
	d.remind([]remind.Prompt{neck, back, desk})
	if len(s.shown) != 3 {
		t.Fatalf("%d notifications for three reminders", len(s.shown))
	}
	for i, want := range [][]string{{string(wire.Start), string(wire.Snooze)}, {string(wire.Start), string(wire.Snooze)}, {string(wire.Start)}} {
		if got := actionKeys(s.shown[i]); !slices.Equal(got, want) || s.shown[i].Category != "x-posture.reminder" {
			t.Errorf("notification %d (%s): actions %q category %q, want %q", i+1, s.shown[i].Title, got, s.shown[i].Category, want)
		}
	}
	*opened = nil
	d.noticeEvent(desktop.NotificationEvent{ID: 2, Action: string(wire.Snooze)})
	if sn, ok := d.sched.State.Snoozed[back.Key()]; !ok || !sn.Until.Equal(now.Add(remind.SnoozeFor)) {
		t.Errorf("Snooze on Upper Back Strength's notification: snoozed %+v, %v", sn, ok)
	}
	if _, ok := d.sched.State.Snoozed[neck.Key()]; ok || len(*opened) != 0 {
		t.Errorf("Snooze on another notification snoozed Neck Release or opened %q", *opened)
	}
	d.noticeEvent(desktop.NotificationEvent{ID: 1, Action: string(wire.Start)})
	if !slices.Equal(*opened, []string{"--start Neck Release"}) {
		t.Errorf("Start on Neck Release's notification opened %q", *opened)
	}
	d.sched.State.Active = time.Hour
	d.noticeEvent(desktop.NotificationEvent{ID: 3, Action: string(wire.Start)})
	if !slices.Equal(*opened, []string{"--start Neck Release", "--start Desk Break"}) || d.sched.State.Active != 0 {
		t.Errorf("Start on the desk break's notification: opened %q, desk count %v", *opened, d.sched.State.Active)
	}
	if len(s.withdrawn) != 0 || len(d.notices) != 0 {
		t.Errorf("withdrew %v and still keeps %v: each was answered from its own notification", s.withdrawn, d.notices)
	}
}

// A reminder answered in the prompt or from the tray takes its
// notification away; the others stay.
func TestAnAnswerElsewhereWithdrawsTheNotification(t *testing.T) {
	d, s, opened, neck, back := newNoticeRig(t)
	d.remind([]remind.Prompt{neck, back})
	*opened = nil
	for _, verb := range []wire.Verb{wire.Skip, wire.Start, wire.Snooze} {
		if rep := d.handle(wire.About(verb, back)); rep.Err() != nil {
			t.Fatal(rep.Err())
		}
	}
	if !slices.Equal(s.withdrawn, []uint32{2}) {
		t.Errorf("the prompt's answers to Upper Back Strength withdrew %v, want its notification (2) once", s.withdrawn)
	}
	d.remind([]remind.Prompt{back}) // the snooze ends
	d.pauseFor(30 * time.Minute)
	if slices.Sort(s.withdrawn); !slices.Equal(s.withdrawn, []uint32{1, 2, 3}) {
		t.Errorf("the tray's Snooze reminders withdrew %v, want every notification", s.withdrawn)
	}
	d.noticeEvent(desktop.NotificationEvent{ID: 1, Action: string(wire.Start)})
	if slices.Contains(*opened, "--start Neck Release") {
		t.Errorf("a withdrawn notification's button still starts its routine: opened %q", *opened)
	}
}

// A reminder started from its notification while the prompt lists it is
// done: closing the prompt afterwards (which snoozes what it lists) does
// not bring it back; when it comes again, the prompt's answers count.
func TestStartedFromTheNotificationThePromptCannotBringItBack(t *testing.T) {
	d, _, _, _, back := newNoticeRig(t)
	d.remind([]remind.Prompt{back})
	d.noticeEvent(desktop.NotificationEvent{ID: 1, Action: string(wire.Start)})
	if rep := d.handle(wire.About(wire.Snooze, back)); rep.Err() != nil {
		t.Fatal(rep.Err())
	}
	if sn, ok := d.sched.State.Snoozed[back.Key()]; ok {
		t.Errorf("the prompt closed after Start in the notification snoozed it until %v", sn.Until)
	}
	d.remind([]remind.Prompt{back})
	d.handle(wire.About(wire.Snooze, back))
	if _, ok := d.sched.State.Snoozed[back.Key()]; !ok {
		t.Error("shown again, the prompt's Snooze is not kept")
	}
}

// A notification the person closed is forgotten: answering its reminder
// in the prompt later asks the server to close nothing, and the
// reminder stays waiting in the prompt.
func TestAClosedNotificationIsForgotten(t *testing.T) {
	d, s, _, neck, _ := newNoticeRig(t)
	d.remind([]remind.Prompt{neck})
	d.noticeEvent(desktop.NotificationEvent{ID: 1})
	if _, ok := d.sched.State.Snoozed[neck.Key()]; ok || len(d.notices) != 0 {
		t.Errorf("closing the notification snoozed the reminder or kept the notification: %v", d.notices)
	}
	d.handle(wire.About(wire.Skip, neck))
	if len(s.withdrawn) != 0 {
		t.Errorf("withdrew %v, closed already", s.withdrawn)
	}
}
