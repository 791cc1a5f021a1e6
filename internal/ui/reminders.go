package ui

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/postureapp/posture/internal/background"
	"github.com/postureapp/posture/internal/desktop"
	"github.com/postureapp/posture/internal/locale"
	"github.com/postureapp/posture/internal/remind"
	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/ui/kit"
)

// Preference keys for the reminders.
const (
	prefKeepInBackground = "keep_reminding_in_background"
	prefBackgroundSaid   = "background_said"
	// prefKeepAskSettled is "Don't ask again" ticked on Keep reminding?:
	// closing then does what prefKeepInBackground says without asking.
	prefKeepAskSettled = "keep_reminding_dont_ask"
)

func errNoRoutine(name string) error {
	return fmt.Errorf("the routine %q is no longer there; change the reminder in Settings", name)
}

// everyChoices are the desk break intervals offered, in minutes.
var everyChoices = []int{15, 20, 25, 30, 40, 45, 50, 60, 75, 90, 120, 150, 180}

// remindersCard is the Reminders section of Settings.
func (u *App) remindersCard() fyne.CanvasObject {
	c := u.cfg.Reminders
	if c == nil {
		return container.NewVBox()
	}
	plan, err := c.Plan()
	if err != nil {
		text := widget.NewLabel(kit.ErrorText(err))
		text.Wrapping = fyne.TextWrapWord
		text.Importance = widget.WarningImportance
		return kit.Section(lang.X("reminders.title", "Reminders"), lang.X("reminders.broken", "Fix reminders.toml and reopen Settings; it was not changed."), text)
	}
	body := container.NewVBox()
	status := widget.NewLabel("")
	// Word wrap here overlaps the rows below when the text arrives after
	// layout; a truncated line stays put.
	status.Truncation = fyne.TextTruncateEllipsis
	body.Add(status)
	idle := kit.Wrapped("")
	idle.Hide()
	u.refreshReminderStatus(status, idle, plan, body.Refresh)
	for _, s := range plan.Sessions {
		body.Add(u.sessionRow(s))
		if w := hoursWarning(plan, s.At, u.locale); w != "" {
			body.Add(warningLine(w)) // the hours changed past it, or it was set so
		}
	}
	if len(plan.Sessions) == 0 {
		hint := widget.NewLabel(lang.X("reminders.none", "No sessions planned: use Remind me on a routine."))
		hint.Wrapping = fyne.TextWrapWord
		body.Add(hint)
	}
	body.Add(u.breaksRow(plan, idle))
	body.Add(u.quietRow(plan))
	keep := kit.NewCheck(lang.X("reminders.keep", "Keep reminding when the window is closed"), func(on bool) {
		u.prefs.p.SetBool(prefKeepInBackground, on)
	})
	keep.SetChecked(u.keepInBackground())
	var login *kit.Check
	login = kit.NewCheck(lang.X("reminders.login", "Start at login, in the background"), func(on bool) {
		if on == c.Autostart() {
			return // shown as it is, not changed
		}
		// In a sandbox the Background portal may ask the person first.
		u.cfg.Background(func() {
			if err := c.SetAutostart(on); err != nil {
				fyne.Do(func() { u.showError(err); login.SetChecked(c.Autostart()) })
			}
		})
	})
	login.SetChecked(c.Autostart())
	body.Add(keep)
	body.Add(login)
	return kit.Section(lang.X("reminders.title", "Reminders"), lang.X("reminders.hint", "A notification and a small prompt offer the routine"), body)
}

func (u *App) keepInBackground() bool { return u.prefs.p.BoolWithFallback(prefKeepInBackground, true) }

// refreshReminderStatus asks the background process, off the UI goroutine,
// for the next reminder and where idle time comes from.
func (u *App) refreshReminderStatus(label, idle *widget.Label, plan remind.Plan, relayout func()) {
	c := u.cfg.Reminders
	label.SetText("…")
	u.cfg.Background(func() {
		st := c.Status()
		if !st.Running && plan.Breaks.On {
			x := desktop.OpenX()
			st.IdleSource = desktop.IdleSourceName(x)
			x.Close()
		}
		text, idleSays := reminderStatusText(plan, st, u.locale, u.shownRoutineName), idleText(st)
		fyne.Do(func() {
			label.SetText(text)
			if plan.Breaks.On {
				idle.SetText(idleSays)
				idle.Show()
			}
			relayout() // a wrapped label's new height reaches its box only so
			u.relayout()
		})
	})
}

