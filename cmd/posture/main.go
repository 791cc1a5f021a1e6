// Command posture walks a person through posture and upper-back exercise
// routines: a Fyne window by default, and subcommands for the terminal.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"

	"github.com/spf13/cobra"
)

// commands builds every subcommand. Each lives in its own cmd_*.go file and
// registers its builder, so adding one never touches this file.
var commands []func(e *env) *cobra.Command

func register(build func(e *env) *cobra.Command) { commands = append(commands, build) }

// env carries what every command needs: where output goes and the options
// that stand before or after any command.
type env struct {
	stdout, stderr io.Writer
	stdin          io.Reader
	dataDir        string  // --data, empty for the default
	speed          float64 // --speed, 1 for real time
	lang           string  // --lang: the built-in content's language; "" for English
}

// errUsage marks an error that is the caller's mistake: exit status 2.
var errUsage = errors.New("usage")

// exitError carries a chosen exit status without printing anything more.
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{stdout: stdout, stderr: stderr, stdin: stdin, speed: 1}
	root := newRoot(e)
	root.SetArgs(args)
	cmd, err := root.ExecuteC()
	return report(stderr, cmd.CommandPath(), err)
}

// newRoot builds the whole command tree around e; the man page and the
// shell completions are generated from the same tree.
func newRoot(e *env) *cobra.Command {
	var start, prompt string
	var background bool
	root := &cobra.Command{
		Use:   "posture",
		Short: "follow posture and upper-back exercise routines",
		Long: "Posture walks you through posture and upper-back exercise routines.\n" +
			"With no command, it opens the Posture window.",
		Example: "  posture\n  posture --start desk-posture-break\n  posture --background\n" +
			"  posture --data ~/Sync/posture list",
		Version:           versionText(),
		Args:              func(c *cobra.Command, args []string) error { return noCommand(e, c, args) },
		SilenceErrors:     true,
		SilenceUsage:      true,
		PersistentPreRunE: func(*cobra.Command, []string) error { return checkSpeed(e) },
		RunE: func(*cobra.Command, []string) error {
			if background {
				return runBackground(e)
			}
			return openWindow(e, start, prompt)
		},
	}
	root.SuggestionsMinimumDistance = 2
	root.SetIn(e.stdin)
	root.SetOut(e.stdout)
	root.SetErr(e.stderr)
	root.SetVersionTemplate("posture {{.Version}}\n")
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return usageErr("%v (run '%s --help')", err, c.CommandPath())
	})
	flags := root.PersistentFlags()
	flags.StringVar(&e.dataDir, "data", "", "data `folder` (default $POSTURE_DATA or $XDG_DATA_HOME/posture)")
	flags.Float64Var(&e.speed, "speed", 1, "play time `N` times faster (for demos and tests)")
	flags.StringVar(&e.lang, "lang", "", "the `language` of the built-in exercises, routines, advice and voice: en, de, es, fr or system (default en; sounds: the system's)")
	root.Flags().StringVar(&start, "start", "", "open straight into the player with this `routine`")
	_ = root.RegisterFlagCompletionFunc("start", completeRoutines(e, false))
	root.Flags().BoolVar(&background, "background", false, "remind in the background (tray, notifications) without opening the window")
	root.Flags().StringVar(&prompt, "prompt", "", "show a reminder's prompt (used by the background reminder)")
	_ = root.Flags().MarkHidden("prompt")
	for _, build := range commands {
		root.AddCommand(build(e))
	}
	root.SetHelpCommand(helpCommand(e, root))
	root.InitDefaultCompletionCmd()
	tidyCompletion(e, root)
	return root
}

// tidyCompletion removes cobra's PowerShell script off Windows, so no
// Linux package ships a page for a shell it never runs, and makes an unknown
// shell a usage mistake rather than a silent page of help.
func tidyCompletion(e *env, root *cobra.Command) {
	for _, c := range root.Commands() {
		if c.Name() != "completion" {
			continue
		}
		for _, sub := range c.Commands() {
			if sub.Name() == "powershell" && runtime.GOOS != "windows" {
				c.RemoveCommand(sub)
			}
		}
		c.Example = "  posture completion bash >~/.local/share/bash-completion/completions/posture"
		for _, sub := range c.Commands() {
			sub.Example = completionExamples[sub.Name()]
		}
		c.Args = cobra.ArbitraryArgs
		c.RunE = func(c *cobra.Command, args []string) error {
			if len(args) > 0 {
				return unknownCommand(e, c, args[0])
			}
			return c.Help()
		}
	}
}

