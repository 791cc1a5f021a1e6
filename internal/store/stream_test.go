package store

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// A picture or sound whose making fails halfway leaves the file it was to
// replace as it was, and no temporary file beside it.
func TestWriteStreamFailingKeepsTheOldFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.wav")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	broke := errors.New("encoder broke")
	err := WriteStream(path, func(w io.WriteSeeker) error {
		_, _ = w.Write([]byte("half"))
		return broke
	})
	if !errors.Is(err, broke) {
		t.Fatalf("got %v, want the encoder's error", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "old" {
		t.Errorf("file holds %q after a failed write, want %q", b, "old")
	}
	if names, _ := filepath.Glob(filepath.Join(dir, "*")); len(names) != 1 {
		t.Errorf("folder holds %v, want the old file alone", names)
	}
}

// An encoder may seek back to fill in a header (WAV does); what it wrote
// replaces the file whole, readable by everyone and with no .bak.
func TestWriteStreamReplacesWithWhatWasWritten(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.wav")
	if err := os.WriteFile(path, []byte("old and longer"), 0o644); err != nil {
		t.Fatal(err)
	}
	err := WriteStream(path, func(w io.WriteSeeker) error {
		if _, err := w.Write([]byte("xxxxbody")); err != nil {
			return err
		}
		if _, err := w.Seek(0, io.SeekStart); err != nil {
			return err
		}
		_, err := w.Write([]byte("head"))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); string(b) != "headbody" {
		t.Errorf("file holds %q, want %q", b, "headbody")
	}
	if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != 0o644 {
		t.Errorf("mode %v (%v), want -rw-r--r--", fi.Mode().Perm(), err)
	}
	if names, _ := filepath.Glob(filepath.Join(dir, "*")); len(names) != 1 {
		t.Errorf("folder holds %v, want the file alone", names)
	}
}
