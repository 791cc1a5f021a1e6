package history

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/postureapp/posture/internal/routine"
)

const benchExercises = 10

// tenYears writes ten years of daily sessions, ten exercises each, with
// the variety a real history has: reps that climb, now and then a
// discomfort or a session stopped early.
func tenYears(tb testing.TB, dir string, loc *time.Location) int {
	tb.Helper()
	start := time.Date(2016, 11, 22, 7, 30, 0, 0, loc)
	byMonth := map[string][]Session{}
	days := 3650
	for day := 0; day < days; day++ {
		s := session(start.AddDate(0, 0, day), benchExercises)
		for i := range s.Exercises {
			e := &s.Exercises[i]
			e.Exercise = fmt.Sprintf("exercise-%02d", i)
			r := 10 + (day/30+i)%11
			e.Reps = []int{r, r, r - day%2}
			if (day+i)%97 == 0 {
				e.Comfort = ComfortDiscomfort
			}
		}
		if day%41 == 0 {
			s.Status = Stopped
		}
		byMonth[s.Started.Format("2006-01")] = append(byMonth[s.Started.Format("2006-01")], s)
	}
	for month, sessions := range byMonth {
		if err := writeMonth(filepath.Join(dir, month+".toml"), sessions); err != nil {
			tb.Fatal(err)
		}
	}
	return days
}

// editMonths rewrites every month file in dir through edit, checking that
// the fast reader no longer takes it whole.
func editMonths(b *testing.B, dir string, edit func([]byte) []byte) {
	files, err := filepath.Glob(filepath.Join(dir, "*.toml"))
	if err != nil || len(files) == 0 {
		b.Fatal("no months", err)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		data = edit(data)
		if _, ok := fastDecode(data); ok {
			b.Fatalf("%s: the edit leaves it to the fast reader", f)
		}
		if err := os.WriteFile(f, data, 0o644); err != nil {
			b.Fatal(err)
		}
	}
}

func benchTargets() []Target {
	targets := make([]Target, benchExercises)
	for i := range targets {
		targets[i] = Target{Exercise: fmt.Sprintf("exercise-%02d", i), Reps: routine.Count{Lo: 10, Hi: 15},
			Hold: routine.Span{Lo: 2 * time.Second, Hi: 3 * time.Second}, Resistance: "light band"}
	}
	return targets
}

func TestTenYearsOfHistoryLoadWhole(t *testing.T) {
	loc := berlin(t)
	dir := t.TempDir()
	days := tenYears(t, dir, loc)
	sessions, problems := NewStore(dir).Load()
	if len(problems) > 0 || len(sessions) != days {
		t.Fatalf("loaded %d of %d sessions, problems %v", len(sessions), days, problems)
	}
	if n := len(sessions[days-1].Exercises); n != benchExercises {
		t.Fatalf("last session has %d exercises", n)
	}
}

// BenchmarkLoadAndSummarise10Years measures the history's speed target:
// 3,650 sessions (ten years of one a day) loaded and summarised in at most
// 100 ms.
func BenchmarkLoadAndSummarise10Years(b *testing.B) {
	benchLoadAndSummarise(b, nil)
}

// BenchmarkLoadAndSummarise10YearsHandEdited is the same history with one
// session of every month edited by hand in a way the fast reader leaves to
// the TOML decoder: the 100 ms target holds for hand-edited files too.
func BenchmarkLoadAndSummarise10YearsHandEdited(b *testing.B) {
	benchLoadAndSummarise(b, handEdit)
}

// BenchmarkLoadAndSummarise10YearsAllHandEdited has every session of every
// month edited so: the worst case, every session through the TOML decoder.
func BenchmarkLoadAndSummarise10YearsAllHandEdited(b *testing.B) {
	benchLoadAndSummarise(b, func(month []byte) []byte { return spreadReps(month, -1) })
}

func benchLoadAndSummarise(b *testing.B, edit func([]byte) []byte) {
	loc := berlin(b)
	dir := b.TempDir()
	tenYears(b, dir, loc)
	if edit != nil {
		editMonths(b, dir, edit)
	}
	st := NewStore(dir)
	targets := benchTargets()
	now := time.Date(2026, 11, 22, 12, 0, 0, 0, loc)
	b.ResetTimer()
	for b.Loop() {
		sessions, problems := st.Load()
		if len(problems) > 0 {
			b.Fatal(problems)
		}
		Summarise(sessions, now, loc, 3)
		RecentWeeks(sessions, now, loc, 12, 3)
		Calendar(sessions, now, loc, 53)
		Suggest(sessions, targets)
	}
	b.ReportMetric(float64(b.Elapsed())/1e6/float64(b.N), "ms/op")
}

// BenchmarkImport imports 1k, 10k and 100k sessions ten minutes apart
// (some 4,300 a month) into an empty history: the time grows with the
// count, one read and one write per month. bench/historyimport runs the
// same through the binary, side by side with another build.
func BenchmarkImport(b *testing.B) {
	for _, n := range []int{1_000, 10_000, 100_000} {
		start := time.Date(2020, 1, 1, 7, 0, 0, 0, time.UTC)
		sessions := make([]Session, n)
		for i := range sessions {
			sessions[i] = session(start.Add(time.Duration(i)*10*time.Minute), 0)
		}
		b.Run(fmt.Sprintf("%dk", n/1000), func(b *testing.B) {
			for b.Loop() {
				st := NewStore(b.TempDir())
				if added, _, err := st.Import(sessions); err != nil || added != n {
					b.Fatalf("imported %d of %d: %v", added, n, err)
				}
			}
		})
	}
}
