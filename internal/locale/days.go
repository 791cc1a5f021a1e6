package locale

import (
	"fmt"
	"time"
)

// narrowDays are the one-letter weekday names a calendar's header uses,
// Sunday first, as the CLDR gives them ("X" is Spanish Wednesday,
// miércoles, apart from martes).
var narrowDays = map[Lang][7]string{
	English: {"S", "M", "T", "W", "T", "F", "S"},
	German:  {"S", "M", "D", "M", "D", "F", "S"},
	Spanish: {"D", "L", "M", "X", "J", "V", "S"},
	French:  {"D", "L", "M", "M", "J", "V", "S"},
}

// NarrowWeekday is the weekday's initial as a calendar's header shows it.
func (l Locale) NarrowWeekday(d time.Weekday) string {
	days, ok := narrowDays[l.Lang]
	if !ok {
		days = narrowDays[English]
	}
	return days[d%7]
}

// DayMonth writes a day of the month with the month abbreviated, as a
// calendar heads a week: "2 Jan", "Jan 2" (US), "2. Jan.", "2 ene",
// "2 janv.".
func (l Locale) DayMonth(t time.Time) string {
	month := l.ShortMonth(t.Month())
	switch {
	case l.isUS():
		return fmt.Sprintf("%s %d", month, t.Day())
	case l.Lang == German:
		return fmt.Sprintf("%d. %s", t.Day(), month)
	}
	return fmt.Sprintf("%d %s", t.Day(), month)
}
