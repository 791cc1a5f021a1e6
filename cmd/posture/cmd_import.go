package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/store"
)

func init() {
	register(func(e *env) *cobra.Command {
		var replace bool
		cmd := &cobra.Command{
			Use:               "import FILE",
			Example:           "  posture import ~/Downloads/office-stretch.toml",
			Short:             "check a routine file and copy it into your routines; an invalid file is refused with every problem",
			ValidArgsFunction: completeTOMLFiles,
			RunE:              func(_ *cobra.Command, args []string) error { return runImport(e, args, replace) },
		}
		cmd.Flags().BoolVar(&replace, "replace", false, "replace your routine of the same name")
		return cmd
	})
}

func runImport(e *env, args []string, replace bool) error {
	if len(args) != 1 {
		return usageErr("name one routine file")
	}
	c, paths, err := openCatalog(e)
	if err != nil {
		return err
	}
	file := args[0]
	data, err := routine.ReadFile(file)
	if err == nil {
		_, err = routine.ParseRoutine(file, data, c.Library)
	}
	if err != nil {
		fmt.Fprintln(e.stderr, err)
		fmt.Fprintf(e.stderr, "%s not imported; nothing was written\n", file)
		return exitError{1}
	}
	return importFile(e, c, paths, file, data, replace)
}

// importFile copies a checked routine file, as it is, into the person's
// routines folder under a name made from the routine's name; the
// exercises it carries go into the exercises folder (routine.ImportCarried).
func importFile(e *env, c *routine.Catalog, paths store.Paths, file string, data []byte, replace bool) error {
	r, _ := routine.ParseRoutine(file, data, c.Library)
	f := sources(paths, e.contentLang()).Folder()
	if msg := routine.BuiltInClash(c, r.Name); msg != "" {
		return fmt.Errorf("%s; change the name in %s and import it again", msg, file)
	}
	if other := c.Routine(r.Name); other != nil && !replace {
		return fmt.Errorf("you already have a routine called %q (%s); add --replace to replace it", other.Name, other.File)
	}
	own, data, carried, err := f.ImportCarried(r, data, c.Library)
	if err != nil {
		return err
	}
	saved, err := f.ImportRoutine(c, own, data)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "imported %q to %s\n", r.Name, saved.File)
	for _, line := range carried.Lines() {
		fmt.Fprintln(e.stdout, "  "+line)
	}
	return nil
}
