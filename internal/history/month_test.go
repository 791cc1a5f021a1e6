package history

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

// fullMonth makes n sessions a few minutes apart in November 2026, the
// first at start; with 30 exercises each, some 250 of them fill a part.
func fullMonth(n int, start time.Time) []Session {
	out := make([]Session, n)
	for i := range out {
		out[i] = session(start.Add(time.Duration(i)*3*time.Minute), 30)
	}
	return out
}

// monthSizes lists the month files in dir with their sizes.
func monthSizes(t *testing.T, dir string) map[string]int64 {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	sizes := map[string]int64{}
	for _, e := range entries {
		if _, _, ok := monthName(e.Name()); ok {
			info, _ := e.Info()
			sizes[e.Name()] = info.Size()
		} else if filepath.Ext(e.Name()) == ".broken" {
			t.Errorf("%s was moved aside", e.Name())
		}
	}
	return sizes
}

func TestAMonthSplitsIntoPartsTheReaderTakes(t *testing.T) {
	dir := t.TempDir()
	st := NewStore(dir)
	all := fullMonth(700, time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC))
	// Most imported at once, then the rest one save at a time, as the
	// writer saves them.
	if n, _, err := st.Import(all[:697]); err != nil || n != 697 {
		t.Fatalf("imported %d: %v", n, err)
	}
	for _, s := range all[697:] {
		mustSave(t, st, s)
	}
	sizes := monthSizes(t, dir)
	if len(sizes) < 3 {
		t.Errorf("700 sessions of 30 exercises in %d month files: %v", len(sizes), sizes)
	}
	for name, size := range sizes {
		if size > partLimit {
			t.Errorf("%s is %d bytes, over %d", name, size, partLimit)
		}
	}
	got, problems := st.Load()
	if len(problems) != 0 {
		t.Fatal(problems)
	}
	sameSessions(t, got, all)
}

// A month of 2 MB, as Posture wrote it before months had parts, takes new
// sessions in a second part instead of growing past what it reads.
func TestAMonthAtTheLimitTakesNewSessionsInAPartOfTheirOwn(t *testing.T) {
	dir := t.TempDir()
	st := NewStore(dir)
	start := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	var old []Session
	size := len(formatLine)
	for _, s := range fullMonth(600, start) {
		block, err := encodeSession(s)
		if err != nil {
			t.Fatal(err)
		}
		if size += len(block); size > maxMonthFile-4096 {
			break
		}
		old = append(old, s)
	}
	if err := writeMonthFile(filepath.Join(dir, "2026-11.toml"), old); err != nil {
		t.Fatal(err)
	}
	more := fullMonth(40, start.Add(90*time.Second))
	if n, _, err := st.Import(more); err != nil || n != len(more) {
		t.Fatalf("imported %d: %v", n, err)
	}
	sizes := monthSizes(t, dir)
	if sizes["2026-11.toml"] != int64(encodedSize(t, old)) || sizes["2026-11.2.toml"] == 0 {
		t.Errorf("the full month was rewritten or no second part made: %v", sizes)
	}
	got, problems := st.Load()
	if len(problems) != 0 || len(got) != len(old)+len(more) {
		t.Fatalf("%d sessions of %d, problems %v", len(got), len(old)+len(more), problems)
	}
	// A session of the full part that grows (the writer saves it after
	// every exercise) moves to a later part rather than push its own past
	// the limit; it is then in the history once.
	grown := old[10]
	grown.Exercises = append(grown.Exercises, grown.Exercises...)
	mustSave(t, st, grown)
	got, _ = st.Load()
	if len(got) != len(old)+len(more) {
		t.Fatalf("%d sessions after the grown save, want %d", len(got), len(old)+len(more))
	}
	i := slices.IndexFunc(got, func(s Session) bool { return s.ID == grown.ID })
	if i < 0 || len(got[i].Exercises) != 60 {
		t.Fatalf("the grown session was not saved whole: %+v", got[max(i, 0)])
	}
	for name, size := range monthSizes(t, dir) {
		if size > maxMonthFile {
			t.Errorf("%s is %d bytes, over what is read", name, size)
		}
	}
}

// A crash between the two writes of a session that moves to a later part
// leaves it in both; it counts once, in its later form.
func TestASessionInTwoPartsCountsOnceInItsLaterPart(t *testing.T) {
	dir := t.TempDir()
	st := NewStore(dir)
	s := session(time.Date(2026, 11, 2, 8, 0, 0, 0, time.UTC), 1)
	later := s
	later.Exercises = append(later.Exercises, later.Exercises...)
	if err := writeMonthFile(filepath.Join(dir, "2026-11.toml"), []Session{s}); err != nil {
		t.Fatal(err)
	}
	if err := writeMonthFile(filepath.Join(dir, "2026-11.2.toml"), []Session{later}); err != nil {
		t.Fatal(err)
	}
	got, problems := st.Load()
	if len(problems) != 0 || len(got) != 1 || len(got[0].Exercises) != 2 {
		t.Fatalf("got %d sessions (%v)", len(got), problems)
	}
	if err := st.Delete(s.ID); err != nil {
		t.Fatal(err)
	}
	if got, _ := st.Load(); len(got) != 0 {
		t.Fatalf("a deleted session still shows: %d sessions", len(got))
	}
}

func TestMonthNames(t *testing.T) {
	for name, want := range map[string]int{
		"2026-11.toml": 1, "2026-11.2.toml": 2, "2026-11.17.toml": 17,
		"2026-11.1.toml": 0, "2026-11.02.toml": 0, "2026-11.x.toml": 0, "2026-13.toml": 0,
		"2026-11.toml.bak": 0, "2026-11.2.toml.broken": 0, "2026-11.99999.toml": 0,
	} {
		_, n, ok := monthName(name)
		if ok != (want > 0) || n != want {
			t.Errorf("%s: part %d %v, want %d", name, n, ok, want)
		}
	}
}

func encodedSize(t *testing.T, sessions []Session) int {
	t.Helper()
	data, err := EncodeSessions(sessions)
	if err != nil {
		t.Fatal(err)
	}
	return len(data)
}

// writeMonthFile writes sessions as they are to path, whatever the size.
func writeMonthFile(path string, sessions []Session) error {
	data, err := EncodeSessions(sessions)
	if err != nil {
		return err
	}
	return os.WriteFile(path, data, 0o644)
}
