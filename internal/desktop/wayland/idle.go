package wayland

import (
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/postureapp/posture/internal/clock"
)

// The objects and opcodes used, from wayland.xml and ext-idle-notify-v1.xml.
const (
	displayID = 1

	displaySync        = 0 // request
	displayGetRegistry = 1 // request
	displayError       = 0 // event
	registryBind       = 0 // request
	registryGlobal     = 0 // event
	registryRemove     = 1 // event
	callbackDone       = 0 // event

	notifierDestroy                  = 0 // request
	notifierGetIdleNotification      = 1 // request
	notifierGetInputIdleNotify       = 2 // request, version 2
	notificationDestroy              = 0 // request
	notificationIdled                = 0 // event
	notificationResumed              = 1 // event
	seatInterface                    = "wl_seat"
	notifierInterface                = "ext_idle_notifier_v1"
	notifierVersionWithInputOnlyIdle = 2
)

// ErrNotOffered is returned by Open when the compositor has no
// ext_idle_notifier_v1: in Debian 12, Mutter 43, weston 10 and every
// compositor on wlroots 0.15 (Sway 1.7, wayfire, cage, phoc).
var ErrNotOffered = errors.New("the compositor does not offer ext_idle_notifier_v1")

// Options tune Open; the zero value is what Posture uses.
type Options struct {
	// Threshold is how long without input before the compositor says
	// "idled": the precision of Idle. 10 s when zero.
	Threshold time.Duration
	// Timeout bounds connecting and each answer awaited while setting
	// up, and each write. 2 s when zero.
	Timeout time.Duration
	// Clock tells the time idle stretches are measured by; the real one
	// when nil.
	Clock clock.Clock
}

func (o *Options) fill() {
	if o.Threshold <= 0 {
		o.Threshold = 10 * time.Second
	}
	if o.Timeout <= 0 {
		o.Timeout = 2 * time.Second
	}
	if o.Clock == nil {
		o.Clock = clock.Real{}
	}
}

// Idle is the keyboard and mouse idle time the compositor tells. It is
// safe for concurrent use.
type Idle struct {
	c    *conn
	opts Options
	done chan struct{} // closed when the reading goroutine ends
	once sync.Once

	mu  sync.Mutex
	s   session
	err error // the connection broke or the compositor refused a request
}

// Open connects to the compositor of $WAYLAND_DISPLAY and asks it to say
// when the seat goes idle. It fails with ErrNotOffered when the
// compositor lacks the protocol, and within opts.Timeout when it does
// not answer.
func Open(opts Options) (*Idle, error) {
	opts.fill()
	path, err := socketPath()
	if err != nil {
		return nil, err
	}
	c, err := dial(path, opts.Timeout)
	if err != nil {
		return nil, err
	}
	i := &Idle{c: c, opts: opts, done: make(chan struct{})}
	if err := i.setUp(); err != nil {
		_ = c.close()
		return nil, err
	}
	go i.read()
	return i, nil
}

// setUp lists the globals, binds the seat and the notifier and asks for
// a notification, each step confirmed by a sync before the next.
func (i *Idle) setUp() error {
	c, s := i.c, &i.s
	s.registry = c.newID()
	if err := i.roundTrip(newRequest(displayID, displayGetRegistry).uint(s.registry)); err != nil {
		return err
	}
	if s.notifier.name == 0 {
		return ErrNotOffered
	}
	if s.seat.name == 0 {
		return errors.New("the compositor offers no seat (keyboard and mouse)")
	}
	seat, notifier := c.newID(), c.newID()
	s.notifierID, s.notification = notifier, c.newID()
	version := min(s.notifier.version, notifierVersionWithInputOnlyIdle)
	// Version 2 can ignore idle inhibitors (a video playing): a desk
	// break is about the hands, so input is what counts.
	ask := uint16(notifierGetIdleNotification)
	if version >= notifierVersionWithInputOnlyIdle {
		ask = notifierGetInputIdleNotify
	}
	return i.roundTrip(
		bind(s.registry, s.seat.name, seatInterface, 1, seat),
		bind(s.registry, s.notifier.name, notifierInterface, version, notifier),
		newRequest(notifier, ask).uint(s.notification).uint(durationMillis(i.opts.Threshold)).uint(seat),
	)
}

