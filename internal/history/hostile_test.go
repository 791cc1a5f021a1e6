package history

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/postureapp/posture/internal/hostile"
)

// dataFolder makes DATA/history and returns both.
func dataFolder(t *testing.T) (root, hist string) {
	t.Helper()
	root = t.TempDir()
	hist = filepath.Join(root, "history")
	if err := os.MkdirAll(hist, 0o755); err != nil {
		t.Fatal(err)
	}
	return root, hist
}

// soon fails the test if f blocks: a named pipe must be refused, not
// waited on.
func soon(t *testing.T, what string, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() { f(); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatalf("%s blocked", what)
	}
}

func TestAPipeAsAMonthIsReportedNotWaitedOn(t *testing.T) {
	_, hist := dataFolder(t)
	pipe := filepath.Join(hist, "2026-11.toml")
	if err := syscall.Mkfifo(pipe, 0o644); err != nil {
		t.Fatal(err)
	}
	st := NewStore(hist)
	var problems []Problem
	soon(t, "Load", func() { _, problems = st.Load() })
	if len(problems) != 1 || !strings.Contains(problems[0].Error(), "2026-11.toml: is a named pipe (FIFO), not a file") {
		t.Errorf("load: %v", problems)
	}
	var err error
	soon(t, "Save", func() { _, err = st.Save(session(time.Date(2026, 11, 2, 8, 0, 0, 0, time.UTC), 1)) })
	if err == nil || !strings.Contains(err.Error(), "2026-11.toml: is a named pipe (FIFO)") {
		t.Errorf("save: %v", err)
	}
	if fi, err := os.Lstat(pipe); err != nil || fi.Mode()&os.ModeNamedPipe == 0 {
		t.Errorf("the pipe was replaced: %v", err)
	}
}

func TestAMonthFromANewerPostureIsLeftAsItIs(t *testing.T) {
	_, hist := dataFolder(t)
	path := filepath.Join(hist, "2026-11.toml")
	newer := []byte("format = 2\n\n[[session]]\nid = \"x\"\nmood = { before = 3, after = 4 }\n")
	if err := os.WriteFile(path, newer, 0o644); err != nil {
		t.Fatal(err)
	}
	st := NewStore(hist)
	_, problems := st.Load()
	if len(problems) != 1 || problems[0].Error() != path+":1: format: written by a newer Posture (format 2); left as it is (this version reads format = 1; update Posture to use this file)" {
		t.Errorf("load: %v", problems)
	}
	_, err := st.Save(session(time.Date(2026, 11, 2, 8, 0, 0, 0, time.UTC), 1))
	if err == nil || !strings.Contains(err.Error(), "written by a newer Posture") || !strings.Contains(err.Error(), "not saved") {
		t.Errorf("save: %v", err)
	}
	if data, err := os.ReadFile(path); err != nil || !bytes.Equal(data, newer) {
		t.Errorf("the newer file changed: %q, %v", data, err)
	}
	entries, _ := os.ReadDir(hist)
	for _, e := range entries {
		if e.Name() != "2026-11.toml" && !strings.HasSuffix(e.Name(), ".lock") {
			t.Errorf("%s appeared beside the newer file", e.Name())
		}
	}
}

func TestAMonthLinkedInsideTheDataFolderStaysALink(t *testing.T) {
	root, hist := dataFolder(t)
	st := NewStore(hist)
	first := session(time.Date(2026, 11, 2, 8, 0, 0, 0, time.UTC), 1)
	mustSave(t, st, first)
	// The person keeps the month in a synced folder inside the data folder.
	synced := filepath.Join(root, "synced")
	if err := os.MkdirAll(synced, 0o755); err != nil {
		t.Fatal(err)
	}
	month := filepath.Join(hist, "2026-11.toml")
	if err := os.Rename(month, filepath.Join(synced, "2026-11.toml")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("../synced/2026-11.toml", month); err != nil {
		t.Fatal(err)
	}
	second := session(first.Started.Add(24*time.Hour), 1)
	mustSave(t, st, second)
	if fi, err := os.Lstat(month); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("the link was replaced by a file: %v", err)
	}
	got, problems := st.Load()
	if len(problems) > 0 {
		t.Fatal(problems)
	}
	sameSessions(t, got, []Session{first, second})
}

