package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/postureapp/posture/internal/background"
	"github.com/postureapp/posture/internal/remind"
	"github.com/postureapp/posture/internal/routine"
)

func init() {
	register(newRemindCmd)
}

func newRemindCmd(e *env) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:     "remind",
		Short:   "show or change the reminders: scheduled sessions, desk breaks, the hours they may come",
		Example: "  posture remind\n  posture remind --json",
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) > 0 {
				return usageErr("unknown action %q: add, remove, breaks or hours", args[0])
			}
			return nil
		},
		ValidArgsFunction: cobra.NoFileCompletions,
		RunE: func(*cobra.Command, []string) error {
			_, paths, err := openCatalog(e)
			if err != nil {
				return err
			}
			if asJSON {
				return remindersJSON(e.stdout, reminders(e, paths), time.Now())
			}
			return showReminders(e.stdout, reminders(e, paths), time.Now())
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "write the reminders, the background's state and the next five as JSON (see docs/cli-json.md)")
	var days, at string
	add := &cobra.Command{
		Use:               "add ROUTINE",
		Short:             "remind of a routine on some weekdays at a time of day",
		Example:           "  posture remind add upper-back-strength --days mon,wed,fri --at 07:30\n  posture remind add desk-posture-break",
		Args:              atMostOne,
		ValidArgsFunction: completeRoutines(e, false),
		RunE: func(_ *cobra.Command, args []string) error {
			return changeReminders(e, func(p *remind.Plan, c *routine.Catalog) (string, error) {
				return remindAddWarned(e.stderr, p, oneRoutine(args), days, at, c)
			})
		},
	}
	add.Flags().StringVar(&days, "days", "", "`DAYS` of the week, like mon,wed,fri (default: spread the routine's per_week)")
	add.Flags().StringVar(&at, "at", "", "time of day, `HH:MM` (default: 18:00, or the nearest half hour no other reminder on those days is near)")
	remove := &cobra.Command{
		Use:               "remove ROUTINE",
		Short:             "stop reminding of a routine",
		Example:           "  posture remind remove upper-back-strength",
		Args:              atMostOne,
		ValidArgsFunction: completeReminded(e),
		RunE: func(_ *cobra.Command, args []string) error {
			return changeReminders(e, func(p *remind.Plan, c *routine.Catalog) (string, error) {
				return remindRemove(p, oneRoutine(args), c)
			})
		},
	}
	var every time.Duration
	var off bool
	var breakRoutine string
	breaks := &cobra.Command{
		Use:               "breaks",
		Short:             "suggest a desk break after a stretch of keyboard and mouse use, or stop",
		Example:           "  posture remind breaks --every 50m\n  posture remind breaks --every 1h30m --routine chest-and-neck-stretch\n  posture remind breaks --off",
		Args:              noArgs,
		ValidArgsFunction: cobra.NoFileCompletions,
		RunE: func(*cobra.Command, []string) error {
			return changeReminders(e, func(p *remind.Plan, c *routine.Catalog) (string, error) {
				return remindBreaks(p, every, off, breakRoutine, c)
			})
		},
	}
	breaks.Flags().DurationVar(&every, "every", 0, "keyboard and mouse use between breaks, a `DURATION` from 15m to 3h")
	breaks.Flags().BoolVar(&off, "off", false, "no desk breaks")
	breaks.Flags().StringVar(&breakRoutine, "routine", "", "the `ROUTINE` to suggest (default "+remind.DefaultBreakRoutine+")")
	_ = breaks.RegisterFlagCompletionFunc("routine", completeRoutines(e, false))
	cmd.AddCommand(add, remove, breaks, newRemindHoursCmd(e), newRemindQuietCmd(e))
	return cmd
}

// changeReminders applies one change to the reminder plan, saves it and
// says what it did.
func changeReminders(e *env, change func(*remind.Plan, *routine.Catalog) (string, error)) error {
	c, paths, err := openCatalog(e)
	if err != nil {
		return err
	}
	client := reminders(e, paths)
	plan, err := client.Plan()
	if err != nil {
		return err
	}
	done, err := change(&plan, c)
	if err != nil {
		return err
	}
	if err := remind.Save(client.PlanPath(), plan); err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, done)
	if client.Reload() != nil && !plan.Empty() {
		fmt.Fprintln(e.stdout, "Reminders come while Posture runs: open it, or run 'posture --background' (or 'posture autostart on').")
	}
	return nil
}

// oneRoutine is the routine an action names, or "" for none.
func oneRoutine(args []string) string {
	if len(args) == 0 {
		return ""
	}
	return args[0]
}

