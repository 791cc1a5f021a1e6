package main

import (
	"fmt"
	"io"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/postureapp/posture/internal/audio"
	"github.com/postureapp/posture/internal/audio/speaker"
	"github.com/postureapp/posture/internal/clock"
	"github.com/postureapp/posture/internal/follow"
	"github.com/postureapp/posture/internal/history"
	"github.com/postureapp/posture/internal/locale"
	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/session"
	"github.com/postureapp/posture/internal/store"
	"github.com/postureapp/posture/internal/voice"
)

func init() {
	register(func(e *env) *cobra.Command {
		var terminal, noFloor bool
		spoken := &voiceFlag{mode: voice.Names}
		cmd := &cobra.Command{
			Use: "run ROUTINE",
			Example: "  posture run desk-posture-break\n  posture run upper-back-strength --terminal --voice=full\n" +
				"  posture run ~/my-routine.toml --terminal --no-voice",
			Short: "follow a routine in the window, or in the terminal with --terminal",
			Long: "Follow a routine in the window, or in the terminal with --terminal.\n" +
				"ROUTINE is a routine's name (see 'posture list'); with --terminal it may also be a routine file.\n" +
				"Exit status: 0 completed, 1 partial, skipped or not saved, 3 stopped for pain.",
			ValidArgsFunction: completeRoutines(e, true),
			RunE: func(cmd *cobra.Command, args []string) error {
				args, mode, err := voiceWord(args, cmd.Flags().Changed("voice"), spoken.mode)
				if err != nil {
					return err
				}
				return runRun(e, args, runOptions{terminal: terminal, noFloor: noFloor}, mode)
			},
		}
		cmd.Flags().BoolVar(&terminal, "terminal", false, "follow along in the terminal, without a window")
		cmd.Flags().BoolVar(&noFloor, "no-floor", false, "with --terminal: standing versions of floor moves, the rest left out (the window follows Settings, No floor work)")
		addVoiceFlags(cmd, spoken)
		return cmd
	})
}

// endOfSpeech bounds the wait for the last phrase ("Routine complete")
// before a terminal session exits.
const endOfSpeech = 3 * time.Second

const followKeys = "Keys: Space pause/resume, n next, p previous, d done (type the reps first, e.g. 12d), q stop (asks), x stop for pain"

// runOptions are run's flags that choose where and what it plays.
type runOptions struct {
	terminal bool // in the terminal, not the window
	noFloor  bool // standing versions of floor moves (terminal only)
}

func runRun(e *env, args []string, o runOptions, mode voice.Mode) error {
	if len(args) != 1 {
		return usageErr("needs one ROUTINE: a routine name (see 'posture list') or a routine file")
	}
	if o.noFloor && !o.terminal {
		return usageErr("--no-floor is for --terminal; the window follows Settings, No floor work")
	}
	r, c, paths, err := findRoutine(e, args[0])
	if err != nil {
		return err
	}
	if !o.terminal {
		if namedRoutine(c, args[0]) == nil {
			return usageErr("the window opens saved routines by name; use --terminal to play a file")
		}
		return openWindow(e, r.Name, "")
	}
	if o.noFloor {
		var dropped []string
		if r, dropped, err = withoutFloor(r, c.Library); err != nil {
			return err
		}
		printLeftOut(e.stdout, dropped)
	}
	return followInTerminal(e, r, c.Library, paths, mode)
}

// followInTerminal plays r with a status line, keys when stdin is a
// terminal, and sound, saving the session to the history as it goes.
func followInTerminal(e *env, r *routine.Routine, lib *routine.Library, paths store.Paths, mode voice.Mode) error {
	f := newFollower(e, paths) // before raw mode, so its notices print as usual
	defer f.sound.Close()
	tl := f.startCoach(session.Build(r, lib), mode, e.speed)
	if f.coach != nil {
		defer f.coach.Close()
	}
	keys, restore, err := rawKeys(e.stdin)
	if err != nil {
		return err
	}
	defer restore()
	p := session.New(tl, clock.Scaled(clock.Real{}, e.speed), session.Options{
		OnEvent:  func(ev session.Event) { f.onEvent(ev) },
		AutoDone: keys == nil,
	})
	if keys != nil {
		f.line(followKeys)
		go readKeys(keys, p, f.line)
	}
	stop := stopOnSignals(p)
	defer stop()
	p.Start()
	rec := p.Wait()
	if f.coach != nil {
		f.coach.Drain(endOfSpeech)
	}
	if rec.Counts() && e.speed == 1 {
		reminders(e, paths).SessionDone() // a routine done is a break: the desk count starts again
	}
	return f.finish(rec, f.closeHistory())
}