// reminderStatusText says whether reminders run and which comes next,
// the routine by the name shown returns for it.
func reminderStatusText(plan remind.Plan, st background.Status, loc locale.Locale, shown func(routine string) string) string {
	when := func(t time.Time) string { return loc.ShortWeekday(t.Weekday()) + " " + loc.Clock(t) }
	var text string
	next, hasNext := st.NextReminder()
	switch {
	case plan.Empty():
		return lang.X("reminders.status.empty", "No reminders set.")
	case !st.Running:
		text = lang.X("reminders.status.stopped", "Not running: reminders come while Posture is open, or in the background when started at login.")
	case st.Problem != nil:
		text = lang.X("reminders.status.problem", "Running, but it does not answer as expected: {{.Problem}}", map[string]any{"Problem": st.Problem.Error()})
	case hasNext:
		text = lang.X("reminders.status.next", "Next: {{.Routine}}, {{.When}}.", map[string]any{"Routine": shown(next.Routine), "When": when(next.Planned)})
	default:
		text = lang.X("reminders.status.on", "Background reminders are on.")
	}
	if st.PausedUntil.After(time.Now()) {
		text += " " + lang.X("reminders.status.snoozed", "Snoozed until {{.When}}.", map[string]any{"When": when(st.PausedUntil.Local())})
	}
	return text
}

// idleText says what desk breaks count, for the line under them: the
// person's keyboard and mouse use when the desktop tells it (whichever
// way it does, which is no concern of theirs), else clock time.
func idleText(st background.Status) string {
	if st.IdleSource == "" {
		return lang.X("reminders.idle.none", "Idle time: not available on this desktop, so breaks count clock time.")
	}
	return lang.X("reminders.idle.desktop", "Idle time: from your desktop, so time away from the keyboard does not count.")
}

// sessionWhenIn is when a reminder comes, "Mon Wed Fri at 18:00" ("at
// 6:00 PM" in the US), as
// loc writes days and times, in the window's language.
func sessionWhenIn(s remind.Session, loc locale.Locale) string {
	if s.Days.Count() == 7 {
		return lang.X("remind.when.every_day", "every day at {{.Time}}", map[string]any{"Time": loc.TimeOfDay(int(s.At))})
	}
	var days []string
	for _, w := range loc.Weekdays() {
		if s.Days.Has(w) {
			days = append(days, loc.ShortWeekday(w))
		}
	}
	return lang.X("remind.when", "{{.Days}} at {{.Time}}", map[string]any{"Days": strings.Join(days, " "), "Time": loc.TimeOfDay(int(s.At))})
}

// comingSession is s as its reminder really comes: one set before the
// hours comes when they start, one after them the next morning, as
// Hours.Comes has the scheduler offer it, so a routine's row and page say
// what home's header says. A reminder the scheduler drops stays as set.
func comingSession(s remind.Session, hours remind.Hours) remind.Session {
	day := time.Date(2026, time.January, 5, 0, 0, 0, 0, time.UTC) // the hours are the same every day
	comes, ok := hours.Comes(s.At.On(day, time.UTC))
	if !ok {
		return s
	}
	later := int(comes.Sub(day) / (24 * time.Hour)) // 0, or 1 for the next morning
	var days []time.Weekday
	for w := range time.Weekday(7) {
		if s.Days.Has(w) {
			days = append(days, (w+time.Weekday(later))%7)
		}
	}
	s.Days, s.At = remind.DaysOf(days...), remind.ClockOf(comes)
	return s
}

// reminderLine is the line on a routine's page that says its reminder
// is set, and when it comes.
func reminderLine(s remind.Session, loc locale.Locale) fyne.CanvasObject {
	text := widget.NewLabel(lang.X("home.row.reminder", "Reminder: {{.When}}", map[string]any{"When": sessionWhenIn(s, loc)}))
	text.Wrapping = fyne.TextWrapWord
	return container.NewBorder(nil, nil, widget.NewIcon(theme.CalendarIcon()), nil, text)
}

// nextReminder is plan's next reminder as the scheduler will offer it
// (remind.UpcomingAt), nil when none comes.
func (u *App) nextReminder(plan remind.Plan) *remind.Prompt {
	if u.cfg.Reminders == nil {
		return nil
	}
	if up := u.cfg.Reminders.Upcoming(plan, u.now(), 1); len(up) > 0 {
		return &up[0]
	}
	return nil
}

