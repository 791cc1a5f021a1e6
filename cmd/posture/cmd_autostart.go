package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/postureapp/posture/internal/desktop"
)

func init() {
	register(func(e *env) *cobra.Command {
		return &cobra.Command{
			Use:       "autostart on|off|status",
			Example:   "  posture autostart on\n  posture autostart status",
			Short:     "start Posture at login, in the background, or stop doing so",
			ValidArgs: []cobra.Completion{"on", "off", "status"},
			RunE:      func(_ *cobra.Command, args []string) error { return runAutostart(e, args) },
		}
	})
}

func runAutostart(e *env, args []string) error {
	if len(args) != 1 {
		return usageErr("say on, off or status")
	}
	paths, err := openPaths(e)
	if err != nil {
		return err
	}
	c := reminders(e, paths)
	path, err := desktop.AutostartPath()
	if err != nil {
		return err
	}
	if _, ok := desktop.Sandboxed(); ok {
		path = "through the desktop's Background portal, noted in " + path
	}
	switch args[0] {
	case "on":
		if err := c.SetAutostart(true); err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "Posture starts at login, in the background (%s)\n", path)
	case "off":
		if err := c.SetAutostart(false); err != nil {
			return err
		}
		fmt.Fprintln(e.stdout, "Posture does not start at login")
	case "status":
		if c.Autostart() {
			fmt.Fprintf(e.stdout, "on (%s)\n", path)
		} else {
			fmt.Fprintln(e.stdout, "off")
		}
	default:
		return usageErr("%q: say on, off or status", args[0])
	}
	return nil
}
