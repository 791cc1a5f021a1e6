package ui

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/postureapp/posture/internal/history"
	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/ui/kit"
)

// comforts are what the quick check records, in the order it offers them.
var comforts = []history.Comfort{history.ComfortFine, history.ComfortDiscomfort, history.ComfortPain}

// comfortLabel is the quick check's choice for c.
func comfortLabel(c history.Comfort) string {
	switch c {
	case history.ComfortDiscomfort:
		return lang.X("summary.felt.discomfort", "Discomfort")
	case history.ComfortPain:
		return lang.X("summary.felt.pain", "Pain")
	}
	return lang.X("summary.felt.right", "Felt right")
}

// comfortOf is what the quick check's choice label records.
func comfortOf(label string) history.Comfort {
	for _, c := range comforts {
		if comfortLabel(c) == label {
			return c
		}
	}
	return history.ComfortFine
}

// comfortWord is how a session's line says a comfort other than fine.
func comfortWord(c history.Comfort) string {
	if c == history.ComfortPain {
		return lang.X("summary.comfort.pain", "pain")
	}
	return lang.X("summary.comfort.discomfort", "discomfort")
}

// summaryScreen is shown when a session is over: what was done, an
// optional quick check per exercise, and suggestions.
type summaryScreen struct {
	ui      *App
	r       *routine.Routine
	rec     history.Session
	checks  []*exerciseCheck
	saved   *widget.Label
	save    *kit.Button
	advice  *kit.Button     // the safety advice, offered once discomfort is saved
	buttons *fyne.Container // Save, and the advice when offered
	asked   string          // the quick check as shown or last saved, to notice edits
}

// exerciseCheck is the quick check of one step: every time it was played
// (once per round) shares it.
type exerciseCheck struct {
	entries    []int // indices into the record's exercises
	reps       *kit.Entry
	comfort    *kit.Radio
	resistance *kit.Entry
}

// showSummary shows what was done once a session is over.
func (u *App) showSummary(r *routine.Routine, rec history.Session) {
	u.player = nil
	s := &summaryScreen{ui: u, r: r, rec: rec}
	verdict := rec.Judge()
	facts := lang.X("summary.facts", "{{.Routine}} · {{.Time}} active", map[string]any{"Routine": r.ShownName(),
		"Time": u.locale.Duration(time.Duration(rec.Active).Round(time.Second))})
	week, streak := kit.Wrapped(""), kit.Wrapped("") // shown once the history holds this session
	week.TextStyle.Bold = true
	week.Hide()
	streak.Hide()
	note := kit.Wrapped(verdictNote(verdict))
	rows := container.NewVBox(week, streak, note)
	switch {
	case u.cfg.Demo: // not saved, so it counts toward nothing: the demo line says so
		rows.Objects = nil
	case !verdict.Counted(): // why it does not count comes before the week without it
		rows.Objects = []fyne.CanvasObject{note, week, streak}
	}
	for _, line := range u.sessionLines(r, rec) {
		rows.Add(kit.Wrapped(line))
	}
	if len(rec.Exercises) == 0 {
		rows.Add(kit.Wrapped(lang.X("summary.no_exercise", "No exercise was started.")))
	}
	if u.cfg.Demo {
		rows.Add(warningLabel(lang.X("summary.demo", "Demo at {{.Speed}}× speed: this session is not saved to your history.", map[string]any{"Speed": fmt.Sprintf("%g", u.cfg.Speed)})))
	}
	body := container.NewVBox(kit.Section(summaryTitle(verdict), facts, rows))
	if check := s.checkCard(); check != nil {
		body.Add(check)
	}
	suggestions := container.NewVBox()
	body.Add(suggestions)
	back := kit.NewPrimaryButton(lang.X("summary.home", "Back to home"), theme.HomeIcon(), s.onLeave)
	content := kit.Screen(nil, container.NewPadded(container.NewCenter(back)), container.NewVScroll(body))
	u.show(content, func(ev *fyne.KeyEvent) {
		if ev.Name == fyne.KeyEscape {
			s.onLeave()
		}
	})
	s.asked = s.checkState()
	u.onHistoryLoaded = func() {
		if !u.cfg.Demo && u.cfg.History != nil {
			sum := u.summary()
			showLine(week, summaryWeek(verdict, sum))
			showLine(streak, streakText(sum))
			u.relayout()
		}
		s.refreshSuggestions(suggestions)
	}
	u.reloadHistory() // with this session, once the writer has it on disk
	if c := u.cfg.Reminders; c != nil && verdict.Counted() {
		u.cfg.Background(c.SessionDone) // a routine done is a break: the desk count starts again
	}
}

