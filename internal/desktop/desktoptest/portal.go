package desktoptest

import (
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/godbus/dbus/v5"
)

// BackgroundRequest is one RequestBackground the portal received.
type BackgroundRequest struct {
	Reason      string
	Autostart   bool
	Commandline []string
}

// PortalNotice is one notification the portal received.
type PortalNotice struct {
	ID, Title, Body string
	Icon            []string // the names of a themed icon
	// Buttons are the buttons asked for, as label and action.
	Buttons   [][2]string
	Withdrawn bool // RemoveNotification was called for it
}

// Portal stands in for xdg-desktop-portal as a sandboxed app sees it: it
// owns org.freedesktop.portal.Desktop, answers RequestBackground with a
// Response on the request's object (granting, or refusing when Deny is
// set), keeps the notifications of AddNotification and
// RemoveNotification and, as a person pressing a button does, emits
// ActionInvoked.
type Portal struct {
	conn *dbus.Conn
	mu   sync.Mutex
	deny bool
	bg   []BackgroundRequest
	nots []PortalNotice
}

const (
	portalName = "org.freedesktop.portal.Desktop"
	portalPath = dbus.ObjectPath("/org/freedesktop/portal/desktop")
)

// portalBackground and portalNotification hold the portal's D-Bus
// methods only, one interface each.
type (
	portalBackground   struct{ p *Portal }
	portalNotification struct{ p *Portal }
)

// StartPortal puts the stand-in portal on the bus.
func StartPortal(t testing.TB, b *Bus) *Portal {
	t.Helper()
	p := &Portal{conn: b.Connect(t)}
	if err := p.conn.Export(portalBackground{p}, portalPath, "org.freedesktop.portal.Background"); err != nil {
		t.Fatal(err)
	}
	if err := p.conn.Export(portalNotification{p}, portalPath, "org.freedesktop.portal.Notification"); err != nil {
		t.Fatal(err)
	}
	reply, err := p.conn.RequestName(portalName, dbus.NameFlagDoNotQueue)
	if err != nil || reply != dbus.RequestNameReplyPrimaryOwner {
		t.Fatalf("cannot own %s: %v (reply %d)", portalName, err, reply)
	}
	return p
}

// Deny makes the portal refuse the requests to come, as a person saying
// no in its dialog does.
func (p *Portal) Deny() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.deny = true
}

// RequestBackground keeps the request and answers it, after returning
// its handle, with a Response on the object the handle_token names, as
// the portal does: granted, with autostart as asked, or refused (1).
func (o portalBackground) RequestBackground(sender dbus.Sender, parent string, options map[string]dbus.Variant) (dbus.ObjectPath, *dbus.Error) {
	req := BackgroundRequest{}
	req.Reason, _ = options["reason"].Value().(string)
	req.Autostart, _ = options["autostart"].Value().(bool)
	req.Commandline, _ = options["commandline"].Value().([]string)
	token, _ := options["handle_token"].Value().(string)
	o.p.mu.Lock()
	o.p.bg = append(o.p.bg, req)
	deny := o.p.deny
	o.p.mu.Unlock()
	handle := dbus.ObjectPath("/org/freedesktop/portal/desktop/request/" +
		strings.ReplaceAll(strings.TrimPrefix(string(sender), ":"), ".", "_") + "/" + token)
	go func() {
		time.Sleep(20 * time.Millisecond) // after the reply, as a dialog's answer comes
		code, results := uint32(0), map[string]dbus.Variant{"background": dbus.MakeVariant(true), "autostart": dbus.MakeVariant(req.Autostart)}
		if deny {
			code, results = 1, map[string]dbus.Variant{}
		}
		_ = o.p.conn.Emit(handle, "org.freedesktop.portal.Request.Response", code, results)
	}()
	return handle, nil
}

// AddNotification keeps the notification, replacing one of the same id.
func (o portalNotification) AddNotification(id string, n map[string]dbus.Variant) *dbus.Error {
	nt := PortalNotice{ID: id}
	nt.Title, _ = n["title"].Value().(string)
	nt.Body, _ = n["body"].Value().(string)
	if icon, ok := n["icon"].Value().([]any); ok && len(icon) == 2 {
		if v, ok := icon[1].(dbus.Variant); ok {
			nt.Icon, _ = v.Value().([]string)
		}
	}
	buttons, _ := n["buttons"].Value().([]map[string]dbus.Variant)
	for _, b := range buttons {
		label, _ := b["label"].Value().(string)
		action, _ := b["action"].Value().(string)
		nt.Buttons = append(nt.Buttons, [2]string{label, action})
	}
	o.p.mu.Lock()
	defer o.p.mu.Unlock()
	o.p.nots = slices.DeleteFunc(o.p.nots, func(old PortalNotice) bool { return old.ID == id })
	o.p.nots = append(o.p.nots, nt)
	return nil
}

// RemoveNotification marks the notification withdrawn.
func (o portalNotification) RemoveNotification(id string) *dbus.Error {
	o.p.mu.Lock()
	defer o.p.mu.Unlock()
	for i := range o.p.nots {
		if o.p.nots[i].ID == id {
			o.p.nots[i].Withdrawn = true
		}
	}
	return nil
}

// Invoke presses the button action on notification id, as a person does.
func (p *Portal) Invoke(t testing.TB, id, action string) {
	t.Helper()
	if err := p.conn.Emit(portalPath, "org.freedesktop.portal.Notification.ActionInvoked", id, action, []dbus.Variant{}); err != nil {
		t.Fatal(err)
	}
}

// Background is every RequestBackground received so far.
func (p *Portal) Background() []BackgroundRequest {
	p.mu.Lock()
	defer p.mu.Unlock()
	return slices.Clone(p.bg)
}

// WaitNotices returns the notifications received once done says they
// are what the test waits for, or fails the test after timeout.
func (p *Portal) WaitNotices(t testing.TB, timeout time.Duration, done func([]PortalNotice) bool) []PortalNotice {
	t.Helper()
	return waitFor(t, "the portal's notifications", timeout, &p.mu, &p.nots, done)
}
