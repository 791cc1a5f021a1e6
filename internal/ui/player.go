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
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/postureapp/posture/internal/history"
	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/session"
	"github.com/postureapp/posture/internal/voice"
)

// Every redraw of the window costs the same whatever changed, so one
// frame clock drives both the figure and the progress bars: at the frame
// rate while the figure moves, slower while it is still. The countdown
// changes only on the engine's whole-second ticks.
const (
	frameRate    = time.Second / 30 // the figure moving
	progressRate = time.Second / 5  // only the progress bars moving
	stillRate    = time.Second      // reduced motion: the bars step once a second
)

// player is the screen that walks a person through one routine.
type player struct {
	ui         *App
	r          *routine.Routine
	tl         session.Timeline
	engine     *session.Player
	coach      *voice.Coach // nil when the voice is off
	seg        session.Segment
	paused     bool
	over       bool          // the session has ended
	painStop   bool          // the person stopped for pain: show the safety advice at the end
	closed     atomic.Bool   // the screen was left; later events only reach sound and history
	stopTicker chan struct{} // closed to stop the frame clock; nil when none runs
	tickerRate time.Duration // the rate the running frame clock ticks at

	figure     *figureView
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
	phaseBar   *widget.ProgressBar
	routineBar *widget.ProgressBar
	timeLeft   *widget.Label
	pauseBtn   *widget.Button
	prevBtn    *widget.Button
	nextBtn    *widget.Button
	doneBtn    *widget.Button
	reps       *stepper
	doneRow    *fyne.Container
	details    *container.Scroll // the texts under the countdown, which change length
	content    fyne.CanvasObject
}

func newPlayer(u *App, r *routine.Routine) *player {
	p := &player{ui: u, r: r, tl: session.Build(r, u.cfg.Catalog.Library)}
	clock := u.cfg.Clock
	if clock == nil {
		clock = session.Real{}
	}
	if u.cfg.Speed != 1 {
		clock = session.Scaled(clock, u.cfg.Speed)
	}
	p.engine = session.New(p.tl, clock, session.Options{OnEvent: p.onEngineEvent})
	p.build()
	p.showNotice(u.voiceNotice())
	p.coach = u.newCoach(p.tl, p.showNotice)
	p.showSegment(p.tl.Segments[0], p.tl.Segments[0].Length)
	return p
}

func (p *player) build() {
	fg := theme.Color(theme.ColorNameForeground)
	p.figure = newFigureView(p.ui.cfg.Figures, p.engine.State, p.ui.cfg.Clock == nil && !p.ui.prefs.reduceMotion())
	p.name = canvas.NewText("", fg)
	p.name.TextSize = 28
	p.name.TextStyle = fyne.TextStyle{Bold: true}
	p.where = widget.NewLabel("")
	p.notice = warningLabel("")
	p.phaseBg = canvas.NewRectangle(colourOf(session.PhasePrepare))
	p.phaseBg.CornerRadius = 8
	p.phaseWord = canvas.NewText("", whiteText)
	p.phaseWord.TextSize = 40
	p.phaseWord.TextStyle = fyne.TextStyle{Bold: true}
	p.phaseWord.Alignment = fyne.TextAlignCenter
	p.countdown = canvas.NewText("", fg)
	p.countdown.TextSize = 110
	p.countdown.TextStyle = fyne.TextStyle{Bold: true, Monospace: true}
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
	p.phaseBar = widget.NewProgressBar()
	p.phaseBar.TextFormatter = func() string { return "" }
	p.routineBar = widget.NewProgressBar()
	p.routineBar.TextFormatter = func() string { return "" }
	p.timeLeft = widget.NewLabel("")

	p.prevBtn = widget.NewButtonWithIcon("Previous", theme.MediaSkipPreviousIcon(), p.onPrevious)
	p.pauseBtn = widget.NewButtonWithIcon("Pause", theme.MediaPauseIcon(), p.onPauseToggle)
	p.pauseBtn.Importance = widget.HighImportance
	p.nextBtn = widget.NewButtonWithIcon("Next", theme.MediaSkipNextIcon(), p.onNext)
	stop := widget.NewButtonWithIcon("Stop", theme.MediaStopIcon(), p.onStopAsked)
	pain := widget.NewButtonWithIcon("Stop: pain", theme.ErrorIcon(), p.onPain)
	pain.Importance = widget.DangerImportance
	p.reps = newStepper(0, 100)
	p.doneBtn = widget.NewButtonWithIcon("Done", theme.ConfirmIcon(), p.onDone)
	p.doneBtn.Importance = widget.SuccessImportance
	p.doneRow = container.NewHBox(widget.NewLabel("Reps done"), p.reps.content, p.doneBtn)

	phase := container.NewStack(p.phaseBg, container.NewPadded(p.phaseWord))
	hero := container.NewVBox(phase, p.countdown, p.unit, p.phaseBar)
	details := container.NewVBox(
		p.counts,
		p.cue,
		container.NewCenter(p.doneRow),
		widget.NewSeparator(),
		p.points,
		p.next,
	)
	top := container.NewVBox(p.name, p.where, p.notice)
	controls := container.New(&buttonRows{perRow: 3}, p.prevBtn, p.pauseBtn, p.nextBtn, stop, pain)
	progress := container.NewBorder(nil, nil, nil, p.timeLeft, p.routineBar)
	bottom := container.NewVBox(progress, controls)
	p.details = container.NewVScroll(details)
	body := container.New(playerLayout{}, p.figure, hero, p.details)
	p.content = container.NewBorder(container.NewPadded(top), container.NewPadded(bottom), nil, nil, body)
}

