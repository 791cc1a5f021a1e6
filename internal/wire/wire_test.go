package wire

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/postureapp/posture/internal/remind"
)

var planned = time.Date(2026, 11, 16, 18, 0, 0, 0, time.Local)

func TestEveryRequestComesBackAsItWasSent(t *testing.T) {
	p := remind.Prompt{Kind: remind.DeskBreak, Routine: "Desk Posture Break", Planned: planned, Late: true}
	for _, req := range []Request{
		Ask(Ping), Ask(GetStatus), Ask(Reload), Ask(SessionDone), Ask(Quit), Ask(Show),
		About(Snooze, p), About(Skip, p), About(Start, p), ShowPrompts([]remind.Prompt{p, p}),
		PlayRoutine("Upper Back Strength"),
	} {
		var b bytes.Buffer
		if err := WriteRequest(&b, req); err != nil {
			t.Fatal(err)
		}
		if n := strings.Count(b.String(), "\n"); n != 1 {
			t.Errorf("%s takes %d lines", req.Verb, n)
		}
		got, err := ReadRequest(&b)
		if err != nil {
			t.Fatalf("%s: %v", req.Verb, err)
		}
		if got.Verb != req.Verb || got.Routine != req.Routine || (req.Prompt != nil) != (got.Prompt != nil) {
			t.Errorf("sent %+v, read %+v", req, got)
		}
		if n := len(got.Reminders()); n != len(req.Prompts) {
			t.Errorf("%s: %d prompts, want %d", req.Verb, n, len(req.Prompts))
		}
		if req.Prompt != nil {
			if r := got.Reminder(); r.Kind != p.Kind || r.Routine != p.Routine || !r.Planned.Equal(p.Planned) || !r.Late {
				t.Errorf("%s: prompt %+v, want %+v", req.Verb, r, p)
			}
		}
	}
}

func TestAStatusSaysThereIsNoIdleSourceInAField(t *testing.T) {
	var b bytes.Buffer
	next := FromPrompt(remind.Prompt{Routine: "Upper Back Strength", Planned: planned})
	if err := WriteReply(&b, WithStatus(Status{Next: &next, PausedUntil: planned})); err != nil {
		t.Fatal(err)
	}
	rep, err := ReadReply(&b)
	if err != nil || rep.Status == nil {
		t.Fatalf("%+v, %v", rep, err)
	}
	if rep.Status.IdleSource != "" {
		t.Errorf("idle source %q, want none", rep.Status.IdleSource)
	}
	if p, ok := rep.Status.NextReminder(); !ok || p.Routine != "Upper Back Strength" || !rep.Status.PausedUntil.Equal(planned) {
		t.Errorf("status %+v", rep.Status)
	}
}

// A build that speaks another version is refused with a message that
// says so, whichever side is the newer: a request to this build, and a
// reply from the other.
func TestAnotherVersionIsRefusedClearlyBothWays(t *testing.T) {
	newer := `{"v":2,"verb":"ping"}` + "\n"
	_, err := ReadRequest(strings.NewReader(newer))
	var ve *VersionError
	if !errors.As(err, &ve) || ve.Got != 2 {
		t.Fatalf("a version 2 request: %v", err)
	}
	for _, want := range []string{"version 2", "this one 1", "quit the running Posture"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("%q does not say %q", err, want)
		}
	}
	// The refusal goes back to the sender as a reply of this version,
	// and a sender of this version reads it as a refusal it can show.
	var b bytes.Buffer
	if err := WriteReply(&b, RefuseFor(err)); err != nil {
		t.Fatal(err)
	}
	rep, rerr := ReadReply(&b)
	if rerr != nil || !IsRefused(rep.Err(), Mismatch) || !strings.Contains(rep.Err().Error(), "version 2") {
		t.Errorf("refusal %+v, %v", rep, rerr)
	}
	// A reply from a build of version 0 (or any other) is not believed.
	_, err = ReadReply(strings.NewReader(`{"v":0,"status":{"idle_source":"x"}}` + "\n"))
	if !errors.As(err, &ve) || ve.Got != 0 {
		t.Errorf("a version 0 reply: %v", err)
	}
}

func TestWhatIsNotAMessageIsRefusedWithAReason(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"ping\n", "not a Posture message"}, // what an older Posture sent
		{"snooze routine=A&planned=2026-11-16T18%3A00%3A00Z\n", "not a Posture message"},
		{`{"verb":"ping"}` + "\n", "not a Posture message"},
		{`{"v":1,"verb":"dance"}` + "\n", `unknown request "dance"`},
		{`{"v":1,"verb":"snooze"}` + "\n", "snooze needs a prompt"},
		{`{"v":1,"verb":"play"}` + "\n", "play needs a routine"},
		{`{"v":1,"verb":"skip","prompt":{"kind":"nap","routine":"A","planned":"2026-11-16T18:00:00Z"}}` + "\n", `not "nap"`},
		{`{"v":1,"verb":"skip","prompt":{"kind":"session","routine":"","planned":"2026-11-16T18:00:00Z"}}` + "\n", "needs a routine and a planned time"},
		{`{"v":1,"verb":"ping","extra":1}` + "\n", "not a Posture message"},
		{`{"v":1,"verb":"ping"}`, "ends without a newline"},
		{"", io.ErrUnexpectedEOF.Error()},
	} {
		_, err := ReadRequest(strings.NewReader(c.line))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: %v, want %q", c.line, err, c.want)
		}
	}
}

