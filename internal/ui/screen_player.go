package ui

import (
	"fmt"
	"math"
	"strings"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/postureapp/posture/internal/clock"
	"github.com/postureapp/posture/internal/follow"
	"github.com/postureapp/posture/internal/history"
	"github.com/postureapp/posture/internal/locale"
	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/session"
	"github.com/postureapp/posture/internal/ui/kit"
	"github.com/postureapp/posture/internal/voice"
)

// Under software rendering every change repaints the whole window, so the
// player changes as little as it can: the figure at the rate its governor
// allows while it moves, and the countdown and progress bars once a
// second, on the engine's ticks. Nothing else moves between events.

// player is the screen that walks a person through one routine.
type player struct {
	ui       *App
	r        *routine.Routine
	tl       session.Timeline
	engine   *session.Player
	coach    *voice.Coach // nil when the voice is off
	seg      session.Segment
	paused   bool
	over     bool        // the session has ended
	closed   atomic.Bool // the screen was left; later events only reach sound and history
	painStop bool        // the person stopped for pain: show the safety advice at the end
	begun    bool        // a step was shown: a stop now is logged (getting ready is not)

	asking      bool          // "Stop the session?" is open
	pausedToAsk bool          // the question paused the session, so No resumes it
	seconds     chan struct{} // closed to stop the once-a-second clock of a self-paced set
	unwatch     func()        // stops following whether the window can be seen

	figure     *kit.FigureView
	name       *canvas.Text
	where      *widget.Label
	notice     *widget.Label // a problem with the voice, when there is one
	phaseBg    *canvas.Rectangle
	phaseWord  *canvas.Text
	countdown  *canvas.Text
	unit       *widget.Label
	counts     *widget.Label
	cue        *widget.Label
	points     *widget.Label
	next       *widget.Label
	phaseBar   *kit.Bar
	routineBar *kit.Bar
	timeLeft   *widget.Label
	pauseBtn   *kit.Button
	prevBtn    *kit.Button
	nextBtn    *kit.Button
	doneBtn    *kit.Button
	reps       *kit.Stepper
	doneRow    *fyne.Container
	sound      *kit.Notice // no sound device, until put away
	demo       *kit.Notice // played at another speed: not saved
	details    *container.Scroll
	content    fyne.CanvasObject
}

func newPlayer(u *App, r *routine.Routine) *player {
	p := &player{ui: u, r: r, tl: u.timelineFor(r)}
	timer := u.cfg.Clock
	if timer == nil {
		timer = clock.Real{}
	}
	if u.cfg.Speed != 1 {
		timer = clock.Scaled(timer, u.cfg.Speed)
	}
	p.engine = session.New(p.tl, timer, session.Options{OnEvent: p.onEngineEvent})
	p.build()
	p.showNotice(u.voiceNotice())
	p.coach = u.newCoach(p.tl, p.showNotice)
	p.showSegment(p.tl.Segments[0], p.tl.Segments[0].Length)
	return p
}

