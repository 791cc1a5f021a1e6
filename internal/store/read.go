package store

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
)

// ReadError says why a file was not read, in words for the person; it does
// not repeat the file's name, which the caller puts in front.
type ReadError struct {
	Msg      string
	Allowed  string // what would be read, when that can be said
	TooLarge bool   // a regular file refused for its size alone
}

func (e *ReadError) Error() string {
	if e.Allowed == "" {
		return e.Msg
	}
	return e.Msg + " (" + e.Allowed + ")"
}

// ReadFile reads the regular file at path, of at most limit bytes. A named
// pipe, a device, a socket or a folder is refused at once, before it is
// opened for reading (opening a pipe waits for a writer that may never
// come), and so is a larger file. A symbolic link is followed: the person
// named the file.
func ReadFile(path string, limit int64) ([]byte, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	return readRegular(path, fi, limit)
}

// ReadInside is ReadFile for a file in the data folder root: a file that
// is a symbolic link is followed only when it ends inside root. (The
// folders themselves are taken as they are: a person may keep the history
// folder elsewhere on purpose.)
func ReadInside(root, path string, limit int64) ([]byte, error) {
	fi, err := os.Lstat(path)
	if err != nil {
		return nil, err
	}
	if fi.Mode()&fs.ModeSymlink != 0 {
		if err := insideRoot(root, path); err != nil {
			return nil, err
		}
		if fi, err = os.Stat(path); err != nil {
			return nil, err
		}
	}
	return readRegular(path, fi, limit)
}

// readRegular reads path, which fi, from before it was opened, says is a
// regular file of at most limit bytes.
func readRegular(path string, fi fs.FileInfo, limit int64) ([]byte, error) {
	if err := regular(fi, limit); err != nil {
		return nil, err
	}
	// O_NONBLOCK: should the file have become a pipe since it was looked
	// at, opening it still returns at once, and the check below refuses it.
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if fi, err = f.Stat(); err != nil {
		return nil, err
	}
	if err := regular(fi, limit); err != nil {
		return nil, err
	}
	buf := bytes.NewBuffer(make([]byte, 0, fi.Size()+bytes.MinRead))
	if _, err := buf.ReadFrom(io.LimitReader(f, limit+1)); err != nil {
		return nil, err
	}
	if int64(buf.Len()) > limit {
		return nil, tooLarge(int64(buf.Len()), limit)
	}
	return buf.Bytes(), nil
}

// regular refuses anything but a regular file of at most limit bytes.
func regular(fi fs.FileInfo, limit int64) error {
	if !fi.Mode().IsRegular() {
		return &ReadError{Msg: "is " + kindOf(fi.Mode()) + ", not a file", Allowed: "a regular file"}
	}
	if fi.Size() > limit {
		return tooLarge(fi.Size(), limit)
	}
	return nil
}

func tooLarge(size, limit int64) error {
	return &ReadError{Msg: fmt.Sprintf("file is over %s, too large to read", SizeText(limit)), Allowed: "at most " + SizeText(limit), TooLarge: true}
}

// IsTooLarge reports a file refused for its size alone: a regular file in
// the person's folder, safe to move aside.
func IsTooLarge(err error) bool {
	var re *ReadError
	return errors.As(err, &re) && re.TooLarge
}

// SizeText writes a size limit the way people read it: "1 MiB", "256 KiB".
func SizeText(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

func kindOf(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe (FIFO)"
	case m&fs.ModeCharDevice != 0, m&fs.ModeDevice != 0:
		return "a device"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m.IsDir():
		return "a folder"
	}
	return "not a regular file"
}

// insideRoot refuses a path that, once its symbolic links are followed,
// ends outside root. A path that does not exist yet is inside when its
// folder is.
func insideRoot(root, path string) error {
	realRoot, err := filepath.EvalSymlinks(root)
	if err == nil {
		realRoot, err = filepath.Abs(realRoot)
	}
	if err != nil {
		return err
	}
	real, err := resolve(path)
	if err != nil {
		return err
	}
	if !within(realRoot, real) {
		return &ReadError{Msg: "is a link to " + real + ", outside the data folder " + root,
			Allowed: "links that stay inside the data folder"}
	}
	return nil
}

// resolve follows every symbolic link in path; for a path that does not
// exist (a dangling link's target, a file about to be made) it resolves
// the folder and keeps the name.
func resolve(path string) (string, error) {
	real, err := filepath.EvalSymlinks(path)
	if err == nil {
		return filepath.Abs(real)
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return "", err
	}
	if target, lerr := os.Readlink(path); lerr == nil {
		if !filepath.IsAbs(target) {
			target = filepath.Join(filepath.Dir(path), target)
		}
		path = target
	}
	dir, err := filepath.EvalSymlinks(filepath.Dir(path))
	if err != nil {
		return "", err
	}
	return filepath.Abs(filepath.Join(dir, filepath.Base(path)))
}

func within(root, path string) bool {
	rel, err := filepath.Rel(root, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}
