package main

import (
	"fmt"
	"strings"
)

func init() {
	register(command{
		name:    "rename",
		summary: "give one of your routines a new name (and the file that goes with it)",
		usage:   "ROUTINE NEW-NAME",
		run:     runRename,
	})
}

func runRename(e *env, args []string) error {
	fs := newFlags(e, commands["rename"])
	pos, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 2 {
		return usageErr("needs the routine's name and its new name")
	}
	c, paths, err := openCatalog(e)
	if err != nil {
		return err
	}
	r := c.Routine(pos[0])
	switch {
	case r == nil:
		printProblems(e, c)
		return usageErr("no routine named %q (see 'posture list')", pos[0])
	case r.BuiltIn:
		return fmt.Errorf("%q is built in; duplicate it in the window to make one you can rename", r.Name)
	}
	saved, err := sources(paths).Folder().RenameRoutine(c, r, pos[1])
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "renamed %q to %q in %s\n", r.Name, strings.TrimSpace(pos[1]), saved.File)
	return nil
}
