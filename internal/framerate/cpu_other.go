//go:build !unix

package framerate

import "time"

// Process would be this process's CPU time; where it cannot be read, every
// frame seems free and the governor draws at its ceiling, as before there
// was one.
type Process struct{}

// CPU is always zero here.
func (Process) CPU() time.Duration { return 0 }
