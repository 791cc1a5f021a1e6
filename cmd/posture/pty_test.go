package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"sync"
	"syscall"
	"testing"
	"time"
	"unsafe"
)

// terminal is a program started on a pseudo-terminal, so it reads keys as
// a person's terminal gives them: raw, one at a time.
type terminal struct {
	cmd    *exec.Cmd
	master *os.File
	mu     sync.Mutex
	out    bytes.Buffer
	done   chan struct{}
}

// openPty opens a new pseudo-terminal pair.
func openPty(t *testing.T) (master, slave *os.File) {
	t.Helper()
	m, err := os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("no pseudo-terminals here: %v", err)
	}
	var unlock int32
	var n uint32
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, m.Fd(), syscall.TIOCSPTLCK, uintptr(unsafe.Pointer(&unlock))); e != 0 {
		t.Fatalf("unlock pty: %v", e)
	}
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, m.Fd(), syscall.TIOCGPTN, uintptr(unsafe.Pointer(&n))); e != 0 {
		t.Fatalf("pty number: %v", e)
	}
	s, err := os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Fatal(err)
	}
	return m, s
}

// startOnPty runs the real binary with args on a new pseudo-terminal, in
// a home of its own.
func startOnPty(t *testing.T, args ...string) *terminal {
	t.Helper()
	master, slave := openPty(t)
	cmd := exec.Command(realBinary(t), args...)
	cmd.Env = append(os.Environ(), "HOME="+t.TempDir(), "XDG_CONFIG_HOME="+t.TempDir(), "XDG_CACHE_HOME="+t.TempDir())
	cmd.Stdin, cmd.Stdout, cmd.Stderr = slave, slave, slave
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	slave.Close()
	term := &terminal{cmd: cmd, master: master, done: make(chan struct{})}
	go term.read()
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		<-term.done
		master.Close()
	})
	return term
}

func (term *terminal) read() {
	defer close(term.done)
	buf := make([]byte, 4096)
	for {
		n, err := term.master.Read(buf)
		term.mu.Lock()
		term.out.Write(buf[:n])
		term.mu.Unlock()
		if err != nil {
			_ = term.cmd.Wait()
			return
		}
	}
}

// output is everything the program wrote so far.
func (term *terminal) output() string {
	term.mu.Lock()
	defer term.mu.Unlock()
	return term.out.String()
}

// exited reports whether the program has ended.
func (term *terminal) exited() bool {
	select {
	case <-term.done:
		return true
	default:
		return false
	}
}

// press types key every gap until the program ends, at most n times,
// and returns how many it typed.
func (term *terminal) press(t *testing.T, key string, n int, gap time.Duration) int {
	t.Helper()
	for i := range n {
		if term.exited() {
			return i
		}
		if _, err := term.master.WriteString(key); err != nil {
			return i
		}
		time.Sleep(gap)
	}
	return n
}

// wait waits (bounded) for the program to end and returns its exit code.
func (term *terminal) wait(t *testing.T, limit time.Duration) int {
	t.Helper()
	select {
	case <-term.done:
	case <-time.After(limit):
		t.Fatalf("still running after %v:\n%s", limit, term.output())
	}
	return term.cmd.ProcessState.ExitCode()
}

// waitFor waits (bounded) until the output holds want.
func (term *terminal) waitFor(t *testing.T, want string, limit time.Duration) {
	t.Helper()
	for deadline := time.Now().Add(limit); !bytes.Contains([]byte(term.output()), []byte(want)); time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) || term.exited() {
			t.Fatalf("no %q within %v:\n%s", want, limit, term.output())
		}
	}
}
