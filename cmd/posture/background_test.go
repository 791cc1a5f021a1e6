package main

// Proofs of the background process and the window through the real
// binary where the desktop is not what it expects: no display at all,
// and copies started from sessions with different runtime folders.

import (
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/godbus/dbus/v5"

	"github.com/postureapp/posture/internal/remind"
	"github.com/postureapp/posture/internal/wire"
)

// withoutRuntimeDir is env as a login over ssh or su has it: no
// XDG_RUNTIME_DIR, and a private temporary folder.
func withoutRuntimeDir(t *testing.T, env []string) []string {
	var out []string
	for _, kv := range env {
		if !strings.HasPrefix(kv, "XDG_RUNTIME_DIR=") && !strings.HasPrefix(kv, "TMPDIR=") {
			out = append(out, kv)
		}
	}
	return append(out, "TMPDIR="+t.TempDir())
}

// Without a display, the reminder prompt and the window say so in one
// line and end with an error, instead of the graphics library's panic.
func TestWithoutADisplayTheWindowSaysSoInOneLine(t *testing.T) {
	r := newTrayRig(t, "")
	p := remind.Prompt{Routine: "Upper Back Strength", Planned: time.Now().Truncate(time.Minute)}
	for _, args := range [][]string{{"--prompt", wire.PromptArg(p)}, {}} {
		cmd := r.command(args...)
		var stderr strings.Builder
		cmd.Stderr = &stderr
		err := cmd.Run()
		ee, _ := err.(*exec.ExitError)
		said := strings.TrimSpace(stderr.String())
		if ee == nil || ee.ExitCode() == 0 {
			t.Errorf("posture %q without a display: %v, want an error exit\n%s", args, err, said)
		}
		if strings.Count(said, "\n") != 0 || !strings.Contains(said, "no display") || strings.Contains(said, "panic") {
			t.Errorf("posture %q without a display says:\n%s", args, said)
		}
	}
}

// notifications stands in for the desktop's notification server and
// passes on each notification's summary.
type notifications chan string

func (n notifications) Notify(app string, id uint32, icon, summary, body string, actions []string,
	hints map[string]dbus.Variant, timeout int32) (uint32, *dbus.Error) {
	n <- summary
	return 1, nil
}

// A background process started without a display (from ssh, a service)
// notifies when a reminder is due and starts no prompt window, which
// could only crash.
func TestWithoutADisplayTheBackgroundOnlyNotifies(t *testing.T) {
	r := newTrayRig(t, "")
	conn := r.bus.Connect(t)
	shown := make(notifications, 4)
	if err := conn.Export(shown, "/org/freedesktop/Notifications", "org.freedesktop.Notifications"); err != nil {
		t.Fatal(err)
	}
	if reply, err := conn.RequestName("org.freedesktop.Notifications", dbus.NameFlagDoNotQueue); err != nil || reply != dbus.RequestNameReplyPrimaryOwner {
		t.Fatalf("notification server: %v, %v", reply, err)
	}
	r.dueAMinuteAgo("Upper Back Strength")
	bg := r.startBackground()
	select {
	case summary := <-shown:
		if summary != "Time for Upper Back Strength" {
			t.Errorf("notification %q", summary)
		}
	case <-time.After(15 * time.Second):
		t.Fatalf("no notification:\n%s", bg.output())
	}
	time.Sleep(3 * time.Second) // a prompt window, had one been started, has crashed by now
	log := bg.output()
	if strings.Contains(log, "panic") || strings.Contains(log, "GLFW") {
		t.Errorf("a prompt window was started without a display:\n%s", log)
	}
	if !strings.Contains(log, "reminders come as notifications only") {
		t.Errorf("the log does not say reminders come as notifications only:\n%s", log)
	}
}

// A background process started in a desktop session (with
// XDG_RUNTIME_DIR) and one started over ssh or su (without) never both
// serve one data folder, and `posture remind` from either finds it.
func TestOneBackgroundPerDataFolderWhateverTheRuntimeDir(t *testing.T) {
	r := newTrayRig(t, "")
	r.planAt(time.Now().Add(2 * time.Hour))
	r.startBackground()
	second := r.command("--background")
	second.Env = withoutRuntimeDir(t, r.env)
	done := make(chan error, 1)
	var out strings.Builder
	second.Stdout, second.Stderr = &out, &out
	if err := second.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { done <- second.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("the second copy: %v\n%s", err, out.String())
		}
	case <-time.After(10 * time.Second):
		_ = second.Process.Kill()
		<-done
		t.Errorf("a second background process runs on the same data folder:\n%s", out.String())
	}
	remindCmd := r.command("remind")
	remindCmd.Env = withoutRuntimeDir(t, r.env)
	said, err := remindCmd.CombinedOutput()
	if err != nil || !strings.Contains(string(said), "Background: running") {
		t.Errorf("posture remind without XDG_RUNTIME_DIR: %v\n%s", err, said)
	}
}
