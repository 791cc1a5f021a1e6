package history

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

func TestSaveReplacesBySessionIDAndLoadReturnsAllMonths(t *testing.T) {
	st := NewStore(t.TempDir())
	loc := berlin(t)
	nov := session(time.Date(2026, 11, 30, 23, 30, 0, 0, loc), 1)
	dec := session(time.Date(2026, 12, 1, 7, 0, 0, 0, loc), 2)
	for _, s := range []Session{dec, nov} {
		mustSave(t, st, s)
	}
	dec.Status = Pain
	dec.Exercises[1].Comfort = ComfortPain
	mustSave(t, st, dec)
	got, problems := st.Load()
	if len(problems) > 0 {
		t.Fatal(problems)
	}
	sameSessions(t, got, []Session{nov, dec})
	for _, name := range []string{"2026-11.toml", "2026-12.toml"} {
		if _, err := os.Stat(filepath.Join(st.dir, name)); err != nil {
			t.Errorf("month file %s: %v", name, err)
		}
	}
}

func TestSaveRefusesASessionThatWouldNotReadBack(t *testing.T) {
	st := NewStore(t.TempDir())
	s := session(time.Date(2026, 11, 22, 8, 0, 0, 0, time.UTC), 1)
	mustSave(t, st, s)
	bad := session(s.Started.Add(time.Hour), 1)
	bad.Exercises[0].Comfort = "sore"
	if _, err := st.Save(bad); err == nil || !strings.Contains(err.Error(), "comfort") {
		t.Fatalf("want an error naming comfort, got %v", err)
	}
	got, _ := st.Load()
	sameSessions(t, got, []Session{s})
}

func TestDeleteRemovesOnlyThatSession(t *testing.T) {
	st := NewStore(t.TempDir())
	a := session(time.Date(2026, 11, 22, 8, 0, 0, 0, time.UTC), 1)
	b := session(time.Date(2026, 11, 23, 8, 0, 0, 0, time.UTC), 1)
	mustSave(t, st, a)
	mustSave(t, st, b)
	if err := st.Delete(a.ID); err != nil {
		t.Fatal(err)
	}
	if err := st.Delete(a.ID); !errors.Is(err, ErrNotFound) {
		t.Fatalf("second delete: %v", err)
	}
	got, _ := st.Load()
	sameSessions(t, got, []Session{b})
}

