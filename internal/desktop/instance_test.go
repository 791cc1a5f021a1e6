package desktop

import (
	"bufio"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/postureapp/posture/internal/wire"
)

// TestMain lets the test binary stand in for a process that holds a
// role, so a test can starve it of file descriptors or measure its
// memory without touching its own.
func TestMain(m *testing.M) {
	if data := os.Getenv("POSTURE_TEST_HOLDER"); data != "" {
		os.Exit(holdRole(data))
	}
	os.Exit(m.Run())
}

// holdRole claims the reminder role for data, says "ready" and serves
// until stdin closes. POSTURE_TEST_NOFILE lowers its descriptor limit;
// POSTURE_TEST_READ_WITHIN shortens how long a request may take.
func holdRole(data string) int {
	if n, err := strconv.ParseUint(os.Getenv("POSTURE_TEST_NOFILE"), 10, 64); err == nil {
		if err := syscall.Setrlimit(syscall.RLIMIT_NOFILE, &syscall.Rlimit{Cur: n, Max: n}); err != nil {
			fmt.Println("setrlimit:", err)
			return 1
		}
	}
	if d, err := time.ParseDuration(os.Getenv("POSTURE_TEST_READ_WITHIN")); err == nil {
		readWithin = d
	}
	in, err := Claim("remind", data, func(wire.Request) wire.Reply { return wire.OK() })
	if err != nil {
		fmt.Println(err)
		return 1
	}
	defer in.Release()
	fmt.Println("ready")
	_, _ = bufio.NewReader(os.Stdin).ReadString('\n')
	return 0
}

// shortDir is a temporary folder with a short path: a socket's path may
// not pass 107 bytes, which a test's own temporary folder can.
func shortDir(t *testing.T) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "posture-run")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	return dir
}

// holder is a process holding the reminder role for a data folder.
type holder struct {
	cmd  *exec.Cmd
	data string
}

func startHolder(t *testing.T, env ...string) *holder {
	t.Helper()
	h := &holder{data: t.TempDir()}
	h.cmd = exec.Command(os.Args[0])
	h.cmd.Env = append(os.Environ(), append(env, "POSTURE_TEST_HOLDER="+h.data)...)
	stdin, err := h.cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := h.cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := h.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		stdin.Close()
		done := make(chan struct{})
		go func() { _ = h.cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			_ = h.cmd.Process.Kill()
			<-done
		}
	})
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if strings.TrimSpace(line) != "ready" {
		t.Fatalf("the holder did not start: %q, %v", line, err)
	}
	return h
}

// answersWithin pings the holder until it answers, for up to limit, and
// returns how long that took.
func (h *holder) answersWithin(t *testing.T, limit time.Duration) time.Duration {
	t.Helper()
	start := time.Now()
	var err error
	for time.Since(start) < limit {
		if _, err = Send("remind", h.data, wire.Ask(wire.Ping)); err == nil {
			return time.Since(start)
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("no answer for %v: %v", limit, err)
	return 0
}

// memory is the holder's resident set now and at its peak, in KiB.
func (h *holder) memory(t *testing.T) (rss, peak int) {
	t.Helper()
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", h.cmd.Process.Pid))
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		key, val, _ := strings.Cut(line, ":")
		kib, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(val), " kB"))
		switch key {
		case "VmRSS":
			rss = kib
		case "VmHWM":
			peak = kib
		}
	}
	return rss, peak
}

// flood opens n connections to the holder's socket that send nothing,
// and keeps them open until the test ends.
func (h *holder) flood(t *testing.T, n int) (opened int) {
	t.Helper()
	sock := lockedSocket("remind", h.data)
	for range n {
		c, err := net.DialTimeout("unix", sock, 200*time.Millisecond)
		if err != nil {
			continue
		}
		opened++
		t.Cleanup(func() { c.Close() })
	}
	return opened
}

