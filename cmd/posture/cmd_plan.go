package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/session"
	"github.com/postureapp/posture/internal/store"
)

func init() {
	register(func(e *env) *cobra.Command {
		var noFloor, asJSON bool
		cmd := &cobra.Command{
			Use:               "plan ROUTINE",
			Example:           "  posture plan upper-back-strength\n  posture plan ~/my-routine.toml\n  posture plan desk-posture-break --json",
			Short:             "print a routine's steps with sets, reps, hold, sides and time, and its total",
			Long:              "Print a routine's steps with sets, reps, hold, sides and time, and its total.\nROUTINE is a routine's name (see 'posture list') or a routine file.",
			ValidArgsFunction: completeRoutines(e, true),
			RunE:              func(_ *cobra.Command, args []string) error { return runPlan(e, args, noFloor, asJSON) },
		}
		cmd.Flags().BoolVar(&noFloor, "no-floor", false, "plan it for someone who does no floor work: standing versions of floor moves, the rest left out (as the Settings choice does)")
		cmd.Flags().BoolVar(&asJSON, "json", false, "write the plan as JSON (see docs/cli-json.md)")
		return cmd
	})
}

func runPlan(e *env, args []string, noFloor, asJSON bool) error {
	if len(args) != 1 {
		return usageErr("needs one ROUTINE: a routine name (see 'posture list') or a routine file")
	}
	r, c, _, err := findRoutine(e, args[0])
	if err != nil {
		return err
	}
	var dropped []string
	if noFloor {
		if r, dropped, err = withoutFloor(r, c.Library); err != nil {
			return err
		}
	}
	if asJSON {
		return writeJSON(e.stdout, planDoc(r, c.Library))
	}
	printPlan(e.stdout, r, c.Library)
	printLeftOut(e.stdout, dropped)
	return nil
}

// withoutFloor is r for a person who does no floor work (the Settings
// choice, --no-floor), and the floor moves it leaves out; an error when
// every move is done on the floor.
func withoutFloor(r *routine.Routine, lib *routine.Library) (*routine.Routine, []string, error) {
	r, dropped := r.WithoutFloor(lib)
	if len(r.Sections) == 0 {
		return nil, nil, fmt.Errorf("every move of %s is done on the floor, so nothing is left to play without floor work", r.Name)
	}
	return r, dropped, nil
}

// printLeftOut names the floor moves withoutFloor left out, if any.
func printLeftOut(w io.Writer, dropped []string) {
	if len(dropped) > 0 {
		fmt.Fprintf(w, "Left out (floor work with no standing version): %s\n", strings.Join(dropped, ", "))
	}
}

// findRoutine takes ROUTINE as the name of a built-in or saved routine,
// in any case or as its file name, or else as a routine file, checked
// against the library.
func findRoutine(e *env, arg string) (*routine.Routine, *routine.Catalog, store.Paths, error) {
	c, paths, err := openCatalog(e)
	if err != nil {
		return nil, nil, paths, err
	}
	if r := namedRoutine(c, arg); r != nil {
		return r, c, paths, nil
	}
	if _, statErr := os.Stat(arg); statErr != nil && !strings.HasSuffix(arg, ".toml") {
		printProblems(e, c)
		return nil, nil, paths, usageErr("no routine named %q (see 'posture list'), and no such file", arg)
	}
	data, err := routine.ReadFile(arg)
	if err == nil {
		var r *routine.Routine
		if r, err = routine.ParseRoutine(arg, data, c.Library); err == nil {
			return r, c, paths, nil
		}
	}
	return nil, nil, paths, err
}

// printPlan writes one line per step with its time over all rounds; with
// the get-ready line they add up to the total on the last line.
func printPlan(out io.Writer, r *routine.Routine, lib *routine.Library) {
	tl := session.Build(r, lib)
	fmt.Fprintln(out, r.ShownName())
	w := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "STEP\tSETS\tWORK\tHOLD\tSIDES\tTIME")
	fmt.Fprintf(w, "Get ready\t\t\t\t\t%s\n", r.PrepareTime())
	times := tl.StepTimes()
	for si, plans := range r.Plans(lib) {
		indent := sectionHeader(w, r, si)
		for pi, p := range plans {
			fmt.Fprintf(w, "%s%s\t%d\t%s\t%s\t%s\t%s\n", indent, p.Exercise.Name, p.Sets,
				workText(p), holdText(p), sidesText(p.Sides), stepTimeText(p, times[si][pi]))
		}
	}
	w.Flush()
	fmt.Fprintf(out, "Total: %s\n", tl.Total)
}

// sectionHeader writes a named section's line and returns the indent its
// steps take; a routine without sections has neither.
func sectionHeader(w io.Writer, r *routine.Routine, si int) string {
	sec := r.Sections[si]
	if r.Flat && sec.Name == "" {
		return ""
	}
	name := sec.Name
	if name == "" {
		name = fmt.Sprintf("Section %d", si+1)
	}
	if n := sec.RoundCount(); n > 1 {
		name += fmt.Sprintf(" (%d rounds)", n)
	}
	fmt.Fprintf(w, "%s\t\t\t\t\t\n", name)
	return "  "
}

func workText(p routine.Plan) string {
	s := p.Work()
	if p.Pace == routine.Self {
		s += ", own pace"
	}
	return s
}

func holdText(p routine.Plan) string {
	if p.Hold.IsZero() {
		return "-"
	}
	return p.Hold.String()
}

func sidesText(s routine.Sides) string {
	if s == routine.NoSides {
		return "-"
	}
	return string(s)
}

// stepTimeText marks a self-paced step's time as the estimate it is.
func stepTimeText(p routine.Plan, d time.Duration) string {
	if p.Pace == routine.Self {
		return "~" + d.String()
	}
	return d.String()
}
