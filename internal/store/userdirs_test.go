package store

import (
	"os"
	"path/filepath"
	"testing"
)

func TestMakeUserDirsMakesTheMissingCacheAndConfigFolders(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("XDG_CACHE_HOME", "")
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(home, "conf", "ig"))
	if err := MakeUserDirs(); err != nil {
		t.Fatal(err)
	}
	for _, dir := range []string{filepath.Join(home, ".cache"), filepath.Join(home, "conf", "ig")} {
		fi, err := os.Stat(dir)
		if err != nil || !fi.IsDir() || fi.Mode().Perm() != 0o700 {
			t.Errorf("%s: %v %v, want a folder only its owner reads", dir, fi, err)
		}
	}
}
