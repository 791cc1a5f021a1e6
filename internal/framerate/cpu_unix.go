//go:build unix

package framerate

import (
	"syscall"
	"time"
)

// Process is this process's CPU time, user and system, over all threads.
type Process struct{}

// CPU reads getrusage; zero if it cannot.
func (Process) CPU() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