// reminderPlan is reminders.toml as it is now; empty when reminders are
// off or it cannot be read (Settings says why).
func (u *App) reminderPlan() remind.Plan {
	if u.cfg.Reminders == nil {
		return remind.Plan{}
	}
	plan, err := u.cfg.Reminders.Plan()
	if err != nil {
		return remind.Plan{}
	}
	return plan
}

func (u *App) sessionRow(s remind.Session) fyne.CanvasObject {
	text := widget.NewLabel(lang.X("reminders.session", "{{.Routine}}: {{.When}}", map[string]any{"Routine": u.shownRoutineName(s.Routine), "When": sessionWhenIn(s, u.locale)}))
	text.Wrapping = fyne.TextWrapWord
	change := kit.NewButton("", theme.DocumentCreateIcon(), func() {
		if r := u.cfg.Catalog.Routine(s.Routine); r != nil {
			u.askRemind(r)
		} else {
			u.showError(errNoRoutine(s.Routine))
		}
	})
	remove := kit.NewButton("", theme.DeleteIcon(), func() {
		// Asked first, Keep on Enter and Esc: the trash is one click away
		// from the pencil, and a reminder removed is not kept anywhere.
		u.ask(lang.X("reminders.remove.title", "Remove this reminder?"),
			kit.Wrapped(lang.X("reminders.remove.text", "{{.Routine}}, {{.When}}: it will no longer come.", map[string]any{"Routine": u.routineName(s.Routine), "When": sessionWhenIn(s, u.locale)})),
			choice{text: lang.X("reminders.remove.keep", "Keep it")},
			choice{text: lang.X("remind.dialog.remove", "Remove"), icon: theme.DeleteIcon(), danger: true, act: func() {
				u.changePlan(func(p *remind.Plan) { p.RemoveSession(s.Routine) })
			}})
	})
	return container.NewBorder(nil, nil, nil, container.NewHBox(change, remove), text)
}

// breaksRow is the desk breaks choice, with idle, the line that says what
// the breaks count, under it.
func (u *App) breaksRow(plan remind.Plan, idle *widget.Label) fyne.CanvasObject {
	every := kit.NewSelect(everyLabels(), func(label string) {
		var m int
		if _, err := fmt.Sscanf(label, "%d", &m); err == nil && time.Duration(m)*time.Minute != plan.Breaks.Every {
			u.changePlan(func(p *remind.Plan) { p.Breaks.Every = time.Duration(m) * time.Minute })
		}
	})
	every.SetSelected(everyLabel(int(plan.Breaks.Every.Minutes())))
	names, shown := u.routineNames()
	which := kit.NewSelect(shown, func(label string) {
		if i := slices.Index(shown, label); i >= 0 && names[i] != plan.Breaks.Routine {
			u.changePlan(func(p *remind.Plan) { p.Breaks.Routine = names[i] })
		}
	})
	which.SetSelected(u.shownRoutineName(plan.Breaks.Routine))
	on := kit.NewCheck(lang.X("reminders.breaks", "Desk breaks, after this much keyboard and mouse use:"), func(on bool) {
		if on != plan.Breaks.On {
			u.changePlan(func(p *remind.Plan) { p.Breaks.On = on })
		}
	})
	on.SetChecked(plan.Breaks.On)
	if !plan.Breaks.On {
		every.Disable()
		which.Disable()
	}
	return container.NewVBox(on, container.NewVBox(every, which), idle)
}

func (u *App) quietRow(plan remind.Plan) fyne.CanvasObject {
	loc := u.locale
	times := clockChoicesFrom(0, 30, loc)
	from := kit.NewSelect(times, nil)
	to := kit.NewSelect(times, nil)
	from.SetSelected(loc.TimeOfDay(int(plan.Quiet.From)))
	to.SetSelected(loc.TimeOfDay(int(plan.Quiet.To)))
	apply := func(string) {
		f, errF := loc.ParseTimeOfDay(from.Selected)
		t, errT := loc.ParseTimeOfDay(to.Selected)
		hours := remind.Hours{From: remind.ClockTime(f), To: remind.ClockTime(t)}
		if errF == nil && errT == nil && hours != plan.Quiet {
			u.changePlan(func(p *remind.Plan) { p.Quiet = hours })
		}
	}
	from.OnChanged, to.OnChanged = apply, apply
	return container.NewHBox(widget.NewLabel(lang.X("reminders.quiet.from", "Only from")), from, widget.NewLabel(lang.X("reminders.quiet.to", "to")), to)
}

