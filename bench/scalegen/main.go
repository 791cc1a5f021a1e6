// Command scalegen writes a data folder at the scale bench/scale measures:
// a history of one session a day going back -sessions days, and -routines
// copies of the built-in routines under new names, in the formats Posture
// itself writes (a month file per month, a routine file per routine).
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/postureapp/posture/assets"
	"github.com/postureapp/posture/internal/history"
	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/routines"
)

func main() {
	out := flag.String("out", "", "data folder to write")
	sessions := flag.Int("sessions", 0, "sessions, one a day back from today")
	count := flag.Int("routines", 0, "own routines")
	mixed := flag.Bool("mixed", false, "the last week's sessions end in every way: completed, partial, skipped, stopped early, stopped for pain, and a day without")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "usage: scalegen -out DIR [-sessions N] [-routines N]")
		os.Exit(2)
	}
	c := routine.Load(routine.Sources{BuiltinExercises: assets.ExerciseFiles(), BuiltinRoutines: routines.FS})
	if err := writeHistory(filepath.Join(*out, "history"), c, *sessions, *mixed); err != nil {
		fail(err)
	}
	if err := writeRoutines(filepath.Join(*out, "routines"), c, *count); err != nil {
		fail(err)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "scalegen:", err)
	os.Exit(1)
}

// writeHistory writes n sessions, each a built-in routine in turn done in
// full at 07:30, with every step's reps, one month file per month; with
// mixed, the last seven days end each in a different way.
func writeHistory(dir string, c *routine.Catalog, n int, mixed bool) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	months := map[string][]history.Session{}
	today := time.Now().Truncate(24 * time.Hour)
	for i := range n {
		r := c.Routines[i%len(c.Routines)]
		start := today.AddDate(0, 0, -i).Add(7*time.Hour + 30*time.Minute)
		s := history.Session{ID: history.NewID(start), Routine: r.Name, Started: start, Ended: start.Add(15 * time.Minute),
			Status: history.Completed, Active: history.Duration(14 * time.Minute)}
		if i%9 == 4 {
			s.Status = history.Stopped
		}
		for _, sec := range r.Sections {
			for _, st := range sec.Steps {
				s.Exercises = append(s.Exercises, history.Exercise{Exercise: st.Exercise, SetsPlanned: 2, SetsDone: 2,
					RepsPlanned: "10-15", Reps: []int{10 + i%6, 10 + i%5}})
			}
		}
		if mixed && i < len(weekOfOutcomes) {
			if !weekOfOutcomes[i](&s) {
				continue
			}
		}
		key := start.Format("2006-01")
		months[key] = append(months[key], s)
	}
	for key, ss := range months {
		data, err := history.EncodeSessions(ss)
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, key+".toml"), data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// writeRoutines writes n copies of the built-ins in turn, each under a
// name of its own.
func writeRoutines(dir string, c *routine.Catalog, n int) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for i := range n {
		r := *c.Routines[i%len(c.Routines)]
		r.Name = fmt.Sprintf("%s %04d", r.Name, i+1)
		r.BuiltIn = false
		if err := os.WriteFile(filepath.Join(dir, routine.FileName(r.Name)), routine.EncodeRoutine(&r), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// weekOfOutcomes changes the session of i days ago into one that ended in
// another way; false leaves that day without a session.
var weekOfOutcomes = []func(s *history.Session) bool{
	func(s *history.Session) bool { s.Status = history.Completed; return true },
	func(s *history.Session) bool { // stopped for pain in the second exercise
		s.Status, s.Exercises = history.Pain, s.Exercises[:2]
		s.Exercises[1].SetsDone, s.Exercises[1].Reps = 1, s.Exercises[1].Reps[:1]
		return true
	},
	func(s *history.Session) bool { // played to the end, half the exercises skipped
		s.Status = history.Completed
		for i := range s.Exercises[len(s.Exercises)/2:] {
			x := &s.Exercises[len(s.Exercises)/2+i]
			x.SetsDone, x.Reps = 0, nil
		}
		return true
	},
	func(*history.Session) bool { return false },
	func(s *history.Session) bool { // skipped through
		s.Status = history.Completed
		for i := range s.Exercises {
			s.Exercises[i].SetsDone, s.Exercises[i].Reps = 0, nil
		}
		return true
	},
	func(s *history.Session) bool { s.Status, s.Exercises = history.Stopped, s.Exercises[:1]; return true },
	func(s *history.Session) bool { s.Status = history.Completed; return true },
}
