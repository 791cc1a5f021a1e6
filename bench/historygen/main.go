// Command historygen writes sessions as files that 'posture history
// import' reads. With -n it writes N sessions, ten minutes apart from 1
// January 2020, at most 50,000 a file, so each stays under the 16 MiB
// import limit: bench/historyimport times the import of them. With
// -recent DAYS it writes one file of a person's last DAYS days up to
// yesterday, some days with a session and some without, completed,
// partly done and stopped for pain, for .ci/screenshots to show.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/postureapp/posture/internal/history"
)

const perFile = 50_000

func main() {
	out := flag.String("out", "", "folder to write the files into")
	n := flag.Int("n", 1000, "how many sessions")
	recent := flag.Int("recent", 0, "instead: a person's last DAYS days, up to yesterday")
	flag.Parse()
	if *out == "" || *n < 1 || *recent < 0 || *recent > 3660 {
		fmt.Fprintln(os.Stderr, "usage: historygen -out DIR [-n SESSIONS | -recent DAYS (at most 3660)]")
		os.Exit(2)
	}
	var err error
	if *recent > 0 {
		err = write(filepath.Join(*out, "recent.toml"), recentDays(*recent, time.Now()))
	} else {
		err = writeMany(*out, *n)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// writeMany writes n completed sessions of Upper Back Strength, perFile a file.
func writeMany(out string, n int) error {
	start := time.Date(2020, 1, 1, 7, 0, 0, 0, time.FixedZone("", 3600))
	for first := 0; first < n; first += perFile {
		var sessions []history.Session
		for i := first; i < min(first+perFile, n); i++ {
			began := start.Add(time.Duration(i) * 10 * time.Minute)
			sessions = append(sessions, history.Session{
				ID: history.NewID(began), Routine: "Upper Back Strength", Started: began,
				Ended: began.Add(9 * time.Minute), Status: history.Completed, Active: history.Duration(8 * time.Minute),
			})
		}
		if err := write(filepath.Join(out, fmt.Sprintf("sessions-%06d.toml", first)), sessions); err != nil {
			return err
		}
	}
	return nil
}

func write(path string, sessions []history.Session) error {
	data, err := history.EncodeSessions(sessions)
	if err != nil {
		return err
	}
	return os.WriteFile(path, data, 0o644)
}

// recentDays is a session on most of the days days before now, in a
// pattern that repeats every week: mornings of Desk Posture Break and
// Upper Back Strength, one left after a set, one stopped for pain.
func recentDays(days int, now time.Time) []history.Session {
	var sessions []history.Session
	today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, now.Location())
	for d := days; d >= 1; d-- {
		day := today.AddDate(0, 0, -d)
		switch d % 7 {
		case 0, 4: // rest days
		case 2:
			sessions = append(sessions, strength(day, 1, history.Stopped))
		case 5:
			if d < 14 {
				sessions = append(sessions, strength(day, 2, history.Pain))
				continue
			}
			sessions = append(sessions, strength(day, 3, history.Completed))
		case 1, 3:
			sessions = append(sessions, strength(day, 3, history.Completed))
		default:
			sessions = append(sessions, deskBreak(day))
		}
	}
	return sessions
}

// strength is a morning's Upper Back Strength with sets of each of its
// three pulling moves done, ended as status says.
func strength(day time.Time, sets int, status history.Status) history.Session {
	began := day.Add(7*time.Hour + 30*time.Minute)
	active := time.Duration(sets) * 4 * time.Minute
	reps := make([]int, sets)
	for i := range reps {
		reps[i] = 15 - i
	}
	var steps []history.Exercise
	for _, id := range []string{"band-pull-apart", "face-pull", "reverse-fly"} {
		steps = append(steps, history.Exercise{Exercise: id, SetsPlanned: 3, RepsPlanned: "12-15", Reps: reps, SetsDone: sets,
			Hold: history.Duration(2 * time.Second), Lower: history.Duration(3 * time.Second), Resistance: "light band"})
	}
	if status == history.Pain {
		steps[2].Comfort = history.ComfortPain
	}
	return history.Session{ID: history.NewID(began), Routine: "Upper Back Strength", Started: began,
		Ended: began.Add(active + time.Minute), Status: status, Active: history.Duration(active), Exercises: steps}
}

// deskBreak is an afternoon's Desk Posture Break played to the end.
func deskBreak(day time.Time) history.Session {
	began := day.Add(15 * time.Hour)
	steps := []history.Exercise{
		{Exercise: "doorway-stretch", SetsPlanned: 3, SetsDone: 3, Duration: history.Duration(20 * time.Second)},
		{Exercise: "shoulder-blade-squeeze", SetsPlanned: 1, SetsDone: 1, RepsPlanned: "12-15", Reps: []int{15}, Hold: history.Duration(5 * time.Second)},
		{Exercise: "upper-trap-stretch", SetsPlanned: 1, SetsDone: 1, Duration: history.Duration(30 * time.Second), Sides: "both"},
	}
	return history.Session{ID: history.NewID(began), Routine: "Desk Posture Break", Started: began,
		Ended: began.Add(4 * time.Minute), Status: history.Completed, Active: history.Duration(3*time.Minute + 30*time.Second), Exercises: steps}
}