// roundTrip sends reqs and a sync, and handles events until the sync's
// callback: then the compositor has dealt with every request before it.
func (i *Idle) roundTrip(reqs ...*request) error {
	cb := i.c.newID()
	i.s.pending = cb
	reqs = append(reqs, newRequest(displayID, displaySync).uint(cb))
	if err := i.c.send(i.opts.Timeout, reqs...); err != nil {
		return err
	}
	deadline := time.Now().Add(i.opts.Timeout)
	for i.s.synced != cb {
		m, err := i.c.next(deadline)
		if err != nil {
			return err
		}
		if err := i.s.handle(m, i.opts.Clock.Now); err != nil {
			return err
		}
	}
	return nil
}

func bind(registry, name uint32, iface string, version, id uint32) *request {
	return newRequest(registry, registryBind).uint(name).string(iface).uint(version).uint(id)
}

func durationMillis(d time.Duration) uint32 {
	return uint32(min(max(d.Milliseconds(), 1), int64(^uint32(0))))
}

// read handles events until the connection ends.
func (i *Idle) read() {
	defer close(i.done)
	for {
		m, err := i.c.next(time.Time{})
		i.mu.Lock()
		if err == nil {
			err = i.s.handle(m, i.opts.Clock.Now)
		}
		if err != nil && i.err == nil {
			i.err = err
		}
		i.mu.Unlock()
		if err != nil {
			return
		}
	}
}

// Idle is how long the seat has gone without input: since "idled" plus
// the threshold it came after, 0 while in use (off by at most the
// threshold). ok is false once the connection is lost.
func (i *Idle) Idle() (time.Duration, bool) {
	i.mu.Lock()
	defer i.mu.Unlock()
	if i.err != nil {
		return 0, false
	}
	if i.s.idledAt.IsZero() {
		return 0, true
	}
	return max(i.opts.Clock.Now().Sub(i.s.idledAt), 0) + i.opts.Threshold, true
}

// Close withdraws the notification and ends the connection; it waits
// for the reading goroutine, and may be called more than once.
func (i *Idle) Close() error {
	i.once.Do(func() {
		i.mu.Lock()
		broken := i.err != nil
		i.mu.Unlock()
		if !broken {
			// Polite but not needed: the compositor frees all on close.
			_ = i.c.send(i.opts.Timeout, newRequest(i.s.notification, notificationDestroy), newRequest(i.s.notifierID, notifierDestroy))
		}
		_ = i.c.close()
		<-i.done
	})
	return nil
}

// global is one of the compositor's globals: its name in the registry
// (never 0) and version.
type global struct{ name, version uint32 }

// session is what the events said so far.
type session struct {
	registry     uint32
	seat         global // the first seat offered
	notifier     global
	notification uint32
	notifierID   uint32
	pending      uint32    // the sync callback awaited
	synced       uint32    // the last sync callback that came
	idledAt      time.Time // zero while the seat is in use
}

// handle takes one event in. Events of objects it does not follow are
// let pass; an error from the compositor ends the session.
func (s *session) handle(m message, now func() time.Time) error {
	a := argReader{b: m.args}
	switch {
	case m.object == displayID && m.opcode == displayError:
		obj, code, text := a.uint(), a.uint(), a.string()
		if a.err != nil {
			return fmt.Errorf("the compositor reported an error it could not spell: %w", a.err)
		}
		return fmt.Errorf("the compositor refused a request: %q (object %d, code %d)", text, obj, code)
	case m.object == s.registry && s.registry != 0 && m.opcode == registryGlobal:
		name, iface, version := a.uint(), a.string(), a.uint()
		if a.err != nil {
			return fmt.Errorf("a registry global: %w", a.err)
		}
		s.offer(global{name, version}, iface)
	case m.object == s.registry && s.registry != 0 && m.opcode == registryRemove:
		name := a.uint()
		if name == s.notifier.name {
			s.notifier = global{}
		}
		if name == s.seat.name {
			s.seat = global{}
		}
	case m.object == s.notification && s.notification != 0:
		switch m.opcode {
		case notificationIdled:
			s.idledAt = now()
		case notificationResumed:
			s.idledAt = time.Time{}
		}
	case m.object == s.pending && s.pending != 0 && m.opcode == callbackDone:
		s.synced, s.pending = s.pending, 0
	}
	return nil
}

func (s *session) offer(g global, iface string) {
	if g.name == 0 || g.version == 0 {
		return
	}
	switch {
	case iface == seatInterface && s.seat.name == 0:
		s.seat = g
	case iface == notifierInterface:
		s.notifier = g
	}
}
