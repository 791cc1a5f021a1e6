// Command historygen writes N sessions, ten minutes apart from 1 January
// 2020, as files of sessions that 'posture history import' reads: at most
// 50,000 sessions a file, so each stays under the 16 MiB import limit.
// bench/historyimport times the import of them.
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
	flag.Parse()
	if *out == "" || *n < 1 {
		fmt.Fprintln(os.Stderr, "usage: historygen -out DIR -n SESSIONS")
		os.Exit(2)
	}
	start := time.Date(2020, 1, 1, 7, 0, 0, 0, time.FixedZone("", 3600))
	for first := 0; first < *n; first += perFile {
		var sessions []history.Session
		for i := first; i < min(first+perFile, *n); i++ {
			began := start.Add(time.Duration(i) * 10 * time.Minute)
			sessions = append(sessions, history.Session{
				ID: history.NewID(began), Routine: "Upper Back Strength", Started: began,
				Ended: began.Add(9 * time.Minute), Status: history.Completed, Active: history.Duration(8 * time.Minute),
			})
		}
		data, err := history.EncodeSessions(sessions)
		if err == nil {
			err = os.WriteFile(filepath.Join(*out, fmt.Sprintf("sessions-%06d.toml", first)), data, 0o644)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
}
