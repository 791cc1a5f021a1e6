// Package wire is the one protocol between Posture's processes: the
// background reminder (`posture --background`), the window and the
// command line. Every message is a typed value written as one line of
// JSON and read back with a hard size limit, and carries the protocol's
// version, so two builds of Posture that do not speak alike say so
// instead of misreading each other.
//
// One connection carries one request and its reply. The socket itself
// (where it lives, who may hold it) is internal/desktop's; what travels
// over it is defined here only, and no other package spells a verb.
package wire

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/postureapp/posture/internal/remind"
)

// Version is this build's protocol version. Change it whenever a message
// changes meaning, so an older peer is refused clearly.
const Version = 1

// MaxMessage is the most one message may take on the wire, newline
// included. The largest real message (a status with a long routine name)
// is well under 1 KiB.
const MaxMessage = 64 << 10

// Verb says what a request asks for.
type Verb string

// The verbs. Both processes answer Ping and Quit; the background answers
// the reminder verbs and the window the window verbs.
const (
	Ping Verb = "ping"
	Quit Verb = "quit"

	// The background process.
	GetStatus   Verb = "status"       // the next reminder, the pause, the idle source
	Reload      Verb = "reload"       // reminders.toml changed
	Snooze      Verb = "snooze"       // the person snoozed Prompt
	Skip        Verb = "skip"         // the person skipped Prompt
	Start       Verb = "start"        // the person started Prompt's routine
	SessionDone Verb = "session-done" // a routine was done: the desk count starts again

	// The window process.
	Show       Verb = "show"        // bring the main window forward
	Play       Verb = "play"        // bring it forward and play Routine
	ShowPrompt Verb = "show-prompt" // show the reminder prompt for Prompts
)

// needs is what each verb must carry; a verb missing here is unknown.
var needs = map[Verb]payload{
	Ping: none, Quit: none, GetStatus: none, Reload: none, SessionDone: none, Show: none,
	Snooze: aPrompt, Skip: aPrompt, Start: aPrompt, ShowPrompt: somePrompts,
	Play: aRoutine,
}

type payload int

const (
	none payload = iota
	aPrompt
	somePrompts
	aRoutine
)

// Request is one message to a process.
type Request struct {
	Version int      `json:"v"`
	Verb    Verb     `json:"verb"`
	Prompt  *Prompt  `json:"prompt,omitempty"`
	Prompts []Prompt `json:"prompts,omitempty"` // every reminder due, for ShowPrompt
	Routine string   `json:"routine,omitempty"`
}

// Ask is a request that carries nothing but its verb.
func Ask(v Verb) Request { return Request{Version: Version, Verb: v} }

// About is a request about a reminder: Snooze, Skip or Start.
func About(v Verb, p remind.Prompt) Request {
	w := FromPrompt(p)
	return Request{Version: Version, Verb: v, Prompt: &w}
}

// ShowPrompts asks the window to show the prompt for every reminder in ps.
func ShowPrompts(ps []remind.Prompt) Request {
	return Request{Version: Version, Verb: ShowPrompt, Prompts: fromPrompts(ps)}
}

func fromPrompts(ps []remind.Prompt) []Prompt {
	ws := make([]Prompt, len(ps))
	for i, p := range ps {
		ws[i] = FromPrompt(p)
	}
	return ws
}

// Reminders are the request's prompts (ShowPrompt); check has made sure
// each is sound.
func (r Request) Reminders() []remind.Prompt {
	ps, _ := reminders(r.Prompts)
	return ps
}

func reminders(ws []Prompt) ([]remind.Prompt, error) {
	ps := make([]remind.Prompt, len(ws))
	for i, w := range ws {
		p, err := w.Reminder()
		if err != nil {
			return nil, err
		}
		ps[i] = p
	}
	return ps, nil
}

// PlayRoutine asks the window to play the routine named name.
func PlayRoutine(name string) Request { return Request{Version: Version, Verb: Play, Routine: name} }

// Reminder is the request's prompt; check has made sure it is there and
// sound, for the verbs that carry one.
func (r Request) Reminder() remind.Prompt {
	if r.Prompt == nil {
		return remind.Prompt{}
	}
	p, _ := r.Prompt.Reminder()
	return p
}

// check refuses a request whose verb is unknown or lacks what it needs.
func (r Request) check() error {
	need, known := needs[r.Verb]
	switch {
	case !known:
		return fmt.Errorf("%w %q", ErrUnknownVerb, cut(string(r.Verb)))
	case need == aPrompt && r.Prompt == nil:
		return fmt.Errorf("%s needs a prompt", r.Verb)
	case need == aPrompt:
		_, err := r.Prompt.Reminder()
		return err
	case need == somePrompts && len(r.Prompts) == 0:
		return fmt.Errorf("%s needs one or more prompts", r.Verb)
	case need == somePrompts:
		_, err := reminders(r.Prompts)
		return err
	case need == aRoutine && r.Routine == "":
		return fmt.Errorf("%s needs a routine", r.Verb)
	}
	return nil
}

// Prompt is a reminder as it travels: remind.Prompt with stable names.
type Prompt struct {
	Kind    Kind      `json:"kind"`
	Routine string    `json:"routine"`
	Planned time.Time `json:"planned"`
	Late    bool      `json:"late,omitempty"`
	Snoozed bool      `json:"snoozed,omitempty"`
}

