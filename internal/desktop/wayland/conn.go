package wayland

import (
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"syscall"
	"time"
)

// conn is a connection to the compositor's socket that reads whole
// messages. It is used by one goroutine at a time.
type conn struct {
	c      *net.UnixConn
	buf    []byte // read, not yet decoded
	start  int    // where the undecoded bytes begin in buf
	nextID uint32
}

// socketPath is where the compositor listens: $WAYLAND_DISPLAY, taken
// as relative to $XDG_RUNTIME_DIR unless it is absolute, "wayland-0"
// when unset, as libwayland does.
func socketPath() (string, error) {
	name := os.Getenv("WAYLAND_DISPLAY")
	if name == "" {
		name = "wayland-0"
	}
	if filepath.IsAbs(name) {
		return name, nil
	}
	dir := os.Getenv("XDG_RUNTIME_DIR")
	if dir == "" {
		return "", errors.New("XDG_RUNTIME_DIR is not set, so the Wayland socket cannot be found")
	}
	return filepath.Join(dir, name), nil
}

func dial(path string, timeout time.Duration) (*conn, error) {
	c, err := net.DialTimeout("unix", path, timeout)
	if err != nil {
		return nil, err
	}
	// Object 1 is wl_display; the client numbers its own from 2.
	return &conn{c: c.(*net.UnixConn), buf: make([]byte, 0, 2*maxMessage), nextID: 2}, nil
}

// newID is a fresh object id of the client's.
func (c *conn) newID() uint32 {
	id := c.nextID
	c.nextID++
	return id
}

// send writes requests in one go, giving up after timeout: a compositor
// that stops reading must not hold Posture.
func (c *conn) send(timeout time.Duration, reqs ...*request) error {
	var b []byte
	for _, r := range reqs {
		b = append(b, r.bytes()...)
	}
	if err := c.c.SetWriteDeadline(time.Now().Add(timeout)); err != nil {
		return err
	}
	_, err := c.c.Write(b)
	return err
}

// next returns the next message, reading until deadline (none when
// zero). The message is valid until the following call.
func (c *conn) next(deadline time.Time) (message, error) {
	if err := c.c.SetReadDeadline(deadline); err != nil {
		return message{}, err
	}
	for {
		m, n, err := decode(c.buf[c.start:])
		if err != nil {
			return message{}, err
		}
		if n > 0 {
			c.start += n
			return m, nil
		}
		if err := c.fill(); err != nil {
			return message{}, err
		}
	}
}

// fill reads more bytes after those not yet decoded. File descriptors
// the compositor passes along (no event this client asks for carries
// one) are closed at once so none leaks.
func (c *conn) fill() error {
	c.buf = c.buf[:copy(c.buf, c.buf[c.start:])]
	c.start = 0
	room := c.buf[len(c.buf):cap(c.buf)]
	oob := make([]byte, syscall.CmsgSpace(28*4)) // libwayland passes at most 28 fds at once
	n, oobn, _, _, err := c.c.ReadMsgUnix(room, oob)
	closeRights(oob[:oobn])
	if n > 0 {
		c.buf = c.buf[:len(c.buf)+n]
		return nil
	}
	if err == nil || errors.Is(err, io.EOF) {
		err = errClosed
	}
	return fmt.Errorf("reading from the compositor: %w", err)
}

// errClosed is the end of the stream: the compositor closed its side.
var errClosed = errors.New("the compositor closed the connection")

func closeRights(oob []byte) {
	msgs, err := syscall.ParseSocketControlMessage(oob)
	if err != nil {
		return
	}
	for _, m := range msgs {
		fds, err := syscall.ParseUnixRights(&m)
		if err != nil {
			continue
		}
		for _, fd := range fds {
			_ = syscall.Close(fd)
		}
	}
}

func (c *conn) close() error { return c.c.Close() }
