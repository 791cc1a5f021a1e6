package locale

import (
	"fmt"
	"slices"
	"time"
)

// names are a language's words for the days (Sunday first, as
// time.Weekday counts) and months, long and abbreviated as the CLDR
// writes them in a date ("Jan." in German, "janv." in French).
type names struct {
	days, shortDays     [7]string
	months, shortMonths [12]string
}

var table = map[Lang]names{
	English: {
		days:        [7]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"},
		shortDays:   [7]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"},
		months:      [12]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
		shortMonths: [12]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"},
	},
	German: {
		days:        [7]string{"Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"},
		shortDays:   [7]string{"So.", "Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa."},
		months:      [12]string{"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"},
		shortMonths: [12]string{"Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."},
	},
	Spanish: {
		days:        [7]string{"domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"},
		shortDays:   [7]string{"dom", "lun", "mar", "mié", "jue", "vie", "sáb"},
		months:      [12]string{"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"},
		shortMonths: [12]string{"ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"},
	},
	French: {
		days:        [7]string{"dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"},
		shortDays:   [7]string{"dim.", "lun.", "mar.", "mer.", "jeu.", "ven.", "sam."},
		months:      [12]string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
		shortMonths: [12]string{"janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."},
	},
}

func (l Locale) names() names {
	if n, ok := table[l.Lang]; ok {
		return n
	}
	return table[English]
}

// Weekday is the day's full name: "Monday", "Montag", "lunes", "lundi".
func (l Locale) Weekday(d time.Weekday) string { return l.names().days[d%7] }

// ShortWeekday is the day's abbreviation: "Mon", "Mo.", "lun", "lun.".
func (l Locale) ShortWeekday(d time.Weekday) string { return l.names().shortDays[d%7] }

// Month is the month's full name: "January", "Januar", "enero", "janvier".
func (l Locale) Month(m time.Month) string { return l.names().months[(m+11)%12] }

// ShortMonth is the month's abbreviation in a date: "Jan", "Jan.", "ene", "janv.".
func (l Locale) ShortMonth(m time.Month) string { return l.names().shortMonths[(m+11)%12] }

// isUS tells American English, which writes the month before the day
// and reads a 12-hour clock.
func (l Locale) isUS() bool { return l.Lang == English && l.Territory == "US" }

// ShortDate writes a day with its weekday, as a calendar or a list of
// sessions shows it: "Mon 2 Jan" (English as Posture always wrote it),
// "Mon, Jan 2" (US), "Mo., 2. Jan.", "lun, 2 ene", "lun. 2 janv.".
func (l Locale) ShortDate(t time.Time) string {
	day, month := l.ShortWeekday(t.Weekday()), l.ShortMonth(t.Month())
	switch {
	case l.isUS():
		return fmt.Sprintf("%s, %s %d", day, month, t.Day())
	case l.Lang == German:
		return fmt.Sprintf("%s, %d. %s", day, t.Day(), month)
	case l.Lang == Spanish:
		return fmt.Sprintf("%s, %d %s", day, t.Day(), month)
	}
	return fmt.Sprintf("%s %d %s", day, t.Day(), month)
}

// LongDate writes a day in full: "Monday 2 January 2026", "Monday,
// January 2, 2026" (US), "Montag, 2. Januar 2026", "lunes, 2 de enero de
// 2026", "lundi 2 janvier 2026".
func (l Locale) LongDate(t time.Time) string {
	day, month, y := l.Weekday(t.Weekday()), l.Month(t.Month()), t.Year()
	switch {
	case l.isUS():
		return fmt.Sprintf("%s, %s %d, %d", day, month, t.Day(), y)
	case l.Lang == German:
		return fmt.Sprintf("%s, %d. %s %d", day, t.Day(), month, y)
	case l.Lang == Spanish:
		return fmt.Sprintf("%s, %d de %s de %d", day, t.Day(), month, y)
	}
	return fmt.Sprintf("%s %d %s %d", day, t.Day(), month, y)
}

// Hour12 reports whether the locale reads a 12-hour clock with AM and PM.
func (l Locale) Hour12() bool { return l.isUS() }

// DateTime writes a day and a time of day: "Mon 2 Jan 18:05", "Mo., 2. Jan., 18:05".
func (l Locale) DateTime(t time.Time) string {
	sep := " "
	if l.Lang == German || l.Lang == Spanish || l.isUS() {
		sep = ", "
	}
	return l.ShortDate(t) + sep + l.Clock(t)
}

// sundayFirst and saturdayFirst are the territories whose weeks do not
// start on Monday, as the CLDR's weekData lists them.
var (
	sundayFirst   = []string{"AG", "AS", "BD", "BR", "BS", "BT", "BW", "BZ", "CA", "CO", "DM", "DO", "ET", "GT", "GU", "HK", "HN", "ID", "IL", "IN", "JM", "JP", "KE", "KH", "KR", "LA", "MH", "MM", "MO", "MT", "MX", "MZ", "NI", "NP", "PA", "PE", "PH", "PK", "PR", "PT", "PY", "SA", "SG", "SV", "TH", "TT", "TW", "UM", "US", "VE", "VI", "WS", "YE", "ZA", "ZW"}
	saturdayFirst = []string{"AE", "AF", "BH", "DJ", "DZ", "EG", "IQ", "IR", "JO", "KW", "LY", "OM", "QA", "SD", "SY"}
)

// FirstWeekday is the day the locale's week starts on, from its
// territory: Sunday in the US, Canada or Mexico, Monday in Germany,
// France, Spain or Britain, and Monday when no territory is known (as
// Posture's weeks have always started).
func (l Locale) FirstWeekday() time.Weekday {
	switch {
	case slices.Contains(sundayFirst, l.Territory):
		return time.Sunday
	case slices.Contains(saturdayFirst, l.Territory):
		return time.Saturday
	}
	return time.Monday
}

// WeekStart is midnight, in t's location, of the first day of t's week
// as the locale counts weeks.
func (l Locale) WeekStart(t time.Time) time.Time {
	y, m, d := t.Date()
	back := (int(t.Weekday()) - int(l.FirstWeekday()) + 7) % 7
	return time.Date(y, m, d-back, 0, 0, 0, 0, t.Location())
}

// Weekdays lists the days of a week in the locale's order, for a
// calendar's header.
func (l Locale) Weekdays() []time.Weekday {
	out := make([]time.Weekday, 7)
	for i := range out {
		out[i] = (l.FirstWeekday() + time.Weekday(i)) % 7
	}
	return out
}
