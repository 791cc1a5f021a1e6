package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/postureapp/posture/assets"
	"github.com/postureapp/posture/internal/audio"
	"github.com/postureapp/posture/internal/clock"
	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/session"
	"github.com/postureapp/posture/internal/voice"
)

func TestRunTerminalPlaysToTheEndWithoutKeys(t *testing.T) {
	file := writeRoutine(t, `format = 1
name = "Quick"
prepare = "2s"

[[step]]
exercise = "face-pull"
sets = 2
reps = "3"
pace = "self"
rest = "5s"

[[step]]
exercise = "upper-trap-stretch"
duration = "10s"
`)
	code, out, errs := posture(t, t.TempDir(), "--speed", "1000", "run", file, "--terminal")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"Get ready: Face Pull", "Switch to your right side", `completed "Quick"`, "3 sets done"} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in:\n%s", want, out)
		}
	}
	if !strings.Contains(errs, "not saved") {
		t.Errorf("a sped-up run should say it is not saved: %q", errs)
	}
	if strings.Contains(out, "Counts toward") || !strings.Contains(out, "so it does not count") {
		t.Errorf("a sped-up run, not saved, claims to count or does not say it does not:\n%s", out)
	}
}

func TestRunTerminalSavesTheSession(t *testing.T) {
	file := writeRoutine(t, "format = 1\nname = \"One Second\"\nprepare = \"0s\"\n[[step]]\nexercise = \"neck-roll\"\nduration = \"1s\"\n")
	data := t.TempDir()
	if code, _, errs := posture(t, data, "run", "--terminal", file); code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	months, _ := filepath.Glob(filepath.Join(data, "history", "*.toml"))
	if len(months) != 1 {
		t.Fatalf("history files %v, want one month", months)
	}
	saved, _ := os.ReadFile(months[0])
	for _, want := range []string{`routine = "One Second"`, `status = "completed"`, `exercise = "neck-roll"`, "sets_done = 1"} {
		if !strings.Contains(string(saved), want) {
			t.Errorf("no %s in the history:\n%s", want, saved)
		}
	}
}

func TestRunTerminalNamesAPushsPhasesForTheMovement(t *testing.T) {
	file := writeRoutine(t, `format = 1
name = "Push"
prepare = "1s"

[[step]]
exercise = "wall-push-up"
sets = 1
reps = "1"
`)
	code, out, errs := posture(t, t.TempDir(), "--speed", "1000", "run", file, "--terminal")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"Wall Push-Up | bend | ", "Wall Push-Up | pause | ", "Wall Push-Up | push | ", "Next: push 1 s"} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in:\n%s", want, out)
		}
	}
	if strings.Contains(out, "| lift |") {
		t.Errorf("a push is shown as a lift:\n%s", out)
	}
}

// clipRecorder is a sound device that keeps the phrases it is given.
type clipRecorder struct {
	audio.Silent
	mu    sync.Mutex
	clips []*audio.Clip
}

func (r *clipRecorder) PlayClip(c *audio.Clip) func() {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.clips = append(r.clips, c)
	return func() {}
}

func quickTimeline(t *testing.T) session.Timeline {
	t.Helper()
	c := routine.Load(routine.Sources{BuiltinExercises: assets.ExerciseFiles()})
	r, err := routine.ParseRoutine("quick.toml", []byte("format = 1\nname = \"Quick\"\nprepare = \"0s\"\n[[step]]\nexercise = \"neck-roll\"\nduration = \"1s\"\n"), c.Library)
	if err != nil {
		t.Fatal(err)
	}
	return session.Build(r, c.Library)
}

func TestTerminalWithoutEspeakSaysSoOnceAndCarriesOnWithBeeps(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	var errs bytes.Buffer
	f := &follower{out: &bytes.Buffer{}, errs: &errs, sound: &clipRecorder{}}
	f.startCoach(quickTimeline(t), voice.Names, 1)
	if f.coach != nil || errs.String() != "posture: no voice: install espeak-ng\n" {
		t.Fatalf("coach %v, stderr %q", f.coach, errs.String())
	}
}

// The terminal speaks, and waits for the last phrase before it exits.
func TestTerminalSaysRoutineCompleteBeforeExiting(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	rec := &clipRecorder{}
	f := &follower{out: &bytes.Buffer{}, errs: &bytes.Buffer{}, sound: rec}
	tl := f.startCoach(quickTimeline(t), voice.Names, 1)
	if f.coach == nil {
		t.Fatal("no coach with espeak-ng installed")
	}
	defer f.coach.Close()
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		if n, total := f.coach.Ready(); n == total {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("phrases not rendered within 20 s")
		}
	}
	p := session.New(tl, clock.NewFake(time.Now()), session.Options{OnEvent: f.onEvent, AutoDone: true})
	p.Start()
	p.Wait()
	f.coach.Drain(endOfSpeech)
	rec.mu.Lock()
	defer rec.mu.Unlock()
	if len(rec.clips) != 1 || rec.clips[0].Length() < 500*time.Millisecond {
		t.Fatalf("%d phrases heard; want \"Routine complete.\" at the end", len(rec.clips))
	}
}

// cueCounter counts the cues played through a speaker.
type cueCounter struct {
	audio.Silent
	mu sync.Mutex
	n  int
}

func (c *cueCounter) Play(audio.Cue) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n++
}