// Kind is "session" for a planned session, "break" for a desk break.
type Kind string

// The kinds of reminder.
const (
	KindSession Kind = "session"
	KindBreak   Kind = "break"
)

// FromPrompt is p as it travels.
func FromPrompt(p remind.Prompt) Prompt {
	k := KindSession
	if p.Kind == remind.DeskBreak {
		k = KindBreak
	}
	return Prompt{Kind: k, Routine: p.Routine, Planned: p.Planned, Late: p.Late, Snoozed: p.Snoozed}
}

// Reminder is the prompt back in the scheduler's terms, in local time.
func (w Prompt) Reminder() (remind.Prompt, error) {
	p := remind.Prompt{Routine: w.Routine, Planned: w.Planned.In(time.Local), Late: w.Late, Snoozed: w.Snoozed}
	switch w.Kind {
	case KindSession:
	case KindBreak:
		p.Kind = remind.DeskBreak
	default:
		return remind.Prompt{}, fmt.Errorf("a prompt's kind is %q or %q, not %q", KindSession, KindBreak, cut(string(w.Kind)))
	}
	if w.Routine == "" || w.Planned.IsZero() {
		return remind.Prompt{}, errors.New("a prompt needs a routine and a planned time")
	}
	return p, nil
}

// PromptArg is ps, every reminder due, as the window's --prompt argument,
// in the same form as on the socket.
func PromptArg(ps ...remind.Prompt) string {
	b, _ := json.Marshal(fromPrompts(ps)) // a Prompt always encodes
	return string(b)
}

// ParsePromptArg reads what PromptArg wrote: one or more reminders.
func ParsePromptArg(s string) ([]remind.Prompt, error) {
	if len(s) > MaxMessage {
		return nil, ErrTooLarge
	}
	dec := json.NewDecoder(strings.NewReader(s))
	dec.DisallowUnknownFields()
	var ws []Prompt
	if err := dec.Decode(&ws); err != nil || dec.More() || len(ws) == 0 {
		return nil, fmt.Errorf("not a list of reminders: %s", cut(s))
	}
	return reminders(ws)
}

// Reply is one process's answer to a request.
type Reply struct {
	Version int `json:"v"`
	// Refused says why the request was not done; "" when it was. Error
	// is the same for a person.
	Refused Refusal `json:"refused,omitempty"`
	Error   string  `json:"error,omitempty"`
	Status  *Status `json:"status,omitempty"`
}

// Refusal names why a request was not done.
type Refusal string

// The refusals.
const (
	Starting   Refusal = "starting"    // the window is still starting: ask again in a moment
	Busy       Refusal = "busy"        // it could not get to the request in time
	Mismatch   Refusal = "version"     // the request's version is not this build's
	BadRequest Refusal = "bad-request" // not a message of this protocol, or not a sound one
	Failed     Refusal = "failed"      // understood, but it did not work
)

// OK is the reply to a request that was done.
func OK() Reply { return Reply{Version: Version} }

// Refuse is the reply to a request that was not done.
func Refuse(why Refusal, err error) Reply {
	return Reply{Version: Version, Refused: why, Error: cut(err.Error())}
}

// RefuseFor is the reply to a request that could not be read: err from
// ReadRequest.
func RefuseFor(err error) Reply {
	if errors.As(err, new(*VersionError)) {
		return Refuse(Mismatch, err)
	}
	return Refuse(BadRequest, err)
}

// WithStatus is the reply to GetStatus.
func WithStatus(s Status) Reply { return Reply{Version: Version, Status: &s} }

// Err is nil for a request that was done, or a *RefusedError.
func (r Reply) Err() error {
	if r.Refused == "" {
		return nil
	}
	return &RefusedError{Why: r.Refused, Text: r.Error}
}

// RefusedError is a refusal as a Go error.
type RefusedError struct {
	Why  Refusal
	Text string
}

func (e *RefusedError) Error() string {
	if e.Text == "" {
		return "refused: " + cut(string(e.Why))
	}
	return cut(e.Text)
}

// IsRefused reports whether err is a refusal for why.
func IsRefused(err error, why Refusal) bool {
	var r *RefusedError
	return errors.As(err, &r) && r.Why == why
}

// Status is what the background process says about itself.
type Status struct {
	Next        *Prompt   `json:"next,omitempty"`
	PausedUntil time.Time `json:"paused_until,omitzero"`
	// IdleSource names where keyboard and mouse idle time is read from;
	// "" when nothing on this desktop says, and desk breaks count
	// wall-clock time.
	IdleSource string `json:"idle_source,omitempty"`
}

// NextReminder is the next reminder, if one is planned.
func (s Status) NextReminder() (remind.Prompt, bool) {
	if s.Next == nil {
		return remind.Prompt{}, false
	}
	p, err := s.Next.Reminder()
	return p, err == nil
}

// cut shortens what a peer sent before it goes into a message, and
// makes its control characters visible: it may reach a terminal.
func cut(s string) string {
	const most = 200
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return '?'
		}
		return r
	}, strings.ToValidUTF8(s, "?"))
	if len(s) <= most {
		return s
	}
	end := most
	for !utf8.RuneStart(s[end]) {
		end--
	}
	return s[:end] + "…"
}
