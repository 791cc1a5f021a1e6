package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/postureapp/posture/internal/history"
	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/tomlfile"
)

func init() {
	register(func(e *env) *cobra.Command {
		var asCSV, asJSON bool
		var weeks int
		cmd := &cobra.Command{
			Use:               "history",
			Short:             "show recent sessions, the weekly summary and the current suggestions, every session as CSV, or import sessions from a file",
			Example:           "  posture history\n  posture history --weeks 12\n  posture history --csv >sessions.csv\n  posture history --json | jq .streak",
			ValidArgsFunction: cobra.NoFileCompletions,
			RunE:              func(_ *cobra.Command, args []string) error { return runHistory(e, args, asCSV, asJSON, weeks) },
		}
		cmd.Flags().BoolVar(&asCSV, "csv", false, "write every session's exercises as CSV rows instead")
		cmd.Flags().IntVar(&weeks, "weeks", 4, "show the last `N` weeks")
		cmd.Flags().BoolVar(&asJSON, "json", false, "write the summary, the weeks, their sessions and the suggestions as JSON (see docs/cli-json.md)")
		cmd.AddCommand(&cobra.Command{
			Use:               "import FILE...",
			Short:             "add the sessions of each file (an export of sessions that could not be saved, or another machine's month file) to your history",
			Example:           "  posture history import ~/Downloads/2026-11.toml",
			ValidArgsFunction: completeTOMLFiles,
			RunE:              func(_ *cobra.Command, args []string) error { return runHistoryImport(e, args) },
		})
		return cmd
	})
}

func runHistory(e *env, args []string, asCSV, asJSON bool, weeks int) error {
	switch {
	case len(args) > 0:
		return usageErr("unexpected argument %q", args[0])
	case weeks < 1:
		return usageErr("--weeks must be 1 or more")
	case asCSV && asJSON:
		return usageErr("--csv or --json, not both")
	}
	c, paths, err := openCatalog(e)
	if err != nil {
		return err
	}
	st := history.Open(paths)
	sessions, problems := st.Load()
	for _, p := range problems {
		fmt.Fprintf(e.stderr, "warning: history not loaded: %v\n", p)
	}
	if asCSV {
		return history.WriteCSV(e.stdout, sessions)
	}
	// The window's Settings writes the target; both count against it.
	target, err := st.Target()
	if err != nil {
		fmt.Fprintf(e.stderr, "warning: weekly target not read, %d used: %v\n", target, err)
	}
	if asJSON {
		return writeJSON(e.stdout, historyDoc(sessions, c, time.Now(), time.Local, weeks, target))
	}
	if err := printHistory(e.stdout, sessions, time.Now(), time.Local, weeks, target); err != nil {
		return err
	}
	printSuggestions(e.stdout, sessions, c)
	return nil
}

// printSuggestions ends the history with what the home screen suggests,
// one line each: the exercise, what to change, and why.
func printSuggestions(out io.Writer, sessions []history.Session, c *routine.Catalog) {
	r, sugs := history.Current(sessions, c)
	if r == nil {
		return
	}
	fmt.Fprintf(out, "\nSuggestions for %s:", r.Name)
	if len(sugs) == 0 {
		fmt.Fprint(out, " none yet; keep going.")
	}
	fmt.Fprintln(out)
	for _, s := range sugs {
		fmt.Fprintf(out, "  %s: %s (%s)\n", s.From.Name, s.Change, strings.TrimSuffix(s.Why, "."))
	}
}

// printHistory writes the summary line, the weeks, then the sessions of
// those weeks, newest first. Every count and status comes from the
// history package, as the window's do.
func printHistory(out io.Writer, sessions []history.Session, now time.Time, loc *time.Location, weeks, target int) error {
	sum := history.Summarise(sessions, now, loc, target)
	fmt.Fprintf(out, "This week: %d of %d sessions. Streak: %s.\n\n", sum.ThisWeek, sum.Target, plural(sum.Streak, "week"))
	recent := history.RecentWeeks(sessions, now, loc, weeks, target)
	w := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "WEEK OF\tCOMPLETED\tNOT COUNTED\tTARGET")
	for _, wk := range recent {
		met := strconv.Itoa(sum.Target)
		if wk.Met {
			met += ", met"
		}
		fmt.Fprintf(w, "%s\t%d\t%d\t%s\n", wk.Start.Format("Mon 2006-01-02"), wk.Completed, wk.Other, met)
	}
	if err := w.Flush(); err != nil {
		return err
	}
	fmt.Fprintln(out)
	w = tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "DATE\tROUTINE\tTIME\tSTATUS")
	// A session shows on the day and at the time it was done where it was
	// done, as it counts (history.DoneOn); zones are at most 26 hours apart.
	for i := len(sessions) - 1; i >= 0 && sessions[i].Started.After(recent[0].Start.Add(-27*time.Hour)); i-- {
		s := sessions[i]
		if history.DoneOn(s, loc).Before(recent[0].Start) {
			continue
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\n", s.Started.Format("Mon 2006-01-02 15:04"), tomlfile.Printable(s.Routine),
			routine.FormatDuration(time.Duration(s.Active)), s.Judge().Text())
	}
	return w.Flush()
}

func plural(n int, unit string) string {
	if n == 1 {
		return "1 " + unit
	}
	return fmt.Sprintf("%d %ss", n, unit)
}

// runHistoryImport adds the sessions of each FILE (an export of sessions
// that could not be saved, or another machine's month file) to the
// history. Sessions already there are left as they are.
func runHistoryImport(e *env, files []string) error {
	if len(files) == 0 {
		return usageErr("name one or more files of sessions to import")
	}
	paths, err := openPaths(e)
	if err != nil {
		return err
	}
	st := history.Open(paths)
	for _, file := range files {
		sessions, err := history.ReadFile(file)
		if err != nil {
			return err
		}
		added, problems, err := st.Import(sessions)
		for _, problem := range problems {
			fmt.Fprintf(e.stderr, "warning: %v\n", problem)
		}
		if err != nil {
			return fmt.Errorf("%s: %d of %d sessions imported before: %w", file, added, len(sessions), err)
		}
		fmt.Fprintf(e.stdout, "%s: %d sessions imported, %d already in your history\n", file, added, len(sessions)-added)
	}
	return nil
}
