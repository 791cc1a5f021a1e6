package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"
)

func init() {
	register(func(e *env) *cobra.Command {
		return &cobra.Command{
			Use:               "rename ROUTINE NEW-NAME",
			Short:             "give one of your routines a new name (and the file that goes with it)",
			Example:           "  posture rename my-morning-routine \"Morning Back\"",
			ValidArgsFunction: completeOwnRoutines(e),
			RunE:              func(_ *cobra.Command, args []string) error { return runRename(e, args) },
		}
	})
}

func runRename(e *env, pos []string) error {
	if len(pos) != 2 {
		return usageErr("needs the routine's name and its new name")
	}
	c, paths, err := openCatalog(e)
	if err != nil {
		return err
	}
	r := namedRoutine(c, pos[0])
	switch {
	case r == nil:
		printProblems(e, c)
		return usageErr("no routine named %q (see 'posture list')", pos[0])
	case r.BuiltIn:
		return fmt.Errorf("%q is built in; duplicate it in the window to make one you can rename", r.Name)
	}
	saved, err := sources(paths, e.contentLang()).Folder().RenameRoutine(c, r, pos[1])
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "renamed %q to %q in %s\n", r.Name, strings.TrimSpace(pos[1]), saved.File)
	return nil
}
