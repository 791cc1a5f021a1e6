package main

import (
	"fmt"
	"text/tabwriter"

	"github.com/postureapp/posture/internal/session"
)

func init() {
	register(command{
		name:    "list",
		summary: "list every routine with its exercises, equipment and planned time",
		run:     runList,
	})
}

func runList(e *env, args []string) error {
	fs := newFlags(e, commands["list"])
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
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
		total := session.Build(r, c.Library).Total
		fmt.Fprintf(w, "%s\t%s\t%d\t%s\t%d\t%s\n", r.Name, from, r.ExerciseCount(),
			equipmentText(r.Equipment(c.Library)), r.Target(), total)
	}
	return w.Flush()
}
