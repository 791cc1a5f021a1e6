package main

import (
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/postureapp/posture/internal/background"
	"github.com/postureapp/posture/internal/remind"
	"github.com/postureapp/posture/internal/routine"
)

func init() {
	register(command{
		name:    "remind",
		summary: "show or change the reminders: scheduled sessions, desk breaks, quiet hours",
		usage: `[add ROUTINE [--days mon,wed,fri] [--at 18:00] | remove ROUTINE |
                breaks --every 50m|--off [--routine NAME] | quiet --from 08:00 --to 21:00]`,
		run: runRemind,
	})
}

func runRemind(e *env, args []string) error {
	c, paths, err := openCatalog(e)
	if err != nil {
		return err
	}
	client := reminders(e, paths)
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		fs := newFlags(e, commands["remind"])
		if err := fs.Parse(args); err != nil {
			return err
		}
		if fs.NArg() > 0 {
			return usageErr("unexpected argument %q", fs.Arg(0))
		}
		return showReminders(e.stdout, client, time.Now())
	}
	plan, err := client.Plan()
	if err != nil {
		return err
	}
	var change func(*remind.Plan, []string) (string, error)
	switch args[0] {
	case "add":
		change = func(p *remind.Plan, a []string) (string, error) { return remindAdd(e, p, a, c) }
	case "remove":
		change = func(p *remind.Plan, a []string) (string, error) { return remindRemove(e, p, a) }
	case "breaks":
		change = func(p *remind.Plan, a []string) (string, error) { return remindBreaks(e, p, a, c) }
	case "quiet":
		change = func(p *remind.Plan, a []string) (string, error) { return remindQuiet(e, p, a) }
	default:
		return usageErr("unknown action %q: add, remove, breaks or quiet", args[0])
	}
	done, err := change(&plan, args[1:])
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

// subFlags parses an action's flags, which may come before or after its
// one argument (the routine), and returns that argument.
func subFlags(e *env, action string, args []string, wantArg bool, define func(fs *flag.FlagSet)) (string, error) {
	fs := flag.NewFlagSet("posture remind "+action, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	define(fs)
	arg := ""
	if wantArg && len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		arg, args = args[0], args[1:]
	}
	if err := fs.Parse(args); err != nil {
		return "", err
	}
	if wantArg && arg == "" && fs.NArg() > 0 {
		arg = fs.Arg(0)
	} else if fs.NArg() > 0 {
		return "", usageErr("unexpected argument %q", fs.Arg(0))
	}
	if wantArg && arg == "" {
		return "", usageErr("name the routine (see 'posture list')")
	}
	return arg, nil
}

func remindAdd(e *env, p *remind.Plan, args []string, c *routine.Catalog) (string, error) {
	var days, at string
	name, err := subFlags(e, "add", args, true, func(fs *flag.FlagSet) {
		fs.StringVar(&days, "days", "", "weekdays, like mon,wed,fri (default: spread the routine's per_week)")
		fs.StringVar(&at, "at", "18:00", "time of day, HH:MM")
	})
	if err != nil {
		return "", err
	}
	r := c.Routine(name)
	if r == nil {
		return "", usageErr("no routine named %q (see 'posture list')", name)
	}
	s := remind.Session{Routine: r.Name, Days: remind.ProposeDays(r.Target())}
	if days != "" {
		if s.Days, err = parseDays(days); err != nil {
			return "", usageErr("--days: %v", err)
		}
	}
	if s.At, err = remind.ParseClock(at); err != nil {
		return "", usageErr("--at: %v (HH:MM)", err)
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

func remindRemove(e *env, p *remind.Plan, args []string) (string, error) {
	name, err := subFlags(e, "remove", args, true, func(*flag.FlagSet) {})
	if err != nil {
		return "", err
	}
	if !p.RemoveSession(name) {
		return "", usageErr("no reminder for %q (see 'posture remind')", name)
	}
	return "Removed the reminder for " + name, nil
}

func remindBreaks(e *env, p *remind.Plan, args []string, c *routine.Catalog) (string, error) {
	var every time.Duration
	var off bool
	var name string
	if _, err := subFlags(e, "breaks", args, false, func(fs *flag.FlagSet) {
		fs.DurationVar(&every, "every", 0, "minutes of keyboard and mouse use between breaks, 15m-3h")
		fs.BoolVar(&off, "off", false, "no desk breaks")
		fs.StringVar(&name, "routine", "", "the routine to suggest (default "+remind.DefaultBreakRoutine+")")
	}); err != nil {
		return "", err
	}
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
		r := c.Routine(name)
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

func remindQuiet(e *env, p *remind.Plan, args []string) (string, error) {
	var from, to string
	if _, err := subFlags(e, "quiet", args, false, func(fs *flag.FlagSet) {
		fs.StringVar(&from, "from", "", "reminders may come from this time, HH:MM")
		fs.StringVar(&to, "to", "", "until this time, HH:MM")
	}); err != nil {
		return "", err
	}
	if from == "" || to == "" {
		return "", usageErr("give --from HH:MM and --to HH:MM")
	}
	var err error
	if p.Quiet.From, err = remind.ParseClock(from); err != nil {
		return "", usageErr("--from: %v", err)
	}
	if p.Quiet.To, err = remind.ParseClock(to); err != nil {
		return "", usageErr("--to: %v", err)
	}
	return "Reminders only between " + p.Quiet.String(), nil
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
	fmt.Fprintf(w, "  Quiet\treminders only %s\n", plan.Quiet)
	if err := w.Flush(); err != nil {
		return err
	}
	status := client.Status()
	switch {
	case status.Running:
		fmt.Fprintf(out, "Background: running; idle time from %s\n", status.IdleSource)
	case plan.Empty():
		fmt.Fprintln(out, "Background: not running (nothing to remind of)")
	default:
		fmt.Fprintln(out, "Background: not running; reminders come while Posture runs ('posture --background', 'posture autostart on')")
	}
	state, _ := remind.ReadState(client.StatePath())
	sched := &remind.Scheduler{Plan: plan, State: state, Loc: now.Location(), Clock: fixedClock(now)}
	next := sched.Upcoming(5)
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

type fixedClock time.Time

func (c fixedClock) Now() time.Time { return time.Time(c) }
