package main

// History import and saves through the real binary, as the hostile tester
// of issue #23 ran them: control characters in names, a data folder on FAT,
// a month pushed past its read limit, weeks seen from other time zones.

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/postureapp/posture/internal/history"
	"github.com/postureapp/posture/internal/store/fattest"
)

// runBinary runs the real posture with args and extra environment, and
// returns its exit status and what it wrote to stdout and stderr.
func runBinary(t *testing.T, env []string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	cmd := exec.Command(realBinary(t), args...)
	cmd.Env = append(os.Environ(), env...)
	var out, errOut strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	if ee, ok := err.(*exec.ExitError); ok {
		return ee.ExitCode(), out.String(), errOut.String()
	} else if err != nil {
		t.Fatal(err)
	}
	return 0, out.String(), errOut.String()
}

func TestHistoryImportRefusesControlCharactersByLineAndField(t *testing.T) {
	for name, c := range map[string]struct{ session, want string }{
		"bell in the routine": {
			"routine = \"Upper Back\\u0007\"\nstarted = 2026-11-02T08:00:00+01:00\n",
			":5: routine: a name cannot hold control characters",
		},
		"escape in the routine": {
			"routine = \"\\u001b[31mUpper Back\"\nstarted = 2026-11-02T08:00:00+01:00\n",
			":5: routine: a name cannot hold control characters",
		},
		"escape in an exercise": {
			"routine = \"Upper Back\"\nstarted = 2026-11-02T08:00:00+01:00\n[[session.exercise]]\nexercise = \"band\\u001b[2J\"\nsets_planned = 1\nsets_done = 1\n",
			":9: exercise: contains the control character U+001B",
		},
	} {
		t.Run(name, func(t *testing.T) {
			data, file := t.TempDir(), filepath.Join(t.TempDir(), "sessions.toml")
			writeFile(t, file, "format = 1\n\n[[session]]\nid = \"2026-11-02T08:00:00.000+01:00\"\n"+
				strings.Replace(c.session, "started", "status = \"completed\"\nstarted", 1))
			code, _, stderr := runBinary(t, nil, "--data", data, "history", "import", file)
			if code == 0 || !strings.Contains(stderr, file+c.want) {
				t.Fatalf("exit %d, stderr %q; want %q", code, stderr, file+c.want)
			}
			if strings.ContainsAny(stderr, "\a\x1b") {
				t.Errorf("the refusal printed the control character: %q", stderr)
			}
			if months, _ := filepath.Glob(filepath.Join(data, "history", "*.toml")); len(months) != 0 {
				t.Errorf("something was imported: %v", months)
			}
		})
	}
}

// A month of 2,050,091 bytes as an older Posture wrote it (the finding's
// 12,813 sessions; these are longer, so fewer) takes 700 more from an
// import; before, the import pushed the file past the 2 MiB it reads, the
// next load moved it aside and every session of it left the CSV.
func TestHistoryImportKeepsEveryMonthReadable(t *testing.T) {
	data, work := t.TempDir(), t.TempDir()
	hist := filepath.Join(data, "history")
	if err := os.MkdirAll(hist, 0o755); err != nil {
		t.Fatal(err)
	}
	base := time.Date(2026, 11, 1, 0, 0, 0, 0, time.FixedZone("", 3600))
	one, _ := history.EncodeSessions(shortSessions(1, base, time.Second, "A"))
	two, err := history.EncodeSessions(shortSessions(2, base, time.Second, "A"))
	if err != nil {
		t.Fatal(err)
	}
	n := 2_050_091 / (len(two) - len(one))
	month, err := history.EncodeSessions(shortSessions(n, base, 200*time.Second, "A"))
	if err != nil {
		t.Fatal(err)
	}
	if len(month) < 2_000_000 || len(month) > 2<<20 {
		t.Fatalf("the month is %d bytes; the finding had 2,050,091", len(month))
	}
	writeFile(t, filepath.Join(hist, "2026-11.toml"), string(month))
	more, err := history.EncodeSessions(shortSessions(700, base.Add(100*time.Second), 200*time.Second, "B"))
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(work, "more.toml")
	writeFile(t, file, string(more))

	if code, out, errs := runBinary(t, nil, "--data", data, "history", "import", file); code != 0 || errs != "" {
		t.Fatalf("import: exit %d\n%s%s", code, out, errs)
	}
	code, csvOut, errs := runBinary(t, nil, "--data", data, "history", "--csv")
	if code != 0 || errs != "" {
		t.Fatalf("history --csv: exit %d: %s", code, errs)
	}
	if rows := strings.Count(csvOut, "\n") - 1; rows != n+700 {
		t.Errorf("history --csv has %d rows, want %d + 700", rows, n)
	}
	entries, _ := os.ReadDir(hist)
	for _, e := range entries {
		info, _ := e.Info()
		if strings.Contains(e.Name(), ".broken") || info.Size() > 2<<20 {
			t.Errorf("%s: %d bytes", e.Name(), info.Size())
		}
	}
}

