package remind

import (
	"fmt"
	"net/url"
	"strings"
	"time"
)

// Encode writes p as one line of text, to pass a prompt between the
// background process and the window.
func (p Prompt) Encode() string {
	v := url.Values{}
	v.Set("routine", p.Routine)
	v.Set("planned", p.Planned.Format(time.RFC3339))
	if p.Kind == DeskBreak {
		v.Set("kind", "break")
	}
	if p.Late {
		v.Set("late", "1")
	}
	if p.Snoozed {
		v.Set("snoozed", "1")
	}
	return v.Encode()
}

// promptSep joins encoded prompts; Encode escapes it inside a prompt.
const promptSep = "|"

// EncodePrompts writes several prompts as one line, for one prompt window
// that lists them all.
func EncodePrompts(ps []Prompt) string {
	parts := make([]string, len(ps))
	for i, p := range ps {
		parts[i] = p.Encode()
	}
	return strings.Join(parts, promptSep)
}

// DecodePrompts reads what EncodePrompts (or Encode) wrote.
func DecodePrompts(s string) ([]Prompt, error) {
	var ps []Prompt
	for _, part := range strings.Split(s, promptSep) {
		p, err := DecodePrompt(part)
		if err != nil {
			return nil, err
		}
		ps = append(ps, p)
	}
	return ps, nil
}

// DecodePrompt reads what Encode wrote.
func DecodePrompt(s string) (Prompt, error) {
	v, err := url.ParseQuery(s)
	if err != nil {
		return Prompt{}, fmt.Errorf("prompt %q: %w", s, err)
	}
	planned, err := time.Parse(time.RFC3339, v.Get("planned"))
	if err != nil || v.Get("routine") == "" {
		return Prompt{}, fmt.Errorf("prompt %q: needs a routine and a planned time", s)
	}
	p := Prompt{Routine: v.Get("routine"), Planned: planned.In(time.Local), Late: v.Get("late") == "1", Snoozed: v.Get("snoozed") == "1"}
	if v.Get("kind") == "break" {
		p.Kind = DeskBreak
	}
	return p, nil
}

// Title is the prompt's and the notification's heading.
func (p Prompt) Title() string {
	if p.Kind == DeskBreak {
		return "Time for a desk break"
	}
	return "Time for " + p.Routine
}

// Text says what the reminder is about and when it was due, for the
// notification's body and the prompt.
func (p Prompt) Text(now time.Time) string {
	if p.Kind == DeskBreak {
		return p.Routine + ": a few minutes to stand up and move after a long stretch at the computer."
	}
	when := p.Planned.Format("15:04")
	if y, m, d := p.Planned.Date(); y != now.Year() || m != now.Month() || d != now.Day() {
		when = p.Planned.Format("Mon 15:04")
	}
	switch {
	case p.Snoozed:
		return "Snoozed from " + when + "."
	case p.Late:
		return "Planned for " + when + "; shown late, as reminders could not come then."
	}
	return "Planned for " + when + "."
}