// endless is a peer that sends without ever ending a line, counting
// what was taken from it.
type endless struct{ read int }

func (e *endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	e.read += len(p)
	return len(p), nil
}

func TestALineIsRefusedAsSoonAsItPassesTheLimit(t *testing.T) {
	src := &endless{}
	_, err := ReadRequest(src)
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("%v, want ErrTooLarge", err)
	}
	if src.read > MaxMessage+8192 {
		t.Errorf("read %d bytes of an endless line, limit %d", src.read, MaxMessage)
	}
	big := PlayRoutine(strings.Repeat("x", MaxMessage))
	if err := WriteRequest(io.Discard, big); !errors.Is(err, ErrTooLarge) {
		t.Errorf("writing %d bytes: %v", MaxMessage, err)
	}
}

func TestThePromptArgumentIsTheWireForm(t *testing.T) {
	p := remind.Prompt{Routine: "Upper Back Strength", Planned: planned}
	q := remind.Prompt{Routine: "Band Only", Planned: planned}
	got, err := ParsePromptArg(PromptArg(p, q))
	if err != nil || len(got) != 2 || got[0].Routine != p.Routine || !got[0].Planned.Equal(p.Planned) || got[0].Kind != remind.Scheduled || got[1].Routine != q.Routine {
		t.Fatalf("%+v, %v", got, err)
	}
	for _, bad := range []string{"routine=A&planned=x", `[]`, `[{"kind":"session"}]`, `{"kind":"session","routine":"A","planned":"2026-11-16T18:00:00Z"}`, `[{"kind":"session","routine":"A","planned":"2026-11-16T18:00:00Z"}] []`} {
		if _, err := ParsePromptArg(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

// A reminder back from a snooze still says so in the window.
func TestASnoozedPromptStaysSnoozedOnTheWire(t *testing.T) {
	got, err := ParsePromptArg(PromptArg(remind.Prompt{Routine: "A", Planned: planned, Snoozed: true}))
	if err != nil || len(got) != 1 || !got[0].Snoozed {
		t.Fatalf("%+v, %v", got, err)
	}
}

// FuzzReadRequest: whatever a peer sends, reading it ends, holds no more
// than the limit, and a request it accepts is sound and comes back the
// same when written again.
func FuzzReadRequest(f *testing.F) {
	p := remind.Prompt{Routine: "A", Planned: planned}
	for _, req := range []Request{Ask(Ping), About(Snooze, p), PlayRoutine("B")} {
		var b bytes.Buffer
		_ = WriteRequest(&b, req)
		f.Add(b.Bytes())
	}
	f.Add([]byte(`{"v":2,"verb":"ping"}` + "\n"))
	f.Add([]byte(`{"v":1,"v":1,"verb":"ping"}` + "\n"))
	f.Add([]byte("ping\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		req, err := ReadRequest(bytes.NewReader(data))
		if err != nil {
			return
		}
		if bytes.IndexByte(data, '\n') > MaxMessage {
			t.Fatalf("accepted a line over the limit")
		}
		if err := req.check(); err != nil {
			t.Fatalf("accepted an unsound request: %v", err)
		}
		var b bytes.Buffer
		if err := WriteRequest(&b, req); err != nil {
			t.Fatal(err)
		}
		again, err := ReadRequest(&b)
		if err != nil || again.Verb != req.Verb || again.Routine != req.Routine {
			t.Fatalf("%+v came back as %+v, %v", req, again, err)
		}
	})
}

// FuzzReadReply: a reply is read or refused, never half believed.
func FuzzReadReply(f *testing.F) {
	next := FromPrompt(remind.Prompt{Routine: "A", Planned: planned})
	for _, rep := range []Reply{OK(), Refuse(Busy, errors.New("busy")), WithStatus(Status{Next: &next, IdleSource: "X"})} {
		var b bytes.Buffer
		_ = WriteReply(&b, rep)
		f.Add(b.Bytes())
	}
	f.Add([]byte("pong\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		rep, err := ReadReply(bytes.NewReader(data))
		if err != nil {
			return
		}
		if rep.Version != Version {
			t.Fatalf("accepted version %d", rep.Version)
		}
		if (rep.Err() == nil) != (rep.Refused == "") {
			t.Fatalf("refusal %q but Err %v", rep.Refused, rep.Err())
		}
	})
}

// What a peer says reaches a terminal: its control characters are made
// visible and a long text is cut.
func TestARefusalFromAPeerIsSafeToPrint(t *testing.T) {
	line := `{"v":1,"refused":"failed","error":"bad \u001b[31mred\u0007 ` + strings.Repeat("x", 1000) + `"}` + "\n"
	rep, err := ReadReply(strings.NewReader(line))
	if err != nil {
		t.Fatal(err)
	}
	said := rep.Err().Error()
	if strings.ContainsAny(said, "\x1b\x07") || len(said) > 220 {
		t.Errorf("%q", said)
	}
}
