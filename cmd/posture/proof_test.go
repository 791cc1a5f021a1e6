package main

// Proofs that the files survive what people and machines do to them, run
// against the real binary: kill -9 in the middle of saves, several copies
// writing one month at once, a full disk and a read-only data folder.
// make test runs the short form; make soak sets POSTURE_SOAK_KILLS=2000.

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/postureapp/posture/internal/history"
	"github.com/postureapp/posture/internal/routine"
)

var (
	binOnce sync.Once
	binPath string
	binErr  error
)

// realBinary builds posture once for the proofs, without the race
// detector, as people run it.
func realBinary(t *testing.T) string {
	t.Helper()
	binOnce.Do(func() {
		dir, err := os.MkdirTemp("", "posture-proof-bin")
		if err != nil {
			binErr = err
			return
		}
		binPath = filepath.Join(dir, "posture")
		out, err := exec.Command("go", "build", "-tags", "migrated_fynedo,no_emoji", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			binErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if binErr != nil {
		t.Fatal(binErr)
	}
	return binPath
}

// sessionsFile writes a file of n sessions step apart from base, as an
// export would hold them, each marked with tag so copies differ.
func sessionsFile(t *testing.T, dir string, base time.Time, n int, step time.Duration, tag string) (string, []history.Session) {
	t.Helper()
	var sessions []history.Session
	for i := range n {
		start := base.Add(time.Duration(i) * step)
		sessions = append(sessions, history.Session{
			ID: history.NewID(start), Routine: "Upper Back Strength " + tag, Started: start, Ended: start.Add(15 * time.Minute),
			Status: history.Completed, Active: history.Duration(14 * time.Minute),
			Exercises: []history.Exercise{{Exercise: "band-pull-apart", SetsPlanned: 3, Reps: []int{12, 12, 12}, SetsDone: 3}},
		})
	}
	data, err := history.EncodeSessions(sessions)
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, fmt.Sprintf("sessions-%s.toml", tag))
	if err := os.WriteFile(file, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return file, sessions
}

// allSessions reads every month file (every part of each month) without
// moving anything aside; a file that does not read fails the test.
func allSessions(t *testing.T, data string) []history.Session {
	t.Helper()
	months, _ := filepath.Glob(filepath.Join(data, "history", "????-??.toml"))
	parts, _ := filepath.Glob(filepath.Join(data, "history", "????-??.*.toml"))
	months = append(months, parts...)
	var all []history.Session
	for _, m := range months {
		sessions, err := history.ReadFile(m)
		if err != nil {
			t.Fatalf("a month does not read: %v", err)
		}
		all = append(all, sessions...)
	}
	return all
}

func TestProofFourCopiesRecordIntoOneMonth(t *testing.T) {
	bin := realBinary(t)
	data, work := t.TempDir(), t.TempDir()
	const copies, n = 4, 100
	base := time.Date(2026, 11, 1, 7, 0, 0, 0, time.UTC)
	var cmds []*exec.Cmd
	var outs []*bytes.Buffer
	for c := range copies {
		// The same start times in every file: the same session ids, as when
		// copies of the app start in the same millisecond. 100 sessions a
		// minute apart all fall in one month.
		file, _ := sessionsFile(t, work, base, n, time.Minute, strconv.Itoa(c))
		cmd := exec.Command(bin, "--data", data, "history", "import", file)
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		cmds, outs = append(cmds, cmd), append(outs, &out)
	}
	for i, cmd := range cmds {
		if err := cmd.Wait(); err != nil {
			t.Fatalf("copy %d: %v\n%s", i, err, outs[i])
		}
	}
	got := allSessions(t, data)
	if len(got) != copies*n {
		t.Fatalf("%d copies × %d sessions: %d in the history", copies, n, len(got))
	}
	perCopy := map[string]int{}
	for _, s := range got {
		perCopy[s.Routine]++
	}
	for c := range copies {
		if k := perCopy["Upper Back Strength "+strconv.Itoa(c)]; k != n {
			t.Errorf("copy %d: %d of its %d sessions are in the history", c, k, n)
		}
	}
}

// soakKills is how many processes the kill proof kills: 200 in make test,
// more with POSTURE_SOAK_KILLS (make soak).
func soakKills(t *testing.T) int {
	if v := os.Getenv("POSTURE_SOAK_KILLS"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			t.Fatalf("POSTURE_SOAK_KILLS=%q is not a count", v)
		}
		return n
	}
	return 200
}

// soakRoutine is the routine file the soak imports over and over.
func soakRoutine(name string, sets int) string {
	return fmt.Sprintf("format = 1\nname = %q\n# a comment the import keeps\n\n[[step]]\nexercise = \"band-pull-apart\"\nsets = %d\n", name, sets)
}

// TestProofKillDuringSaves starts the real binary saving sessions,
// importing a routine over its own copy and renaming another, and kills
// them with SIGKILL at random moments. After every round each file in the
// data folder still reads, every session an import finished is there,
// and both routines are there (the renamed one under one of its names).
func TestProofKillDuringSaves(t *testing.T) {
	bin := realBinary(t)
	data, work := t.TempDir(), t.TempDir()
	want := soakKills(t)
	run := func(args ...string) *exec.Cmd {
		cmd := exec.Command(bin, append([]string{"--data", data}, args...)...)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		return cmd
	}
	mustRun := func(args ...string) {
		if out, err := exec.Command(bin, append([]string{"--data", data}, args...)...).CombinedOutput(); err != nil {
			t.Fatalf("posture %v: %v\n%s", args, err, out)
		}
	}
	imported := filepath.Join(work, "soak.toml")
	writeFile(t, imported, soakRoutine("Soak Import", 1))
	mustRun("import", imported)
	writeFile(t, filepath.Join(work, "renamed.toml"), soakRoutine("Soak Rename A", 2))
	mustRun("import", filepath.Join(work, "renamed.toml"))

	var saved []history.Session // sessions of imports that finished
	kills, rounds := 0, 0
	base := time.Date(2020, 1, 1, 8, 0, 0, 0, time.UTC)
	for kills < want {
		rounds++
		// Five sessions a week apart per round, so months fill up as
		// they would over years of use.
		file, sessions := sessionsFile(t, work, base.Add(time.Duration(rounds)*5*7*24*time.Hour), 5, 7*24*time.Hour, strconv.Itoa(rounds))
		writeFile(t, imported, soakRoutine("Soak Import", 1+rounds%5))
		from, to := "Soak Rename A", "Soak Rename B"
		if rounds%2 == 0 {
			from, to = to, from
		}
		cmds := []*exec.Cmd{
			run("history", "import", file),
			run("import", imported, "--replace"),
			run("rename", from, to),
		}
		// Each process is killed at its own random moment, from before it
		// starts work to after it would have finished.
		states := make([]error, len(cmds))
		var wg sync.WaitGroup
		for i, cmd := range cmds {
			wg.Add(1)
			go func() {
				defer wg.Done()
				timer := time.AfterFunc(time.Duration(rand.IntN(60_000))*time.Microsecond, func() { _ = cmd.Process.Kill() })
				states[i] = cmd.Wait()
				timer.Stop()
			}()
		}
		wg.Wait()
		for _, err := range states {
			if killed(err) {
				kills++
			}
		}
		if states[0] == nil {
			saved = append(saved, sessions...)
		}
		checkDataFolder(t, data, saved, rounds)
		if t.Failed() {
			return
		}
	}
	temps, _ := filepath.Glob(filepath.Join(data, "*", ".*.tmp*"))
	t.Logf("%d rounds, %d kills, %d sessions acknowledged, %d temporary files left by kills mid-write", rounds, kills, len(saved), len(temps))
	// A minute on, the next start clears what the kills left behind.
	old := time.Now().Add(-2 * time.Minute)
	for _, f := range temps {
		if err := os.Chtimes(f, old, old); err != nil {
			t.Fatal(err)
		}
	}
	mustRun("list")
	if left, _ := filepath.Glob(filepath.Join(data, "*", ".*.tmp*")); len(left) > 0 {
		t.Errorf("%d temporary files left after the next start: %v", len(left), left)
	}
}

// checkDataFolder fails the test unless every routine and month file
// reads, every acknowledged session is there, and the soak's routines
// are there.
func checkDataFolder(t *testing.T, data string, saved []history.Session, round int) {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(data, "routines", "*.toml"))
	names := map[string]bool{}
	for _, f := range files {
		content, err := os.ReadFile(f)
		if err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
		r, err := routine.ParseRoutine(f, content, nil)
		if err != nil {
			t.Fatalf("round %d: a routine file does not read after a kill:\n%v\n%s", round, err, content)
		}
		names[r.Name] = true
	}
	if !names["Soak Import"] || !names["Soak Rename A"] && !names["Soak Rename B"] {
		t.Fatalf("round %d: a routine is lost; routines now: %v", round, names)
	}
	have := map[string]bool{}
	for _, s := range allSessions(t, data) {
		have[s.Routine+s.Started.UTC().String()] = true
	}
	for _, s := range saved {
		if !have[s.Routine+s.Started.UTC().String()] {
			t.Fatalf("round %d: the session of %s, saved in an earlier round, is missing", round, s.Started)
		}
	}
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// killed reports whether a process ended by SIGKILL.
func killed(err error) bool {
	ee, ok := err.(*exec.ExitError)
	if !ok {
		return false
	}
	ws, ok := ee.Sys().(syscall.WaitStatus)
	return ok && ws.Signaled() && ws.Signal() == syscall.SIGKILL
}

// quickRoutine is a routine that plays in about two seconds.
const quickRoutine = `format = 1
name = "Quick Proof"
prepare = "0s"

[[step]]
exercise = "cat-cow"
sets = 1
duration = "2s"
`

// mountTmpfs mounts a tmpfs of size bytes on a new folder; the proofs of
// a full disk and a read-only folder need one (and root to make it).
func mountTmpfs(t *testing.T, size int) string {
	t.Helper()
	dir := t.TempDir()
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", fmt.Sprintf("size=%d", size), "tmpfs", dir).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a small tmpfs (needs root): %v %s", err, out)
	}
	t.Cleanup(func() { _ = exec.Command("umount", "-l", dir).Run() })
	return dir
}