func (p *player) build() {
	fg := theme.Color(theme.ColorNameForeground)
	p.figure = kit.NewFigureView(p.ui.cfg.Figures, p.engine.State, p.ui.cfg.Clock == nil, p.ui.cfg.Speed, p.ui.prefs.newGovernor())
	p.name = canvas.NewText("", fg)
	p.name.TextSize = 28
	p.name.TextStyle = fyne.TextStyle{Bold: true}
	p.where = widget.NewLabel("")
	p.notice = warningLabel("")
	p.phaseBg = canvas.NewRectangle(kit.ColourOf(session.PhasePrepare))
	// Square corners: the rounded-rectangle shader is the dearer one for a
	// software renderer, which repaints this on every frame of the figure.
	p.phaseWord = canvas.NewText("", whiteText)
	p.phaseWord.TextSize = 40
	p.phaseWord.TextStyle = fyne.TextStyle{Bold: true}
	p.phaseWord.Alignment = fyne.TextAlignCenter
	p.countdown = canvas.NewText("", fg)
	p.countdown.TextSize = 100
	// One face for every digit, with no fallback: the theme's monospace
	// bold is looked up among the system's fonts, and digits came from
	// whichever answered.
	p.countdown.TextStyle = fyne.TextStyle{Bold: true}
	p.countdown.FontSource = theme.DefaultTextBoldFont()
	p.countdown.Alignment = fyne.TextAlignCenter
	p.unit = widget.NewLabelWithStyle("", fyne.TextAlignCenter, fyne.TextStyle{})
	p.counts = widget.NewLabelWithStyle("", fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	p.cue = widget.NewLabelWithStyle("", fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	p.cue.Wrapping = fyne.TextWrapWord
	p.cue.SizeName = theme.SizeNameSubHeadingText
	p.points = widget.NewLabel("")
	p.points.Wrapping = fyne.TextWrapWord
	p.next = widget.NewLabel("")
	p.next.Wrapping = fyne.TextWrapWord
	p.phaseBar = kit.NewBar()
	p.routineBar = kit.NewBar()
	p.timeLeft = widget.NewLabel("")

	p.prevBtn = kit.NewButton(lang.X("player.previous", "Previous"), theme.MediaSkipPreviousIcon(), p.onPrevious)
	p.pauseBtn = kit.NewPrimaryButton(lang.X("player.pause", "Pause"), theme.MediaPauseIcon(), p.onPauseToggle)
	p.nextBtn = kit.NewButton(lang.X("player.next", "Next"), theme.MediaSkipNextIcon(), p.onNext)
	stop := kit.NewButton(lang.X("player.stop", "Stop"), theme.MediaStopIcon(), p.onStopAsked)
	pain := kit.NewButton(lang.X("player.stop_pain", "Stop: pain"), theme.ErrorIcon(), p.onPain)
	pain.Importance = widget.DangerImportance
	// The other controls are flat, so only the two that matter most carry
	// a filled background for every frame to repaint.
	p.prevBtn.Importance = widget.LowImportance
	p.nextBtn.Importance = widget.LowImportance
	stop.Importance = widget.LowImportance
	p.reps = kit.NewStepper(0, 100)
	// Done is the primary action of a self-paced set (and the theme's
	// success green is too light for white text). Its row is two lines,
	// so it fits the narrowest column the count has.
	p.doneBtn = kit.NewPrimaryButton(lang.X("player.done", "Done"), theme.ConfirmIcon(), p.onDone)
	p.doneRow = container.NewVBox(container.NewCenter(container.NewHBox(widget.NewLabel(lang.X("player.reps_done", "Reps done")), p.reps.Content)), p.doneBtn)
	p.doneRow.Hide()

	phase := container.NewStack(p.phaseBg, container.NewPadded(p.phaseWord))
	// A self-paced set's Done row takes the place of the phase bar, under
	// the count, where it stays in view however small the window.
	hero := container.NewVBox(phase, p.countdown, p.unit, p.phaseBar, p.doneRow)
	details := container.NewVBox(
		p.counts,
		p.cue,
		widget.NewSeparator(),
		p.points,
		p.next,
	)
	top := container.NewVBox(kit.NewFitText(p.name), p.where, p.notice)
	p.addNotices(top)
	controls := container.New(&kit.ButtonRows{PerRow: 3}, p.prevBtn, p.pauseBtn, p.nextBtn, stop, pain)
	progress := container.NewBorder(nil, nil, nil, p.timeLeft, p.routineBar)
	bottom := container.NewVBox(progress, controls)
	p.details = container.NewVScroll(details)
	body := container.New(kit.NewPlayerLayout(p.phaseWord, p.countdown), p.figure, hero, p.details)
	p.content = container.NewBorder(container.NewPadded(top), container.NewPadded(bottom), nil, nil, body)
}

// addNotices says what is true of this session where the person looks:
// that there is no sound (until put away), and that a demo at another
// speed is not saved.
func (p *player) addNotices(top *fyne.Container) {
	u := p.ui
	if u.cfg.AudioNotice != "" && !u.soundNoticeClosed {
		p.sound = kit.NewNotice(lang.X("sound.none", "No sound device: every cue shows on screen only."), func() {
			u.soundNoticeClosed = true
			p.showNotice(p.notice.Text)
		})
		top.Add(p.sound)
	}
	if u.cfg.Demo {
		p.demo = kit.NewNotice(lang.X("player.demo", "Demo at {{.Speed}}× speed: not saved to your history", map[string]any{"Speed": fmt.Sprintf("%g", u.cfg.Speed)}), nil)
		top.Add(p.demo)
	}
}

// start runs the engine, and follows whether the window can be seen.
func (p *player) start() {
	p.unwatch = p.ui.watchVisibility(p.figure.SetHidden)
	p.engine.Start()
}

// close stops everything the player started; it is safe to call twice.
func (p *player) close() {
	p.closed.Store(true)
	p.stopClocks()
	if !p.over {
		p.over = true
		p.engine.Stop()
	}
	if p.coach != nil {
		p.coach.Close()
	}
}

// stopClocks ends the figure's frames, the once-a-second clock and the
// watch on the window.
func (p *player) stopClocks() {
	p.figure.Stop()
	p.stopSeconds()
	if p.unwatch != nil {
		p.unwatch()
		p.unwatch = nil
	}
}

// closeAndWait closes the player and waits, at most limit, for the
// engine to hand over the session's final record.
func (p *player) closeAndWait(limit time.Duration) {
	p.close()
	ended := make(chan struct{})
	go func() {
		p.engine.Wait()
		close(ended)
	}()
	timer := time.NewTimer(limit)
	defer timer.Stop()
	select {
	case <-ended:
	case <-timer.C:
	}
}

// onEngineEvent runs on the engine's goroutine: the cue sounds, the voice
// follows and the record goes to the history writer (follow.Outputs, as
// in the terminal), none of which waits; the screen is updated through
// fyne.Do.
func (p *player) onEngineEvent(ev session.Event) {
	follow.Outputs{Sound: p.ui.cfg.Audio, Coach: p.coach, History: p.ui.writer}.OnEvent(ev)
	if p.closed.Load() {
		return // the screen was left (or the app is ending): nothing to draw
	}
	fyne.Do(func() { p.onEvent(ev) })
}

func (p *player) onEvent(ev session.Event) {
	if p.closed.Load() {
		return
	}
	switch ev.Kind {
	case session.SegmentStarted:
		p.showSegment(ev.Segment, ev.Remaining)
	case session.Tick:
		p.showCountdown(ev.Remaining)
		p.refreshProgress()
	case session.Paused, session.Resumed:
		p.paused = ev.Kind == session.Paused
		p.refreshControls()
		p.refreshBanner()
		kit.Relayout(p.content) // the banner's word may need to shrink
		p.figure.SetPaused(p.paused)
		p.runSeconds()
	case session.Finished:
		p.onFinished(ev.Record)
	}
}

// showNotice shows a problem with the voice under the title; the session
// goes on with beeps. While "No sound device" shows it waits: with no
// sound there is no voice either, and two banners leave a small window's
// cue too little room. Putting the sound notice away shows it.
func (p *player) showNotice(text string) {
	p.notice.SetText(text)
	p.notice.Hidden = text == "" || p.sound != nil && p.sound.Visible()
	kit.Relayout(p.content)
}

// showSegment puts a new segment on screen. During a rest before another
// exercise, that exercise is what the person prepares for: its figure,
// name and steps.
func (p *player) showSegment(s session.Segment, remaining time.Duration) {
	p.seg = s
	p.begun = p.begun || s.Step >= 0
	shown, ahead := p.upNext(s)
	p.refreshBanner()
	p.refreshTitle(shown, ahead)
	counts := countsText(s)
	if ahead {
		counts = lang.X("player.next_dose", "Next: {{.Dose}}", map[string]any{"Dose": doseLine(shown.Plan, p.ui.locale)})
	}
	setText(p.counts, counts)
	p.counts.Hidden = p.counts.Text == "" // no blank line while getting ready
	setText(p.cue, s.Cue)
	setText(p.next, s.Next)
	p.refreshPoints(shown, ahead)
	p.showCountdown(remaining)
	p.refreshControls()
	p.refreshProgress()
	kit.Relayout(p.content) // texts and rows came, went or grew
	p.figure.ShowSegment(shown)
	p.runSeconds()
}

// upNext is the segment whose exercise to show during s: during a rest
// followed by another step, that step's first segment, drawn at rest (standing at
// ease, or in its start position off one's feet); otherwise s itself.
func (p *player) upNext(s session.Segment) (shown session.Segment, ahead bool) {
	if s.Phase != session.PhaseRest || s.Index+1 >= len(p.tl.Segments) {
		return s, false
	}
	n := p.tl.Segments[s.Index+1]
	if n.Exercise == nil || n.Step == s.Step {
		return s, false
	}
	n.Phase = session.PhaseRest
	return n, true
}

// refreshBanner shows the phase in its colour, or PAUSED.
func (p *player) refreshBanner() {
	colour, word := kit.ColourOf(p.seg.Phase), strings.ToUpper(p.seg.PhaseNameIn(p.ui.words))
	if p.paused {
		colour, word = kit.PausedColour, lang.X("player.paused", "PAUSED")
	}
	p.phaseBg.FillColor = colour
	p.phaseBg.Refresh()
	p.phaseWord.Text = word
	p.phaseWord.Refresh()
}

func (p *player) refreshTitle(s session.Segment, ahead bool) {
	name := p.r.ShownName()
	if s.Exercise != nil {
		name = s.Exercise.Name
	}
	if p.name.Text != name {
		p.name.Text = name
		p.name.Color = theme.Color(theme.ColorNameForeground)
		p.name.Refresh()
	}
	var where []string
	if ahead {
		where = append(where, lang.X("player.up_next", "Up next"))
	}
	if s.Phase == session.PhasePrepare && s.Index+1 < len(p.tl.Segments) {
		// Getting ready belongs to no step: say where the first one is.
		n := p.tl.Segments[s.Index+1]
		s.Section, s.Round, s.Rounds = n.Section, n.Round, n.Rounds
	}
	if s.Section != "" {
		where = append(where, s.Section)
	}
	if s.Rounds > 1 {
		where = append(where, lang.X("player.round", "round {{.Round}}/{{.Rounds}}", map[string]any{"Round": s.Round, "Rounds": s.Rounds}))
	}
	where = append(where, p.r.ShownName())
	setText(p.where, strings.Join(where, " · "))
}

// refreshPoints shows the exercise's key points; while getting ready for
// it, at the start or in the rest before it, the numbered steps instead,
// for someone who has not done it before.
func (p *player) refreshPoints(s session.Segment, ahead bool) {
	text := ""
	e := s.Exercise
	switch {
	case e == nil:
	case (ahead || s.Phase == session.PhasePrepare) && len(e.Steps) > 0:
		text = lang.X("player.how_to", "How to do it:") + "\n" + numbered(e.Steps)
	case len(e.Cues) > 0:
		cues := e.Cues
		if s.Cue == cues[0] { // a timed move's cue is its first point: say it once
			cues = cues[1:]
		}
		if len(cues) > 0 {
			text = "• " + strings.Join(cues, "\n• ")
		}
	}
	setText(p.points, text)
}

// showCountdown shows whole seconds left, rounded up so "1" is the last
// second; a self-paced set shows its target reps instead.
func (p *player) showCountdown(left time.Duration) {
	text, unit := "", ""
	switch {
	case p.seg.Open() && p.seg.Plan.RepBased():
		n := p.seg.Plan.Reps.Lo
		text, unit = fmt.Sprint(n), lang.XN("player.unit.reps_own_pace", "reps, at your own pace", n)
	case p.seg.Open():
		n := wholeSeconds(p.seg.Plan.Duration.Lo)
		text, unit = fmt.Sprint(n), lang.XN("player.unit.seconds_own_pace", "seconds, at your own pace", n)
	case p.seg.Phase == session.PhaseDone:
	default:
		n := wholeSeconds(left)
		text, unit = fmt.Sprint(n), lang.XN("player.unit.seconds", "seconds", n)
	}
	if p.countdown.Text != text {
		p.countdown.Text = text
		p.countdown.Color = theme.Color(theme.ColorNameForeground)
		p.countdown.Refresh()
	}
	setText(p.unit, unit)
}

func wholeSeconds(d time.Duration) int { return int(math.Ceil(d.Seconds())) }

// setText changes a label only when its text changes: a label set anew
// is measured and laid out again, on every segment of a routine.
func setText(l *widget.Label, text string) {
	if l.Text != text {
		l.SetText(text)
	}
}

// countsText says where in the step the person is: set, rep, side.
func countsText(s session.Segment) string {
	var parts []string
	if s.Sets > 0 && s.Phase != session.PhasePrepare {
		parts = append(parts, lang.X("player.set_of", "Set {{.Set}}/{{.Sets}}", map[string]any{"Set": s.Set, "Sets": s.Sets}))
	}
	if s.Reps > 0 && !s.Open() {
		parts = append(parts, lang.X("player.rep_of", "Rep {{.Rep}}/{{.Reps}}", map[string]any{"Rep": s.Rep, "Reps": s.Reps}))
	}
	if s.Side != "" {
		parts = append(parts, sideName(s.Side))
	}
	return strings.Join(parts, " · ")
}

// doseLine says what a step asks for, as the plan shows it, and where
// its numbers come from: "3 sets × 12–15 reps · from the article",
// "1 set × 20–30 s, each side".
func doseLine(p routine.Plan, loc locale.Locale) string {
	data := map[string]any{"Count": p.Sets, "Work": workText(p, loc)}
	line := lang.XN("player.dose", "{{.Count}} sets × {{.Work}}", p.Sets, data)
	switch p.Sides {
	case routine.BothSides:
		line = lang.XN("player.dose_each_side", "{{.Count}} sets × {{.Work}}, each side", p.Sets, data)
	case routine.Alternate:
		line = lang.XN("player.dose_sides_in_turn", "{{.Count}} sets × {{.Work}}, sides in turn", p.Sets, data)
	}
	// A person's own numbers need no note mid-session: they set them (the
	// routine's page says so); the article's or ours are worth knowing.
	if note := doseNote(p.DoseSource); note != "" && p.DoseSource != routine.Yours {
		line += " · " + note
	}
	return line
}

func (p *player) refreshControls() {
	label, icon := lang.X("player.pause", "Pause"), theme.MediaPauseIcon()
	if p.paused {
		label, icon = lang.X("player.resume", "Resume"), theme.MediaPlayIcon()
	}
	if p.pauseBtn.Text != label {
		p.pauseBtn.Text, p.pauseBtn.Icon = label, icon
		p.pauseBtn.Refresh()
	}
	open := p.seg.Open()
	if open && !p.doneRow.Visible() {
		p.reps.SetValue(p.seg.Plan.Reps.Lo)
	}
	p.doneRow.Hidden = !open
	p.phaseBar.Hidden = open // a self-paced set has no length to fill
	p.reps.Content.Hidden = !p.seg.Plan.RepBased()
}

// refreshProgress moves both bars from the engine's state.
func (p *player) refreshProgress() {
	st := p.engine.State()
	phase := 0.0
	if st.Segment.Length > 0 {
		phase = float64(st.Into) / float64(st.Segment.Length)
	}
	p.phaseBar.SetValue(phase)
	if st.Total > 0 {
		p.routineBar.SetValue(float64(st.Elapsed) / float64(st.Total))
	}
	setText(p.timeLeft, lang.X("player.time_left", "{{.Time}} left", map[string]any{"Time": session.MinutesSeconds(st.Total - st.Elapsed)}))
}

// runSeconds moves the bars once a second through a self-paced set, which
// has no ticks of its own; every other segment's bars move on the
// engine's ticks. It follows the real clock only.
func (p *player) runSeconds() {
	p.stopSeconds()
	if !p.seg.Open() || p.paused || p.over || p.ui.cfg.Clock != nil {
		return
	}
	done := make(chan struct{})
	p.seconds = done
	go func() {
		t := time.NewTicker(time.Second)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				fyne.Do(func() {
					if p.seconds == done {
						p.refreshProgress()
					}
				})
			}
		}
	}()
}

