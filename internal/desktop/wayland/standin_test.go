package wayland

import (
	"errors"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// standIn is the compositor's side of one connection, written from
// wayland.xml and ext-idle-notify-v1.xml, for what a real compositor
// will not do on demand: answer nothing, lack the notifier, send
// garbage, offer version 2, go away.
type standIn struct {
	t *testing.T
	c *conn
}

// serveStandIn listens where Open looks and runs script on the first
// connection, on a goroutine of its own.
func serveStandIn(t *testing.T, script func(s *standIn)) {
	t.Helper()
	dir := t.TempDir()
	t.Setenv("XDG_RUNTIME_DIR", dir)
	t.Setenv("WAYLAND_DISPLAY", "wayland-standin")
	l, err := net.Listen("unix", filepath.Join(dir, "wayland-standin"))
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	t.Cleanup(func() { l.Close(); <-done })
	go func() {
		defer close(done)
		c, err := l.Accept()
		if err != nil {
			return
		}
		s := &standIn{t: t, c: &conn{c: c.(*net.UnixConn), buf: make([]byte, 0, 2*maxMessage)}}
		defer c.Close()
		script(s)
	}()
}

// expect reads the next request and checks it is opcode on object.
func (s *standIn) expect(object uint32, opcode uint16) *argReader {
	m, err := s.c.next(time.Now().Add(5 * time.Second))
	if err != nil {
		s.t.Errorf("stand-in: waiting for request %d on object %d: %v", opcode, object, err)
		return &argReader{err: err}
	}
	if m.object != object || m.opcode != opcode {
		s.t.Errorf("stand-in: request %d on object %d, want %d on %d", m.opcode, m.object, opcode, object)
	}
	return &argReader{b: append([]byte(nil), m.args...)}
}

func (s *standIn) send(events ...*request) {
	if err := s.c.send(time.Second, events...); err != nil {
		s.t.Errorf("stand-in: %v", err)
	}
}

// listGlobals answers get_registry and the sync after it with globals,
// and returns the registry's id.
func (s *standIn) listGlobals(globals ...string) uint32 {
	registry := s.expect(displayID, displayGetRegistry).uint()
	cb := s.expect(displayID, displaySync).uint()
	for i, g := range globals {
		iface, version, _ := strings.Cut(g, "/")
		s.send(newRequest(registry, registryGlobal).uint(uint32(i + 1)).string(iface).uint(uint32(version[0] - '0')))
	}
	s.send(newRequest(cb, callbackDone).uint(0))
	return registry
}

func TestVersion2AsksForInputIdleAndALostCompositorMeansUnknown(t *testing.T) {
	events := make(chan string)
	serveStandIn(t, func(s *standIn) {
		registry := s.listGlobals("wl_output/4", "wl_seat/8", "ext_idle_notifier_v1/2")
		seat := s.expect(registry, registryBind)
		seat.uint()
		if iface := seat.string(); iface != seatInterface {
			t.Errorf("bound %q first, want the seat", iface)
		}
		seat.uint()
		seatID := seat.uint()
		notifier := s.expect(registry, registryBind)
		name, iface, version, notifierID := notifier.uint(), notifier.string(), notifier.uint(), notifier.uint()
		if name != 3 || iface != notifierInterface || version != 2 {
			t.Errorf("bound global %d %q version %d, want 3 %q version 2", name, iface, version, notifierInterface)
		}
		ask := s.expect(notifierID, notifierGetInputIdleNotify)
		id, ms, onSeat := ask.uint(), ask.uint(), ask.uint()
		if ms != 1500 || onSeat != seatID {
			t.Errorf("asked after %d ms on seat %d, want 1500 on %d", ms, onSeat, seatID)
		}
		s.send(newRequest(s.expect(displayID, displaySync).uint(), callbackDone).uint(0))
		<-events
		s.send(newRequest(id, notificationIdled))
		<-events
		// and the compositor goes away
	})
	clk := &testClock{t: time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)}
	src, err := Open(Options{Threshold: 1500 * time.Millisecond, Clock: clk})
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	if idle, ok := src.Idle(); idle != 0 || !ok {
		t.Fatalf("before idled: %v %v, want 0 and known", idle, ok)
	}
	events <- "idled"
	waitIdle(t, src, "idled", func(d time.Duration) bool { return d > 0 })
	clk.set(clk.Now().Add(time.Minute))
	if idle, _ := src.Idle(); idle != time.Minute+1500*time.Millisecond {
		t.Fatalf("a minute after idled: %v, want 1m1.5s", idle)
	}
	events <- "gone"
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		if _, ok := src.Idle(); !ok {
			return
		}
	}
	t.Fatal("idle time still known after the compositor went away")
}

func TestOpenGivesUpOnACompositorThatDoesNotAnswer(t *testing.T) {
	hold := make(chan struct{})
	serveStandIn(t, func(s *standIn) { <-hold })
	defer close(hold)
	_, err := Open(Options{Timeout: 100 * time.Millisecond})
	if !errors.Is(err, os.ErrDeadlineExceeded) {
		t.Fatalf("Open against a silent compositor: %v, want a timeout", err)
	}
}

func TestOpenSaysWhenTheCompositorLacksIdleNotify(t *testing.T) {
	serveStandIn(t, func(s *standIn) { s.listGlobals("wl_compositor/5", "wl_seat/7") })
	if _, err := Open(Options{}); !errors.Is(err, ErrNotOffered) {
		t.Fatalf("Open on a compositor without the notifier: %v, want ErrNotOffered", err)
	}
}

func TestAMessageOverTheCapEndsTheSession(t *testing.T) {
	serveStandIn(t, func(s *standIn) {
		s.expect(displayID, displayGetRegistry)
		huge := newRequest(2, registryGlobal).bytes()
		byteOrder.PutUint32(huge[4:], 8192<<16)
		if _, err := s.c.c.Write(huge); err != nil {
			t.Error(err)
		}
	})
	_, err := Open(Options{})
	if err == nil || !strings.Contains(err.Error(), "8192 bytes") {
		t.Fatalf("Open after an 8192-byte header: %v, want the size refused", err)
	}
}

func TestTheCompositorsRefusalIsReported(t *testing.T) {
	serveStandIn(t, func(s *standIn) {
		registry := s.listGlobals("wl_seat/1", "ext_idle_notifier_v1/1")
		s.expect(registry, registryBind)
		s.expect(registry, registryBind)
		s.send(newRequest(displayID, displayError).uint(5).uint(0).string("invalid seat"))
	})
	_, err := Open(Options{})
	if err == nil || !strings.Contains(err.Error(), `"invalid seat"`) {
		t.Fatalf("Open after wl_display.error: %v, want the compositor's words", err)
	}
}
