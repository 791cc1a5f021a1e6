package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// binPosture runs the built binary with a private data folder and HOME.
func binPosture(t *testing.T, data string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	cmd := exec.Command(realBinary(t), append([]string{"--data", data}, args...)...)
	cmd.Env = append(os.Environ(), "HOME="+t.TempDir(), "XDG_CONFIG_HOME=", "XDG_RUNTIME_DIR="+t.TempDir(), "DBUS_SESSION_BUS_ADDRESS=")
	var out, errs bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errs
	err = cmd.Run()
	return out.String(), errs.String(), err
}

func TestRemindHoursSetsTheHoursRemindersMayCome(t *testing.T) {
	data := t.TempDir()
	out, errs, err := binPosture(t, data, "remind", "hours", "--from", "09:00", "--to", "20:00")
	if err != nil || !strings.Contains(out, "Reminders may come only 09:00-20:00") || errs != "" {
		t.Fatalf("remind hours: %v\n%s%s", err, out, errs)
	}
	plan, _ := os.ReadFile(filepath.Join(data, "reminders.toml"))
	if !strings.Contains(string(plan), `from = "09:00"`) || !strings.Contains(string(plan), `to = "20:00"`) {
		t.Errorf("reminders.toml:\n%s", plan)
	}
	if help, _, _ := binPosture(t, data, "remind", "--help"); !strings.Contains(help, "hours") || strings.Contains(help, "quiet ") {
		t.Errorf("remind --help should offer hours, not quiet:\n%s", help)
	}
}

func TestRemindQuietStillWorksWithADeprecationLine(t *testing.T) {
	data := t.TempDir()
	out, errs, err := binPosture(t, data, "remind", "quiet", "--from", "07:00", "--to", "22:00")
	if err != nil || !strings.Contains(out, "07:00-22:00") {
		t.Fatalf("remind quiet: %v\n%s%s", err, out, errs)
	}
	lines := strings.Split(strings.TrimSpace(errs), "\n")
	if len(lines) != 1 || !strings.Contains(lines[0], "deprecated") || !strings.Contains(lines[0], "posture remind hours") {
		t.Errorf("want one deprecation line on stderr naming 'remind hours', got:\n%s", errs)
	}
}

func TestAReminderOutsideTheHoursIsKeptWithAWarning(t *testing.T) {
	data := t.TempDir()
	out, errs, err := binPosture(t, data, "remind", "add", "upper-back-strength", "--days", "mon", "--at", "07:55")
	if err != nil || !strings.Contains(out, "Upper Back Strength: mon at 07:55") {
		t.Fatalf("remind add at 07:55 refused: %v\n%s%s", err, out, errs)
	}
	if !strings.Contains(errs, "warning: Upper Back Strength: 07:55 is outside the hours reminders may come (08:00-21:00): it will come at 08:00") {
		t.Errorf("no warning on stderr:\n%s", errs)
	}
	if list, _, _ := binPosture(t, data, "remind"); !strings.Contains(list, "Upper Back Strength  mon at 07:55") {
		t.Errorf("the reminder is not kept:\n%s", list)
	}
	// Narrowing the hours past a reminder warns of it too.
	_, errs, err = binPosture(t, data, "remind", "hours", "--from", "09:00", "--to", "17:00")
	if err != nil || !strings.Contains(errs, "07:55 is outside the hours reminders may come (09:00-17:00)") {
		t.Errorf("remind hours: %v, stderr:\n%s", err, errs)
	}
}