// shortSessions makes n sessions without exercises, step apart.
func shortSessions(n int, base time.Time, step time.Duration, tag string) []history.Session {
	out := make([]history.Session, n)
	for i := range out {
		start := base.Add(time.Duration(i) * step)
		out[i] = history.Session{ID: history.NewID(start), Routine: "Upper Back Str " + tag, Started: start,
			Ended: start.Add(15 * time.Minute), Status: history.Completed, Active: history.Duration(14 * time.Minute)}
	}
	return out
}

// The same three sessions, done from Monday 00:30 in Kiritimati (UTC+14),
// count in the same week through the binary from every zone; before, UTC
// and Etc/GMT+12 put them in the week before, as done on Sunday. They are
// two weeks back, a week every zone lists with --weeks 4 whatever the
// time now.
func TestHistoryWeekIsTheSameFromEveryZone(t *testing.T) {
	monday := history.WeekStart(time.Now(), time.UTC).AddDate(0, 0, -14)
	y, m, d := monday.Date()
	first := time.Date(y, m, d, 0, 30, 0, 0, time.FixedZone("", 14*3600))
	data := t.TempDir()
	var sessions []history.Session
	for _, at := range []time.Time{first, first.Add(5 * time.Hour), first.Add(12 * time.Hour)} {
		s := pastSession(0, history.Completed)
		s.ID, s.Started, s.Ended = history.NewID(at), at, at.Add(15*time.Minute)
		sessions = append(sessions, s)
	}
	saveHistory(t, data, sessions...)
	week := regexp.MustCompile(`(?m)^Mon ` + monday.Format(time.DateOnly) + `\s+3\s+0\s+3, met$`)
	for _, zone := range []string{"Pacific/Kiritimati", "UTC", "Etc/GMT+12"} {
		code, out, errs := runBinary(t, []string{"TZ=" + zone}, "--data", data, "history", "--weeks", "4")
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", zone, code, errs)
		}
		if !week.MatchString(out) {
			t.Errorf("TZ=%s: no week of %s with the 3 sessions met:\n%s", zone, monday.Format(time.DateOnly), out)
		}
		if want := "Mon " + monday.Format(time.DateOnly) + " 00:30"; !strings.Contains(out, want) {
			t.Errorf("TZ=%s: the Monday session is not shown as done on %s:\n%s", zone, want, out)
		}
	}
}

// A data folder on a USB stick (FAT: no hard links): before, the second
// save of each file failed with "cannot keep backup: link ... operation
// not permitted".
func TestEverySecondSaveWorksOnFAT(t *testing.T) {
	data := filepath.Join(fattest.Mount(t, 32<<20), "data")
	routineFile := writeRoutine(t, importable)
	sessions, _ := sessionsFile(t, t.TempDir(), time.Date(2026, 11, 2, 8, 0, 0, 0, time.UTC), 3, time.Hour, "a")
	more, _ := sessionsFile(t, t.TempDir(), time.Date(2026, 11, 3, 8, 0, 0, 0, time.UTC), 3, time.Hour, "b")
	for _, args := range [][]string{
		{"remind", "add", "--at", "09:30", "upper-back-strength", "--days", "mon"},
		{"remind", "add", "--at", "10:30", "upper-back-strength", "--days", "mon,thu"},
		{"import", routineFile},
		{"import", "--replace", routineFile},
		{"history", "import", sessions},
		{"history", "import", more},
	} {
		if code, out, errs := runBinary(t, nil, append([]string{"--data", data}, args...)...); code != 0 {
			t.Fatalf("posture %s: exit %d\n%s%s", strings.Join(args, " "), code, out, errs)
		}
	}
	for _, bak := range []string{"reminders.toml.bak", "routines/morning-reset.toml.bak", "history/2026-11.toml.bak"} {
		if _, err := os.Stat(filepath.Join(data, bak)); err != nil {
			t.Errorf("no backup of the second save: %v", err)
		}
	}
	if got := allSessions(t, data); len(got) != 6 {
		t.Errorf("%d sessions in the history, want 6", len(got))
	}
}

// kill -9 during reminder saves left .reminders*.toml.tmpNNN in the data
// folder's root, still there days later: only routines/, exercises/ and
// history/ were swept.
func TestKilledSavesInTheDataFolderRootAreSwept(t *testing.T) {
	data := t.TempDir()
	stale := []string{".reminders.toml.tmp123456", ".reminders-state.toml.tmp42", ".reminders.toml.bak.tmp7"}
	old := time.Now().Add(-2 * time.Hour)
	for _, name := range stale {
		path := filepath.Join(data, name)
		writeFile(t, path, "half a save")
		if err := os.Chtimes(path, old, old); err != nil {
			t.Fatal(err)
		}
	}
	if code, _, errs := runBinary(t, nil, "--data", data, "list"); code != 0 {
		t.Fatalf("list: exit %d: %s", code, errs)
	}
	for _, name := range stale {
		if _, err := os.Stat(filepath.Join(data, name)); err == nil {
			t.Errorf("%s is still there", name)
		}
	}
}
