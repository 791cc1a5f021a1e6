package main

import (
	"strings"
	"testing"
)

func TestGlobalOptionsStandBeforeOrAfterTheCommand(t *testing.T) {
	file := writeRoutine(t, "format = 1\nname = \"Short\"\nprepare = \"1s\"\n[[step]]\nexercise = \"neck-roll\"\nduration = \"2s\"\n")
	data := t.TempDir()
	for _, args := range [][]string{
		{"--data", data, "--speed", "1000", "run", file, "--terminal"},
		{"run", file, "--terminal", "--speed", "1000", "--data", data},
		{"run", "--speed=1000", "--terminal", file, "--data=" + data},
	} {
		var out, errs strings.Builder
		code := run(args, strings.NewReader(""), &out, &errs)
		if code != 0 || !strings.Contains(out.String(), `completed "Short"`) || !strings.Contains(errs.String(), "not saved") {
			t.Errorf("%q: exit %d\n%s%s", args, code, out.String(), errs.String())
		}
	}
}

func TestUsageMistakesExit2WithTheMessage(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"lst"}, `posture: unknown command "lst"; did you mean list? (run 'posture --help' for the list)`},
		{[]string{"help", "nosuch"}, `posture: unknown command "nosuch" (run 'posture --help' for the list)`},
		{[]string{"help", "remind", "nosuch"}, `posture remind: unknown command "nosuch"`},
		{[]string{"completion", "powershell"}, `posture completion: unknown command "powershell"`},
		{[]string{"list", "--nope"}, "posture list: usage: unknown flag: --nope"},
		{[]string{"list", "extra"}, "posture list: usage: takes no arguments"},
		{[]string{"plan", "--speed", "0", "upper-back-strength"}, "posture: --speed must be above 0"},
		{[]string{"history", "--weeks", "many"}, `invalid argument "many" for "--weeks`},
	} {
		code, _, errs := posture(t, t.TempDir(), c.args...)
		if code != 2 || !strings.Contains(errs, c.want) {
			t.Errorf("%q: exit %d, stderr %q; want 2 and %q", c.args, code, errs, c.want)
		}
	}
}

func TestHelpOnEveryCommand(t *testing.T) {
	root := newRoot(&env{})
	for _, c := range root.Commands() {
		code, out, errs := posture(t, t.TempDir(), c.Name(), "--help")
		if code != 0 || !strings.Contains(out, "posture "+c.Name()) || errs != "" {
			t.Errorf("%s --help: exit %d\n%s%s", c.Name(), code, out, errs)
		}
	}
}

func TestPlanTakesTheRoutinesFileName(t *testing.T) {
	code, out, errs := posture(t, t.TempDir(), "plan", "upper-back-strength")
	if code != 0 || !strings.HasPrefix(out, "Upper Back Strength\n") {
		t.Errorf("exit %d\n%s%s", code, out, errs)
	}
}

// complete asks for completions the way the shell scripts do.
func complete(t *testing.T, data string, args ...string) []string {
	t.Helper()
	code, out, errs := posture(t, data, append([]string{"__complete"}, args...)...)
	if code != 0 {
		t.Fatalf("__complete %q: exit %d: %s", args, code, errs)
	}
	return strings.Split(strings.TrimSpace(out), "\n")
}

func TestCompletionOffersRoutinesAndExercises(t *testing.T) {
	data := t.TempDir()
	if code, _, errs := posture(t, data, "import", writeRoutine(t, importable)); code != 0 {
		t.Fatal(errs)
	}
	got := complete(t, data, "run", "")
	for _, want := range []string{"upper-back-strength\tUpper Back Strength", "morning-reset\tMorning Reset"} {
		if !strings.Contains(strings.Join(got, "\n"), want) {
			t.Errorf("run: no %q in %q", want, got)
		}
	}
	if got := complete(t, data, "plan", "up"); got[0] != "upper-back-strength\tUpper Back Strength" || got[len(got)-1] != ":4" {
		t.Errorf("plan up: %q, want only Upper Back Strength and no files", got)
	}
	if got := complete(t, data, "plan", "./my"); got[0] != "toml" || got[1] != ":8" {
		t.Errorf("plan ./my: %q, want .toml files", got)
	}
	if got := complete(t, data, "exercises", "--show", "chin"); got[0] != "chin-tuck\tChin Tuck" {
		t.Errorf("exercises --show chin: %q", got)
	}
	if got := complete(t, data, "--start", "morn"); got[0] != "morning-reset\tMorning Reset" {
		t.Errorf("--start morn: %q", got)
	}
}

func TestCompletionScripts(t *testing.T) {
	for _, shell := range []string{"bash", "zsh", "fish"} {
		code, out, errs := posture(t, t.TempDir(), "completion", shell)
		if code != 0 || !strings.Contains(out, "__complete") {
			t.Errorf("completion %s: exit %d, %d bytes, %s", shell, code, len(out), errs)
		}
	}
}

func TestRemindActionsAreSubcommands(t *testing.T) {
	data := t.TempDir()
	if code, out, errs := posture(t, data, "remind", "add", "--at", "09:30", "upper-back-strength", "--days", "mon,thu"); code != 0 || !strings.Contains(out, "Upper Back Strength: mon thu at 09:30") {
		t.Fatalf("remind add: exit %d\n%s%s", code, out, errs)
	}
	if _, out, _ := posture(t, data, "remind"); !strings.Contains(out, "Upper Back Strength  mon thu at 09:30") {
		t.Errorf("remind does not list the reminder:\n%s", out)
	}
	for _, args := range [][]string{{"remind", "often"}, {"remind", "breaks", "--every", "5m"}, {"remind", "quiet", "--from", "08:00"}} {
		if code, _, errs := posture(t, data, args...); code != 2 {
			t.Errorf("%q: exit %d, want 2: %s", args, code, errs)
		}
	}
}
