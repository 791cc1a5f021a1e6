package store

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// readSoon reads path with read, failing the test if that blocks: a FIFO
// must be refused, not waited on.
func readSoon(t *testing.T, read func() ([]byte, error)) ([]byte, error) {
	t.Helper()
	type result struct {
		data []byte
		err  error
	}
	done := make(chan result, 1)
	go func() {
		data, err := read()
		done <- result{data, err}
	}()
	select {
	case r := <-done:
		return r.data, r.err
	case <-time.After(10 * time.Second):
		t.Fatal("reading blocked")
		return nil, nil
	}
}

func TestReadFileRefusesWhatIsNotARegularFile(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.toml")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]string{
		fifo:        "is a named pipe (FIFO), not a file (a regular file)",
		dir:         "is a folder, not a file (a regular file)",
		"/dev/null": "is a device, not a file (a regular file)",
	} {
		_, err := readSoon(t, func() ([]byte, error) { return ReadFile(path, 1<<20) })
		if err == nil || err.Error() != want {
			t.Errorf("%s: got %v, want %s", path, err, want)
		}
	}
}

func TestReadFileRefusesALargerFileUnread(t *testing.T) {
	path := filepath.Join(t.TempDir(), "big.toml")
	if err := os.WriteFile(path, make([]byte, 2048), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := ReadFile(path, 1024)
	if err == nil || err.Error() != "file is over 1 KiB, too large to read (at most 1 KiB)" || !IsTooLarge(err) {
		t.Fatalf("got %v", err)
	}
	if data, err := ReadFile(path, 2048); err != nil || len(data) != 2048 {
		t.Fatalf("a file at the limit: %d bytes, %v", len(data), err)
	}
}

func TestReadInsideFollowsLinksOnlyWithinTheDataFolder(t *testing.T) {
	outside := filepath.Join(t.TempDir(), "elsewhere.toml")
	root := t.TempDir()
	inside := filepath.Join(root, "routines", "real.toml")
	for _, p := range []string{outside, inside} {
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(p), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	toInside := filepath.Join(root, "routines", "in.toml")
	toOutside := filepath.Join(root, "routines", "out.toml")
	mustLink(t, "real.toml", toInside)
	mustLink(t, outside, toOutside)

	if data, err := ReadInside(root, toInside, 1<<20); err != nil || string(data) != inside {
		t.Errorf("link inside: %q, %v", data, err)
	}
	_, err := ReadInside(root, toOutside, 1<<20)
	var re *ReadError
	if !errors.As(err, &re) || !strings.Contains(err.Error(), "outside the data folder") {
		t.Errorf("link outside: got %v", err)
	}
	if data, err := ReadFile(toOutside, 1<<20); err != nil || string(data) != outside {
		t.Errorf("a link the person names is followed: %q, %v", data, err)
	}
}

func TestWriteFileKeepsALinkAndReplacesItsTarget(t *testing.T) {
	root := t.TempDir()
	hist := filepath.Join(root, "history")
	if err := os.MkdirAll(filepath.Join(root, "synced"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(hist, 0o755); err != nil {
		t.Fatal(err)
	}
	target := filepath.Join(root, "synced", "2026-01.toml")
	if err := os.WriteFile(target, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(hist, "2026-01.toml")
	mustLink(t, "../synced/2026-01.toml", link)
	if err := WriteFile(link, []byte("new")); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("the link was replaced: %v %v", fi, err)
	}
	assertContent(t, target, "new")
	assertContent(t, target+".bak", "old")
}

func TestWriteFileRefusesALinkOutOfTheDataFolder(t *testing.T) {
	outside := filepath.Join(t.TempDir(), "mine.toml")
	if err := os.WriteFile(outside, []byte("keep"), 0o644); err != nil {
		t.Fatal(err)
	}
	root := t.TempDir()
	if err := os.MkdirAll(filepath.Join(root, "history"), 0o755); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(root, "history", "2026-01.toml")
	mustLink(t, outside, link)
	err := WriteFile(link, []byte("new"))
	if err == nil || !strings.Contains(err.Error(), "outside the data folder") {
		t.Fatalf("got %v", err)
	}
	assertContent(t, outside, "keep")
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("the link was replaced: %v %v", fi, err)
	}
}

func TestSweepTempsRemovesOnlyStaleTempFiles(t *testing.T) {
	dir := t.TempDir()
	now := time.Now()
	files := map[string]time.Duration{ // name: age
		".r.toml.tmp123456":      2 * time.Minute,
		".2026-01.toml.tmp99":    time.Hour,
		".r.toml.tmp777":         10 * time.Second, // a save under way elsewhere
		"r.toml":                 time.Hour,
		"r.toml.bak":             time.Hour,
		".hidden":                time.Hour,
		"2026-01.toml.broken":    time.Hour,
		".r.toml.tmp123456.keep": time.Hour,
	}
	for name, age := range files {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(p, now.Add(-age), now.Add(-age)); err != nil {
			t.Fatal(err)
		}
	}
	if n := SweepTemps(dir, now); n != 2 {
		t.Errorf("removed %d files, want 2", n)
	}
	for name := range files {
		_, err := os.Stat(filepath.Join(dir, name))
		gone := errors.Is(err, os.ErrNotExist)
		if want := name == ".r.toml.tmp123456" || name == ".2026-01.toml.tmp99"; gone != want {
			t.Errorf("%s: removed %v, want %v", name, gone, want)
		}
	}
}

func TestOpenSweepsTheDataFolder(t *testing.T) {
	root := t.TempDir()
	p, err := Open(root)
	if err != nil {
		t.Fatal(err)
	}
	stale := filepath.Join(p.History, ".2026-01.toml.tmp42")
	if err := os.WriteFile(stale, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	old := time.Now().Add(-time.Hour)
	if err := os.Chtimes(stale, old, old); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(root); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(stale); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("a killed save's temp file is still there: %v", err)
	}
}

func mustLink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
}

// staleFile makes an empty file an hour old, as a killed save leaves it.
func staleFile(t *testing.T, path string) {
	t.Helper()
	if err := os.WriteFile(path, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	old := time.Now().Add(-time.Hour)
	if err := os.Chtimes(path, old, old); err != nil {
		t.Fatal(err)
	}
}

// reminders.toml and the reminder state live in the data folder's root:
// a kill -9 during their saves leaves .reminders*.toml.tmpNNN there.
func TestOpenSweepsTheDataFolderRoot(t *testing.T) {
	root := t.TempDir()
	stale := []string{".reminders.toml.tmp123", ".reminders-state.toml.tmp4567", ".reminders.toml.bak.tmp89"}
	for _, name := range stale {
		staleFile(t, filepath.Join(root, name))
	}
	if _, err := Open(root); err != nil {
		t.Fatal(err)
	}
	for _, name := range stale {
		if _, err := os.Stat(filepath.Join(root, name)); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("%s is still there: %v", name, err)
		}
	}
}

// A save into a folder outside the data folder (the autostart entry in
// ~/.config/autostart) sweeps its own killed saves, and only those.
func TestWriteFileSweepsItsOwnStaleTempsOnly(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "io.github.postureapp.posture.desktop")
	mine := []string{".io.github.postureapp.posture.desktop.tmp42", ".io.github.postureapp.posture.desktop.bak.tmp7"}
	others := []string{".other.desktop.tmp42", ".io.github.postureapp.posture.desktop.tmp42x"}
	for _, name := range append(mine, others...) {
		staleFile(t, filepath.Join(dir, name))
	}
	if err := WriteFile(path, []byte("[Desktop Entry]\n")); err != nil {
		t.Fatal(err)
	}
	for _, name := range mine {
		if _, err := os.Stat(filepath.Join(dir, name)); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("%s is still there: %v", name, err)
		}
	}
	for _, name := range others {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Errorf("%s, not a temp of this file, was touched: %v", name, err)
		}
	}
}
