package main

import (
	"encoding/csv"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/postureapp/posture/internal/history"
)

// TestHistoryCSVDoesNotOpenAsFormulas imports sessions whose names a
// spreadsheet would run as formulas and reads `posture history --csv`
// from the real binary: every such cell starts with a '.
func TestHistoryCSVDoesNotOpenAsFormulas(t *testing.T) {
	names := []string{`=cmd|' /C calc'!A0`, `=HYPERLINK("http://evil.example/","click")`, "+1+1", "@SUM(1)", "-2+3"}
	base := time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC)
	var sessions []history.Session
	for i, name := range names {
		start := base.Add(time.Duration(i) * time.Hour)
		sessions = append(sessions, history.Session{
			ID: history.NewID(start), Routine: name, Started: start, Ended: start.Add(15 * time.Minute),
			Status: history.Completed, Active: history.Duration(14 * time.Minute),
			Exercises: []history.Exercise{{Exercise: "band-pull-apart", SetsPlanned: 3, Reps: []int{12, 12, 12}, SetsDone: 3, Resistance: name}},
		})
	}
	text, err := history.EncodeSessions(sessions)
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "sessions.toml")
	writeFile(t, file, string(text))
	data := t.TempDir()
	bin := realBinary(t)
	if out, err := exec.Command(bin, "--data", data, "history", "import", file).CombinedOutput(); err != nil {
		t.Fatalf("history import: %v\n%s", err, out)
	}
	cmd := exec.Command(bin, "--data", data, "history", "--csv")
	cmd.Env = append(os.Environ(), "TZ=UTC")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("history --csv: %v\n%s", err, out)
	}
	rows, err := csv.NewReader(strings.NewReader(string(out))).ReadAll()
	if err != nil || len(rows) != len(names)+1 {
		t.Fatalf("%d rows (%v):\n%s", len(rows), err, out)
	}
	seen := map[string]bool{}
	for _, row := range rows[1:] {
		if !strings.HasPrefix(row[1], "'") || !strings.HasPrefix(row[11], "'") {
			t.Errorf("routine %q, resistance %q: not marked as text", row[1], row[11])
		}
		if row[5] != "3" || row[7] != "12 12 12" {
			t.Errorf("numbers changed: %q", row)
		}
		seen[strings.TrimPrefix(row[1], "'")] = true
	}
	for _, name := range names {
		if !seen[name] {
			t.Errorf("%q is missing or changed beyond the leading ':\n%s", name, out)
		}
	}
}