// stopOnSignals stops the session on SIGTERM, SIGHUP or Ctrl+C (when
// the terminal is not in raw mode), so that it is saved as stopped.
func stopOnSignals(p *session.Player) (stop func()) {
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, syscall.SIGTERM, syscall.SIGHUP, os.Interrupt)
	done := make(chan struct{})
	go func() {
		select {
		case <-sigs:
			p.Stop()
		case <-done:
		}
	}()
	return func() {
		signal.Stop(sigs)
		close(done)
	}
}

// rawKeys puts a terminal stdin into raw mode so single keys arrive at
// once; it returns nil when stdin is not a terminal, so nothing is read.
func rawKeys(in io.Reader) (io.Reader, func(), error) {
	file, ok := in.(*os.File)
	if !ok || !term.IsTerminal(int(file.Fd())) {
		return nil, func() {}, nil
	}
	old, err := term.MakeRaw(int(file.Fd()))
	if err != nil {
		return nil, nil, fmt.Errorf("cannot read keys from the terminal: %w", err)
	}
	return file, func() { _ = term.Restore(int(file.Fd()), old) }, nil
}

// readKeys turns key presses into controls until stdin ends. Digits typed
// before d are the reps done; d alone means the target. say prints a line
// above the status line.
func readKeys(in io.Reader, p *session.Player, say func(string)) {
	k := &keys{p: p, say: say}
	buf := make([]byte, 16)
	for {
		n, err := in.Read(buf)
		for _, b := range buf[:n] {
			k.press(b)
		}
		if err != nil {
			return
		}
	}
}

// keys is what the terminal's keys have set in motion: reps typed so far,
// and a stop asked for and not yet confirmed.
type keys struct {
	p        *session.Player
	say      func(string)
	typed    string
	stopping bool // q pressed once: the session waits, paused, for q again
	paused   bool // the pause is stopping's own, to undo if it carries on
	escape   int  // bytes of an escape sequence still to pass over
}

func (k *keys) press(key byte) {
	switch {
	case key == 27: // an arrow or function key: ESC [ and a letter
		k.escape = 2
		return
	case k.escape > 0:
		k.escape--
		return
	case key >= '0' && key <= '9':
		k.typed += string(key)
		return
	}
	typed := k.typed
	k.typed = ""
	if k.stopping && key != 'q' {
		k.stopping = false
		if k.paused {
			k.p.Resume()
		}
		k.say("Carrying on.")
		return
	}
	switch key {
	case ' ':
		if k.p.State().Paused {
			k.p.Resume()
		} else {
			k.p.Pause()
		}
	case 'n':
		k.p.Next()
	case 'p':
		k.p.Previous()
	case 'd':
		k.done(typed)
	case 'q':
		k.askStop()
	case 3, 4: // Ctrl-C, Ctrl-D: stop at once
		k.p.Stop()
	case 'x':
		k.p.StopForPain()
	case '\r', '\n':
	default:
		k.say(fmt.Sprintf("%q does nothing here. %s", rune(key), followKeys))
	}
}

// done ends a self-paced set; on any other phase it says why nothing
// happened rather than dropping the key.
func (k *keys) done(typed string) {
	st := k.p.State()
	if st.Segment.Phase != session.PhaseSet {
		k.say(fmt.Sprintf("d ends a self-paced set; %s is timed, so it ends by itself (n skips it).", phaseNamed(st.Segment)))
		return
	}
	reps, err := strconv.Atoi(typed)
	if err != nil {
		reps = st.Segment.Reps
	}
	k.p.Done(reps)
}

// askStop stops on the second q, as the window asks before it stops.
func (k *keys) askStop() {
	if k.stopping {
		k.p.Stop()
		return
	}
	k.stopping = true
	k.paused = !k.p.State().Paused
	if k.paused {
		k.p.Pause()
	}
	k.say("Stop the session? Press q again to stop and save what you did, any other key to carry on (Ctrl-C stops at once).")
}

