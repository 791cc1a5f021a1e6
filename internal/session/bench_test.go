package session

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/postureapp/posture/internal/clock"
	"github.com/postureapp/posture/internal/history"
	"github.com/postureapp/posture/internal/routine"
)

// shortSegments is a routine of n segments of 50 ms each: get ready, one
// long set of lift, hold and lower, done.
func shortSegments(n int) Timeline {
	const d = 50 * time.Millisecond
	lib := routine.NewLibrary(repMove("fast", d, d, d))
	r := flat(routine.Step{Exercise: "fast", Sets: 1, Reps: routine.Count{Lo: (n - 2) / 3, Hi: (n - 2) / 3}})
	r.Prepare = routine.Dur(d)
	return Build(r, lib)
}

// BenchmarkBoundaryError plays routines of 50 ms segments on the real
// clock and reports how late each segment's start event is against its
// planned moment: mean, 99th percentile, max, at the end, and the mean
// over the last tenth of the routine (which would exceed the mean if error
// accumulated). The max is at the mercy of other processes on the machine.
func BenchmarkBoundaryError(b *testing.B) {
	for _, n := range []int{500, 2000} {
		tl := shortSegments(n)
		if len(tl.Segments) != n {
			b.Fatalf("built %d segments, want %d", len(tl.Segments), n)
		}
		b.Run(fmt.Sprintf("segments=%d", n), func(b *testing.B) {
			var sum, maxErr, endErr, lateSum time.Duration
			var count, lateCount int
			var all []time.Duration
			for range b.N {
				errs := playAndMeasure(tl)
				all = append(all, errs...)
				for i, e := range errs {
					sum += e
					maxErr = max(maxErr, e)
					if i >= len(errs)*9/10 {
						lateSum += e
						lateCount++
					}
				}
				count += len(errs)
				endErr = max(endErr, errs[len(errs)-1])
			}
			ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
			b.ReportMetric(ms(sum/time.Duration(count)), "mean-ms")
			b.ReportMetric(ms(maxErr), "max-ms")
			slices.Sort(all)
			b.ReportMetric(ms(all[len(all)*99/100]), "p99-ms")
			b.ReportMetric(ms(endErr), "end-ms")
			b.ReportMetric(ms(lateSum/time.Duration(lateCount)), "last10%-mean-ms")
		})
	}
}

// playAndMeasure plays tl once and returns, per segment, how long after
// its planned moment its SegmentStarted event arrived.
func playAndMeasure(tl Timeline) []time.Duration {
	errs := make([]time.Duration, 0, len(tl.Segments))
	var begin time.Time
	p := New(tl, clock.Real{}, Options{OnEvent: func(ev Event) {
		if ev.Kind == SegmentStarted {
			errs = append(errs, time.Since(begin)-ev.Segment.Offset)
		}
	}})
	begin = time.Now()
	p.Start()
	p.Wait()
	return errs
}

// manySteps is a routine of n steps, each one rep of 50 ms phases with 50
// ms rests between steps: a record is handed over at every step's end.
func manySteps(n int) Timeline {
	const d = 50 * time.Millisecond
	lib := routine.NewLibrary(repMove("fast", d, d, d))
	var steps []routine.Step
	for range n {
		steps = append(steps, routine.Step{Exercise: "fast", Sets: 1, Reps: routine.Count{Lo: 1, Hi: 1}, RestAfter: routine.Dur(d)})
	}
	r := flat(steps...)
	r.Prepare = routine.Dur(d)
	return Build(r, lib)
}

// BenchmarkCueLatenessWithHistory plays a routine on the real clock with a
// real history store on disk (the test's temporary folder) and reports how
// late each SegmentStarted is against its due time, separately for the
// boundaries where a record is saved (right after ExerciseFinished) and
// the others. "writer" hands records to history.Writer, as the app does;
// "direct" saves them on the engine's goroutine, as the app did before,
// for comparison.
func BenchmarkCueLatenessWithHistory(b *testing.B) {
	tl := manySteps(60)
	for _, mode := range []string{"writer", "direct"} {
		b.Run(mode, func(b *testing.B) {
			var atSave, others []time.Duration
			for range b.N {
				st := history.NewStore(b.TempDir())
				w := history.NewWriter(st, func(err error) { b.Error(err) })
				save := w.Record
				if mode == "direct" {
					save = func(s history.Session) {
						if _, err := st.Save(s); err != nil {
							b.Error(err)
						}
					}
				}
				s, o := playWithRecords(tl, save)
				atSave, others = append(atSave, s...), append(others, o...)
				if err := w.Close(10 * time.Second); err != nil {
					b.Fatal(err)
				}
			}
			reportLateness(b, "save", atSave)
			reportLateness(b, "nosave", others)
		})
	}
}

// playWithRecords plays tl, handing every record to save, and returns how
// late each segment started: at boundaries right after a record, and at
// the others.
func playWithRecords(tl Timeline, save func(history.Session)) (atSave, others []time.Duration) {
	var begin time.Time
	recorded := false
	p := New(tl, clock.Real{}, Options{OnEvent: func(ev Event) {
		switch {
		case ev.Record != nil:
			save(*ev.Record)
			recorded = true
		case ev.Kind == SegmentStarted:
			late := time.Since(begin) - ev.Segment.Offset
			if recorded {
				atSave = append(atSave, late)
			} else {
				others = append(others, late)
			}
			recorded = false
		}
	}})
	begin = time.Now()
	p.Start()
	p.Wait()
	return atSave, others
}

func reportLateness(b *testing.B, name string, lates []time.Duration) {
	if len(lates) == 0 {
		return
	}
	slices.Sort(lates)
	ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
	b.ReportMetric(ms(lates[len(lates)/2]), name+"-p50-ms")
	b.ReportMetric(ms(lates[len(lates)*99/100]), name+"-p99-ms")
	b.ReportMetric(ms(lates[len(lates)-1]), name+"-max-ms")
}