// start runs the engine and the progress ticker.
func (p *player) start() {
	p.engine.Start()
	p.startTicker()
}

// close stops everything the player started; it is safe to call twice.
func (p *player) close() {
	p.closed.Store(true)
	p.stopTickerNow()
	if !p.over {
		p.over = true
		p.engine.Stop()
	}
	if p.coach != nil {
		p.coach.Close()
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

// onEngineEvent runs on the engine's goroutine: the cue sounds and the
// record goes to the history writer, neither of which waits; the screen
// is updated through fyne.Do.
func (p *player) onEngineEvent(ev session.Event) {
	if c, ok := session.CueFor(ev); ok {
		p.ui.cfg.Audio.Play(c)
	}
	if p.coach != nil {
		p.coach.OnEvent(ev)
	}
	if ev.Record != nil && p.ui.writer != nil {
		p.ui.writer.Record(*ev.Record)
	}
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
	case session.Paused:
		p.paused = true
		p.refreshControls()
		p.figure.setPaused(true)
		p.stopTickerNow()
	case session.Resumed:
		p.paused = false
		p.refreshControls()
		p.figure.setPaused(false)
		p.startTicker()
	case session.Finished:
		p.onFinished(ev.Record)
	}
}

// showNotice shows a problem with the voice under the title; the session
// goes on with beeps.
func (p *player) showNotice(text string) {
	p.notice.SetText(text)
	if text == "" {
		p.notice.Hide()
	} else {
		p.notice.Show()
	}
}

// showSegment puts a new segment on screen.
func (p *player) showSegment(s session.Segment, remaining time.Duration) {
	p.seg = s
	p.phaseBg.FillColor = colourOf(s.Phase)
	p.phaseBg.Refresh()
	p.phaseWord.Text = bannerWord(s)
	p.phaseWord.Refresh()
	p.refreshTitle()
	p.counts.SetText(countsText(s))
	p.counts.Hidden = p.counts.Text == "" // no blank line while getting ready
	p.cue.SetText(s.Cue)
	p.next.SetText(s.Next)
	if p.refreshPoints() {
		p.details.Refresh() // the texts' heights changed: lay them out again
	}
	p.showCountdown(remaining)
	p.refreshControls()
	p.refreshProgress()
	p.figure.show(s, p.paused)
	p.startTicker() // the new segment may move the figure, or stop it
}

func (p *player) refreshTitle() {
	s := p.seg
	name := p.r.Name
	if s.Exercise != nil {
		name = s.Exercise.Name
	}
	p.name.Text = name
	p.name.Color = theme.Color(theme.ColorNameForeground)
	p.name.Refresh()
	var where []string
	if s.Section != "" {
		where = append(where, s.Section)
	}
	if s.Rounds > 1 {
		where = append(where, fmt.Sprintf("round %d/%d", s.Round, s.Rounds))
	}
	where = append(where, p.r.Name)
	p.where.SetText(strings.Join(where, " · "))
}

// refreshPoints shows the exercise's key points; while getting ready it
// shows the numbered steps instead, for someone who has not done it before.
// It reports whether the text changed, since laying the texts out again
// is worth doing only then.
func (p *player) refreshPoints() bool {
	text := ""
	e := p.seg.Exercise
	switch {
	case e == nil:
	case p.seg.Phase == session.PhasePrepare && len(e.Steps) > 0:
		text = "How to do it:\n" + numbered(e.Steps)
	case len(e.Cues) > 0:
		text = "• " + strings.Join(e.Cues, "\n• ")
	}
	if text == p.points.Text {
		return false
	}
	p.points.SetText(text)
	return true
}

// showCountdown shows whole seconds left, rounded up so "1" is the last
// second; a self-paced set shows its target reps instead.
func (p *player) showCountdown(left time.Duration) {
	text, unit := "", "seconds"
	if wholeSeconds(left) == 1 {
		unit = "second"
	}
	switch {
	case p.seg.Open() && p.seg.Plan.RepBased():
		text, unit = fmt.Sprint(p.seg.Plan.Reps.Lo), "reps, at your own pace"
	case p.seg.Open():
		text, unit = fmt.Sprint(wholeSeconds(p.seg.Plan.Duration.Lo)), "seconds, at your own pace"
	case p.seg.Phase == session.PhaseDone:
		unit = ""
	default:
		text = fmt.Sprint(wholeSeconds(left))
	}
	p.countdown.Text = text
	p.countdown.Color = theme.Color(theme.ColorNameForeground)
	p.countdown.Refresh()
	p.unit.SetText(unit)
}

func wholeSeconds(d time.Duration) int { return int(math.Ceil(d.Seconds())) }

// countsText says where in the step the person is: set, rep, side.
func countsText(s session.Segment) string {
	var parts []string
	if s.Sets > 0 && s.Phase != session.PhasePrepare {
		parts = append(parts, fmt.Sprintf("Set %d/%d", s.Set, s.Sets))
	}
	if s.Reps > 0 && !s.Open() {
		parts = append(parts, fmt.Sprintf("Rep %d/%d", s.Rep, s.Reps))
	}
	if s.Side != "" {
		parts = append(parts, strings.ToUpper(s.Side[:1])+s.Side[1:]+" side")
	}
	return strings.Join(parts, " · ")
}

func (p *player) refreshControls() {
	if p.paused {
		p.pauseBtn.SetText("Resume")
		p.pauseBtn.SetIcon(theme.MediaPlayIcon())
	} else {
		p.pauseBtn.SetText("Pause")
		p.pauseBtn.SetIcon(theme.MediaPauseIcon())
	}
	if p.seg.Open() {
		p.reps.setValue(p.seg.Plan.Reps.Lo)
		p.doneRow.Show()
	} else {
		p.doneRow.Hide()
	}
	if !p.seg.Plan.RepBased() {
		p.reps.content.Hide()
	} else {
		p.reps.content.Show()
	}
}

// refreshProgress moves both bars from the engine's state.
func (p *player) refreshProgress() {
	st := p.engine.State()
	if st.Segment.Length > 0 {
		p.phaseBar.SetValue(float64(st.Into) / float64(st.Segment.Length))
	} else {
		p.phaseBar.SetValue(0)
	}
	if st.Total > 0 {
		p.routineBar.SetValue(float64(st.Elapsed) / float64(st.Total))
	}
	p.timeLeft.SetText(clockText(st.Total-st.Elapsed) + " left")
}

// clockText writes a duration as m:ss.
func clockText(d time.Duration) string {
	secs := max(wholeSeconds(d), 0)
	return fmt.Sprintf("%d:%02d", secs/60, secs%60)
}

// startTicker runs the frame clock: a goroutine with a done channel
// feeding fyne.Do, at the frame rate while the figure moves and at the
// progress rate otherwise, and stopped while paused or over so an idle
// player costs nothing. It follows the real clock only: on a test clock
// the screen moves with the engine's events.
func (p *player) startTicker() {
	if p.over || p.paused || p.ui.cfg.Clock != nil {
		return
	}
	rate := progressRate
	switch {
	case p.figure.moves():
		rate = frameRate
	case p.ui.prefs.reduceMotion():
		rate = stillRate
	}
	if p.stopTicker != nil && p.tickerRate == rate {
		return
	}
	p.stopTickerNow()
	done := make(chan struct{})
	p.stopTicker, p.tickerRate = done, rate
	go func() {
		t := time.NewTicker(rate)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				fyne.Do(func() {
					if p.stopTicker == done {
						p.onFrame()
					}
				})
			}
		}
	}()
}

// onFrame moves whatever moves between events.
func (p *player) onFrame() {
	p.refreshProgress()
	p.figure.update()
}

func (p *player) stopTickerNow() {
	if p.stopTicker != nil {
		close(p.stopTicker)
		p.stopTicker = nil
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
		p.engine.Done(p.reps.value)
	}
}

// onStopAsked confirms before ending, since a stray Esc should not throw
// a session away.
func (p *player) onStopAsked() {
	if p.over {
		return
	}
	dialog.ShowConfirm("Stop the session?", "What you have done so far is saved in your history.", func(ok bool) {
		if ok {
			p.engine.Stop()
		}
	}, p.ui.win)
}

func (p *player) onPain() {
	if !p.over {
		p.painStop = true
		p.engine.StopForPain()
	}
}

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
	p.stopTickerNow()
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