// Without a sound device the terminal rings its bell for every cue the
// speaker would have played, and plays nothing.
func TestTerminalWithoutASoundDeviceRingsTheBellForEachCue(t *testing.T) {
	follow := func(bell bool) (rings, played int) {
		var out bytes.Buffer
		speaker := &cueCounter{}
		f := &follower{out: &out, errs: &bytes.Buffer{}, sound: speaker, bell: bell}
		p := session.New(quickTimeline(t), clock.NewFake(time.Now()), session.Options{OnEvent: f.onEvent, AutoDone: true})
		p.Start()
		p.Wait()
		speaker.mu.Lock()
		defer speaker.mu.Unlock()
		return strings.Count(out.String(), "\a"), speaker.n
	}
	rings, played := follow(true)
	_, cues := follow(false)
	if cues == 0 || rings != cues || played != 0 {
		t.Fatalf("without a sound device: %d bells and %d sounds; with one, %d sounds", rings, played, cues)
	}
}

func TestRunVoiceFlags(t *testing.T) {
	file := writeRoutine(t, "format = 1\nname = \"Tiny\"\nprepare = \"0s\"\n[[step]]\nexercise = \"neck-roll\"\nduration = \"1s\"\n")
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	for _, args := range []string{"--voice=full", "--no-voice", "--voice", "--voice=off"} {
		if code, _, errs := posture(t, t.TempDir(), "--speed", "1000", "run", file, "--terminal", args); code != 0 {
			t.Errorf("%s: exit %d: %s", args, code, errs)
		}
	}
	code, _, errs := posture(t, t.TempDir(), "run", file, "--terminal", "--voice=loud")
	if code == 0 || !strings.Contains(errs, "allowed are names, full and off") {
		t.Errorf("--voice=loud: exit %d, %q", code, errs)
	}
}

// realRun runs the built binary with env added to a copy of this one
// without a display, and returns its exit status and output.
func realRun(t *testing.T, env []string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	cmd := exec.Command(realBinary(t), args...)
	cmd.Env = slices.DeleteFunc(os.Environ(), func(kv string) bool {
		return strings.HasPrefix(kv, "DISPLAY=") || strings.HasPrefix(kv, "WAYLAND_DISPLAY=")
	})
	cmd.Env = append(cmd.Env, env...)
	var out, errs bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errs
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		code = exit.ExitCode()
	case err != nil:
		t.Fatal(err)
	}
	return code, out.String(), errs.String()
}

// "--voice full", written with a space, chooses the mode as "--voice=full"
// does, wherever the routine stands; with two routines it says how to
// write the mode.
func TestRunVoiceModeAfterASpace(t *testing.T) {
	file := writeRoutine(t, "format = 1\nname = \"Tiny\"\nprepare = \"0s\"\n[[step]]\nexercise = \"neck-roll\"\nduration = \"1s\"\n")
	env := []string{"XDG_CACHE_HOME=" + t.TempDir(), "HOME=" + t.TempDir()}
	for _, args := range [][]string{{"run", file, "--terminal", "--voice", "full"}, {"run", "--voice", "full", file, "--terminal"}} {
		code, out, errs := realRun(t, env, append([]string{"--data", t.TempDir(), "--speed", "1000"}, args...)...)
		if code != 0 || !strings.Contains(out, `completed "Tiny"`) {
			t.Errorf("%q: exit %d, stdout %q, stderr %q", args, code, out, errs)
		}
	}
	code, _, errs := realRun(t, env, "--data", t.TempDir(), "run", file, file, "--terminal", "--voice")
	if code != 2 || !strings.Contains(errs, "write --voice=MODE") {
		t.Errorf("two routines: exit %d, stderr %q", code, errs)
	}
	for _, c := range []struct {
		args []string
		want voice.Mode
	}{{[]string{"Tiny", "full"}, voice.Full}, {[]string{"off", "Tiny"}, voice.Off}} {
		args, mode, err := voiceWord(c.args, true, voice.Names)
		if err != nil || mode != c.want || !slices.Equal(args, []string{"Tiny"}) {
			t.Errorf("%q: %q %q %v", c.args, args, mode, err)
		}
	}
}

// With no display the window is not tried: one line says to follow the
// routine in the terminal, and the status is 1, with no panic trace.
func TestRunWithoutADisplaySaysToUseTheTerminal(t *testing.T) {
	runtimeDir := t.TempDir()
	env := []string{"HOME=" + t.TempDir(), "XDG_RUNTIME_DIR=" + runtimeDir, "XDG_CACHE_HOME=" + t.TempDir()}
	code, out, errs := realRun(t, env, "--data", t.TempDir(), "run", "Desk Posture Break")
	if code != 1 || out != "" || strings.Count(errs, "\n") != 1 || !strings.HasPrefix(errs, "posture run: no display") ||
		!strings.HasSuffix(errs, `run: posture run "Desk Posture Break" --terminal`+"\n") {
		t.Fatalf("exit %d, stdout %q, stderr (%d lines):\n%s", code, out, strings.Count(errs, "\n"), errs)
	}
}

// The terminal plays the standing version of a floor move when asked, as
// the window does under Settings, No floor work; the window's own choice
// is not overridden from the command line.
func TestRunInTheTerminalWithoutFloorWork(t *testing.T) {
	file := writeRoutine(t, `format = 1
name = "Prone Then Wall"
prepare = "0s"

[[step]]
exercise = "prone-y-raise"
sets = 1
reps = "1"
rest = "0s"
`)
	code, out, errs := posture(t, t.TempDir(), "--speed", "1000", "run", file, "--terminal", "--no-floor")
	if code != 0 || !strings.Contains(out, "Wall Y Raise") || strings.Contains(out, "Prone Y Raise") {
		t.Errorf("exit %d\n%s%s", code, out, errs)
	}
	if code, _, errs := posture(t, t.TempDir(), "run", "Y-T-W Series", "--no-floor"); code != 2 || !strings.Contains(errs, "--no-floor is for --terminal") {
		t.Errorf("without --terminal: exit %d: %s", code, errs)
	}
}
