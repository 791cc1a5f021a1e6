package store

import (
	"fmt"
	"os"
	"syscall"
)

// Lock takes an exclusive advisory lock on path+".lock", waiting for any
// other Posture process that holds it, so two copies of the app never
// interleave a read-modify-write of the same file. Call the returned
// function to release it.
func Lock(path string) (unlock func(), err error) {
	f, err := os.OpenFile(path+".lock", os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, fmt.Errorf("lock %s: %w", path, err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		f.Close()
		return nil, fmt.Errorf("lock %s: %w", path, err)
	}
	return func() {
		_ = syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	}, nil
}