// changePlan reads the plan, changes it and saves it; the background
// process is told, or started. A change the plan refuses is shown and
// nothing is written. Settings is drawn again to show the result.
func (u *App) changePlan(change func(*remind.Plan)) {
	c := u.cfg.Reminders
	plan, err := c.Plan()
	if err == nil {
		change(&plan)
		err = c.SavePlan(plan)
	}
	if err != nil {
		u.showError(err)
	}
	if u.onSettings {
		u.showSettings()
	}
	if u.home != nil {
		u.home.refreshList() // its rows show each routine's reminder
	}
	u.refreshPreview() // so does a routine's page
}

// routineNames are the routines' names and, at the same index, the names
// they are shown by, in the order a person reads the shown ones.
func (u *App) routineNames() (names, shown []string) {
	rs := slices.Clone(u.cfg.Catalog.Routines)
	slices.SortStableFunc(rs, func(a, b *routine.Routine) int { return routine.CompareNames(a.ShownName(), b.ShownName()) })
	for _, r := range rs {
		names, shown = append(names, r.Name), append(shown, r.ShownName())
	}
	return names, shown
}

// shownRoutineName is the name the routine called name is shown by in
// the window's language; name itself for a routine no longer there.
func (u *App) shownRoutineName(name string) string {
	if r := u.cfg.Catalog.Routine(name); r != nil {
		return r.ShownName()
	}
	return name
}

func everyLabels() []string {
	out := make([]string, len(everyChoices))
	for i, m := range everyChoices {
		out[i] = everyLabel(m)
	}
	return out
}

func everyLabel(m int) string {
	return lang.XN("reminders.every", "{{.Count}} minutes", m, map[string]any{"Count": m})
}

// askRemind asks on which days and at what time to be reminded of r: the
// days its per_week proposes, or those already chosen.
func (u *App) askRemind(r *routine.Routine) {
	c := u.cfg.Reminders
	if c == nil {
		return
	}
	plan, err := c.Plan()
	if err != nil {
		u.showError(err)
		return
	}
	s, had := plan.Session(r.Name)
	if !had {
		s = remind.Session{Routine: r.Name, Days: remind.ProposeDays(r.Target())}
		s.At = plan.ProposeAt(r.Name, s.Days)
	}
	days := make([]*kit.Check, 7)
	row := container.NewGridWithColumns(4)
	for i, w := range []time.Weekday{time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday, time.Saturday, time.Sunday} {
		days[i] = kit.NewCheck(u.locale.ShortWeekday(w), nil)
		days[i].SetChecked(s.Days.Has(w))
		row.Add(days[i])
	}
	at, atRow, warning := u.remindTimeField(plan, s.At)
	intro := widget.NewLabel(lang.XN("remind.dialog.intro", "{{.Routine}} aims at {{.Count}} sessions a week.", r.Target(), map[string]any{"Routine": r.ShownName(), "Count": r.Target()}))
	intro.Wrapping = fyne.TextWrapWord
	content := container.NewVBox(intro, row, atRow, warning)
	var d dialog.Dialog
	save := kit.NewButton(lang.X("remind.dialog.save", "Save"), theme.ConfirmIcon(), func() {
		chosen := remind.Session{Routine: r.Name}
		for i, w := range []time.Weekday{time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday, time.Saturday, time.Sunday} {
			if days[i].Checked {
				chosen.Days |= remind.DaysOf(w)
			}
		}
		// A typo is said once, on the line under the time, not in a
		// second dialog over this one.
		m, err := u.locale.ParseTimeOfDay(at.Text)
		if err != nil {
			warning.SetText(timeFieldWarning(plan, at.Text, u.locale))
			u.win.Canvas().Focus(at)
			return
		}
		chosen.At = remind.ClockTime(m)
		if chosen.Days == 0 {
			warning.SetText(lang.X("remind.dialog.no_day", "Choose at least one day."))
			return
		}
		d.Hide()
		u.changePlan(func(p *remind.Plan) { p.SetSession(chosen) })
	})
	save.Importance = widget.HighImportance
	buttons := []fyne.CanvasObject{kit.NewButton(lang.X("dialog.cancel", "Cancel"), nil, func() { d.Hide() })}
	if had {
		buttons = append(buttons, kit.NewButton(lang.X("remind.dialog.remove", "Remove"), theme.DeleteIcon(), func() {
			d.Hide()
			u.changePlan(func(p *remind.Plan) { p.RemoveSession(r.Name) })
		}))
	}
	buttons = append(buttons, save)
	d = dialog.NewCustomWithoutButtons(lang.X("remind.dialog.title", "Remind me: {{.Routine}}", map[string]any{"Routine": r.ShownName()}), container.NewBorder(nil, container.NewGridWithColumns(len(buttons), buttons...), nil, nil, content), u.win)
	u.showDialog(d, nil, save)
}

