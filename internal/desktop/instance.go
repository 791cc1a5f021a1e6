package desktop

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/postureapp/posture/internal/wire"
)

// ErrRunning means another copy holds the instance.
var ErrRunning = errors.New("another copy of Posture is running")

// ErrNotRunning means no copy holds the role.
var ErrNotRunning = errors.New("not running")

// Instance is this process's claim on a role (the reminder, the window)
// for one data folder: an exclusive lock that the kernel drops when the
// process dies, plus a socket other copies send requests to.
//
// The lock lives in the data folder, so whatever runtime folder a copy
// was started with (a desktop session, ssh, su), one process serves one
// folder; the lock file names the socket, so every copy finds it.
type Instance struct {
	lock  *os.File
	ln    net.Listener
	path  string
	slots chan struct{} // one per connection being answered
}

// Handler answers one request.
type Handler func(wire.Request) wire.Reply

// How long a connection may take, and how many are answered at once: a
// client sends its request at once and the answer comes within a few
// seconds, so anything slower or more is a client that is stuck (or
// hostile), and is dropped to keep the process answering.
var (
	readWithin  = 2 * time.Second // from accepting to the end of the request
	replyWithin = 2 * time.Second // to write the reply
	sendWithin  = 8 * time.Second // a client's whole exchange
	maxAnswered = 32
)

// maxBackoff is the longest the accept loop waits after an error (such
// as running out of file descriptors) before it tries again.
const maxBackoff = time.Second

// Claim takes role for the data folder and serves requests with h on
// its own goroutines. It returns ErrRunning when another process has it.
func Claim(role, dataDir string, h Handler) (*Instance, error) {
	f, err := openLock(role, dataDir)
	if err != nil {
		return nil, err
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, ErrRunning
		}
		return nil, fmt.Errorf("cannot lock %s: %w", f.Name(), err)
	}
	sock, err := socketPath(role, dataDir)
	if err != nil {
		f.Close()
		return nil, err
	}
	// The lock is ours, so a socket file left by a copy that died is stale.
	_ = os.Remove(sock)
	ln, err := net.Listen("unix", sock)
	if err != nil {
		f.Close()
		return nil, err
	}
	if err := nameSocket(f, sock); err != nil {
		ln.Close()
		f.Close()
		return nil, err
	}
	in := &Instance{lock: f, ln: ln, path: sock, slots: make(chan struct{}, maxAnswered)}
	go in.serve(h)
	return in, nil
}

// nameSocket writes the socket's path into the lock file, for copies
// whose runtime folder is another.
func nameSocket(f *os.File, sock string) error {
	err := f.Truncate(0)
	if err == nil {
		_, err = f.WriteAt([]byte(sock+"\n"), 0)
	}
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", f.Name(), err)
	}
	return nil
}

// LockPath is the lock file of role: in the data folder, or in a
// sandbox beside the socket in the sandbox's runtime folder, which every
// copy of the app shares.
func LockPath(role, dataDir string) string {
	if _, ok := Sandboxed(); ok {
		if dir, err := SocketDir(); err == nil {
			if sock, err := socketIn(dir, role, dataDir); err == nil {
				return sock + ".lock"
			}
		}
	}
	return filepath.Join(dataDir, "."+role+".lock")
}

// openLock opens role's lock for the data folder. Where Posture may not
// write in the folder (read-only media), the lock is keyed on the
// folder's path in the runtime folder instead, as it was before locks
// moved into the data folder.
func openLock(role, dataDir string) (*os.File, error) {
	if _, ok := Sandboxed(); ok {
		sock, err := socketPath(role, dataDir) // makes the runtime folder
		if err != nil {
			return nil, err
		}
		return openLockFile(sock + ".lock")
	}
	f, err := openLockFile(LockPath(role, dataDir))
	if errors.Is(err, syscall.EROFS) || errors.Is(err, fs.ErrPermission) {
		if sock, serr := socketPath(role, dataDir); serr == nil {
			return openLockFile(sock + ".lock")
		}
	}
	return f, err
}