// With its file descriptors nearly all taken by connections that say
// nothing, the process goes on answering: the stuck connections are
// dropped at their deadline, and an accept that fails meanwhile is tried
// again instead of ending the loop.
func TestAProcessOutOfFileDescriptorsGoesOnAnswering(t *testing.T) {
	for _, c := range []struct {
		limit, conns int
		readWithin   string
	}{
		{256, 400, ""},    // the limit a person may run under; the default deadline
		{24, 60, "300ms"}, // so low that accepting itself fails
	} {
		t.Run(fmt.Sprintf("limit %d, %d connections", c.limit, c.conns), func(t *testing.T) {
			t.Setenv("XDG_RUNTIME_DIR", shortDir(t))
			h := startHolder(t, "POSTURE_TEST_NOFILE="+strconv.Itoa(c.limit), "POSTURE_TEST_READ_WITHIN="+c.readWithin)
			opened := h.flood(t, c.conns)
			took := h.answersWithin(t, 15*time.Second)
			t.Logf("fd limit %d: %d of %d idle connections opened and held; answered after %v", c.limit, opened, c.conns, took.Round(time.Millisecond))
			// and it keeps answering
			h.answersWithin(t, 5*time.Second)
		})
	}
}

// Four connections that stream without ever ending a line are each cut
// off once they pass the message limit; the process's memory does not
// follow what they send.
func TestEndlessLinesLeaveMemoryBounded(t *testing.T) {
	t.Setenv("XDG_RUNTIME_DIR", shortDir(t))
	h := startHolder(t)
	h.answersWithin(t, 5*time.Second)
	before, _ := h.memory(t)
	const each = 64 << 20
	sent := make([]int, 4)
	var wg sync.WaitGroup
	for i := range sent {
		wg.Go(func() {
			c, err := net.Dial("unix", lockedSocket("remind", h.data))
			if err != nil {
				return
			}
			defer c.Close()
			_ = c.SetDeadline(time.Now().Add(20 * time.Second))
			chunk := []byte(strings.Repeat("a", 64<<10))
			for sent[i] < each {
				n, err := c.Write(chunk)
				sent[i] += n
				if err != nil {
					return
				}
			}
		})
	}
	wg.Wait()
	_, peak := h.memory(t)
	total := 0
	for i, n := range sent {
		total += n
		if n > 8<<20 {
			t.Errorf("connection %d sent %d MiB before it was cut off", i, n>>20)
		}
	}
	t.Logf("4 endless lines: %.1f MiB sent in all; resident %d MiB before, peak %d MiB", float64(total)/(1<<20), before>>10, peak>>10)
	if grew := peak - before; grew > 32<<10 {
		t.Errorf("memory grew by %d MiB", grew>>10)
	}
	h.answersWithin(t, 5*time.Second)
}

// A relative XDG_RUNTIME_DIR is ignored, as the spec says: the socket
// goes where it would without one, never below the working directory.
func TestARelativeRuntimeDirIsIgnored(t *testing.T) {
	cache, work := t.TempDir(), t.TempDir()
	t.Chdir(work)
	t.Setenv("XDG_RUNTIME_DIR", "run")
	t.Setenv("XDG_CACHE_HOME", cache)
	in, err := Claim("remind", t.TempDir(), func(wire.Request) wire.Reply { return wire.OK() })
	if err != nil {
		t.Fatal(err)
	}
	defer in.Release()
	if !strings.HasPrefix(in.path, filepath.Join(cache, "posture", "run")+"/") {
		t.Errorf("socket at %s, want it in %s", in.path, cache)
	}
	if _, err := os.Stat(filepath.Join(work, "run")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("made a folder below the working directory: %v", err)
	}
}

