package main

import (
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/postureapp/posture/internal/remind"
	"github.com/postureapp/posture/internal/routine"
)

// newRemindHoursCmd is `remind hours`: the part of the day reminders may
// come in. It was first called `quiet`, which said the opposite of what it
// set; newRemindQuietCmd keeps that name working.
func newRemindHoursCmd(e *env) *cobra.Command {
	var from, to string
	hours := &cobra.Command{
		Use:   "hours",
		Short: "set the hours reminders may come in (outside them they wait)",
		Long: "Reminders come only from --from until --to (a later --from spans midnight, equal times allow the whole day).\n" +
			"A reminder due outside these hours waits for them to start. 'remind quiet' is the old name of this command.",
		Example:           "  posture remind hours --from 08:00 --to 21:00\n  posture remind hours --from 00:00 --to 00:00",
		Args:              noArgs,
		ValidArgsFunction: cobra.NoFileCompletions,
		RunE: func(*cobra.Command, []string) error {
			return changeReminders(e, func(p *remind.Plan, _ *routine.Catalog) (string, error) {
				return remindHours(e.stderr, p, from, to)
			})
		},
	}
	hours.Flags().StringVar(&from, "from", "", "reminders may come from this time, `HH:MM`")
	hours.Flags().StringVar(&to, "to", "", "until this time, `HH:MM`")
	return hours
}

// newRemindQuietCmd is the old name of `remind hours`, hidden from help,
// still working, with a line on stderr saying to use the new one.
func newRemindQuietCmd(e *env) *cobra.Command {
	quiet := newRemindHoursCmd(e)
	quiet.Use, quiet.Hidden = "quiet", true
	quiet.Short = "old name of 'remind hours'"
	quiet.Long, quiet.Example = "", ""
	run := quiet.RunE
	quiet.RunE = func(c *cobra.Command, args []string) error {
		fmt.Fprintln(e.stderr, "posture: 'remind quiet' is deprecated (it sets the hours reminders MAY come): use 'posture remind hours --from HH:MM --to HH:MM'")
		return run(c, args)
	}
	return quiet
}

// remindHours sets the allowed hours, warning on stderr of each reminder
// now outside them.
func remindHours(stderr io.Writer, p *remind.Plan, from, to string) (string, error) {
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
	for _, s := range p.Sessions {
		warnOutsideHours(stderr, *p, s)
	}
	return "Reminders may come only " + p.Quiet.String(), nil
}

// remindAddWarned is remindAdd, warning on stderr when the time chosen is
// outside the hours reminders may come: the reminder is kept, and waits.
func remindAddWarned(stderr io.Writer, p *remind.Plan, name, days, at string, c *routine.Catalog) (string, error) {
	done, err := remindAdd(p, name, days, at, c)
	if err != nil {
		return done, err
	}
	if s, ok := p.Session(namedRoutine(c, name).Name); ok {
		warnOutsideHours(stderr, *p, s)
	}
	return done, nil
}

func warnOutsideHours(stderr io.Writer, p remind.Plan, s remind.Session) {
	if w := p.HoursWarning(s.At); w != "" {
		fmt.Fprintf(stderr, "posture: warning: %s: %s (see 'posture remind hours')\n", s.Routine, w)
	}
}
