package history

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"
	"time"
)

func TestCSVHasARowPerSessionExercise(t *testing.T) {
	a := session(time.Date(2026, 11, 22, 8, 30, 0, 0, time.FixedZone("", 3600)), 2)
	a.Exercises[1] = Exercise{Exercise: "doorway-stretch", SetsPlanned: 1, SetsDone: 1, Duration: Duration(30 * time.Second), Resistance: "band, red", Comfort: ComfortDiscomfort}
	b := session(time.Date(2026, 11, 23, 8, 30, 0, 0, time.UTC), 0)
	b.Status = Stopped
	c := session(time.Date(2026, 11, 24, 8, 30, 0, 0, time.UTC), 1)
	c.Exercises[0].SetsDone, c.Exercises[0].Reps = 0, nil // skipped through
	var buf bytes.Buffer
	if err := WriteCSV(&buf, []Session{a, b, c}); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{
		{"date", "routine", "status", "active", "exercise", "sets_planned", "sets_done", "reps", "hold", "duration", "sides", "resistance", "comfort", "outcome"},
		{"2026-11-22T08:30:00+01:00", "Upper Back Strength", "completed", "14m5s", "move-0", "3", "3", "12 12 11", "3s", "", "both", "light band", "", "completed"},
		{"2026-11-22T08:30:00+01:00", "Upper Back Strength", "completed", "14m5s", "doorway-stretch", "1", "1", "", "", "30s", "", "band, red", "discomfort", "completed"},
		{"2026-11-23T08:30:00Z", "Upper Back Strength", "stopped", "14m5s", "", "", "", "", "", "", "", "", "", "skipped"},
		{"2026-11-24T08:30:00Z", "Upper Back Strength", "completed", "14m5s", "move-0", "3", "0", "", "3s", "", "both", "light band", "", "skipped"},
	}
	if len(rows) != len(want) {
		t.Fatalf("%d rows:\n%v", len(rows), rows)
	}
	for i := range want {
		if strings.Join(rows[i], "|") != strings.Join(want[i], "|") {
			t.Errorf("row %d:\n got %q\nwant %q", i, rows[i], want[i])
		}
	}
}

// A name or a note that a spreadsheet would open as a formula is written
// with a leading ' (OWASP's advice); numbers Posture writes stay numbers.
func TestCSVMarksCellsThatWouldOpenAsFormulas(t *testing.T) {
	cases := map[string]string{
		`=cmd|' /C calc'!A0`:                `'=cmd|' /C calc'!A0`,
		`=HYPERLINK("http://evil.example")`: `'=HYPERLINK("http://evil.example")`,
		"+1+1":                              "'+1+1",
		"-5":                                "'-5",
		"@SUM(1)":                           "'@SUM(1)",
		"\tTabbed":                          "'\tTabbed",
		"\rReturned":                        "'\rReturned",
		"＝1+1":                              "'＝1+1",
		"Upper Back = Strength":             "Upper Back = Strength",
		"'quoted":                           "'quoted",
	}
	for name, want := range cases {
		s := session(time.Date(2026, 11, 22, 8, 30, 0, 0, time.UTC), 1)
		s.Routine = name
		s.Exercises[0].Exercise, s.Exercises[0].Resistance = name, name
		var buf bytes.Buffer
		if err := WriteCSV(&buf, []Session{s}); err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(&buf).ReadAll()
		if err != nil || len(rows) != 2 {
			t.Fatalf("%q: %v %v", name, rows, err)
		}
		row := rows[1]
		if row[1] != want || row[4] != want || row[11] != want {
			t.Errorf("%q: routine %q, exercise %q, resistance %q; want %q", name, row[1], row[4], row[11], want)
		}
		if row[5] != "3" || row[7] != "12 12 11" {
			t.Errorf("%q: numbers changed: sets %q, reps %q", name, row[5], row[7])
		}
	}
}