// remindTimeField is the Remind me dialog's time: a field to type it in
// as the locale's clock writes it (either clock is read), with a list of
// quarter hours beside it that starts at the time proposed (rather than
// at midnight), and a line that warns when the time is outside the hours
// reminders may come.
func (u *App) remindTimeField(plan remind.Plan, proposed remind.ClockTime) (*kit.Entry, fyne.CanvasObject, *widget.Label) {
	loc := u.locale
	at := kit.NewEntry(loc.TimeOfDay(int(proposed)))
	at.SetPlaceHolder(timeExample(loc))
	at.Validator = func(text string) error {
		_, err := loc.ParseTimeOfDay(text)
		return err
	}
	warning := warningLine("")
	at.OnChanged = func(text string) { warning.SetText(timeFieldWarning(plan, text, loc)) }
	at.OnChanged(at.Text)
	var pick *kit.Select
	pick = kit.NewSelect(clockChoicesFrom(proposed, 15, loc), func(t string) {
		if t != "" {
			at.SetText(t)
			pick.ClearSelected() // the field shows the time; the list stays a helper
		}
	})
	pick.PlaceHolder = lang.X("remind.dialog.pick", "Pick")
	return at, container.NewBorder(nil, nil, widget.NewLabel(lang.X("remind.dialog.at", "At")), pick, at), warning
}

// warningLine is a wrapped line in the warning colour.
func warningLine(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	l.Importance = widget.WarningImportance
	return l
}

// timeFieldWarning is what the Remind me dialog says under the time typed:
// how to write it, or when a time outside the allowed hours comes.
func timeFieldWarning(plan remind.Plan, text string, loc locale.Locale) string {
	m, err := loc.ParseTimeOfDay(text)
	switch {
	case strings.TrimSpace(text) == "":
		return lang.X("remind.dialog.time_hint", "Type a time like {{.Example}}, or pick one.", map[string]any{"Example": timeExample(loc)})
	case err != nil:
		return notATimeText(text, loc)
	}
	return hoursWarning(plan, remind.ClockTime(m), loc)
}

// timeExample is a time of day as the locale writes it: "07:30", "7:30 AM".
func timeExample(loc locale.Locale) string { return loc.TimeOfDay(7*60 + 30) }

// notATimeText says that text is no time of day, and how to write one.
func notATimeText(text string, loc locale.Locale) string {
	return lang.X("remind.dialog.not_a_time", "“{{.Text}}” is not a time of day: type it like {{.Example}}", map[string]any{"Text": text, "Example": timeExample(loc)})
}

// hoursWarning says, in the window's language and clock, what becomes of
// a reminder at at outside the hours reminders may come (remind's
// Outside), or "" inside them.
func hoursWarning(plan remind.Plan, at remind.ClockTime, loc locale.Locale) string {
	outside, never := plan.Outside(at)
	args := map[string]any{"Time": loc.TimeOfDay(int(at)), "From": loc.TimeOfDay(int(plan.Quiet.From)), "To": loc.TimeOfDay(int(plan.Quiet.To)), "Hours": int(remind.MaxLate.Hours())}
	switch {
	case never:
		return lang.X("remind.hours.never", "{{.Time}} is outside the hours reminders may come ({{.From}}–{{.To}}): it would be over {{.Hours}} hours late by then, so it will not come; choose another time or widen the hours", args)
	case outside:
		return lang.X("remind.hours.late", "{{.Time}} is outside the hours reminders may come ({{.From}}–{{.To}}): it will come at {{.From}}, when they start", args)
	}
	return ""
}

// clockChoicesFrom lists the times of day every step minutes as loc
// writes them, starting at first (added if it is not on a step) and
// going round midnight.
func clockChoicesFrom(first remind.ClockTime, step int, loc locale.Locale) []string {
	var times []string
	if int(first)%step != 0 {
		times = append(times, loc.TimeOfDay(int(first)))
	}
	start := (int(first) + step - 1) / step * step
	for m := start; m < start+24*60; m += step {
		times = append(times, loc.TimeOfDay(m))
	}
	return times
}