func TestBrokenMonthIsReportedMovedAsideAndOthersLoad(t *testing.T) {
	dir := t.TempDir()
	st := NewStore(dir)
	good := session(time.Date(2026, 10, 5, 8, 0, 0, 0, time.UTC), 1)
	mustSave(t, st, good)
	broken := filepath.Join(dir, "2026-11.toml")
	text := "format = 1\n\n[[session]]\n  id = \"x\"\n  started = 2026-11-22T08:30:00Z\n  status = \"done\"\n"
	if err := os.WriteFile(broken, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	got, problems := st.Load()
	sameSessions(t, got, []Session{good})
	if len(problems) != 1 {
		t.Fatalf("want one problem, got %v", problems)
	}
	msg := problems[0].Error()
	if !strings.HasPrefix(msg, broken+":6: status:") || !strings.Contains(msg, "2026-11.toml.broken") {
		t.Errorf("problem reads %q", msg)
	}
	if b, err := os.ReadFile(broken + ".broken"); err != nil || string(b) != text {
		t.Errorf("broken file not kept intact: %v", err)
	}
	// A new session that month starts a fresh file; the broken one stays.
	fresh := session(time.Date(2026, 11, 23, 8, 0, 0, 0, time.UTC), 1)
	mustSave(t, st, fresh)
	if got, problems = st.Load(); len(problems) != 0 || len(got) != 2 {
		t.Errorf("after a fresh save: %d sessions, problems %v", len(got), problems)
	}
}

func TestSaveIntoBrokenMonthMovesItAsideAndSaves(t *testing.T) {
	dir := t.TempDir()
	st := NewStore(dir)
	path := filepath.Join(dir, "2026-11.toml")
	if err := os.WriteFile(path, []byte("format = 1\n[[session]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	s := session(time.Date(2026, 11, 22, 8, 0, 0, 0, time.UTC), 1)
	p, err := st.Save(s)
	if err != nil {
		t.Fatal(err)
	}
	if p == nil || p.Line != 2 || p.MovedTo != path+".broken" {
		t.Fatalf("problem %+v", p)
	}
	got, _ := st.Load()
	sameSessions(t, got, []Session{s})
}

// The helper process below writes sessions the way the engine does; the
// tests start it as a separate program, as a second copy of the app would be.
const helperEnv = "POSTURE_HISTORY_HELPER"

func TestHelperProcess(t *testing.T) {
	mode := os.Getenv(helperEnv)
	if mode == "" {
		t.Skip("only runs as a child of another test")
	}
	dir := os.Getenv("POSTURE_HISTORY_DIR")
	st := NewStore(dir)
	switch mode {
	case "checkpoint":
		checkpointForever(st)
	case "writer":
		n, _ := strconv.Atoi(os.Getenv("POSTURE_HISTORY_N"))
		base, _ := time.Parse(time.RFC3339, os.Getenv("POSTURE_HISTORY_BASE"))
		recordLikeTheEngine(st, base, n)
	}
	os.Exit(0)
}

// checkpointForever saves the growing session after every finished
// exercise and says so on stdout, until it is killed.
func checkpointForever(st *Store) {
	full := session(time.Date(2026, 11, 22, 8, 0, 0, 0, time.UTC), 1000)
	s := full
	s.Status = Stopped
	for i := 1; i <= len(full.Exercises); i++ {
		s.Exercises = full.Exercises[:i]
		if _, err := st.Save(s); err != nil {
			fmt.Println("error:", err)
			os.Exit(1)
		}
		fmt.Println("saved", i)
	}
}

func helper(t *testing.T, dir, mode string, env ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperProcess$")
	cmd.Env = append(os.Environ(), helperEnv+"="+mode, "POSTURE_HISTORY_DIR="+dir)
	cmd.Env = append(cmd.Env, env...)
	return cmd
}

func TestKilledBetweenExercisesLosesAtMostTheOneInProgress(t *testing.T) {
	for round, killAfter := range []int{1, 5, 23} {
		dir := t.TempDir()
		cmd := helper(t, dir, "checkpoint")
		out, _ := cmd.StdoutPipe()
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		lines := bufio.NewScanner(out)
		acknowledged := 0
		for acknowledged < killAfter && lines.Scan() {
			if _, err := fmt.Sscanf(lines.Text(), "saved %d", &acknowledged); err != nil {
				t.Fatalf("helper said %q", lines.Text())
			}
		}
		_ = cmd.Process.Kill() // like a power cut: no clean-up runs
		_ = cmd.Wait()
		got, problems := NewStore(dir).Load()
		if len(problems) > 0 || len(got) != 1 {
			t.Fatalf("round %d: %d sessions, problems %v", round, len(got), problems)
		}
		if n := len(got[0].Exercises); n < acknowledged || got[0].Status != Stopped {
			t.Errorf("round %d: reloaded %d exercises (%s) after %d were saved", round, n, got[0].Status, acknowledged)
		}
	}
}

// recordLikeTheEngine hands n sessions to a Writer, each first as it
// stands after its first exercise, then as finished.
func recordLikeTheEngine(st *Store, base time.Time, n int) {
	failed := false
	w := NewWriter(st, func(err error) { fmt.Println("error:", err); failed = true })
	for i := 0; i < n; i++ {
		s := session(base.Add(time.Duration(i)*time.Minute), 3)
		partial := s
		partial.Status, partial.Exercises = Stopped, s.Exercises[:1]
		w.Record(partial)
		w.Flush(time.Minute)
		w.Record(s)
	}
	if err := w.Close(time.Minute); err != nil || failed {
		fmt.Println("error:", err)
		os.Exit(1)
	}
}

func TestFourCopiesStartingTogetherKeepEverySession(t *testing.T) {
	dir := t.TempDir()
	// 4 × 100 through the real binary is in cmd/posture's proofs.
	const copies, n = 4, 25
	var cmds []*exec.Cmd
	for range copies {
		// The same start times in every copy: their sessions get the
		// same ids, as when two copies start in one millisecond.
		cmd := helper(t, dir, "writer", "POSTURE_HISTORY_N="+strconv.Itoa(n), "POSTURE_HISTORY_BASE=2026-11-22T08:00:00Z")
		cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		cmds = append(cmds, cmd)
	}
	for _, c := range cmds {
		if err := c.Wait(); err != nil {
			t.Fatal(err)
		}
	}
	got, problems := NewStore(dir).Load()
	if len(problems) > 0 || len(got) != copies*n {
		t.Fatalf("want %d sessions from %d copies, got %d (problems %v)", copies*n, copies, len(got), problems)
	}
	for _, s := range got {
		if s.Status != Completed || len(s.Exercises) != 3 {
			t.Fatalf("session %s was left as %s with %d exercises", s.ID, s.Status, len(s.Exercises))
		}
	}
}

func mustSave(t *testing.T, st *Store, s Session) {
	t.Helper()
	if p, err := st.Save(s); err != nil || p != nil {
		t.Fatalf("save: %v %v", p, err)
	}
}