// Without XDG_RUNTIME_DIR the socket's folder is the user's own, in the
// cache folder: another user who made the old predictable folder in the
// temp directory first no longer keeps Posture from starting.
func TestWithoutARuntimeDirAnotherUserCannotTakeTheFolder(t *testing.T) {
	if os.Getuid() != 0 {
		t.Skip("making a folder that belongs to another user needs root")
	}
	tmp, cache := t.TempDir(), t.TempDir()
	t.Setenv("TMPDIR", tmp)
	t.Setenv("XDG_CACHE_HOME", cache)
	t.Setenv("XDG_RUNTIME_DIR", "")
	planted := filepath.Join(tmp, fmt.Sprintf("posture-%d", os.Getuid()))
	if err := os.Mkdir(planted, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.Chown(planted, 65534, 65534); err != nil {
		t.Fatal(err)
	}
	in, err := Claim("remind", t.TempDir(), func(wire.Request) wire.Reply { return wire.OK() })
	if err != nil {
		t.Fatalf("another user's folder in the temp directory stops Posture: %v", err)
	}
	defer in.Release()
	dir := filepath.Dir(in.path)
	fi, err := os.Stat(dir)
	if err != nil || fi.Mode().Perm() != 0o700 || !strings.HasPrefix(dir, cache) {
		t.Errorf("socket folder %s (%v, %v), want a private folder in %s", dir, fi.Mode(), err, cache)
	}
}

// One data folder has one holder whatever runtime folder each copy was
// started with (a desktop session's, or none from ssh or su), and a copy
// started without one still reaches the holder.
func TestOneHolderPerDataFolderWhateverTheRuntimeDir(t *testing.T) {
	data := t.TempDir()
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	t.Setenv("XDG_RUNTIME_DIR", t.TempDir())
	first, err := Claim("remind", data, func(wire.Request) wire.Reply { return wire.OK() })
	if err != nil {
		t.Fatal(err)
	}
	defer first.Release()
	t.Setenv("XDG_RUNTIME_DIR", "")
	second, err := Claim("remind", data, func(wire.Request) wire.Reply { return wire.OK() })
	if err == nil {
		second.Release()
	}
	if !errors.Is(err, ErrRunning) {
		t.Errorf("a copy without XDG_RUNTIME_DIR claimed the folder too: %v", err)
	}
	if _, err := Send("remind", data, wire.Ask(wire.Ping)); err != nil {
		t.Errorf("a copy without XDG_RUNTIME_DIR does not reach the holder: %v", err)
	}
}

// Two builds that speak different protocol versions tell each other so:
// a newer client's request gets a refusal naming both versions, and a
// newer holder's reply is not believed, while the holder still counts
// as running.
func TestAnotherVersionAtTheOtherEndIsToldApartBothWays(t *testing.T) {
	t.Setenv("XDG_RUNTIME_DIR", shortDir(t))
	data := t.TempDir()
	in, err := Claim("remind", data, func(wire.Request) wire.Reply { return wire.OK() })
	if err != nil {
		t.Fatal(err)
	}
	c, err := net.Dial("unix", in.path)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprintln(c, `{"v":2,"verb":"status"}`)
	rep, err := wire.ReadReply(c)
	c.Close()
	if !wire.IsRefused(rep.Err(), wire.Mismatch) || !strings.Contains(rep.Error, "version 2 and this one 1") {
		t.Errorf("a version 2 request: %+v, %v", rep, err)
	}
	in.Release()

	// A holder of version 2 in the same place.
	sock, err := socketPath("remind", data)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("unix", sock)
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			_, _ = bufio.NewReader(c).ReadString('\n')
			fmt.Fprintln(c, `{"v":2,"status":{"idle_source":"a newer one"}}`)
			c.Close()
		}
	}()
	_, err = Send("remind", data, wire.Ask(wire.GetStatus))
	var ve *wire.VersionError
	if !errors.As(err, &ve) || ve.Got != 2 || !strings.Contains(err.Error(), "quit the running Posture") {
		t.Errorf("a version 2 reply: %v", err)
	}
	if !Running("remind", data) {
		t.Error("a holder of another version does not count as running")
	}
}

// A data folder on read-only media still has one holder: its lock is
// then kept in the runtime folder.
func TestAReadOnlyDataFolderStillHasOneHolder(t *testing.T) {
	data := t.TempDir()
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", data).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a read-only tmpfs (needs root): %v %s", err, out)
	}
	t.Cleanup(func() { _ = exec.Command("umount", "-l", data).Run() })
	t.Setenv("XDG_RUNTIME_DIR", shortDir(t))
	first, err := Claim("window", data, func(wire.Request) wire.Reply { return wire.OK() })
	if err != nil {
		t.Fatalf("a read-only data folder: %v", err)
	}
	defer first.Release()
	if _, err := Claim("window", data, func(wire.Request) wire.Reply { return wire.OK() }); !errors.Is(err, ErrRunning) {
		t.Errorf("second claim: %v, want ErrRunning", err)
	}
	if _, err := Send("window", data, wire.Ask(wire.Ping)); err != nil {
		t.Errorf("the holder is not reached: %v", err)
	}
}
