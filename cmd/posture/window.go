package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/postureapp/posture/assets"
	"github.com/postureapp/posture/internal/audio/speaker"
	"github.com/postureapp/posture/internal/figure"
	"github.com/postureapp/posture/internal/history"
	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/ui"
)

// openWindow runs the Fyne window until it is closed.
func openWindow(e *env, start string) error {
	c, paths, err := openCatalog(e)
	if err != nil {
		return err
	}
	printProblems(e, c)
	if start != "" && c.Routine(start) == nil {
		return usageErr("--start: no routine named %q (see 'posture list')", start)
	}
	advice, err := routine.ParseAdvice("assets/advice.toml", assets.Advice)
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
	// A demo at another speed is not a workout: keep it out of the
	// history, as the terminal follow-along does.
	hist := history.NewStore(paths.History)
	if e.speed != 1 {
		hist = nil
		fmt.Fprintln(e.stderr, "posture: --speed is not 1, so sessions are not saved to your history")
	}
	quit, stopSignals := quitOnSignals()
	defer stopSignals()
	err = ui.Run(ui.Config{
		Quit:        quit,
		Catalog:     c,
		Advice:      advice,
		Speed:       e.speed,
		Start:       start,
		Audio:       player,
		AudioNotice: notice,
		History:     hist,
		Figures:     figures,
		Sources:     sources(paths),
	})
	if err != nil {
		return fmt.Errorf("%w (data folder %s)", err, paths.Root)
	}
	return nil
}

// quitOnSignals returns a channel closed on SIGTERM, SIGHUP (logging out,
// a shutdown) or Ctrl+C, so the app ends as when its window is closed:
// the session in progress is stopped and saved. stop undoes it.
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
		}
	}()
	return closed, func() {
		signal.Stop(sigs)
		close(done)
	}
}