// summaryTitle heads the summary with how much of the routine was done;
// only work done in full is praised.
func summaryTitle(v history.Verdict) string {
	switch {
	case v.Pain:
		return lang.X("summary.title.pain", "Stopped because of pain")
	case v.Outcome == history.OutcomeCompleted:
		return lang.X("summary.title.completed", "Well done! Routine complete")
	case v.Stopped:
		return lang.X("summary.title.stopped", "Session stopped")
	case v.Outcome == history.OutcomeSkipped:
		return lang.X("summary.title.skipped", "Routine skipped")
	}
	return lang.X("summary.title.partial", "Routine partly done")
}

// summaryWeek is where the week stands with this session in it ("3 of 4
// sessions this week"), cheered when this session met the target.
func summaryWeek(v history.Verdict, s history.Summary) string {
	if v.Counted() && s.ThisWeek == s.Target {
		return lang.X("summary.week.met", "That makes {{.Done}} of {{.Count}} this week: your weekly target is met!", map[string]any{"Done": s.ThisWeek, "Count": s.Target})
	}
	return weekHeadline(s)
}

// showLine shows text in l, or hides l when there is none, so that an
// empty line leaves no gap.
func showLine(l *widget.Label, text string) {
	l.SetText(text)
	l.Hidden = text == ""
	l.Refresh()
}

// onLeave goes home, first asking about quick-check edits not saved.
func (s *summaryScreen) onLeave() {
	if s.checkState() == s.asked {
		s.goHome()
		return
	}
	s.ui.ask(lang.X("summary.leave.title", "Save the quick check?"), kit.Wrapped(lang.X("summary.leave.text", "You changed the quick check but did not save it.")),
		choice{text: lang.X("summary.leave.keep", "Keep editing")},
		choice{text: lang.X("summary.leave.discard", "Leave without saving"), act: s.goHome},
		choice{text: lang.X("summary.leave.save", "Save and leave"), primary: true, act: func() {
			if s.onSaveCheck() {
				s.goHome()
			}
		}})
}

// goHome shows home with the row of the routine just played focused,
// so Enter starts it again and the arrows move on from it.
func (s *summaryScreen) goHome() {
	s.ui.showHome()
	if !s.ui.home.focusRoutine(s.r) {
		s.ui.win.Canvas().Focus(s.ui.home.search)
	}
}

// refreshSuggestions shows the progression suggestions for the routine,
// from the history as last read.
func (s *summaryScreen) refreshSuggestions(box *fyne.Container) {
	box.RemoveAll()
	if sugs := s.ui.routineSuggestions(s.r); len(sugs) > 0 {
		box.Add(s.ui.suggestionCard(s.r, sugs))
	}
	s.ui.relayout()
}

// checkCard asks, for each step played (not those skipped), the reps
// actually done, how it felt and the resistance used. It is optional: the session is already
// saved as the engine recorded it. After "Stop: pain" the step it stopped
// in starts at Pain.
func (s *summaryScreen) checkCard() fyne.CanvasObject {
	if s.ui.writer == nil {
		return nil
	}
	rows := container.NewVBox()
	for _, g := range groupEntries(s.r, s.rec.Exercises) {
		if !s.skipped(g) {
			s.addCheck(rows, g)
		}
	}
	if len(s.checks) == 0 {
		return nil
	}
	s.saved = kit.Wrapped("")
	s.saved.Hide()
	s.save = kit.NewButton(lang.X("summary.check.save", "Save check"), theme.DocumentSaveIcon(), func() { s.onSaveCheck() })
	s.advice = kit.NewButton(lang.X("home.suggest.safety", "Safety advice"), theme.WarningIcon(), func() { s.ui.showAdvice(false, nil) })
	// The buttons share a row (one above the other when narrow) and the
	// line saying what happened runs under them across the whole card:
	// between them it had a column so narrow that German words broke.
	s.buttons = container.New(&kit.ButtonRows{PerRow: 2, Fewest: 1}, s.save)
	rows.Add(container.NewVBox(s.buttons, s.saved))
	return kit.Section(lang.X("summary.check", "Quick check"), lang.X("summary.check.hint", "Optional: correct the reps and say how it felt"), rows)
}

