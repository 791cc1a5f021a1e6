package main

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/postureapp/posture/internal/history"
)

func saveHistory(t *testing.T, data string, sessions ...history.Session) {
	t.Helper()
	st := history.NewStore(filepath.Join(data, "history"))
	for _, s := range sessions {
		if _, err := st.Save(s); err != nil {
			t.Fatal(err)
		}
	}
}

func pastSession(daysAgo int, status history.Status) history.Session {
	start := time.Now().Add(-time.Duration(daysAgo) * 24 * time.Hour).Truncate(time.Second)
	return history.Session{
		ID: history.NewID(start), Routine: "Upper Back Strength", Started: start,
		Ended: start.Add(15 * time.Minute), Status: status, Active: history.Duration(14 * time.Minute),
		Exercises: []history.Exercise{{Exercise: "band-pull-apart", SetsPlanned: 3, SetsDone: 3, Reps: []int{15, 15, 14}}},
	}
}

func TestHistoryListsRecentSessionsAndTheWeek(t *testing.T) {
	data := t.TempDir()
	saveHistory(t, data, pastSession(0, history.Completed), pastSession(1, history.Pain), pastSession(400, history.Completed))
	var stdout, stderr bytes.Buffer
	if code := run([]string{"--data", data, "history", "--weeks", "2"}, strings.NewReader(""), &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	out := stdout.String()
	if !strings.Contains(out, "This week:") || !strings.Contains(out, "of 3 sessions") {
		t.Errorf("no weekly summary:\n%s", out)
	}
	if strings.Count(out, "  Upper Back Strength  ") != 2 || !strings.Contains(out, "stopped for pain") {
		t.Errorf("want the two sessions of the last two weeks, one stopped for pain:\n%s", out)
	}
	if strings.Count(out, "\nMon ") != 2 {
		t.Errorf("want two week rows:\n%s", out)
	}
}

func TestHistoryCSVHasEverySession(t *testing.T) {
	data := t.TempDir()
	saveHistory(t, data, pastSession(0, history.Completed), pastSession(400, history.Stopped))
	var stdout, stderr bytes.Buffer
	if code := run([]string{"--data", data, "history", "--csv"}, strings.NewReader(""), &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	rows, err := csv.NewReader(&stdout).ReadAll()
	if err != nil || len(rows) != 3 || rows[0][0] != "date" || rows[1][7] != "15 15 14" {
		t.Fatalf("csv %v (%v)", rows, err)
	}
}

func TestHistoryReportsABrokenMonthAndGoesOn(t *testing.T) {
	data := t.TempDir()
	saveHistory(t, data, pastSession(0, history.Completed))
	broken := filepath.Join(data, "history", "2001-01.toml")
	if err := os.WriteFile(broken, []byte("format = 1\n[[session]]\nstatus = \"nope\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{"--data", data, "history"}, strings.NewReader(""), &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if !strings.Contains(stderr.String(), broken+":3: status:") || !strings.Contains(stdout.String(), "Upper Back Strength") {
		t.Errorf("stderr %q\nstdout %q", stderr.String(), stdout.String())
	}
}

func TestHistoryRejectsBadWeeks(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"--data", t.TempDir(), "history", "--weeks", "0"}, strings.NewReader(""), &stdout, &stderr); code != 2 {
		t.Fatalf("exit %d, want 2", code)
	}
}

func TestHistoryEndsWithTheHomeScreensSuggestions(t *testing.T) {
	data := t.TempDir()
	at := func(daysAgo int, reps int) history.Session {
		s := pastSession(daysAgo, history.Completed)
		s.Exercises = []history.Exercise{
			{Exercise: "band-pull-apart", SetsPlanned: 3, SetsDone: 3, RepsPlanned: "15-20", Reps: []int{reps, reps, reps}, Resistance: "light band"},
			{Exercise: "face-pull", SetsPlanned: 3, SetsDone: 3, RepsPlanned: "12-15", Reps: []int{15, 15, 15}, Resistance: "light band"},
		}
		return s
	}
	saveHistory(t, data, at(3, 20), at(1, 21))
	var stdout, stderr bytes.Buffer
	if code := run([]string{"--data", data, "history"}, strings.NewReader(""), &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	lines := strings.Split(strings.TrimSpace(stdout.String()), "\n")
	want := []string{
		"Suggestions for Upper Back Strength:",
		"  Band Pull-Apart: Time for more resistance: try medium band, keeping the movement slow and controlled. (Every set reached 20 clean reps in your last two sessions)",
		"  Face Pull: Add reps before resistance: widen the range to 14-20 and aim for 14 a set; it gets harder only at 20. (Every set reached 15 clean reps, the top of 12-15, in your last two sessions)",
	}
	if len(lines) < 3 || strings.Join(lines[len(lines)-3:], "\n") != strings.Join(want, "\n") {
		t.Errorf("history ends:\n%s\nwant:\n%s", stdout.String(), strings.Join(want, "\n"))
	}
	stdout.Reset()
	data = t.TempDir()
	saveHistory(t, data, at(0, 20)) // one session is not yet enough
	run([]string{"--data", data, "history"}, strings.NewReader(""), &stdout, &stderr)
	if !strings.HasSuffix(stdout.String(), "Suggestions for Upper Back Strength: none yet; keep going.\n") {
		t.Errorf("without a suggestion:\n%s", stdout.String())
	}
}

// The weekly target an older Posture kept beside the history is moved to
// the data folder's settings (here, with --data) and still counted.
func TestHistoryCountsAgainstTheTargetSetInTheWindow(t *testing.T) {
	data := t.TempDir()
	saveHistory(t, data, pastSession(0, history.Completed))
	if err := history.NewStore(filepath.Join(data, "history")).SetTarget(5); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{"--data", data, "history"}, strings.NewReader(""), &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if !strings.Contains(stdout.String(), "of 5 sessions") {
		t.Errorf("the target set to 5 is not used:\n%s", stdout.String())
	}
}

// The TARGET column gives the target the home screen counts against, not
// a bare "-" for a week not yet met.
func TestHistoryTargetColumnShowsTheTarget(t *testing.T) {
	var out bytes.Buffer
	now := time.Date(2026, 11, 27, 20, 0, 0, 0, time.UTC)
	s := pastSession(0, history.Completed)
	s.Started = now.Add(-time.Hour)
	if err := printHistory(&out, []history.Session{s}, now, time.UTC, 1, 3); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "Mon 2026-11-23  1          0            3\n") {
		t.Errorf("want the week with its target of 3:\n%s", out.String())
	}
}
