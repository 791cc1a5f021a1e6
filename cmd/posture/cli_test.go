package main

import (
	"strings"
	"testing"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// visible walks every command a person can run, root included.
func visible(c *cobra.Command, each func(*cobra.Command)) {
	each(c)
	for _, sub := range c.Commands() {
		if sub.IsAvailableCommand() || sub.Name() == "help" {
			visible(sub, each)
		}
	}
}

func TestEveryCommandsHelpHasExamples(t *testing.T) {
	visible(newRoot(&env{}), func(c *cobra.Command) {
		if c == c.Root() {
			return
		}
		args := append(strings.Fields(strings.TrimPrefix(c.CommandPath(), "posture ")), "--help")
		code, out, _ := posture(t, t.TempDir(), args...)
		if code != 0 || !strings.Contains(out, "Examples:\n  posture "+strings.TrimPrefix(c.CommandPath(), "posture ")) {
			t.Errorf("%s --help has no examples of itself:\n%s", c.CommandPath(), out)
		}
	})
}

func TestEveryFlagNamesItsValue(t *testing.T) {
	visible(newRoot(&env{}), func(c *cobra.Command) {
		c.LocalFlags().VisitAll(func(f *pflag.Flag) {
			if f.Hidden {
				return
			}
			name, _ := pflag.UnquoteUsage(f)
			switch name {
			case "string", "int", "float", "duration", "strings":
				t.Errorf("%s --%s shows its value as %q; name the value, as --at `HH:MM` does", c.CommandPath(), f.Name, name)
			}
		})
	})
}

func TestUnknownNamesAreUsageMistakesAlike(t *testing.T) {
	for _, args := range [][]string{
		{"plan", "no-such-routine"},
		{"exercises", "--show", "no-such-exercise"},
		{"exercises", "--show", "chin-tuk"},
		{"remind", "add", "no-such-routine"},
		{"help", "no-such-command"},
	} {
		if code, _, errs := posture(t, t.TempDir(), args...); code != 2 || errs == "" {
			t.Errorf("%q: exit %d, want 2 with a message: %q", args, code, errs)
		}
	}
}

func TestCompletionOffersOnlyWhatTheCommandTakes(t *testing.T) {
	data := t.TempDir()
	if code, _, errs := posture(t, data, "import", writeRoutine(t, importable)); code != 0 {
		t.Fatal(errs)
	}
	if got := complete(t, data, "rename", ""); len(got) != 2 || got[0] != "morning-reset\tMorning Reset" {
		t.Errorf("rename: %q, want only your own routine (built-in ones cannot be renamed)", got)
	}
	if got := complete(t, data, "remind", "remove", ""); len(got) != 1 || got[0] != ":4" {
		t.Errorf("remind remove with no reminders: %q, want nothing", got)
	}
	if code, _, errs := posture(t, data, "remind", "add", "upper-back-strength"); code != 0 {
		t.Fatal(errs)
	}
	if got := complete(t, data, "remind", "remove", ""); len(got) != 2 || got[0] != "upper-back-strength\tUpper Back Strength" {
		t.Errorf("remind remove: %q, want only the routine with a reminder", got)
	}
	if code, out, errs := posture(t, data, "remind", "remove", "upper-back-strength"); code != 0 {
		t.Errorf("remind remove takes what completion offers: exit %d %s%s", code, out, errs)
	}
	if got := complete(t, data, "help", "li"); got[0] != "list\tlist every routine with its exercises, equipment and planned time" {
		t.Errorf("help li: %q", got)
	}
}
