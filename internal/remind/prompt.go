package remind

import (
	"time"

	"github.com/postureapp/posture/internal/locale"
)

// Title is the prompt's and the notification's heading, in English.
func (p Prompt) Title() string { return p.TitleIn(nil, "") }

// TitleIn is Title in the words of m; name is the routine's name as the
// person reads it (its translated title), "" for p.Routine.
func (p Prompt) TitleIn(m *locale.Messages, name string) string {
	if p.Kind == DeskBreak {
		return m.X("remind.title.break", "Time for a desk break", nil)
	}
	return m.X("remind.title", "Time for {{.Routine}}", map[string]any{"Routine": orName(name, p.Routine)})
}

// Text says what the reminder is about and when it was due, for the
// notification's body and the prompt, in English.
func (p Prompt) Text(now time.Time) string { return p.TextIn(now, nil, locale.Default, "") }

// TextIn is Text in the words of m with times written as loc writes
// them; name is as for TitleIn.
func (p Prompt) TextIn(now time.Time, m *locale.Messages, loc locale.Locale, name string) string {
	if p.Kind == DeskBreak {
		return m.X("remind.text.break", "{{.Routine}}: a few minutes to stand up and move after a long stretch at the computer.", map[string]any{"Routine": orName(name, p.Routine)})
	}
	when := loc.Clock(p.Planned)
	if y, mo, d := p.Planned.Date(); y != now.Year() || mo != now.Month() || d != now.Day() {
		when = loc.ShortWeekday(p.Planned.Weekday()) + " " + when
	}
	data := map[string]any{"When": when}
	switch {
	case p.Snoozed:
		return m.X("remind.text.snoozed", "Snoozed from {{.When}}.", data)
	case p.Late:
		return m.X("remind.text.late", "Planned for {{.When}}; shown late, as reminders could not come then.", data)
	}
	return m.X("remind.text.planned", "Planned for {{.When}}.", data)
}

func orName(name, id string) string {
	if name != "" {
		return name
	}
	return id
}
