package main

import (
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/postureapp/posture/assets"
	"github.com/postureapp/posture/internal/history"
	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/store"
	"github.com/postureapp/posture/internal/ui"
	"github.com/postureapp/posture/routines"
)

// Issue #26: Next through a whole routine in the terminal is recorded as
// skipped, says so, and counts toward neither the target nor the streak;
// a session played through still counts. Through the real binary, keys
// typed on a pseudo-terminal, the history at its real speed.
func TestProofNextThroughARoutineIsRecordedAsSkipped(t *testing.T) {
	data := t.TempDir()
	skip := startOnPty(t, "--data", data, "run", "Forward Head", "--terminal", "--no-voice")
	skip.waitFor(t, "Keys:", 20*time.Second)
	pressed := skip.press(t, "n", 40, 100*time.Millisecond)
	code := skip.wait(t, 10*time.Second)
	out := skip.output()
	if code != 1 || !strings.Contains(out, `skipped (2 of 2 exercises skipped) "Forward Head"`) ||
		!strings.Contains(out, "0 sets done") || !strings.Contains(out, "Not counted toward your weekly target: 2 of 2 exercises skipped.") {
		t.Fatalf("after %d × n: exit %d\n%s", pressed, code, out)
	}

	done := startOnPty(t, "--data", data, "run", writeRoutine(t, "format = 1\nname = \"One Breath\"\nprepare = \"0s\"\n[[step]]\nexercise = \"neck-roll\"\nduration = \"1s\"\n"), "--terminal", "--no-voice")
	if code := done.wait(t, 20*time.Second); code != 0 || !strings.Contains(done.output(), "Counts toward your weekly target.") {
		t.Fatalf("a session played through: exit %d\n%s", code, done.output())
	}

	history, err := exec.Command(realBinary(t), "--data", data, "history", "--weeks", "1").CombinedOutput()
	if err != nil {
		t.Fatalf("posture history: %v\n%s", err, history)
	}
	for _, want := range []string{"This week: 1 of 3 sessions.", "skipped (2 of 2 exercises skipped)", "completed\n", "  1          1            3\n"} {
		if !strings.Contains(string(history), want) {
			t.Errorf("no %q in posture history:\n%s", want, history)
		}
	}
}

// The window and 'posture history' count the week and suggest through the
// same functions: on the same data folder they say the same.
func TestWindowAndHistoryCommandAgree(t *testing.T) {
	data := t.TempDir()
	skipped := pastSession(0, history.Completed)
	skipped.Exercises[0].SetsDone, skipped.Exercises[0].Reps = 0, nil
	sore := pastSession(0, history.Completed)
	sore.Started, sore.ID = sore.Started.Add(time.Second), history.NewID(sore.Started.Add(time.Second))
	sore.Exercises[0].Comfort = history.ComfortDiscomfort
	saveHistory(t, data, skipped, sore)
	if err := history.Open(store.Layout(data)).SetTarget(2); err != nil {
		t.Fatal(err)
	}
	code, cli, errs := posture(t, data, "history")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}

	src := routine.Sources{BuiltinExercises: assets.ExerciseFiles(), BuiltinRoutines: routines.FS,
		UserRoutines: filepath.Join(data, "routines"), UserExercises: filepath.Join(data, "exercises")}
	u := ui.New(test.NewTempApp(t), ui.Config{Catalog: routine.Load(src), Sources: src,
		History: history.Open(store.Layout(data)), Background: func(f func()) { f() }})
	window := windowText(u.Window().Content())

	week := regexp.MustCompile(`This week: \d+ of \d+ sessions`)
	if w, c := week.FindString(window), week.FindString(cli); w == "" || w != c || c != "This week: 1 of 2 sessions" {
		t.Errorf("the window says %q, posture history %q; want both \"This week: 1 of 2 sessions\"", w, c)
	}
	// Home gives the suggestion's reason in a line (the rest is in
	// History); the command gives it whole.
	change := "Discomfort was noted last time"
	if !strings.Contains(window, change) || !strings.Contains(cli, change) {
		t.Errorf("the ease-off suggestion is not in both:\nwindow:\n%s\ncli:\n%s", window, cli)
	}
}

// windowText is every label and text of a window, one a line.
func windowText(o fyne.CanvasObject) string {
	var b strings.Builder
	var walk func(fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch x := o.(type) {
		case *canvas.Text:
			b.WriteString(x.Text + "\n")
		case *widget.Label:
			b.WriteString(x.Text + "\n")
		case *widget.RichText:
			b.WriteString(x.String() + "\n")
		}
		switch x := o.(type) {
		case *fyne.Container:
			for _, c := range x.Objects {
				walk(c)
			}
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(x).Objects() {
				walk(c)
			}
		}
	}
	walk(o)
	return b.String()
}

// Issue #26, terminal parity: q asks before it stops, as the window does;
// d on a timed set says why nothing happened; counts are in good English.
func TestTerminalKeysAskAndExplainLikeTheWindow(t *testing.T) {
	file := writeRoutine(t, "format = 1\nname = \"Long Stretch\"\nprepare = \"0s\"\n[[step]]\nexercise = \"upper-trap-stretch\"\nduration = \"5m\"\n")
	term := startOnPty(t, "--data", t.TempDir(), "run", file, "--terminal", "--no-voice")
	term.waitFor(t, "Upper Trapezius Stretch |", 20*time.Second)
	term.press(t, "8d", 1, 0)
	term.waitFor(t, "d ends a self-paced set; this set of Upper Trapezius Stretch is timed", 5*time.Second)
	term.press(t, "q", 1, 0)
	term.waitFor(t, "Press q again to stop", 5*time.Second)
	term.press(t, " ", 1, 0)
	term.waitFor(t, "Carrying on.", 5*time.Second)
	term.press(t, "q", 1, 0)
	term.press(t, "q", 1, 0)
	if code := term.wait(t, 10*time.Second); code != 1 || !strings.Contains(term.output(), "partial (stopped before the end)") && !strings.Contains(term.output(), "skipped (1 exercise skipped, stopped before the end)") {
		t.Fatalf("q twice: exit %d\n%s", code, term.output())
	}

	one := writeRoutine(t, "format = 1\nname = \"One\"\nprepare = \"0s\"\n[[step]]\nexercise = \"neck-roll\"\nduration = \"1s\"\n")
	if _, out, _ := posture(t, t.TempDir(), "--speed", "1000", "run", one, "--terminal"); !strings.Contains(out, "1 set done") {
		t.Errorf("want \"1 set done\":\n%s", out)
	}
}
