package wayland

import (
	"bytes"
	"errors"
	"net"
	"os"
	"slices"
	"syscall"
	"testing"
	"time"
)

// FuzzEvents feeds a byte stream as the compositor's events, arriving in
// pieces of chunk bytes: the connection must give the messages a decode
// of the whole stream gives, in order, and stop where that stops;
// every message then goes through the session, and a registry global it
// reads must read the same once encoded again. testdata holds KWin
// 5.27's registry listing as a seed.
func FuzzEvents(f *testing.F) {
	f.Add(slices.Concat(
		newRequest(2, registryGlobal).uint(12).string(seatInterface).uint(8).bytes(),
		newRequest(2, registryGlobal).uint(21).string(notifierInterface).uint(1).bytes(),
		newRequest(3, callbackDone).uint(0).bytes(),
		newRequest(6, notificationIdled).bytes(),
		newRequest(6, notificationResumed).bytes(),
		newRequest(displayID, displayError).uint(5).uint(0).string("invalid seat").bytes(),
	), byte(5))
	f.Fuzz(func(t *testing.T, data []byte, chunk byte) {
		whole, wholeErr := decodeAll(t, data)
		got, gotErr := readInChunks(t, data, max(int(chunk), 1))
		if len(got) != len(whole) {
			t.Fatalf("read %d messages in pieces, %d whole (errors %v / %v)", len(got), len(whole), gotErr, wholeErr)
		}
		for i := range whole {
			if got[i].object != whole[i].object || got[i].opcode != whole[i].opcode || !bytes.Equal(got[i].args, whole[i].args) {
				t.Fatalf("message %d differs read in pieces: %+v, whole %+v", i, got[i], whole[i])
			}
		}
		if (wholeErr != nil) != (gotErr != nil && !errors.Is(gotErr, errClosed)) {
			t.Fatalf("the stream's error whole: %v; in pieces: %v", wholeErr, gotErr)
		}
		s := session{registry: 2, pending: 3, notification: 6}
		for _, m := range whole {
			checkGlobalRoundTrip(t, m)
			_ = s.handle(m, time.Now)
		}
	})
}

// decodeAll decodes every whole message of data, copying each.
func decodeAll(t *testing.T, data []byte) ([]message, error) {
	var out []message
	for {
		m, n, err := decode(data)
		if err != nil || n == 0 {
			return out, err
		}
		if n < headerSize || n > len(data) || n%4 != 0 {
			t.Fatalf("decode took %d bytes of %d", n, len(data))
		}
		m.args = slices.Clone(m.args)
		out = append(out, m)
		data = data[n:]
	}
}

// readInChunks writes data to a socket chunk bytes at a time and reads
// it back through conn until the stream ends or breaks.
func readInChunks(t *testing.T, data []byte, chunk int) ([]message, error) {
	fds, err := syscall.Socketpair(syscall.AF_UNIX, syscall.SOCK_STREAM|syscall.SOCK_CLOEXEC, 0)
	if err != nil {
		t.Fatal(err)
	}
	read, write := unixConn(t, fds[0]), unixConn(t, fds[1])
	defer read.Close()
	go func() {
		defer write.Close()
		for b := data; len(b) > 0; b = b[min(chunk, len(b)):] {
			if _, err := write.Write(b[:min(chunk, len(b))]); err != nil {
				return
			}
		}
	}()
	c := &conn{c: read, buf: make([]byte, 0, 2*maxMessage)}
	var out []message
	for {
		m, err := c.next(time.Now().Add(5 * time.Second))
		if err != nil {
			return out, err
		}
		m.args = slices.Clone(m.args)
		out = append(out, m)
	}
}

func unixConn(t *testing.T, fd int) *net.UnixConn {
	f := os.NewFile(uintptr(fd), "socketpair")
	defer f.Close()
	c, err := net.FileConn(f)
	if err != nil {
		t.Fatal(err)
	}
	return c.(*net.UnixConn)
}

func checkGlobalRoundTrip(t *testing.T, m message) {
	if m.object != 2 || m.opcode != registryGlobal {
		return
	}
	a := argReader{b: m.args}
	name, iface, version := a.uint(), a.string(), a.uint()
	if a.err != nil {
		return
	}
	again, _, err := decode(newRequest(2, registryGlobal).uint(name).string(iface).uint(version).bytes())
	if err != nil {
		t.Fatalf("global %d %q %d encoded again does not decode: %v", name, iface, version, err)
	}
	b := argReader{b: again.args}
	if n, i, v := b.uint(), b.string(), b.uint(); b.err != nil || n != name || i != iface || v != version {
		t.Fatalf("global %d %q %d reads back as %d %q %d (%v)", name, iface, version, n, i, v, b.err)
	}
}
