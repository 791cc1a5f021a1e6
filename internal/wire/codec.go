package wire

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// Errors of reading a message.
var (
	// ErrTooLarge is a message that passed MaxMessage: it is refused
	// there, without reading the rest.
	ErrTooLarge = fmt.Errorf("message over %d KiB", MaxMessage>>10)
	// ErrNotWire is a line that is not a message of this protocol, such
	// as the bare text an older Posture sent.
	ErrNotWire = errors.New("not a Posture message (an older Posture? quit it and start it again)")
	// ErrUnknownVerb is a request this build does not know.
	ErrUnknownVerb = errors.New("unknown request")
)

// VersionError is a message of another protocol version.
type VersionError struct{ Got int }

func (e *VersionError) Error() string {
	return fmt.Sprintf("the other Posture speaks protocol version %d and this one %d: quit the running Posture and start it again", e.Got, Version)
}

// WriteRequest writes r as one message.
func WriteRequest(w io.Writer, r Request) error { return write(w, r) }

// WriteReply writes r as one message.
func WriteReply(w io.Writer, r Reply) error { return write(w, r) }

func write(w io.Writer, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	// JSON escapes every control character in strings, so the only
	// newline is the one that ends the message.
	b = append(b, '\n')
	if len(b) > MaxMessage {
		return ErrTooLarge
	}
	_, err = w.Write(b)
	return err
}

// ReadRequest reads one request and checks its version, its verb and
// what the verb needs.
func ReadRequest(r io.Reader) (Request, error) {
	var req Request
	if err := read(r, &req, func() int { return req.Version }); err != nil {
		return Request{}, err
	}
	if err := req.check(); err != nil {
		return Request{}, err
	}
	return req, nil
}

// ReadReply reads one reply and checks its version.
func ReadReply(r io.Reader) (Reply, error) {
	var rep Reply
	if err := read(r, &rep, func() int { return rep.Version }); err != nil {
		return Reply{}, err
	}
	return rep, nil
}

// read decodes one line into v. The version is checked before anything
// else is believed, so a newer peer's message is never half understood.
func read(r io.Reader, v any, version func() int) error {
	line, err := readLine(r)
	if err != nil {
		return err
	}
	var head struct {
		Version *int `json:"v"`
	}
	if json.Unmarshal(line, &head) != nil || head.Version == nil {
		return ErrNotWire
	}
	if *head.Version != Version {
		return &VersionError{Got: *head.Version}
	}
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("%w: %v", ErrNotWire, cut(err.Error()))
	}
	if version() != Version {
		return ErrNotWire // a second "v" in the line
	}
	return nil
}

// readLine reads up to the first newline, and stops with ErrTooLarge as
// soon as MaxMessage bytes came without one: at most MaxMessage plus one
// read buffer is held whatever the peer sends. It may read past the
// newline, so a reader carries one message (one request, one reply per
// connection).
func readLine(r io.Reader) ([]byte, error) {
	br := bufio.NewReaderSize(r, 4096)
	var line []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if len(line)+len(chunk) > MaxMessage {
			return nil, ErrTooLarge
		}
		line = append(line, chunk...)
		switch {
		case err == nil:
			return line[:len(line)-1], nil
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case errors.Is(err, io.EOF) && len(line) == 0:
			return nil, io.ErrUnexpectedEOF
		case errors.Is(err, io.EOF):
			return nil, fmt.Errorf("%w: the message ends without a newline", ErrNotWire)
		default:
			return nil, err
		}
	}
}