// skipped reports a step with nothing done in any round, which has
// nothing to feel or count; the one a stop for pain ended in is asked
// all the same.
func (s *summaryScreen) skipped(g entryGroup) bool {
	for _, i := range g.entries {
		if !s.rec.Exercises[i].Skipped() || s.rec.Status == history.Pain && i == len(s.rec.Exercises)-1 {
			return false
		}
	}
	return true
}

func (s *summaryScreen) addCheck(rows *fyne.Container, g entryGroup) {
	first := s.rec.Exercises[g.entries[0]]
	c := &exerciseCheck{
		entries:    g.entries,
		reps:       kit.NewEntry(joinInts(g.reps(s.rec.Exercises))),
		comfort:    kit.NewRadio([]string{comfortLabel(comforts[0]), comfortLabel(comforts[1]), comfortLabel(comforts[2])}, nil),
		resistance: kit.NewEntry(first.Resistance),
	}
	c.reps.SetPlaceHolder(lang.X("summary.check.reps_hint", "reps per set, e.g. 12 12 10"))
	comfort := history.ComfortFine
	for _, i := range g.entries {
		comfort = worseComfort(comfort, s.rec.Exercises[i].Comfort)
	}
	if s.rec.Status == history.Pain && slices.Contains(g.entries, len(s.rec.Exercises)-1) && comfort != history.ComfortPain {
		comfort = history.ComfortPain // it stopped here because of pain
	}
	c.comfort.SetSelected(comfortLabel(comfort))
	c.resistance.SetPlaceHolder(lang.X("summary.check.resistance_hint", "resistance, e.g. light band"))
	s.checks = append(s.checks, c)
	name := s.ui.exerciseName(first.Exercise)
	if len(g.entries) > 1 {
		name += " " + lang.XN("summary.check.rounds", "({{.Count}} rounds)", len(g.entries), map[string]any{"Count": len(g.entries)})
	}
	fields := []fyne.CanvasObject{widget.NewLabelWithStyle(name, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), c.comfort}
	// Reps and resistance mean something only for rep-based moves; a
	// stretch has neither.
	if len(first.Reps) > 0 {
		fields = append(fields,
			container.NewBorder(nil, nil, widget.NewLabel(lang.X("player.reps_done", "Reps done")), nil, c.reps),
			container.NewBorder(nil, nil, widget.NewLabel(lang.X("summary.check.resistance", "Resistance")), nil, c.resistance))
	}
	rows.Add(container.NewVBox(fields...))
}

func worseComfort(a, b history.Comfort) history.Comfort {
	rank := map[history.Comfort]int{history.ComfortFine: 0, history.ComfortDiscomfort: 1, history.ComfortPain: 2}
	if rank[b] > rank[a] {
		return b
	}
	return a
}

// checkState is the quick check as it stands, to tell whether it changed.
func (s *summaryScreen) checkState() string {
	var b strings.Builder
	for _, c := range s.checks {
		fmt.Fprintf(&b, "%s|%s|%s\n", strings.Join(strings.Fields(c.reps.Text), " "), c.comfort.Selected, strings.TrimSpace(c.resistance.Text))
	}
	return b.String()
}

