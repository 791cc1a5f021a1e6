package store

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/postureapp/posture/internal/store/fattest"
)

// A USB stick formatted FAT has no hard links: every save after the first
// must still keep the previous version as .bak, by copying it.
func TestWriteFileKeepsBackupsOnFAT(t *testing.T) {
	root := fattest.Mount(t, 8<<20)
	p, err := Open(filepath.Join(root, "data"))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(p.History, "2026-11.toml")
	for _, content := range []string{"one", "two", "three"} {
		if err := WriteFile(path, []byte(content)); err != nil {
			t.Fatalf("saving %q: %v", content, err)
		}
	}
	assertContent(t, path, "three")
	assertContent(t, path+".bak", "two")
	entries, err := os.ReadDir(p.History)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 2 {
		t.Errorf("want the file and its .bak, found %d entries: %v", len(entries), entries)
	}
}
