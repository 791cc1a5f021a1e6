package session

import (
	"fmt"
	"slices"
	"testing"
	"time"

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
	p := New(tl, Real{}, Options{OnEvent: func(ev Event) {
		if ev.Kind == SegmentStarted {
			errs = append(errs, time.Since(begin)-ev.Segment.Offset)
		}
	}})
	begin = time.Now()
	p.Start()
	p.Wait()
	return errs
}
