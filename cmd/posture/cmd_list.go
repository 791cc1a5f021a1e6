package main

import (
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/tomlfile"
)

func init() {
	register(func(e *env) *cobra.Command {
		var asJSON bool
		cmd := &cobra.Command{
			Use:               "list",
			Short:             "list every routine with its exercises, equipment and planned time",
			Example:           "  posture list\n  posture list --json | jq -r '.routines[] | select(.built_in) | .id'",
			ValidArgsFunction: cobra.NoFileCompletions,
			RunE:              func(_ *cobra.Command, args []string) error { return runList(e, args, asJSON) },
		}
		cmd.Flags().BoolVar(&asJSON, "json", false, "write the routines as JSON (see docs/cli-json.md)")
		return cmd
	})
}

func runList(e *env, args []string, asJSON bool) error {
	if len(args) > 0 {
		return usageErr("takes no arguments")
	}
	c, _, err := openCatalog(e)
	if err != nil {
		return err
	}
	printProblems(e, c)
	routine.SortForHome(c.Routines) // as home lists them: the person's own first, then the built-ins
	if asJSON {
		return writeJSON(e.stdout, listDoc(c))
	}
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
