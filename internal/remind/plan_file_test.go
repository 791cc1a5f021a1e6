package remind

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"syscall"
	"testing"
	"time"
)

const goodPlan = `format = 1

[quiet]
from = "07:30"
to = "22:00"

[breaks]
every = "45m"
routine = "Desk Posture Break"

[[session]]
routine = "Upper Back Strength"
days = ["mon", "wed", "fri"]
at = "18:00"
`

func TestParseReadsEveryField(t *testing.T) {
	p, err := Parse("reminders.toml", []byte(goodPlan))
	if err != nil {
		t.Fatal(err)
	}
	want := Plan{
		Sessions: []Session{{Routine: "Upper Back Strength", Days: DaysOf(time.Monday, time.Wednesday, time.Friday), At: 18 * 60}},
		Breaks:   Breaks{On: true, Every: 45 * time.Minute, Routine: "Desk Posture Break"},
		Quiet:    Hours{From: 7*60 + 30, To: 22 * 60},
	}
	if !reflect.DeepEqual(p, want) {
		t.Fatalf("got %+v\nwant %+v", p, want)
	}
}

func TestEncodeThenParseGivesTheSamePlan(t *testing.T) {
	p := NewPlan()
	p.Breaks.On = true
	p.SetSession(Session{Routine: `Odd "quoted" name`, Days: DaysOf(time.Sunday, time.Tuesday), At: 8 * 60})
	got, err := Parse("r.toml", Encode(p))
	if err != nil {
		t.Fatalf("%v\n%s", err, Encode(p))
	}
	if !reflect.DeepEqual(got, p) {
		t.Fatalf("got %+v, want %+v", got, p)
	}
}

func TestParseNamesFileLineFieldAndWhatIsAllowed(t *testing.T) {
	src := `format = 1
[quiet]
from = "08:00"
too = "21:00"
[breaks]
every = "5m"
[[session]]
routine = "A"
days = ["mon", "funday"]
at = "18:00"
[[session]]
routine = "B"
days = ["tue"]
at = "25:00"
[[session]]
routine = "C"
days = ["tue"]
at = "23:00"
`
	_, err := Parse("rem.toml", []byte(src))
	if err == nil {
		t.Fatal("want problems")
	}
	for _, want := range []string{
		`rem.toml:4: quiet.too: unknown key (did you mean "to"?)`,
		`rem.toml:6: breaks.every: "5m" is out of range (15m-3h, like "50m")`,
		`rem.toml:9: session[1].days: "funday" is not a weekday (one of sun, mon, tue, wed, thu, fri, sat)`,
		`rem.toml:14: session[2].at: "25:00" is not a time of day ("HH:MM", 00:00-23:59)`,
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("missing %q in\n%v", want, err)
		}
	}
}

func TestParseRefusesATwiceRemindedRoutine(t *testing.T) {
	src := goodPlan + `
[[session]]
routine = "Upper Back Strength"
days = ["sun"]
at = "12:00"
`
	_, err := Parse("rem.toml", []byte(src))
	want := `rem.toml:17: session[2].routine: "Upper Back Strength" has a reminder already`
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("missing %q in\n%v", want, err)
	}
}

func TestASessionOutsideTheHoursIsKeptWithAWarning(t *testing.T) {
	src := goodPlan + `
[[session]]
routine = "Band Only"
days = ["sun"]
at = "23:00"
`
	p, err := Parse("rem.toml", []byte(src))
	if err != nil {
		t.Fatalf("a reminder outside the hours is refused: %v", err)
	}
	s, ok := p.Session("Band Only")
	if !ok || s.At != 23*60 {
		t.Fatalf("session lost: %+v", p.Sessions)
	}
	want := "23:00 is outside the hours reminders may come (07:30-22:00): it will come at 07:30, when they start"
	if got := p.HoursWarning(s.At); got != want {
		t.Errorf("warning %q, want %q", got, want)
	}
	if got := p.HoursWarning(12 * 60); got != "" {
		t.Errorf("12:00 is inside the hours, warned %q", got)
	}
	p.Quiet = Hours{From: 12 * 60, To: 13 * 60}
	if got := p.HoursWarning(14 * 60); !strings.Contains(got, "will not come") {
		t.Errorf("22 hours late is past MaxLate, warned %q", got)
	}
}