func (p *player) stopSeconds() {
	if p.seconds != nil {
		close(p.seconds)
		p.seconds = nil
	}
}

func (p *player) onPauseToggle() {
	if p.paused {
		p.engine.Resume()
	} else {
		p.engine.Pause()
	}
}

func (p *player) onNext()     { p.engine.Next() }
func (p *player) onPrevious() { p.engine.Previous() }

func (p *player) onDone() {
	if p.seg.Open() {
		p.engine.Done(p.reps.Value)
	}
}

// onStopAsked confirms before ending, since a stray Esc should not throw
// a session away. The session waits while the question is open (its
// keys go to the question: Esc keeps going), and it is asked once however
// often Esc or Stop is pressed.
func (p *player) onStopAsked() { p.askStop(nil) }

// askStop asks "Stop the session?"; Stop stops it, then runs then (closing
// the window, quitting) when it is not nil.
func (p *player) askStop(then func()) {
	if p.over || p.asking {
		return
	}
	p.asking, p.pausedToAsk = true, !p.paused
	// A stop while getting ready logs nothing (see onFinished), and the
	// question says so rather than that something is saved.
	var kept fyne.CanvasObject
	switch {
	case p.ui.cfg.Demo:
		kept = kit.Wrapped(lang.X("player.stop.demo", "This demo is not saved."))
	case p.begun:
		kept = kit.Wrapped(lang.X("player.stop.kept", "What you have done so far is saved in your history."))
	default:
		kept = kit.Wrapped(lang.X("player.stop.nothing", "Nothing has been recorded yet: stopping now leaves no entry in your history."))
	}
	yes := p.stopNow
	if then != nil {
		yes = func() {
			p.stopNow()
			then()
		}
	}
	// Keep going is the way out and the default, so Esc then Enter by
	// mistake never ends a workout; Stop is one Tab away.
	p.ui.ask(lang.X("player.stop.title", "Stop the session?"), kept,
		choice{text: lang.X("player.stop.keep", "Keep going"), icon: theme.MediaPlayIcon(), act: p.keepGoing, primary: true},
		choice{text: lang.X("player.stop", "Stop"), icon: theme.MediaStopIcon(), act: yes, danger: true})
	if p.pausedToAsk {
		p.engine.Pause() // last: the engine's answer may come on another goroutine in tests
	}
}

