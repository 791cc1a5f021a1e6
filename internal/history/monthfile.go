package history

import (
	"path/filepath"

	"github.com/postureapp/posture/internal/store"
)

// readMonthFile reads a month file for Load, Save or Delete. Only a regular
// file is read (a named pipe would block the app for good), at most
// maxMonthFile bytes, and a symbolic link only when it ends inside the data
// folder, which holds history/.
func readMonthFile(path string) ([]byte, error) {
	return store.ReadInside(filepath.Dir(filepath.Dir(path)), path, maxMonthFile)
}
