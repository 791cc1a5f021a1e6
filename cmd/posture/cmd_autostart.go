package main

import (
	"fmt"

	"github.com/postureapp/posture/internal/desktop"
	"github.com/postureapp/posture/internal/store"
)

func init() {
	register(command{
		name:    "autostart",
		summary: "start Posture at login, in the background, or stop doing so",
		usage:   "on|off|status",
		run:     runAutostart,
	})
}

func runAutostart(e *env, args []string) error {
	fs := newFlags(e, commands["autostart"])
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageErr("say on, off or status")
	}
	paths, err := store.Open(e.dataDir)
	if err != nil {
		return err
	}
	c := reminders(e, paths)
	path, err := desktop.AutostartPath()
	if err != nil {
		return err
	}
	switch fs.Arg(0) {
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
		return usageErr("%q: say on, off or status", fs.Arg(0))
	}
	return nil
}
