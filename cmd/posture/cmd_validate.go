package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/postureapp/posture/assets"
	"github.com/postureapp/posture/internal/figure"
	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/tomlfile"
)

func init() {
	register(func(e *env) *cobra.Command {
		return &cobra.Command{
			Use:               "validate FILE...",
			Example:           "  posture validate ~/.local/share/posture/routines/*.toml",
			Short:             "check exercise, routine, pose, advice and translation files; exit 1 and list every problem if any",
			ValidArgsFunction: completeTOMLFiles,
			RunE:              func(_ *cobra.Command, args []string) error { return runValidate(e, args) },
		}
	})
}

func runValidate(e *env, args []string) error {
	if len(args) == 0 {
		return usageErr("name at least one file")
	}
	c, _, err := openCatalog(e)
	if err != nil {
		return err
	}
	bad := 0
	for _, file := range args {
		if err := validateFile(file, c); err != nil {
			fmt.Fprintln(e.stderr, err)
			bad++
		}
	}
	if bad > 0 {
		fmt.Fprintf(e.stderr, "%d of %d files have problems\n", bad, len(args))
		return exitError{1}
	}
	fmt.Fprintf(e.stdout, "%d files valid\n", len(args))
	return nil
}

// validateFile checks a pose file (NAME.pose.toml) as the illustration's
// keyframes, a file under translations/<lang>/ as the overlay of the
// built-in content it names, then any other file as an exercise when it
// has an id, as advice when it holds [[advice]], and as a routine
// otherwise.
func validateFile(file string, c *routine.Catalog) error {
	data, err := routine.ReadFile(file)
	if err != nil {
		return err
	}
	if strings.HasSuffix(file, figure.PoseSuffix) {
		return figure.CheckFile(file, data)
	}
	if _, _, _, ok := routine.TranslationFile(file); ok {
		advice, err := routine.ParseAdvice("assets/advice.toml", assets.Advice)
		if err != nil {
			return err
		}
		return c.CheckTranslation(file, data, advice)
	}
	var probe map[string]any
	if _, err := tomlfile.Read(file, data, routine.FileKind, &probe); err != nil {
		return err
	}
	switch {
	case probe["id"] != nil:
		_, err = routine.ParseExercise(file, data)
	case probe["advice"] != nil:
		_, err = routine.ParseAdvice(file, data)
	default:
		_, err = routine.ParseRoutine(file, data, c.Library)
	}
	return err
}