func TestAMonthLinkedOutOfTheDataFolderIsRefused(t *testing.T) {
	_, hist := dataFolder(t)
	outside := filepath.Join(t.TempDir(), "2026-11.toml")
	data, _ := EncodeSessions([]Session{session(time.Date(2026, 11, 2, 8, 0, 0, 0, time.UTC), 1)})
	if err := os.WriteFile(outside, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(outside, filepath.Join(hist, "2026-11.toml")); err != nil {
		t.Fatal(err)
	}
	st := NewStore(hist)
	_, problems := st.Load()
	if len(problems) != 1 || !strings.Contains(problems[0].Error(), "outside the data folder") {
		t.Errorf("load: %v", problems)
	}
	if _, err := st.Save(session(time.Date(2026, 11, 3, 8, 0, 0, 0, time.UTC), 1)); err == nil || !strings.Contains(err.Error(), "outside the data folder") {
		t.Errorf("save: %v", err)
	}
	if after, _ := os.ReadFile(outside); !bytes.Equal(after, data) {
		t.Error("the file outside the data folder changed")
	}
}

func TestAHugeMonthIsMovedAsideUnread(t *testing.T) {
	_, hist := dataFolder(t)
	path := filepath.Join(hist, "2026-11.toml")
	if err := os.WriteFile(path, bytes.Repeat([]byte("# padding\n"), maxMonthFile/10+1), 0o644); err != nil {
		t.Fatal(err)
	}
	st := NewStore(hist)
	_, problems := st.Load()
	if len(problems) != 1 || problems[0].MovedTo == "" || !strings.Contains(problems[0].Msg, "too large") {
		t.Fatalf("load: %v", problems)
	}
	mustSave(t, st, session(time.Date(2026, 11, 2, 8, 0, 0, 0, time.UTC), 1))
}

func TestHostileMonthsAreRefusedOnTheirLine(t *testing.T) {
	for _, f := range hostile.Files() {
		if f.Kind != "month" {
			continue
		}
		_, ferr := decodeMonth(f.Data)
		if ferr == nil || ferr.Line != 2 || !strings.Contains(ferr.Msg, f.Want) {
			t.Errorf("%s: got %v, want line 2 saying %q", f.Name, ferr, f.Want)
		}
	}
	_, ferr := decodeMonth(hostile.Month("[[session]]\n" + strings.Repeat("a.", 30_000) + "a = 1\n"))
	if ferr == nil || ferr.Line != 3 || !strings.Contains(ferr.Msg, "nested") {
		t.Errorf("long dotted key: %v", ferr)
	}
}

func TestALoneCarriageReturnIsNotALineEnd(t *testing.T) {
	for _, src := range []string{"format=1\r", "format = 1\r\n[[session]]\r", "format = 1\r# x\n"} {
		if _, ok := fastDecode([]byte(src)); ok {
			t.Errorf("%q: the fast reader took it", src)
		}
		if _, ferr := decodeMonth([]byte(src)); ferr == nil {
			t.Errorf("%q: accepted", src)
		}
	}
	if _, ok := fastDecode([]byte("format = 1\r\n")); !ok {
		t.Error("CR LF refused")
	}
}

func TestBareSecondsThatOverflowAreRefused(t *testing.T) {
	src := "format = 1\n[[session]]\nid = \"x\"\nstarted = 2026-11-22T08:30:00Z\nstatus = \"completed\"\nactive = 18446744074\n"
	_, ferr := decodeMonth([]byte(src))
	if ferr == nil || ferr.Line != 6 || !strings.Contains(ferr.Msg, "18446744074 is out of range") {
		t.Fatalf("got %v", ferr)
	}
}

func TestAHandEditedSessionIsReadAloneAndTheRestFast(t *testing.T) {
	start := time.Date(2026, 11, 2, 8, 0, 0, 0, time.UTC)
	var want []Session
	for day := range 5 {
		want = append(want, session(start.AddDate(0, 0, day), 2))
	}
	data, err := EncodeSessions(want)
	if err != nil {
		t.Fatal(err)
	}
	edited := handEdit(data)
	if _, ok := fastDecode(edited); ok {
		t.Fatal("the fast reader took the hand edit: it tests nothing")
	}
	var slow [][]byte
	got, ok := readSessions(edited, func(table []byte) ([]Session, bool) {
		slow = append(slow, table)
		return decodeOneSession(table)
	})
	if !ok || len(slow) != 1 || !bytes.HasPrefix(slow[0], []byte("[[session]]")) || bytes.Count(slow[0], []byte("[[session]]")) != 1 {
		t.Fatalf("read %v; tables read slowly: %q", ok, slow)
	}
	sameSessions(t, got, want)
	full, ferr2 := fullDecode(edited)
	if ferr2 != nil {
		t.Fatal(ferr2)
	}
	sameSessions(t, full, want)
}

// handEdit writes the reps of the third session's first exercise over
// several lines, as a person tidying the file might, in a way the fast
// reader leaves to the TOML decoder.
func handEdit(month []byte) []byte {
	parts := bytes.SplitAfterN(month, []byte("[[session]]"), 4)
	if len(parts) < 4 {
		return month
	}
	parts[3] = spreadReps(parts[3], 1)
	return bytes.Join(parts, nil)
}

var repsList = regexp.MustCompile(`reps = \[([0-9, ]*)\]`)

// spreadReps writes the first n lists of reps in text (all for n < 0)
// one number a line.
func spreadReps(text []byte, n int) []byte {
	done := 0
	return repsList.ReplaceAllFunc(text, func(m []byte) []byte {
		if n >= 0 && done >= n {
			return m
		}
		done++
		items := bytes.Split(repsList.FindSubmatch(m)[1], []byte(", "))
		return []byte("reps = [\n    " + string(bytes.Join(items, []byte(",\n    "))) + ",\n  ]")
	})
}

func TestEscapesInStringsAreReadFast(t *testing.T) {
	src := "format = 1\n[[session]]\nid = \"x\"\nroutine = \"My \\\"best\\\" \\u00e9 \\\\ \\U0001F4AA\"\nstarted = 2026-11-22T08:30:00Z\nstatus = \"completed\"\n"
	fast, ok := fastDecode([]byte(src))
	if !ok || fast[0].Routine != `My "best" é \ 💪` {
		t.Fatalf("fast reader: %v %+v", ok, fast)
	}
	for _, bad := range []string{`\x41`, `\uD800`, `\u12`, `\q`, `\e`} {
		if _, ok := fastDecode([]byte(strings.Replace(src, `\u00e9`, bad, 1))); ok {
			t.Errorf("%s: the fast reader took it", bad)
		}
	}
}

func TestAProblemInOneSessionIsReportedAsTheWholeFileWould(t *testing.T) {
	start := time.Date(2026, 11, 2, 8, 0, 0, 0, time.UTC)
	data, _ := EncodeSessions([]Session{session(start, 1), session(start.AddDate(0, 0, 1), 1), session(start.AddDate(0, 0, 2), 1)})
	broken := bytes.Replace(handEdit(data), []byte(`status = "completed"`), []byte(`status = "done"`), 1)
	_, ferr := decodeMonth(broken)
	_, whole := fullDecode(broken)
	if ferr == nil || whole == nil || *ferr != *whole {
		t.Fatalf("by session: %v; whole file: %v", ferr, whole)
	}
}

// FuzzDecodeMonthAgreesWithTOML holds the month reader (fast, session by
// session, or whole) to the full TOML decoder: it accepts what TOML
// accepts, with the same sessions, and refuses what it refuses, always on
// a line of the file.
func FuzzDecodeMonthAgreesWithTOML(f *testing.F) {
	for _, seed := range monthSeeds(f) {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		got, ferr := decodeMonth(data)
		want, wantErr := fullDecode(data)
		if ferr != nil && (ferr.Line < 1 || ferr.Line > bytes.Count(data, []byte("\n"))+1) {
			t.Fatalf("problem on line %d: %v\n%q", ferr.Line, ferr, data)
		}
		switch {
		case ferr != nil && ferr.Newer && wantErr == nil:
			t.Fatalf("TOML reads what the month reader calls newer (%v):\n%q", ferr, data)
		case ferr != nil && ferr.Newer:
		case (ferr == nil) != (wantErr == nil):
			t.Fatalf("month reader: %v; TOML: %v\n%q", ferr, wantErr, data)
		case ferr == nil:
			sameSessions(t, got, want)
		}
	})
}

