package history

import (
	"strings"
	"testing"
	"time"
)

func TestEncodedMonthReadsBackByBothReaders(t *testing.T) {
	start := time.Date(2026, 11, 22, 8, 30, 0, 0, berlin(t))
	s := session(start, 2)
	s.Exercises[1] = Exercise{Exercise: "doorway-stretch", SetsPlanned: 2, SetsDone: 1, Duration: Duration(30 * time.Second), Comfort: ComfortDiscomfort}
	// A set left at rep 3, and a step of a section played in rounds.
	s.Exercises[0].PartialReps = []int{3}
	s.Exercises[0].Section, s.Exercises[0].Round, s.Exercises[0].Rounds = "Circuit", 2, 3
	stopped := session(start.Add(48*time.Hour), 0)
	stopped.Status = Pain
	want := []Session{s, stopped}
	data, err := EncodeSessions(want)
	if err != nil {
		t.Fatal(err)
	}
	fast, ok := fastDecode(data)
	if !ok {
		t.Fatalf("the fast reader refused Posture's own file:\n%s", data)
	}
	sameSessions(t, fast, want)
	full, ferr := fullDecode(data)
	if ferr != nil {
		t.Fatal(ferr)
	}
	sameSessions(t, full, want)
}

func TestHandWrittenTOMLReadsLikeWritten(t *testing.T) {
	// Valid TOML the fast reader leaves to the full decoder: escapes,
	// a space in the date-time, an inline array over two lines.
	src := `format = 1
[[session]]
id = "a\u0062"
routine = 'Morning'
started = 2026-11-22 08:30:00+01:00
ended = 2026-11-22T08:40:00+01:00
status = "completed"
active = 600
[[session.exercise]]
exercise = "wall-angel"
sets_planned = 2
reps = [
  10, 11,
]
`
	got, ferr := decodeMonth([]byte(src))
	if ferr != nil {
		t.Fatal(ferr)
	}
	if got[0].ID != "ab" || got[0].Routine != "Morning" || time.Duration(got[0].Active) != 10*time.Minute {
		t.Errorf("session read as %+v", got[0])
	}
	if r := got[0].Exercises[0].Reps; len(r) != 2 || r[1] != 11 {
		t.Errorf("reps read as %v", r)
	}
	if _, ok := fastDecode([]byte(src)); ok {
		t.Error("the fast reader claimed a file with escapes")
	}
}

func TestBrokenFileNamesLineAndField(t *testing.T) {
	good := "format = 1\n\n[[session]]\n  id = \"x\"\n  started = 2026-11-22T08:30:00+01:00\n  status = \"completed\"\n"
	cases := []struct {
		name, src string
		line      int
		want      string
	}{
		{"bad status", strings.Replace(good, `"completed"`, `"finished"`, 1), 6, `status: "finished" is not a status; allowed: completed, stopped, pain`},
		{"typo key", good + "  [[session.exercise]]\n    exercise = \"y\"\n    comfrot = \"pain\"\n", 9, `comfrot: unknown key; did you mean "comfort"?`},
		{"bad comfort", good + "  [[session.exercise]]\n    exercise = \"y\"\n    comfort = \"sore\"\n", 9, `comfort: "sore" is not a comfort value`},
		{"syntax", good + "  [[session.exercise]]\n    exercise = \"y\n", 8, "newline"},
		{"no status", strings.Replace(good, "  status = \"completed\"\n", "", 1), 3, "session has no status"},
		{"no format", strings.Replace(good, "format = 1\n", "", 1), 1, "format: missing (every file starts with format = 1)"},
		{"newer format", strings.Replace(good, "format = 1", "format = 2", 1), 1, "format: written by a newer Posture (format 2); left as it is (this version reads format = 1; update Posture to use this file)"},
		{"no such format", strings.Replace(good, "format = 1", "format = 0", 1), 1, "format: 0 is not a format this version reads (format = 1)"},
		{"reps not numbers", good + "  [[session.exercise]]\n    exercise = \"y\"\n    reps = [\"ten\"]\n", 9, "reps: want a whole number"},
		{"three quotes in a comment", "# note \"\"\"\n" + strings.Replace(good, `"completed"`, `"finished"`, 1), 7, `status: "finished" is not a status`},
		{"ended before started", good + "  ended = 2026-11-22T07:00:00+01:00\n", 7, "ended: 2026-11-22T07:00:00+01:00 is before started"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, ferr := decodeMonth([]byte(c.src))
			if ferr == nil {
				t.Fatal("accepted a broken file")
			}
			if ferr.Line != c.line || !strings.Contains(ferr.Error(), c.want) {
				t.Errorf("got line %d %q, want line %d containing %q", ferr.Line, ferr, c.line, c.want)
			}
		})
	}
}

// FuzzFastReaderAgreesWithTOML checks the fast reader never accepts a file
// differently from the full TOML decoder.
func FuzzFastReaderAgreesWithTOML(f *testing.F) {
	for _, seed := range monthSeeds(f) {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		fast, ok := fastDecode(data)
		if !ok {
			return
		}
		full, ferr := fullDecode(data)
		if ferr != nil {
			t.Fatalf("fast reader accepted what TOML refuses (%v):\n%s", ferr, data)
		}
		sameSessions(t, fast, full)
	})
}
