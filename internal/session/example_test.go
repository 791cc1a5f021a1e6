package session_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/postureapp/posture/internal/clock"
	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/session"
)

// A window or a terminal builds the timeline, hands the player a clock
// and a handler, starts it, and calls controls as keys arrive.
func Example() {
	lift, lower := time.Second, 2*time.Second
	lib := routine.NewLibrary(&routine.Exercise{
		ID: "y-raise", Name: "Y Raise",
		Dose:      routine.Dose{Reps: routine.Count{Lo: 2, Hi: 4}, Hold: routine.Span{Lo: time.Second, Hi: time.Second}},
		Tempo:     routine.Tempo{Lift: &lift, Lower: &lower},
		PhaseCues: routine.PhaseCues{Lift: "Arms up", Hold: "Squeeze", Lower: "Slowly down"},
	})
	r := &routine.Routine{Name: "Demo", Flat: true, Sections: []routine.Section{{Steps: []routine.Step{{Exercise: "y-raise", Sets: 1}}}}}
	tl := session.Build(r, lib)

	start := time.Date(2026, 1, 1, 8, 0, 0, 0, time.UTC)
	clock := clock.NewFake(start) // clock.Real{} in the app
	p := session.New(tl, clock, session.Options{OnEvent: func(ev session.Event) {
		switch ev.Kind {
		case session.SegmentStarted:
			line := fmt.Sprintf("%-4v %-7s %-12s %s", clock.Now().Sub(start), ev.Segment.Phase, ev.Segment.Cue, ev.Segment.Next)
			fmt.Println(strings.TrimSpace(line))
		case session.Finished:
			fmt.Println(ev.Record.Status, ev.Record.Exercises[0].Reps, time.Duration(ev.Record.Active))
		}
	}})
	p.Start()
	p.Wait()
	// Output:
	// 0s   prepare Get ready: Y Raise Next: lift 1 s
	// 5s   lift    Arms up      Next: hold 1 s
	// 6s   hold    Squeeze      Next: lower 2 s
	// 7s   lower   Slowly down  Next: lift 1 s
	// 9s   lift    Arms up      Next: hold 1 s
	// 10s  hold    Squeeze      Next: lower 2 s
	// 11s  lower   Slowly down  Next: finish
	// 13s  done    Routine complete
	// completed [2] 13s
}
