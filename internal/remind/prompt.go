package remind

import "time"

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
