package history

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func importFile(t *testing.T, text string) error {
	t.Helper()
	path := filepath.Join(t.TempDir(), "sessions.toml")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := ReadFile(path)
	return err
}

const sessionHead = "format = 1\n\n[[session]]\nid = \"a\"\nroutine = \"R\"\n"

// A key or a value of a megabyte is repeated in the error only in part.
func TestImportErrorsRepeatOnlyPartOfHugeKeysAndValues(t *testing.T) {
	huge := strings.Repeat("A", 1<<20)
	for _, tail := range []string{
		"started = 2026-01-01T08:00:00Z\nstatus = \"" + huge + "\"\n",
		"started = 2026-01-01T08:00:00Z\nstatus = \"completed\"\n" + huge + " = 1\n",
		"started = 2026-01-01T08:00:00Z\nstatus = \"completed\"\nactive = \"" + huge + "\"\n",
		"started = \"" + huge + "\"\nstatus = \"completed\"\n",
	} {
		err := importFile(t, sessionHead+tail)
		if err == nil || len(err.Error()) > 400 {
			t.Errorf("%.40s…: %d bytes of error: %.300v", tail, len(errText(err)), err)
		}
	}
}

// Times no session has are refused by line and field, saying the range.
func TestImportRefusesSessionsOutsideTheYearsAllowed(t *testing.T) {
	for at, want := range map[string]string{
		"started = 0001-01-01T00:00:00Z":                               ":6: started: year 1 is out of range (allowed 1970–2199)",
		"started = 9999-12-31T23:00:00Z":                               ":6: started: year 9999 is out of range (allowed 1970–2199)",
		"started = 1969-12-31T23:59:59Z":                               ":6: started: year 1969 is out of range (allowed 1970–2199)",
		"started = 2026-01-01T08:00:00Z\nended = 2200-01-01T00:00:00Z": ":7: ended: year 2200 is out of range (allowed 1970–2199)",
		"started = 1970-01-01T00:00:00Z":                               "",
		"started = 2199-12-31T23:59:59Z":                               "",
	} {
		err := importFile(t, sessionHead+at+"\nstatus = \"completed\"\n")
		if want == "" && err != nil || want != "" && (err == nil || !strings.HasSuffix(err.Error(), want)) {
			t.Errorf("%s: %v, want %q", at, err, want)
		}
	}
}

func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}