// openLockFile opens path, refusing a link or anything but a plain file
// planted in its place.
func openLockFile(path string) (*os.File, error) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR|syscall.O_NOFOLLOW|syscall.O_NONBLOCK, 0o600)
	if err != nil {
		return nil, fmt.Errorf("cannot open the lock: %w", err)
	}
	if fi, err := f.Stat(); err != nil || !fi.Mode().IsRegular() {
		f.Close()
		return nil, fmt.Errorf("%s is not a regular file: remove it", path)
	}
	return f, nil
}

// serve answers connections until the listener closes. An accept error
// (no file descriptors left, say) waits and tries again, longer each
// time, rather than leaving the process alive but deaf.
func (in *Instance) serve(h Handler) {
	var backoff time.Duration
	for {
		c, err := in.ln.Accept()
		if errors.Is(err, net.ErrClosed) {
			return
		}
		if err != nil {
			backoff = min(max(2*backoff, 5*time.Millisecond), maxBackoff)
			time.Sleep(backoff)
			continue
		}
		backoff = 0
		select {
		case in.slots <- struct{}{}:
			go func() {
				defer func() { <-in.slots }()
				answer(c, h)
			}()
		default:
			reply(c, wire.Refuse(wire.Busy, errors.New("too many requests at once: try again")))
			c.Close()
		}
	}
}

// answer reads one request from c, has h answer it and closes c. A
// request that is too large is refused as soon as it passes the limit.
func answer(c net.Conn, h Handler) {
	defer c.Close()
	_ = c.SetReadDeadline(time.Now().Add(readWithin))
	req, err := wire.ReadRequest(c)
	var ne net.Error
	switch {
	case errors.As(err, &ne) || errors.Is(err, io.ErrUnexpectedEOF):
		return // gone or stuck: nobody to tell
	case err != nil:
		reply(c, wire.RefuseFor(err))
		return
	}
	reply(c, h(req))
}

func reply(c net.Conn, r wire.Reply) {
	_ = c.SetWriteDeadline(time.Now().Add(replyWithin))
	_ = wire.WriteReply(c, r)
}

// Release gives the role up.
func (in *Instance) Release() {
	_ = in.ln.Close()
	_ = os.Remove(in.path)
	_ = in.lock.Truncate(0)
	_ = in.lock.Close()
}

// Send asks the holder of role for the data folder to handle req. A
// refusal comes back as the reply and its Err.
func Send(role, dataDir string, req wire.Request) (wire.Reply, error) {
	c, err := dial(role, dataDir)
	if err != nil {
		return wire.Reply{}, fmt.Errorf("%w: %v", ErrNotRunning, err)
	}
	defer c.Close()
	_ = c.SetDeadline(time.Now().Add(sendWithin))
	if err := wire.WriteRequest(c, req); err != nil {
		return wire.Reply{}, err
	}
	rep, err := wire.ReadReply(c)
	if err != nil {
		return wire.Reply{}, err
	}
	return rep, rep.Err()
}

// Running reports whether some process holds role for the data folder
// and answers, even if only to refuse.
func Running(role, dataDir string) bool {
	_, err := Send(role, dataDir, wire.Ask(wire.Ping))
	return err == nil || errors.As(err, new(*wire.RefusedError)) || errors.As(err, new(*wire.VersionError))
}

// dial connects to the socket the lock file names, or else to where
// this process would put it, and makes sure this user is at the other
// end: the lock file is in the data folder, which may be shared.
func dial(role, dataDir string) (net.Conn, error) {
	var tried []string
	for _, path := range socketCandidates(role, dataDir) {
		c, err := net.DialTimeout("unix", path, 2*time.Second)
		if err != nil {
			tried = append(tried, err.Error())
			continue
		}
		if err := sameUser(c); err != nil {
			c.Close()
			return nil, err
		}
		return c, nil
	}
	return nil, errors.New(strings.Join(tried, "; "))
}