// onSaveCheck writes the quick check into the session and reports
// whether it could.
func (s *summaryScreen) onSaveCheck() bool {
	rec := s.rec
	rec.Exercises = slices.Clone(rec.Exercises)
	for _, c := range s.checks {
		if msg := c.applyTo(rec.Exercises, s.ui.exerciseName(rec.Exercises[c.entries[0]].Exercise)); msg != "" {
			s.saved.Importance = widget.DangerImportance
			showLine(s.saved, msg)
			s.ui.relayout()
			return false
		}
	}
	s.ui.writer.Record(rec) // a problem saving it is reported by the writer
	s.ui.reloadHistory()
	s.rec = rec
	s.asked = s.checkState()
	s.saved.Importance = widget.MediumImportance
	showLine(s.saved, lang.X("summary.check.saved", "Saved"))
	s.offerAdvice(false)
	switch worstComfort(rec) {
	case history.ComfortPain:
		s.ui.showAdvice(false, nil) // pain: the whole advice, as after a stop for pain
	case history.ComfortDiscomfort:
		// Discomfort is common and not alarming: a line and the advice a
		// click away, not a dialog over the summary.
		showLine(s.saved, lang.X("summary.check.saved_discomfort", "Saved. Discomfort noted: History suggests an easier dose for next time. Stop if it turns into pain."))
		s.offerAdvice(true)
	}
	s.ui.relayout()
	return true
}

// offerAdvice puts the Safety advice button beside Save, or takes it
// away, so Save alone has the row rather than half of it.
func (s *summaryScreen) offerAdvice(on bool) {
	s.buttons.Objects = []fyne.CanvasObject{s.save}
	if on {
		s.buttons.Objects = append(s.buttons.Objects, s.advice)
	}
	s.buttons.Refresh()
}

// worstComfort is how the hardest exercise of rec felt.
func worstComfort(rec history.Session) history.Comfort {
	worst := history.ComfortFine
	for _, ex := range rec.Exercises {
		switch {
		case ex.Comfort == history.ComfortPain:
			return ex.Comfort
		case ex.Comfort == history.ComfortDiscomfort:
			worst = ex.Comfort
		}
	}
	return worst
}

// applyTo writes the check into the entries it covers; it returns what is
// wrong with the reps typed, "" when nothing is.
func (c *exerciseCheck) applyTo(all []history.Exercise, name string) string {
	if len(all[c.entries[0]].Reps) > 0 {
		reps, err := parseInts(c.reps.Text)
		if err != nil {
			return name + ": " + err.Error()
		}
		sets := 0
		for _, i := range c.entries {
			sets += len(all[i].Reps)
		}
		if len(c.entries) > 1 && len(reps) != sets {
			return name + ": " + lang.XN("summary.check.numbers", "give {{.Count}} numbers, one for each set of every round", sets, map[string]any{"Count": sets})
		}
		if len(c.entries) == 1 {
			all[c.entries[0]].Reps = reps
		} else {
			for _, i := range c.entries {
				k := len(all[i].Reps)
				all[i].Reps, reps = reps[:k:k], reps[k:]
			}
		}
	}
	for _, i := range c.entries {
		all[i].Comfort = comfortOf(c.comfort.Selected)
		all[i].Resistance = strings.TrimSpace(c.resistance.Text)
	}
	return ""
}

func joinInts(vs []int) string {
	s := make([]string, len(vs))
	for i, v := range vs {
		s[i] = strconv.Itoa(v)
	}
	return strings.Join(s, " ")
}

// parseInts reads reps per set: whole numbers from 0 to 100 separated by
// spaces or commas.
func parseInts(text string) ([]int, error) {
	var out []int
	for _, f := range strings.FieldsFunc(text, func(r rune) bool { return r == ' ' || r == ',' }) {
		n, err := strconv.Atoi(f)
		if err != nil || n < 0 || n > 100 {
			return nil, errors.New(lang.X("summary.check.not_reps", "\"{{.Text}}\" is not a number of reps (0-100, one per set)", map[string]any{"Text": f}))
		}
		out = append(out, n)
	}
	if len(out) == 0 {
		return nil, errors.New(lang.X("summary.check.no_reps", "give the reps of each set, like \"12 12 10\""))
	}
	return out, nil
}

// entryGroup is one step of a routine and the record's entries for it:
// one per round played.
type entryGroup struct {
	section int // -1: the routine no longer has the step
	step    int
	entries []int
}

func (g entryGroup) reps(all []history.Exercise) []int {
	var out []int
	for _, i := range g.entries {
		out = append(out, all[i].Reps...)
	}
	return out
}

