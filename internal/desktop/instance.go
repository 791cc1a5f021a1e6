package desktop

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"
)

// ErrRunning means another copy holds the instance.
var ErrRunning = errors.New("another copy of Posture is running")

// Instance is this process's claim on a role (the reminder, the window):
// an exclusive lock that the kernel drops when the process dies, plus a
// socket other copies send requests to.
type Instance struct {
	lock *os.File
	ln   net.Listener
	path string
}

// Handler answers one request line with one reply line.
type Handler func(request string) string

// InstanceName names a role for one data folder, so copies with another
// --data are other people's plans and do not clash.
func InstanceName(role, dataDir string) string {
	sum := sha256.Sum256([]byte(dataDir))
	return role + "-" + hex.EncodeToString(sum[:4])
}

// runtimeDir is $XDG_RUNTIME_DIR/posture, or a private folder in /tmp.
func runtimeDir() (string, error) {
	base := os.Getenv("XDG_RUNTIME_DIR")
	dir := filepath.Join(base, "posture")
	if base == "" {
		dir = filepath.Join(os.TempDir(), fmt.Sprintf("posture-%d", os.Getuid()))
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", err
	}
	fi, err := os.Lstat(dir)
	if err != nil || !fi.IsDir() || fi.Mode().Perm()&0o077 != 0 {
		return "", fmt.Errorf("%s is not a private folder", dir)
	}
	if st, ok := fi.Sys().(*syscall.Stat_t); ok && int(st.Uid) != os.Getuid() {
		return "", fmt.Errorf("%s belongs to someone else", dir)
	}
	return dir, nil
}

// Claim takes the role name and serves requests with h on its own
// goroutine. It returns ErrRunning when another process has it.
func Claim(name string, h Handler) (*Instance, error) {
	dir, err := runtimeDir()
	if err != nil {
		return nil, err
	}
	base := filepath.Join(dir, name)
	f, err := os.OpenFile(base+".lock", os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		return nil, err
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, ErrRunning
		}
		return nil, err
	}
	// The lock is ours, so a socket file left by a copy that died is stale.
	sock := base + ".sock"
	_ = os.Remove(sock)
	ln, err := net.Listen("unix", sock)
	if err != nil {
		f.Close()
		return nil, err
	}
	in := &Instance{lock: f, ln: ln, path: sock}
	go in.serve(h)
	return in, nil
}

func (in *Instance) serve(h Handler) {
	for {
		c, err := in.ln.Accept()
		if err != nil {
			return
		}
		go func() {
			defer c.Close()
			_ = c.SetDeadline(time.Now().Add(5 * time.Second))
			r := bufio.NewReader(c)
			line, err := r.ReadString('\n')
			if err != nil || len(line) > 64<<10 {
				return
			}
			reply := h(strings.TrimSuffix(line, "\n"))
			fmt.Fprintln(c, strings.ReplaceAll(reply, "\n", " "))
		}()
	}
}

// Release gives the role up.
func (in *Instance) Release() {
	_ = in.ln.Close()
	_ = os.Remove(in.path)
	_ = in.lock.Close()
}

// Send asks the holder of name to handle request and returns its reply.
func Send(name, request string) (string, error) {
	dir, err := runtimeDir()
	if err != nil {
		return "", err
	}
	c, err := net.DialTimeout("unix", filepath.Join(dir, name+".sock"), 2*time.Second)
	if err != nil {
		return "", fmt.Errorf("%w: %v", ErrNotRunning, err)
	}
	defer c.Close()
	_ = c.SetDeadline(time.Now().Add(5 * time.Second))
	if _, err := fmt.Fprintln(c, strings.ReplaceAll(request, "\n", " ")); err != nil {
		return "", err
	}
	reply, err := bufio.NewReader(c).ReadString('\n')
	if err != nil {
		return "", err
	}
	return strings.TrimSuffix(reply, "\n"), nil
}

// ErrNotRunning means no copy holds the role.
var ErrNotRunning = errors.New("not running")

// Running reports whether some process holds name.
func Running(name string) bool {
	_, err := Send(name, "ping")
	return err == nil
}