func remindAdd(p *remind.Plan, name, days, at string, c *routine.Catalog) (string, error) {
	if name == "" {
		return "", usageErr("name the routine (see 'posture list')")
	}
	r := namedRoutine(c, name)
	if r == nil {
		return "", usageErr("no routine named %q (see 'posture list')", name)
	}
	s := remind.Session{Routine: r.Name, Days: remind.ProposeDays(r.Target())}
	var err error
	if days != "" {
		if s.Days, err = parseDays(days); err != nil {
			return "", usageErr("--days: %v", err)
		}
	}
	if s.At = p.ProposeAt(r.Name, s.Days); at != "" {
		if s.At, err = remind.ParseClock(at); err != nil {
			return "", usageErr("--at: %v (HH:MM)", err)
		}
	}
	p.SetSession(s)
	return fmt.Sprintf("%s: %s at %s", r.Name, s.Days, s.At), nil
}

func parseDays(list string) (remind.Days, error) {
	var days remind.Days
	for _, name := range strings.Split(list, ",") {
		d, err := remind.ParseDay(name)
		if err != nil {
			return 0, fmt.Errorf("%v (mon, tue, wed, thu, fri, sat, sun)", err)
		}
		days |= remind.DaysOf(d)
	}
	return days, nil
}

// remindRemove takes the routine as every command does (its name in any
// case, or its file name), or as the reminder names it, for a routine that
// is gone.
func remindRemove(p *remind.Plan, name string, c *routine.Catalog) (string, error) {
	if name == "" {
		return "", usageErr("name the routine (see 'posture list')")
	}
	if r := namedRoutine(c, name); r != nil {
		name = r.Name
	}
	if !p.RemoveSession(name) {
		return "", usageErr("no reminder for %q (see 'posture remind')", name)
	}
	return "Removed the reminder for " + name, nil
}

func remindBreaks(p *remind.Plan, every time.Duration, off bool, name string, c *routine.Catalog) (string, error) {
	switch {
	case off && (every != 0 || name != ""):
		return "", usageErr("--off takes nothing else")
	case off:
		p.Breaks.On = false
		return "Desk breaks are off", nil
	case every == 0 && name == "":
		return "", usageErr("give --every DURATION or --off")
	case every != 0 && (every < remind.MinBreakEvery || every > remind.MaxBreakEvery):
		return "", usageErr("--every %v is out of range (15m-3h)", every)
	}
	if name != "" {
		r := namedRoutine(c, name)
		if r == nil {
			return "", usageErr("--routine: no routine named %q (see 'posture list')", name)
		}
		p.Breaks.Routine = r.Name
	}
	if every != 0 {
		p.Breaks.Every = every
	}
	p.Breaks.On = true
	return fmt.Sprintf("Desk breaks: %s after %s of keyboard and mouse use", p.Breaks.Routine, routine.FormatDuration(p.Breaks.Every)), nil
}

// showReminders prints the plan and the next five due times.
func showReminders(out io.Writer, client *background.Client, now time.Time) error {
	plan, err := client.Plan()
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "Reminders (%s)\n", client.PlanPath())
	w := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	for _, s := range plan.Sessions {
		fmt.Fprintf(w, "  %s\t%s at %s\n", s.Routine, s.Days, s.At)
	}
	if plan.Breaks.On {
		fmt.Fprintf(w, "  Desk breaks\t%s after %s of keyboard and mouse use\n", plan.Breaks.Routine, routine.FormatDuration(plan.Breaks.Every))
	} else {
		fmt.Fprintln(w, "  Desk breaks\toff")
	}
	fmt.Fprintf(w, "  Hours\treminders may come only %s\n", plan.Quiet)
	if err := w.Flush(); err != nil {
		return err
	}
	status := client.Status()
	switch {
	case status.Running && status.Problem != nil:
		fmt.Fprintf(out, "Background: running, but it does not answer as expected: %v\n", status.Problem)
	case status.Running:
		fmt.Fprintf(out, "Background: running; idle time from %s\n", background.IdleSourceText(status.IdleSource))
	case plan.Empty():
		fmt.Fprintln(out, "Background: not running (nothing to remind of)")
	default:
		fmt.Fprintln(out, "Background: not running; reminders come while Posture runs ('posture --background', 'posture autostart on')")
	}
	next := client.Upcoming(plan, now, 5)
	if len(next) == 0 {
		return nil
	}
	fmt.Fprintln(out, "\nNext:")
	w = tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	for _, p := range next {
		fmt.Fprintf(w, "  %s\t%s\n", p.Planned.Format("Mon 2006-01-02 15:04"), p.Routine)
	}
	return w.Flush()
}

// remindersJSON writes what showReminders prints, as JSON.
func remindersJSON(out io.Writer, client *background.Client, now time.Time) error {
	plan, err := client.Plan()
	if err != nil {
		return err
	}
	return writeJSON(out, remindDoc(client, plan, client.Upcoming(plan, now, 5)))
}