// groupEntries matches the record's entries, which come one per step
// played in order, to the routine's steps, so a section played in rounds
// shows each step once. Entries the routine does not explain (it changed
// since) stay on their own.
func groupEntries(r *routine.Routine, entries []history.Exercise) []entryGroup {
	var groups []entryGroup
	at := map[[2]int]int{} // section, step → index in groups
	next := 0
	if r != nil {
		for si, sec := range r.Sections {
			for round := 1; round <= sec.RoundCount(); round++ {
				for pi, st := range sec.Steps {
					if next >= len(entries) || entries[next].Exercise != st.Exercise {
						continue // skipped, or never reached
					}
					key := [2]int{si, pi}
					gi, ok := at[key]
					if !ok {
						gi = len(groups)
						at[key] = gi
						groups = append(groups, entryGroup{section: si, step: pi})
					}
					groups[gi].entries = append(groups[gi].entries, next)
					next++
				}
			}
		}
	}
	for ; next < len(entries); next++ {
		groups = append(groups, entryGroup{section: -1, entries: []int{next}})
	}
	return groups
}

// sessionLines says what was done, a line per step; a section played in
// rounds has a line saying how many rounds were played, then its steps,
// indented, with every round's sets together.
func (u *App) sessionLines(r *routine.Routine, rec history.Session) []string {
	var lines []string
	groups := groupEntries(r, rec.Exercises)
	lastSection := -1
	for _, g := range groups {
		inRounds := g.section >= 0 && r.Sections[g.section].RoundCount() > 1
		if inRounds && g.section != lastSection {
			lines = append(lines, roundsLine(r.Sections[g.section], g.section, groups))
		}
		lastSection = g.section
		m := merged(g, rec.Exercises)
		line := u.exerciseLine(m)
		if m.Comfort != "" {
			line += " · " + comfortWord(m.Comfort)
		}
		if m.Resistance != "" {
			line += " · " + m.Resistance
		}
		if inRounds {
			line = "    " + line
		}
		lines = append(lines, line)
	}
	return lines
}

// roundsLine: "Y-T-W: 2 of 3 rounds".
func roundsLine(sec routine.Section, si int, groups []entryGroup) string {
	played := 0
	for _, g := range groups {
		if g.section == si {
			played = max(played, len(g.entries))
		}
	}
	name := sec.Name
	if name == "" {
		name = lang.X("preview.section", "Section {{.Number}}", map[string]any{"Number": si + 1})
	}
	return lang.XN("summary.rounds", "{{.Section}}: {{.Done}} of {{.Count}} rounds", sec.RoundCount(),
		map[string]any{"Section": name, "Done": played, "Count": sec.RoundCount()})
}

// merged is one step's entries as one: every round's sets together.
func merged(g entryGroup, all []history.Exercise) history.Exercise {
	m := all[g.entries[0]]
	m.Reps = slices.Clone(m.Reps)
	for _, i := range g.entries[1:] {
		m.Comfort = worseComfort(m.Comfort, all[i].Comfort)
		m.SetsDone += all[i].SetsDone
		m.SetsPlanned += all[i].SetsPlanned
		m.Reps = append(m.Reps, all[i].Reps...)
	}
	return m
}

// exerciseLine says what was done of one exercise: "Band Pull-Apart: 3/3
// sets, reps 15 15 15".
func (u *App) exerciseLine(ex history.Exercise) string {
	line := lang.XN("summary.line.sets", "{{.Exercise}}: {{.Done}}/{{.Count}} sets", ex.SetsPlanned,
		map[string]any{"Exercise": u.exerciseName(ex.Exercise), "Done": ex.SetsDone, "Count": ex.SetsPlanned})
	if len(ex.Reps) > 0 {
		line += ", " + lang.X("summary.line.reps", "reps {{.Reps}}", map[string]any{"Reps": joinInts(ex.Reps)})
	}
	if ex.Hold > 0 {
		line += ", " + lang.X("summary.line.hold", "hold {{.Hold}}", map[string]any{"Hold": u.locale.Duration(time.Duration(ex.Hold))})
	}
	if ex.Duration > 0 {
		line += " " + lang.X("summary.line.of", "of {{.Time}}", map[string]any{"Time": u.locale.Duration(time.Duration(ex.Duration))})
	}
	return line
}