// keepGoing carries on as the session was before the question.
func (p *player) keepGoing() {
	p.asking = false
	if p.pausedToAsk {
		p.engine.Resume()
	}
}

func (p *player) stopNow() {
	p.asking = false
	p.engine.Stop()
}

func (p *player) onPain() {
	if !p.over {
		p.painStop = true
		p.engine.StopForPain()
	}
}

// onKey handles the player's keys; an open dialog (the stop question
// among them) takes them first, in App.onKey.
func (p *player) onKey(ev *fyne.KeyEvent) {
	if p.over {
		return
	}
	switch ev.Name {
	case fyne.KeySpace:
		p.onPauseToggle()
	case fyne.KeyRight, fyne.KeyN:
		p.onNext()
	case fyne.KeyLeft, fyne.KeyP:
		p.onPrevious()
	case fyne.KeyD:
		p.onDone()
	case fyne.KeyEscape:
		p.onStopAsked()
	}
}

// onFinished shows what was done; a session stopped while getting ready
// has no record (nothing was done) and goes back home.
func (p *player) onFinished(rec *history.Session) {
	p.over = true
	p.stopClocks()
	if rec != nil {
		p.ui.showSummary(p.r, *rec)
	} else {
		p.ui.showHome()
	}
	if p.painStop {
		p.ui.showAdvice(false, nil)
	}
}

var whiteText = colorWhite()

// sideName is the side a set is on, as the player's counts line shows it.
func sideName(side string) string {
	if side == "right" {
		return lang.X("player.side.right", "Right side")
	}
	return lang.X("player.side.left", "Left side")
}

// workText is what one set asks for, as loc writes it: "12–15 reps",
// or a time ("20–30 s").
func workText(p routine.Plan, loc locale.Locale) string {
	if p.RepBased() {
		return lang.XN("player.work.reps", "{{.Reps}} reps", p.Reps.Hi, map[string]any{"Reps": loc.CountRange(p.Reps.Lo, p.Reps.Hi)})
	}
	return loc.DurationRange(p.Duration.Lo, p.Duration.Hi)
}

// doseNote says where a step's numbers come from.
func doseNote(s routine.DoseSource) string {
	switch s {
	case routine.FromArticle:
		return lang.X("player.dose.from_article", "from the article")
	case routine.Adapted:
		return lang.X("player.dose.adapted", "adapted from the article")
	case routine.Ours:
		return lang.X("player.dose.ours", "our suggestion")
	case routine.Yours:
		return lang.X("player.dose.yours", "your own numbers")
	}
	return ""
}