// phaseNamed names what is playing, for a key that does not apply to it.
func phaseNamed(s session.Segment) string {
	switch s.Phase {
	case session.PhasePrepare, session.PhaseRest, session.PhaseSwitch, session.PhaseDone:
		return "\"" + s.PhaseName() + "\""
	}
	return "this set of " + s.Exercise.Name
}

// follower draws the session: the current cue on its own line, and below
// it one status line redrawn in place when stdout is a terminal (one line
// per segment otherwise). It runs on the engine's goroutine only.
type follower struct {
	out, errs io.Writer
	live      bool
	width     int
	sound     audio.Player
	silent    bool // no sound device
	bell      bool // no sound device: ring the terminal bell instead
	cue       string
	paused    bool
	history   *history.Writer // nil: not saved
	mu        sync.Mutex      // the engine and the history writer both print
	coach     *voice.Coach    // nil: beeps only
	lang      locale.Lang     // of the content: the advice after a stop for pain, the voice
}

func newFollower(e *env, paths store.Paths) *follower {
	f := &follower{out: e.stdout, errs: e.stderr, width: 80, lang: e.contentLang()}
	if file, ok := e.stdout.(*os.File); ok && term.IsTerminal(int(file.Fd())) {
		f.live = true
		if w, _, err := term.GetSize(int(file.Fd())); err == nil && w > 20 {
			f.width = w
		}
	}
	var notice string
	f.sound, notice = speaker.Open()
	if notice != "" {
		fmt.Fprintln(e.stderr, "posture:", notice)
		f.silent, f.bell = true, f.live
	}
	if e.speed == 1 {
		f.history = history.NewWriter(history.Open(paths), f.onHistoryProblem)
	} else {
		fmt.Fprintf(e.stderr, "posture: played at --speed %g, so not saved to the history\n", e.speed)
	}
	return f
}

// startCoach speaks along in mode, unless there is no sound device to
// speak through; without espeak-ng it says so once and the beeps carry on.
// It returns the timeline to play: tl, fitted to the voice when it speaks.
func (f *follower) startCoach(tl session.Timeline, mode voice.Mode, speed float64) session.Timeline {
	if mode == voice.Off || f.silent {
		return tl
	}
	speech, err := openSpeech()
	if err != nil {
		fmt.Fprintln(f.errs, "posture:", err)
		return tl
	}
	lang := speech.LangFor(f.lang)
	tl = voice.FitIn(tl, mode, voice.DefaultRate, lang)
	f.coach = speech.Coach(tl, voice.Settings{Mode: mode, Rate: voice.DefaultRate, Lang: lang}, speed, f.sound)
	f.coach.Prepare(func(err error) { f.line(fmt.Sprintf("posture: voice: %v", err)) })
	return tl
}

func (f *follower) onEvent(ev session.Event) {
	switch ev.Kind {
	case session.SegmentStarted:
		if ev.Segment.Cue != f.cue {
			f.cue = ev.Segment.Cue
			f.line(f.cue)
		}
		f.status(ev)
	case session.Tick, session.Paused, session.Resumed:
		f.paused = ev.Kind == session.Paused || (f.paused && ev.Kind == session.Tick)
		if f.live || ev.Kind != session.Tick {
			f.status(ev)
		}
	}
	follow.Outputs{Sound: f.cueSound(), Coach: f.coach, History: f.history}.OnEvent(ev)
}

// cueSound is where the cues go: the speaker, or the terminal's bell when
// there is no sound device.
func (f *follower) cueSound() follow.Sound {
	if f.bell {
		return bell{f.out}
	}
	return f.sound
}

// bell rings the terminal's bell for every cue.
type bell struct{ out io.Writer }

func (b bell) Play(audio.Cue) { fmt.Fprint(b.out, "\a") }

// line prints text above the status line.
func (f *follower) line(text string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.live {
		fmt.Fprintf(f.out, "\r\x1b[K%s\r\n", text)
		return
	}
	fmt.Fprintln(f.out, text)
}

func (f *follower) status(ev session.Event) {
	f.mu.Lock()
	defer f.mu.Unlock()
	text := followStatus(ev, f.paused)
	if !f.live {
		fmt.Fprintln(f.out, "  "+text)
		return
	}
	if r := []rune(text); len(r) > f.width-1 {
		text = string(r[:f.width-1])
	}
	fmt.Fprintf(f.out, "\r\x1b[K%s", text)
}