// monthSeeds are the seeds of the month fuzz targets: Posture's own file,
// hand edits, and the hostile months cut down to a fuzzable size.
func monthSeeds(tb testing.TB) [][]byte {
	tb.Helper()
	start := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	own, err := EncodeSessions([]Session{session(start, 2), session(start.Add(time.Hour), 1), session(start.Add(2*time.Hour), 0)})
	if err != nil {
		tb.Fatal(err)
	}
	return [][]byte{
		own,
		handEdit(own),
		[]byte("format = 1 # v\n[[session]] # s\nid='x'\nstarted=2026-01-02T03:04:05.5-07:00\nstatus=\"pain\"\n"),
		[]byte("format = +1\r\n"),
		[]byte("format=1\r"),
		[]byte("format = 1\n[[session]]\nid=\"\"\"x\"\"\"\n"),
		[]byte("format = 1\nsession = []\n[[session]]\nid = \"x\"\n"),
		[]byte("format = 2\n[[session]]\nnew = {}\n"),
		[]byte("format = 1\n[[session]]\nid = \"a\"\nstarted = 2026-01-02T03:04:05Z\nstatus = \"completed\"\n[session.exercise]\nexercise = \"x\"\n"),
		hostile.Month("x = " + strings.Repeat("[", 20) + strings.Repeat("]", 20) + "\n"),
		hostile.Month(strings.Repeat("a.", 20) + "a = 1\n"),
	}
}

func TestImportRefusesAPipeAtOnce(t *testing.T) {
	pipe := filepath.Join(t.TempDir(), "sessions.toml")
	if err := syscall.Mkfifo(pipe, 0o644); err != nil {
		t.Fatal(err)
	}
	var err error
	soon(t, "ReadFile", func() { _, err = ReadFile(pipe) })
	if err == nil || err.Error() != pipe+": is a named pipe (FIFO), not a file (a regular file)" {
		t.Fatalf("got %v", err)
	}
}
