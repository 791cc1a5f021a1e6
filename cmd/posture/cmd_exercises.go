package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/tomlfile"
)

func init() {
	register(func(e *env) *cobra.Command {
		var show string
		var asJSON bool
		cmd := &cobra.Command{
			Use:               "exercises",
			Short:             "list the exercise library, one per line starting with its id",
			Example:           "  posture exercises\n  posture exercises --show chin-tuck\n  posture exercises --json",
			ValidArgsFunction: cobra.NoFileCompletions,
			RunE:              func(_ *cobra.Command, args []string) error { return runExercises(e, args, show, asJSON) },
		}
		cmd.Flags().StringVar(&show, "show", "", "print the exercise with this `ID` in full")
		_ = cmd.RegisterFlagCompletionFunc("show", completeExercises(e))
		cmd.Flags().BoolVar(&asJSON, "json", false, "write the library, or the --show exercise, as JSON (see docs/cli-json.md)")
		return cmd
	})
}

func runExercises(e *env, args []string, show string, asJSON bool) error {
	if len(args) > 0 {
		return usageErr("takes no arguments; use --show ID for one exercise")
	}
	c, _, err := openCatalog(e)
	if err != nil {
		return err
	}
	printProblems(e, c)
	if show != "" {
		ex, ok := c.Library.Exercise(show)
		if !ok {
			if near := tomlfile.Nearest(show, c.Library.IDs(), nil); near != "" {
				return usageErr("no exercise with id %q (did you mean %q?)", show, near)
			}
			return usageErr("no exercise with id %q (see 'posture exercises')", show)
		}
		if asJSON {
			return writeJSON(e.stdout, oneExerciseJSON{Schema: jsonSchema, Exercise: exerciseDoc(ex, true)})
		}
		printExercise(e.stdout, ex)
		return nil
	}
	if asJSON {
		return writeJSON(e.stdout, exercisesDoc(c.Library))
	}
	for _, ex := range c.Library.All() {
		fmt.Fprintf(e.stdout, "%-24s %-9s %-28s %s\n", ex.ID, ex.Kind, ex.Name, equipmentText(ex.Equipment))
	}
	return nil
}

func printExercise(w io.Writer, ex *routine.Exercise) {
	fmt.Fprintf(w, "%s (%s)\n", ex.Name, ex.ID)
	fmt.Fprintf(w, "%s · %s · works %s\n", ex.Kind, equipmentText(ex.Equipment), strings.Join(ex.Muscles, ", "))
	if ex.Summary != "" {
		fmt.Fprintf(w, "\n%s\n", ex.Summary)
	}
	fmt.Fprintf(w, "\nDose: %s\n", doseText(ex))
	if ex.Floor {
		fmt.Fprintln(w, "Done on the floor.")
	}
	section(w, "How to do it", ex.Steps, true)
	section(w, "Key points", ex.Cues, false)
	section(w, "Safety", ex.Safety, false)
	if pc := ex.PhaseCues; pc != (routine.PhaseCues{}) {
		fmt.Fprintln(w, "\nDuring each rep:")
		for _, p := range [][2]string{{"Lift", pc.Lift}, {"Hold", pc.Hold}, {"Lower", pc.Lower}} {
			if p[1] != "" {
				fmt.Fprintf(w, "  %-6s %s\n", p[0], p[1])
			}
		}
	}
}

func section(w io.Writer, title string, lines []string, numbered bool) {
	if len(lines) == 0 {
		return
	}
	fmt.Fprintf(w, "\n%s:\n", title)
	for i, l := range lines {
		if numbered {
			fmt.Fprintf(w, "  %d. %s\n", i+1, l)
		} else {
			fmt.Fprintf(w, "  - %s\n", l)
		}
	}
}

// doseText says an exercise's default dose the way a coach would.
func doseText(ex *routine.Exercise) string {
	d := ex.Dose
	var parts []string
	sets := max(d.Sets, 1)
	if !d.Reps.IsZero() {
		parts = append(parts, fmt.Sprintf("%d × %s reps", sets, d.Reps))
		if !d.Hold.IsZero() {
			parts = append(parts, "hold "+d.Hold.String())
		}
	} else if !d.Duration.IsZero() {
		parts = append(parts, fmt.Sprintf("%d × %s", sets, d.Duration))
	}
	switch ex.Sides {
	case routine.BothSides:
		parts = append(parts, "each side")
	case routine.Alternate:
		parts = append(parts, "alternating sides")
	}
	if d.Rest != nil && *d.Rest > 0 {
		parts = append(parts, "rest "+routine.FormatDuration(*d.Rest))
	}
	text := strings.Join(parts, ", ")
	if note := d.Source.Note(); note != "" {
		text += " (" + note + ")"
	}
	return text
}

func equipmentText(eq []string) string {
	if len(eq) == 0 {
		return "no equipment"
	}
	return strings.Join(eq, ", ")
}

// printProblems tells the person about user files that did not load, so
// nothing is silently dropped.
func printProblems(e *env, c *routine.Catalog) {
	for _, p := range c.Problems {
		fmt.Fprintf(e.stderr, "warning: not loaded:\n%v\n", p)
	}
}