// followStatus is the status line: progress, what to do, countdown, set
// and rep, and what comes next.
func followStatus(ev session.Event, paused bool) string {
	s := ev.Segment
	parts := []string{session.MinutesSeconds(ev.Elapsed) + "/" + session.MinutesSeconds(ev.Total)}
	switch s.Phase {
	case session.PhasePrepare, session.PhaseRest, session.PhaseSwitch:
		parts = append(parts, s.PhaseName(), session.MinutesSeconds(ev.Remaining))
	case session.PhaseDone:
		parts = append(parts, s.PhaseName())
	case session.PhaseSet:
		parts = append(parts, s.Exercise.Name, fmt.Sprintf("%d reps, own pace", s.Reps), followSet(s))
	case session.PhaseWork:
		parts = append(parts, s.Exercise.Name, session.MinutesSeconds(ev.Remaining), followSet(s))
	default:
		parts = append(parts, s.Exercise.Name, strings.ToLower(s.PhaseName()), session.MinutesSeconds(ev.Remaining), followSet(s))
	}
	if paused {
		parts = append(parts, "PAUSED (Space resumes)")
	}
	if s.Next != "" {
		parts = append(parts, s.Next)
	}
	return strings.Join(parts, " | ")
}

func followSet(s session.Segment) string {
	t := fmt.Sprintf("set %d/%d", s.Set, s.Sets)
	if s.Rep > 0 {
		t += fmt.Sprintf(", rep %d/%d", s.Rep, s.Reps)
	}
	if s.Side != "" {
		t += ", " + s.Side
	}
	return t
}

// onHistoryProblem runs on the writer's goroutine.
func (f *follower) onHistoryProblem(err error) {
	f.line(fmt.Sprintf("warning: %v", err))
}

// closeHistory waits (bounded) for the session to be written. A session
// that could not be saved is written to a file beside the system's
// temporary files, to be brought back with 'posture history import'.
func (f *follower) closeHistory() error {
	if f.history == nil {
		return nil
	}
	err := f.history.Close(historyWait)
	unsaved := f.history.Unsaved()
	if err == nil || len(unsaved) == 0 {
		return err
	}
	data, encErr := history.EncodeSessions(unsaved)
	if encErr != nil {
		return err
	}
	file, tmpErr := os.CreateTemp("", "posture-unsaved-*.toml")
	if tmpErr == nil {
		_, tmpErr = file.Write(data)
		if cerr := file.Close(); tmpErr == nil {
			tmpErr = cerr
		}
	}
	if tmpErr != nil {
		return fmt.Errorf("%w; here it is, to keep:\n%s", err, data)
	}
	return fmt.Errorf("%w; it is kept in %s: bring it back with 'posture history import %s'", err, file.Name(), file.Name())
}

// historyWait is how long the end of a session waits for a slow disk.
const historyWait = 4 * time.Second

// finish reports how the session ended, whether it counts and why, and
// turns it into the exit status: 0 completed and saved, 1 partial,
// skipped or not saved, 3 stopped for pain.
func (f *follower) finish(rec history.Session, saveErr error) error {
	sets := 0
	for _, ex := range rec.Exercises {
		sets += ex.SetsDone
	}
	v := rec.Judge()
	f.line(fmt.Sprintf("%s %q: %s active, %s done", v.Text(), rec.Routine, time.Duration(rec.Active), plural(sets, "set")))
	if f.history == nil { // a demo: it said so at the start, and nothing counts
		f.line("A demo at another speed: not saved to your history, so it does not count.")
	} else {
		f.line(v.Note())
	}
	if saveErr != nil {
		f.line("error: not saved to your history: " + saveErr.Error())
	}
	switch {
	case rec.Status == history.Pain:
		f.safetyAdvice()
		return exitError{3}
	case v.Counted() && saveErr == nil:
		return nil
	}
	return exitError{1}
}

// safetyAdvice is shown after a stop for pain.
func (f *follower) safetyAdvice() {
	advice, err := loadAdvice(f.errs, f.lang)
	if err != nil {
		fmt.Fprintln(f.errs, "posture:", err)
		return
	}
	for _, a := range advice {
		if a.Safety {
			f.line(a.Title + ": " + a.Text)
		}
	}
}
