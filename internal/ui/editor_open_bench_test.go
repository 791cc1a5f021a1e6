package ui

import (
	"testing"
	"time"

	"github.com/postureapp/posture/internal/routine"
)

// longDraft is a routine of n steps, as a person's 200-step routine reads.
func longDraft(b *testing.B, u *App, n int) *routine.Draft {
	text := "format = 1\nname = \"Long\"\nrest_after = \"5s\"\n"
	for i := range n {
		text += "\n[[step]]\nsets = 1\n" + []string{"exercise = \"chin-tuck\"\nreps = 5", "exercise = \"band-pull-apart\"\nreps = 5", "exercise = \"doorway-stretch\"\nduration = \"20s\""}[i%3] + "\n"
	}
	r, err := routine.ParseRoutine("long.toml", []byte(text), u.cfg.Catalog.Library)
	if err != nil {
		b.Fatal(err)
	}
	return routine.DraftOf(r)
}

// BenchmarkOpenLongRoutine is the time opening a 200-step routine in the
// editor holds the UI goroutine before the window shows it: "one go"
// makes every step's widgets first, as the editor did before it laid
// steps out in slices; "sliced" makes the first slice and leaves the rest
// to later turns, reporting the longest of them (ms/slice) and all of it
// (ms/all), each a time the window cannot answer.
func BenchmarkOpenLongRoutine(b *testing.B) {
	open := func(b *testing.B, atOnce int) {
		was := stepsAtOnce
		stepsAtOnce = atOnce
		defer func() { stepsAtOnce = was }()
		var longest, all time.Duration
		for b.Loop() {
			b.StopTimer()
			u := newEditingApp(b)
			var queued []func()
			u.cfg.Background = func(f func()) { queued = append(queued, f) }
			d := longDraft(b, u, 200)
			b.StartTimer()
			start := time.Now()
			u.openEditor(d, "")
			first := time.Since(start)
			b.StopTimer()
			all += first
			longest = max(longest, first)
			for len(queued) > 0 {
				next := queued[0]
				queued = queued[1:]
				slice := time.Now()
				next()
				took := time.Since(slice)
				all += took
				longest = max(longest, took)
			}
			b.StartTimer()
		}
		b.ReportMetric(float64(longest.Microseconds())/1000, "ms/slice")
		b.ReportMetric(float64(all.Microseconds())/1000/float64(b.N), "ms/all")
	}
	b.Run("one go", func(b *testing.B) { open(b, 1<<30) })
	b.Run("sliced", func(b *testing.B) { open(b, stepsAtOnce) })
}
