package history

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestTargetDefaultsSavesAndReadsBack(t *testing.T) {
	st := NewStore(filepath.Join(t.TempDir(), "history"))
	if n, err := st.Target(); n != DefaultTarget || err != nil || st.HasTarget() {
		t.Fatalf("no file: %d, %v, has %v; want the default and no error", n, err, st.HasTarget())
	}
	if err := st.SetTarget(5); err != nil {
		t.Fatal(err)
	}
	if n, err := st.Target(); n != 5 || err != nil {
		t.Fatalf("after setting 5: %d, %v", n, err)
	}
	if err := st.SetTarget(0); err == nil {
		t.Fatal("a target of 0 was accepted")
	}
	if n, _ := st.Target(); n != 5 {
		t.Fatalf("a refused target changed the file: %d", n)
	}
}

func TestTargetFileProblemsNameLineAndAllowed(t *testing.T) {
	for _, c := range []struct{ file, want string }{
		{"format = 1\nper_week = 30\n", "target.toml:2: per_week = 30 is not allowed (allowed: a whole number 1-14)"},
		{"format = 1\nper_week = \"three\"\n", "target.toml:2: per_week = three is not allowed"},
		{"format = 1\nper_wek = 3\n", `target.toml:2: unknown key "per_wek"`},
		{"format = 2\nper_week = 3\n", "target.toml:1: format: written by a newer Posture (format 2); left as it is"},
		{"format = 1\nper_week = \n", "target.toml:2:"},
	} {
		dir := t.TempDir()
		path := filepath.Join(dir, "target.toml")
		if err := os.WriteFile(path, []byte(c.file), 0o644); err != nil {
			t.Fatal(err)
		}
		n, err := NewStore(dir).Target()
		if n != DefaultTarget || err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: got %d, %v; want the default and %q", c.file, n, err, c.want)
		}
		if data, _ := os.ReadFile(path); string(data) != c.file {
			t.Errorf("%q: the file was changed", c.file)
		}
	}
}

func TestTargetRefusesAFolderOrAHugeFile(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "target.toml"), 0o755); err != nil {
		t.Fatal(err)
	}
	if _, err := NewStore(dir).Target(); err == nil || !strings.Contains(err.Error(), "is a folder, not a file") {
		t.Errorf("a folder: %v", err)
	}
	dir = t.TempDir()
	big := "format = 1\nper_week = 3\n" + strings.Repeat("# padding\n", 1000)
	if err := os.WriteFile(filepath.Join(dir, "target.toml"), []byte(big), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := NewStore(dir).Target(); err == nil || !strings.Contains(err.Error(), "too large to read") {
		t.Errorf("a huge file: %v", err)
	}
}
