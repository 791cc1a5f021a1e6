package main

import (
	"errors"
	"fmt"
	"os"
	"os/signal"
	"runtime"
	"runtime/debug"
	"strconv"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/postureapp/posture/assets"
	"github.com/postureapp/posture/internal/audio/speaker"
	"github.com/postureapp/posture/internal/desktop"
	"github.com/postureapp/posture/internal/figure"
	"github.com/postureapp/posture/internal/history"
	"github.com/postureapp/posture/internal/remind"
	"github.com/postureapp/posture/internal/store"
	"github.com/postureapp/posture/internal/ui"
	"github.com/postureapp/posture/internal/wire"
)

// openWindow runs the Fyne window until it is closed. When a window
// already runs for this data folder, it is asked to come forward (start
// the routine, show the prompt) instead, and this copy ends.
func openWindow(e *env, start, promptArg string) error {
	keepHeapSmall()
	prompts, err := parsePrompt(promptArg)
	if err != nil {
		return err
	}
	c, paths, err := openCatalog(e)
	if err != nil {
		return err
	}
	if start != "" { // by name or file name, before a running window is asked
		r := namedRoutine(c, start)
		if r == nil {
			printProblems(e, c)
			return usageErr("--start: no routine named %q (see 'posture list')", start)
		}
		start = r.Name
	}
	inst, serve, err := claimWindow(paths.Root)
	if errors.Is(err, desktop.ErrRunning) {
		return forwardToWindow(paths, start, prompts)
	}
	if err == nil {
		defer inst.Release()
	}
	if !desktop.HasDisplay() {
		return noDisplayErr(start)
	}
	printProblems(e, c)
	advice, err := loadAdvice(e.stderr, e.contentLang())
	if err != nil {
		return err
	}
	figures, err := figure.Load(assets.ExerciseFiles(), ".")
	if err != nil {
		return err
	}
	player, notice := speaker.Open()
	if notice != "" {
		fmt.Fprintln(e.stderr, "posture:", notice)
	}
	speech, err := openSpeech()
	speechNotice := ""
	if err != nil {
		speechNotice = err.Error()
	} else {
		go speech.Voices() // ready by the time the settings list them
	}
	// A demo at another speed is not a workout: keep it out of the
	// history, as the terminal follow-along does; the history already
	// there is shown as usual.
	demo := e.speed != 1
	if demo {
		fmt.Fprintln(e.stderr, "posture: --speed is not 1, so sessions are not saved to your history")
	}
	if err := store.MakeUserDirs(); err != nil {
		fmt.Fprintln(e.stderr, "posture:", err)
	}
	quit, stopSignals := quitOnSignals()
	defer stopSignals()
	guardPreferences(e.stderr)
	err = ui.Run(ui.Config{
		Quit:         quit,
		Catalog:      c,
		Advice:       advice,
		Speed:        e.speed,
		Start:        start,
		Audio:        player,
		AudioNotice:  notice,
		Speech:       speech,
		SpeechNotice: speechNotice,
		History:      history.NewStore(paths.History),
		Demo:         demo,
		Figures:      figures,
		Sources:      sources(paths, e.contentLang()),
		Reminders:    reminders(e, paths),
		Prompts:      prompts,
		Serve:        serve,
	})
	if err != nil {
		return fmt.Errorf("%w (data folder %s)", err, paths.Root)
	}
	return nil
}

// noDisplayErr is the one line said instead of a window when there is no
// display; when a routine was to start, where to follow it instead.
func noDisplayErr(start string) error {
	if start == "" {
		return errNoDisplay
	}
	return fmt.Errorf("%w; to follow it here, run: posture run %s --terminal", errNoDisplay, strconv.Quote(start))
}

// claimWindow takes the window's role for the data folder. Requests are
// answered "starting" until serve is given the window's handler.
func claimWindow(root string) (inst *desktop.Instance, serve func(func(wire.Request) wire.Reply), err error) {
	var handler atomic.Pointer[func(wire.Request) wire.Reply]
	inst, err = desktop.Claim(ui.WindowRole, root, func(req wire.Request) wire.Reply {
		if h := handler.Load(); h != nil {
			return (*h)(req)
		}
		return wire.Refuse(wire.Starting, errors.New("the window is still starting"))
	})
	return inst, func(h func(wire.Request) wire.Reply) { handler.Store(&h) }, err
}

// parsePrompt reads --prompt, the reminders the background process asks
// the window to show; none without one.
func parsePrompt(arg string) ([]remind.Prompt, error) {
	if arg == "" {
		return nil, nil
	}
	ps, err := wire.ParsePromptArg(arg)
	if err != nil {
		return nil, usageErr("--prompt: %v", err)
	}
	return ps, nil
}

// keepHeapSmall has the collector run when the heap grows by half
// rather than doubles, unless GOGC says otherwise. The window lives for
// hours in the background, most of its heap is fonts that stay, and it
// allocates little once a routine plays, so collecting sooner costs next
// to nothing and keeps ~5 MiB off its memory.
func keepHeapSmall() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(50)
	}
}

// quitOnSignals returns a channel closed on SIGTERM, SIGHUP (logging out,
// a shutdown) or Ctrl+C, so the app ends as when its window is closed:
// the session in progress is stopped and saved. stop undoes it.
//
// Ending must not depend on the window answering: if the process is
// still there quitGrace after the signal (the history writer's own wait
// is a few seconds), it says where each goroutine stood and exits 1. A
// second signal changes nothing: a logout may send SIGHUP and SIGTERM
// together, and the session is still being saved.
func quitOnSignals() (quit <-chan struct{}, stop func()) {
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, syscall.SIGTERM, syscall.SIGHUP, os.Interrupt)
	done := make(chan struct{})
	closed := make(chan struct{})
	go func() {
		select {
		case <-sigs:
			close(closed)
		case <-done:
			return
		}
		grace := time.NewTimer(quitGrace)
		defer grace.Stop()
		select {
		case <-grace.C:
			endNow(fmt.Sprintf("the window did not close within %v", quitGrace))
		case <-done:
		}
	}()
	return closed, func() {
		signal.Stop(sigs)
		close(done)
	}
}

// quitGrace is how long a signal waits for the window to close.
const quitGrace = 10 * time.Second

// endNow ends a process that did not end when asked, with the stacks of
// its goroutines on stderr so the cause can be found.
func endNow(why string) {
	buf := make([]byte, 1<<20)
	buf = buf[:runtime.Stack(buf, true)]
	fmt.Fprintf(os.Stderr, "posture: ending at once: %s\n%s", why, buf)
	os.Exit(1)
}

// errNoDisplay is why a window cannot open: the one line a person sees
// instead of the graphics library's crash.
var errNoDisplay = errors.New("no display to show the window on: DISPLAY and WAYLAND_DISPLAY reach none (run Posture in a desktop session)")

// forwardToWindow hands this launch's request to the running window.
func forwardToWindow(paths store.Paths, start string, prompts []remind.Prompt) error {
	req := wire.Ask(wire.Show)
	switch {
	case len(prompts) > 0:
		req = wire.ShowPrompts(prompts)
	case start != "":
		req = wire.PlayRoutine(start)
	}
	var err error
	// The running copy may still be starting: give it a moment.
	for range 20 {
		if _, err = desktop.Send(ui.WindowRole, paths.Root, req); !wire.IsRefused(err, wire.Starting) && !errors.Is(err, desktop.ErrNotRunning) {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	var refused *wire.RefusedError
	switch {
	case errors.As(err, &refused):
		return refused
	case err != nil:
		return fmt.Errorf("the running Posture does not answer: %w", err)
	}
	return nil
}
