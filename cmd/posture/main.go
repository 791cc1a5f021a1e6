// Command posture walks a person through posture and upper-back exercise
// routines: a Fyne window by default, and subcommands for the terminal.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
)

// command is one subcommand. Each lives in its own cmd_*.go file and
// registers itself, so adding one never touches this file.
type command struct {
	name    string
	summary string
	usage   string // arguments after the name, for --help
	run     func(env *env, args []string) error
}

var commands = map[string]command{}

func register(c command) { commands[c.name] = c }

// env carries what every command needs: where output goes and the global
// options given before the subcommand.
type env struct {
	stdout, stderr io.Writer
	stdin          io.Reader
	dataDir        string  // --data, empty for the default
	speed          float64 // --speed, 1 for real time
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
	global := flag.NewFlagSet("posture", flag.ContinueOnError)
	global.SetOutput(stderr)
	global.StringVar(&e.dataDir, "data", "", "data folder (default $POSTURE_DATA or $XDG_DATA_HOME/posture)")
	global.Float64Var(&e.speed, "speed", 1, "play time this many times faster (for demos and tests)")
	start := global.String("start", "", "open straight into the player with this routine")
	background := global.Bool("background", false, "remind in the background (tray, notifications) without opening the window")
	prompt := global.String("prompt", "", "show a reminder's prompt (used by the background reminder)")
	global.Usage = func() { printUsage(stderr, global) }
	if err := global.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if e.speed <= 0 {
		fmt.Fprintln(stderr, "posture: --speed must be above 0")
		return 2
	}
	rest := global.Args()
	switch {
	case len(rest) == 0 && *background:
		return report(stderr, "posture", runBackground(e))
	case len(rest) == 0:
		return report(stderr, "posture", openWindow(e, *start, *prompt))
	}
	if rest[0] == "help" {
		printUsage(stdout, global)
		return 0
	}
	c, ok := commands[rest[0]]
	if !ok {
		fmt.Fprintf(stderr, "posture: unknown command %q (run 'posture --help' for the list)\n", rest[0])
		return 2
	}
	return report(stderr, "posture "+c.name, c.run(e, rest[1:]))
}

// report prints err the Unix way and turns it into an exit status.
func report(stderr io.Writer, prefix string, err error) int {
	var exit exitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &exit):
		return exit.code
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errUsage):
		fmt.Fprintf(stderr, "%s: %v\n", prefix, err)
		return 2
	default:
		fmt.Fprintf(stderr, "%s: %v\n", prefix, err)
		return 1
	}
}

func printUsage(w io.Writer, global *flag.FlagSet) {
	fmt.Fprintln(w, "Usage: posture [options] [command] [arguments]")
	fmt.Fprintln(w, "\nWith no command, opens the Posture window.")
	fmt.Fprintln(w, "\nOptions:")
	global.SetOutput(w)
	global.PrintDefaults()
	fmt.Fprintln(w, "\nCommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w, "\nRun 'posture COMMAND --help' for a command's arguments.")
}

// newFlags makes a subcommand's flag set with a --help that shows its usage.
func newFlags(e *env, c command) *flag.FlagSet {
	fs := flag.NewFlagSet("posture "+c.name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fs.SetOutput(e.stdout)
		fmt.Fprintf(e.stdout, "Usage: posture %s %s\n\n%s\n", c.name, c.usage, c.summary)
		if hasFlags(fs) {
			fmt.Fprintln(e.stdout, "\nOptions:")
			fs.PrintDefaults()
		}
		fs.SetOutput(e.stderr)
	}
	return fs
}

func hasFlags(fs *flag.FlagSet) bool {
	n := 0
	fs.VisitAll(func(*flag.Flag) { n++ })
	return n > 0
}

// usageErr formats an error that exits with status 2.
func usageErr(format string, args ...any) error {
	return fmt.Errorf("%w: %s", errUsage, fmt.Sprintf(format, args...))
}
