package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/store"
)

func init() {
	register(func(e *env) *cobra.Command {
		var out string
		cmd := &cobra.Command{
			Use:     "export ROUTINE",
			Example: "  posture export \"My Morning\" --out my-morning.toml\n  posture export my-morning > backup.toml",
			Short:   "write a routine with every exercise of your own it uses, to a file or standard output, for 'posture import' elsewhere",
			Long: "Write a routine file that carries every exercise of your own the routine uses, as [[exercise]] tables\n" +
				"(see docs/routines.md), so 'posture import' on another machine or data folder brings all of it.",
			ValidArgsFunction: completeRoutines(e, false),
			RunE:              func(_ *cobra.Command, args []string) error { return runExport(e, args, out) },
		}
		cmd.Flags().StringVar(&out, "out", "", "write to `FILE` instead of standard output")
		return cmd
	})
}

func runExport(e *env, args []string, out string) error {
	if len(args) != 1 {
		return usageErr("name one routine (see 'posture list')")
	}
	c, _, err := openCatalog(e)
	if err != nil {
		return err
	}
	r := namedRoutine(c, args[0])
	if r == nil {
		return usageErr("no routine named %q (see 'posture list')", args[0])
	}
	data := routine.ExportWhole(r, c.Library)
	if out == "" {
		_, err := e.stdout.Write(data)
		return err
	}
	if err := store.WriteFile(out, data); err != nil {
		return fmt.Errorf("export %q: %w", r.Name, err)
	}
	fmt.Fprintf(e.stdout, "exported %q to %s\n", r.Name, out)
	return nil
}
