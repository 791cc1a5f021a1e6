// Package wayland is a small Wayland client in pure Go that speaks just
// enough of the wire protocol to learn keyboard and mouse idle time from
// the compositor through ext-idle-notify-v1: it lists the globals, binds
// a seat and the idle notifier, asks for a notification after a short
// stretch without input, and turns "idled" and "resumed" into the "idle
// for so long" the reminder scheduler asks for.
//
// No library does this: the Go Wayland clients we know are not served by
// the module proxy, and the few messages needed fit in a few hundred lines.
package wayland

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// headerSize is a message's object id and its size-and-opcode word.
const headerSize = 8

// maxMessage is libwayland's WL_MAX_MESSAGE_SIZE: no compositor sends a
// longer message, so a longer one means the stream is not Wayland.
const maxMessage = 4096

// byteOrder is the host's: the Wayland wire format is native-endian,
// client and compositor always sharing one machine.
var byteOrder = binary.NativeEndian

// message is one request or event: the object it is for, the opcode
// within that object's interface, and the arguments as sent.
type message struct {
	object uint32
	opcode uint16
	args   []byte
}

// decode splits the first message off buf; n is 0 while buf holds only
// part of one. The message's args share buf's memory.
func decode(buf []byte) (m message, n int, err error) {
	if len(buf) < headerSize {
		return message{}, 0, nil
	}
	word := byteOrder.Uint32(buf[4:])
	size := int(word >> 16)
	if size < headerSize || size%4 != 0 || size > maxMessage {
		return message{}, 0, fmt.Errorf("a message of %d bytes (allowed: a multiple of 4 from %d to %d)", size, headerSize, maxMessage)
	}
	if len(buf) < size {
		return message{}, 0, nil
	}
	return message{object: byteOrder.Uint32(buf), opcode: uint16(word), args: buf[headerSize:size]}, size, nil
}

// errShortArgs is a message whose arguments end before its interface
// says they do.
var errShortArgs = errors.New("a message shorter than its arguments")

// argReader reads a message's arguments in order; the first error
// sticks, so a caller checks it once at the end.
type argReader struct {
	b   []byte
	err error
}

func (r *argReader) uint() uint32 {
	if r.err != nil || len(r.b) < 4 {
		r.fail(errShortArgs)
		return 0
	}
	v := byteOrder.Uint32(r.b)
	r.b = r.b[4:]
	return v
}

// string reads a length (counting the closing NUL), the bytes and the
// padding to 4 bytes. A length of 0 is the null string.
func (r *argReader) string() string {
	n := int(r.uint())
	if r.err != nil || n == 0 {
		return ""
	}
	padded := (n + 3) &^ 3
	if n > len(r.b) || padded > len(r.b) || r.b[n-1] != 0 {
		r.fail(errors.New("a string argument without its end"))
		return ""
	}
	s := string(r.b[:n-1])
	r.b = r.b[padded:]
	return s
}

func (r *argReader) fail(err error) {
	if r.err == nil {
		r.err = err
	}
	r.b = nil
}

// request builds one message to send.
type request struct{ b []byte }

func newRequest(object uint32, opcode uint16) *request {
	r := &request{b: make([]byte, headerSize, 32)}
	byteOrder.PutUint32(r.b, object)
	byteOrder.PutUint32(r.b[4:], uint32(opcode))
	return r
}

func (r *request) uint(v uint32) *request {
	r.b = byteOrder.AppendUint32(r.b, v)
	return r
}

func (r *request) string(s string) *request {
	r.uint(uint32(len(s) + 1))
	r.b = append(r.b, s...)
	r.b = append(r.b, 0)
	for len(r.b)%4 != 0 {
		r.b = append(r.b, 0)
	}
	return r
}

// bytes is the finished message, its size written into the header.
func (r *request) bytes() []byte {
	word := byteOrder.Uint32(r.b[4:])
	byteOrder.PutUint32(r.b[4:], uint32(len(r.b))<<16|word&0xffff)
	return r.b
}