// socketCandidates are the socket the lock file names and this
// process's own path for it.
func socketCandidates(role, dataDir string) []string {
	var paths []string
	if named := lockedSocket(role, dataDir); named != "" {
		paths = append(paths, named)
	}
	if own, err := socketPath(role, dataDir); err == nil && (len(paths) == 0 || paths[0] != own) {
		paths = append(paths, own)
	}
	return paths
}

// lockedSocket is the socket path written in the lock file; "" when
// there is none or it is not one.
func lockedSocket(role, dataDir string) string {
	f, err := os.OpenFile(LockPath(role, dataDir), os.O_RDONLY|syscall.O_NOFOLLOW|syscall.O_NONBLOCK, 0)
	if err != nil {
		return ""
	}
	defer f.Close()
	if fi, err := f.Stat(); err != nil || !fi.Mode().IsRegular() {
		return ""
	}
	b, _ := io.ReadAll(io.LimitReader(f, maxSocketPath+1))
	path := strings.TrimSuffix(string(b), "\n")
	if !filepath.IsAbs(path) || len(path) > maxSocketPath || strings.ContainsAny(path, "\x00\n") {
		return ""
	}
	return path
}

// sameUser refuses a peer that is another user.
func sameUser(c net.Conn) error {
	uc, ok := c.(*net.UnixConn)
	if !ok {
		return nil
	}
	raw, err := uc.SyscallConn()
	if err != nil {
		return err
	}
	var cred *syscall.Ucred
	var credErr error
	if err := raw.Control(func(fd uintptr) {
		cred, credErr = syscall.GetsockoptUcred(int(fd), syscall.SOL_SOCKET, syscall.SO_PEERCRED)
	}); err != nil {
		return err
	}
	if credErr != nil {
		return credErr
	}
	if int(cred.Uid) != os.Getuid() {
		return fmt.Errorf("the socket %s is served by another user (uid %d)", c.RemoteAddr(), cred.Uid)
	}
	return nil
}

// maxSocketPath is the longest path a Unix socket can have on Linux
// (sun_path is 108 bytes with its terminating zero).
const maxSocketPath = 107

// socketPath is where this process puts role's socket for the data
// folder: a name from the folder's path, in the runtime folder.
func socketPath(role, dataDir string) (string, error) {
	dir, err := runtimeDir()
	if err != nil {
		return "", err
	}
	return socketIn(dir, role, dataDir)
}

// socketIn is role's socket for the data folder in the runtime folder dir.
func socketIn(dir, role, dataDir string) (string, error) {
	sum := sha256.Sum256([]byte(dataDir))
	path := filepath.Join(dir, role+"-"+hex.EncodeToString(sum[:4])+".sock")
	if len(path) > maxSocketPath {
		return "", fmt.Errorf("the socket path %s is longer than %d bytes: set XDG_RUNTIME_DIR", path, maxSocketPath)
	}
	return path, nil
}

// SocketDir names the folder of the sockets without making it:
// $XDG_RUNTIME_DIR/posture, or the cache folder's posture/run without one.
// In a Flatpak sandbox it is $XDG_RUNTIME_DIR/app/$FLATPAK_ID, the one
// runtime folder every copy of the sandboxed app sees.
func SocketDir() (string, error) {
	base := os.Getenv("XDG_RUNTIME_DIR")
	if id, ok := Sandboxed(); ok && filepath.IsAbs(base) {
		return filepath.Join(base, "app", id), nil
	}
	if filepath.IsAbs(base) {
		return filepath.Join(base, "posture"), nil
	}
	cache, err := os.UserCacheDir()
	if err != nil || !filepath.IsAbs(cache) {
		return "", fmt.Errorf("no folder for Posture's socket: XDG_RUNTIME_DIR is not set and no cache folder (%v)", err)
	}
	return filepath.Join(cache, "posture", "run"), nil
}

// runtimeDir is $XDG_RUNTIME_DIR/posture. The spec says to ignore a
// relative XDG_RUNTIME_DIR; without one, the folder is in the user's
// cache folder, which no other user can create first (a fixed name in
// /tmp can be). Either way it is private to this user, and checked.
func runtimeDir() (string, error) {
	dir, err := SocketDir()
	if err != nil {
		return "", err
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
