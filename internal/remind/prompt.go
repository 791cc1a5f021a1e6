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
	if p.Late {
		return "Was planned for " + when + "; shown once, now that it can be."
	}
	return "Planned for " + when + "."
}