// completionExamples show where each shell looks for a person's scripts.
var completionExamples = map[string]string{
	"bash": "  posture completion bash >~/.local/share/bash-completion/completions/posture",
	"zsh":  "  posture completion zsh >~/.zfunc/_posture   # with fpath+=(~/.zfunc) in ~/.zshrc",
	"fish": "  posture completion fish >~/.config/fish/completions/posture.fish",
}

// helpCommand is cobra's help, except that an unknown topic is a usage
// mistake (exit status 2) with the nearest command suggested.
func helpCommand(e *env, root *cobra.Command) *cobra.Command {
	return &cobra.Command{
		Use:     "help [COMMAND]",
		Short:   "show the help of a command",
		Example: "  posture help run\n  posture help remind add",
		ValidArgsFunction: func(_ *cobra.Command, args []string, word string) ([]cobra.Completion, cobra.ShellCompDirective) {
			if len(args) > 0 {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			var out []cobra.Completion
			for _, c := range root.Commands() {
				if c.IsAvailableCommand() && strings.HasPrefix(c.Name(), word) {
					out = append(out, cobra.CompletionWithDesc(c.Name(), c.Short))
				}
			}
			return out, cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(_ *cobra.Command, args []string) error {
			cmd, rest, err := root.Find(args)
			if err != nil || len(rest) > 0 && len(args) > 0 && cmd == root {
				return unknownCommand(e, root, args[0])
			}
			if len(rest) > 0 {
				return unknownCommand(e, cmd, rest[0])
			}
			cmd.InitDefaultHelpFlag()
			cmd.InitDefaultVersionFlag()
			return cmd.Help()
		},
	}
}

// unknownCommand says that word names no command of parent, with the
// nearest ones cobra finds ("did you mean list?"), and exits with status 2.
func unknownCommand(e *env, parent *cobra.Command, word string) error {
	msg := fmt.Sprintf("%s: unknown command %q", parent.CommandPath(), word)
	if near := parent.SuggestionsFor(word); len(near) > 0 {
		msg += fmt.Sprintf("; did you mean %s?", strings.Join(near, " or "))
	}
	fmt.Fprintf(e.stderr, "%s (run '%s --help' for the list)\n", msg, parent.CommandPath())
	return exitError{2}
}

// noCommand refuses words that name no command, as the window takes none.
func noCommand(e *env, root *cobra.Command, args []string) error {
	if len(args) > 0 {
		return unknownCommand(e, root, args[0])
	}
	return nil
}

// noArgs refuses arguments as a usage mistake (exit status 2), as
// cobra.NoArgs would not.
func noArgs(_ *cobra.Command, args []string) error {
	if len(args) > 0 {
		return usageErr("unexpected argument %q", args[0])
	}
	return nil
}

// atMostOne takes one argument or none.
func atMostOne(_ *cobra.Command, args []string) error {
	if len(args) > 1 {
		return usageErr("unexpected argument %q", args[1])
	}
	return nil
}

// checkSpeed runs before every command, wherever --speed stood.
func checkSpeed(e *env) error {
	if e.speed <= 0 {
		fmt.Fprintln(e.stderr, "posture: --speed must be above 0")
		return exitError{2}
	}
	return nil
}

// report prints err the Unix way and turns it into an exit status.
func report(stderr io.Writer, prefix string, err error) int {
	var exit exitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &exit):
		return exit.code
	case errors.Is(err, errUsage):
		fmt.Fprintf(stderr, "%s: %v\n", prefix, err)
		return 2
	default:
		fmt.Fprintf(stderr, "%s: %v\n", prefix, err)
		return 1
	}
}

// usageErr formats an error that exits with status 2.
func usageErr(format string, args ...any) error {
	return fmt.Errorf("%w: %s", errUsage, fmt.Sprintf(format, args...))
}
