package store

import (
	"os"
	"path/filepath"
	"sync"
	"testing"
)

func TestWriteFileKeepsPreviousVersionAsBak(t *testing.T) {
	path := filepath.Join(t.TempDir(), "r.toml")
	if err := WriteFile(path, []byte("one")); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path + ".bak"); !os.IsNotExist(err) {
		t.Fatalf("first save made a backup: %v", err)
	}
	if err := WriteFile(path, []byte("two")); err != nil {
		t.Fatal(err)
	}
	assertContent(t, path, "two")
	assertContent(t, path+".bak", "one")
}

func TestWriteFileLeavesNoTempFiles(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "r.toml")
	for _, s := range []string{"a", "b", "c"} {
		if err := WriteFile(path, []byte(s)); err != nil {
			t.Fatal(err)
		}
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Fatalf("want r.toml and r.toml.bak, got %v", entries)
	}
}

func TestWriteFileIntoMissingFolderFailsWithoutDamage(t *testing.T) {
	path := filepath.Join(t.TempDir(), "missing", "r.toml")
	if err := WriteFile(path, []byte("x")); err == nil {
		t.Fatal("want an error for a missing folder")
	}
}

func TestMoveAsideNeverOverwrites(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "2026-11.toml")
	for i, want := range []string{path + ".broken", path + ".broken.1"} {
		if err := os.WriteFile(path, []byte{byte('a' + i)}, 0o644); err != nil {
			t.Fatal(err)
		}
		got, err := MoveAside(path)
		if err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Fatalf("moved to %s, want %s", got, want)
		}
	}
	assertContent(t, path+".broken", "a")
	assertContent(t, path+".broken.1", "b")
}

func TestDataDirOrder(t *testing.T) {
	t.Setenv("POSTURE_DATA", "/tmp/from-env")
	t.Setenv("XDG_DATA_HOME", "/tmp/xdg")
	if d, _ := DataDir("/tmp/from-flag"); d != "/tmp/from-flag" {
		t.Errorf("flag ignored: %s", d)
	}
	if d, _ := DataDir(""); d != "/tmp/from-env" {
		t.Errorf("POSTURE_DATA ignored: %s", d)
	}
	t.Setenv("POSTURE_DATA", "")
	if d, _ := DataDir(""); d != "/tmp/xdg/posture" {
		t.Errorf("XDG_DATA_HOME ignored: %s", d)
	}
}

func TestOpenCreatesFolders(t *testing.T) {
	root := filepath.Join(t.TempDir(), "data")
	p, err := Open(root)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range []string{p.Routines, p.Exercises, p.History} {
		if fi, err := os.Stat(d); err != nil || !fi.IsDir() {
			t.Errorf("%s not created: %v", d, err)
		}
	}
}

func TestLockSerialisesWriters(t *testing.T) {
	path := filepath.Join(t.TempDir(), "count")
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			unlock, err := Lock(path)
			if err != nil {
				t.Error(err)
				return
			}
			defer unlock()
			b, _ := os.ReadFile(path)
			if err := WriteFile(path, append(b, 'x')); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	assertContent(t, path, "xxxxxxxx")
}

func assertContent(t *testing.T, path, want string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != want {
		t.Fatalf("%s holds %q, want %q", filepath.Base(path), b, want)
	}
}

func TestVoiceCacheFollowsXDGCacheHome(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", "/tmp/cachehome")
	if d, err := VoiceCacheDir(); err != nil || d != "/tmp/cachehome/posture/voice" {
		t.Fatalf("%q, %v", d, err)
	}
	t.Setenv("XDG_CACHE_HOME", "")
	t.Setenv("HOME", "/home/someone")
	if d, _ := VoiceCacheDir(); d != "/home/someone/.cache/posture/voice" {
		t.Fatalf("without XDG_CACHE_HOME: %q", d)
	}
}
