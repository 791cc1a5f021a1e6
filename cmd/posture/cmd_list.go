package main

import (
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/postureapp/posture/internal/tomlfile"
)

func init() {
	register(func(e *env) *cobra.Command {
		return &cobra.Command{
			Use:               "list",
			Short:             "list every routine with its exercises, equipment and planned time",
			ValidArgsFunction: cobra.NoFileCompletions,
			RunE:              func(_ *cobra.Command, args []string) error { return runList(e, args) },
		}
	})
}

func runList(e *env, args []string) error {
	if len(args) > 0 {
		return usageErr("takes no arguments")
	}
	c, _, err := openCatalog(e)
	if err != nil {
		return err
	}
	printProblems(e, c)
	w := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "ROUTINE\tFROM\tEXERCISES\tEQUIPMENT\tPER WEEK\tTIME")
	for _, r := range c.Routines {
		from := "yours"
		if r.BuiltIn {
			from = "built-in"
		}
		fmt.Fprintf(w, "%s\t%s\t%d\t%s\t%d\t%s\n", tomlfile.Printable(r.Name), from, r.ExerciseCount(),
			equipmentText(r.Equipment(c.Library)), r.Target(), r.Size(c.Library).Time)
	}
	return w.Flush()
}