func TestParseSyntaxErrorHasItsLine(t *testing.T) {
	_, err := Parse("rem.toml", []byte("format = 1\n[breaks\n"))
	if err == nil || !strings.HasPrefix(err.Error(), "rem.toml:") || !strings.Contains(err.Error(), "TOML syntax") {
		t.Fatalf("got %v", err)
	}
}

func TestLoadMissingFileIsAnEmptyPlan(t *testing.T) {
	p, err := Load(filepath.Join(t.TempDir(), FileName))
	if err != nil || !p.Empty() || p.Quiet != DefaultQuiet || p.Breaks.Every != DefaultBreakEvery {
		t.Fatalf("got %+v, %v", p, err)
	}
}

func TestLoadRefusesHugeAndNonRegularFiles(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.toml")
	if err := os.WriteFile(big, []byte("format = 1\n"+strings.Repeat("# padding\n", MaxFileSize/10+1)), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(big); err == nil || !strings.Contains(err.Error(), "too large") {
		t.Errorf("big file: %v", err)
	}
	fifo := filepath.Join(dir, "fifo.toml")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip(err)
	}
	done := make(chan error, 1)
	go func() { _, err := Load(fifo); done <- err }()
	select {
	case err := <-done:
		if err == nil || !strings.Contains(err.Error(), "fifo.toml: is a named pipe (FIFO), not a file") {
			t.Errorf("fifo: %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("reading a fifo hung")
	}
}

func TestSaveKeepsTheOldPlanAndWritesNothingBad(t *testing.T) {
	path := filepath.Join(t.TempDir(), FileName)
	p := NewPlan()
	p.SetSession(Session{Routine: "A", Days: DaysOf(time.Monday), At: 9 * 60})
	if err := Save(path, p); err != nil {
		t.Fatal(err)
	}
	p.Breaks.On = true
	if err := Save(path, p); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path + ".bak"); err != nil {
		t.Errorf("no backup: %v", err)
	}
	bad := p
	bad.Sessions = []Session{{Routine: "A", Days: 0, At: 9 * 60}}
	if err := Save(path, bad); err == nil || !strings.Contains(err.Error(), "session[1].days: no days chosen") {
		t.Fatalf("bad plan saved: %v", err)
	}
	got, err := Load(path)
	if err != nil || !reflect.DeepEqual(got, p) {
		t.Fatalf("file changed by a refused save: %+v, %v", got, err)
	}
}

func TestParseClockAndDay(t *testing.T) {
	for s, want := range map[string]ClockTime{"18:00": 1080, "7:05": 425, "00:00": 0, "23:59": 1439} {
		if got, err := ParseClock(s); err != nil || got != want {
			t.Errorf("ParseClock(%q) = %v, %v", s, got, err)
		}
	}
	for _, s := range []string{"24:00", "18", "18:5", "18:60", "-1:00", "ab:cd", "18:00pm"} {
		if _, err := ParseClock(s); err == nil {
			t.Errorf("ParseClock(%q) accepted", s)
		}
	}
	for s, want := range map[string]time.Weekday{"mon": time.Monday, "Sunday": time.Sunday, "WED": time.Wednesday} {
		if got, err := ParseDay(s); err != nil || got != want {
			t.Errorf("ParseDay(%q) = %v, %v", s, got, err)
		}
	}
	for _, s := range []string{"mo", "monkey", ""} {
		if _, err := ParseDay(s); err == nil {
			t.Errorf("ParseDay(%q) accepted", s)
		}
	}
}

func TestProposeDaysSpreadsTheWeeksSessions(t *testing.T) {
	for n, want := range map[int]string{1: "wed", 2: "tue fri", 3: "mon wed fri", 7: "mon tue wed thu fri sat sun"} {
		if got := ProposeDays(n).String(); got != want {
			t.Errorf("ProposeDays(%d) = %s, want %s", n, got, want)
		}
	}
}