// TestProofFullDiskAndReadOnlyFolder plays a session in the terminal into
// a data folder on a full disk, then on a read-only one: the command says
// the session is not saved and where it kept it, exits 1, and leaves the
// history as it was; once there is room, importing the kept file brings
// the session back.
func TestProofFullDiskAndReadOnlyFolder(t *testing.T) {
	bin := realBinary(t)
	mnt := mountTmpfs(t, 512<<10)
	data, work := filepath.Join(mnt, "data"), t.TempDir()
	posture := func(args ...string) (int, string) {
		cmd := exec.Command(bin, append([]string{"--data", data}, args...)...)
		cmd.Env = append(os.Environ(), "TMPDIR="+work)
		out, err := cmd.CombinedOutput()
		if ee, ok := err.(*exec.ExitError); ok {
			return ee.ExitCode(), string(out)
		}
		if err != nil {
			t.Fatal(err)
		}
		return 0, string(out)
	}
	earlier, _ := sessionsFile(t, work, time.Now().Add(-time.Hour), 1, time.Hour, "earlier")
	if code, out := posture("history", "import", earlier); code != 0 {
		t.Fatalf("import: %s", out)
	}
	month, _ := filepath.Glob(filepath.Join(data, "history", "????-??.toml"))
	before, _ := os.ReadFile(month[0])
	quick := filepath.Join(work, "quick.toml")
	writeFile(t, quick, quickRoutine)

	fill := filepath.Join(mnt, "filler")
	fillDisk(t, fill)
	code, out := posture("run", quick, "--terminal")
	kept := keptFile(t, code, out, "full disk")
	if after, _ := os.ReadFile(month[0]); !bytes.Equal(after, before) {
		t.Fatal("the full disk changed the month file")
	}
	if err := os.Remove(fill); err != nil {
		t.Fatal(err)
	}
	if code, out := posture("history", "import", kept); code != 0 {
		t.Fatalf("import of the kept session: %s", out)
	}
	if got := allSessions(t, data); len(got) != 2 {
		t.Fatalf("after importing the kept session: %d sessions, want 2", len(got))
	}

	before, _ = os.ReadFile(month[0])
	if out, err := exec.Command("mount", "-o", "remount,ro", mnt).CombinedOutput(); err != nil {
		t.Fatalf("remount read-only: %v %s", err, out)
	}
	code, out = posture("run", quick, "--terminal")
	keptFile(t, code, out, "read-only folder")
	if after, _ := os.ReadFile(month[0]); !bytes.Equal(after, before) {
		t.Fatal("the month file changed on a read-only folder")
	}
	_ = exec.Command("mount", "-o", "remount,rw", mnt).Run()
}

// fillDisk writes to path until the disk is full.
func fillDisk(t *testing.T, path string) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	block := make([]byte, 4096)
	for {
		if _, err := f.Write(block); err != nil {
			return
		}
	}
}

// keptFile checks that a session that could not be saved was reported,
// exited 1 and was kept in a file, and returns that file.
func keptFile(t *testing.T, code int, out, what string) string {
	t.Helper()
	if code != 1 || !strings.Contains(out, "not saved to your history") {
		t.Fatalf("%s: exit %d, output:\n%s", what, code, out)
	}
	_, after, ok := strings.Cut(out, "posture history import ")
	file := strings.TrimRight(strings.Fields(after + " x")[0], "'")
	if !ok {
		t.Fatalf("%s: no file to import named:\n%s", what, out)
	}
	if _, err := history.ReadFile(file); err != nil {
		t.Fatalf("%s: the kept session does not read: %v", what, err)
	}
	return file
}
