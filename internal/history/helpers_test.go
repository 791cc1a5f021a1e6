package history

import (
	"fmt"
	"testing"
	"time"
	_ "time/tzdata" // Europe/Berlin and friends, whatever the machine has installed
)

func berlin(t testing.TB) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

// session makes a completed session with n exercises of three sets of 12.
func session(start time.Time, n int) Session {
	s := Session{
		ID:      NewID(start),
		Routine: "Upper Back Strength",
		Started: start,
		Ended:   start.Add(16 * time.Minute),
		Status:  Completed,
		Active:  Duration(14*time.Minute + 5*time.Second),
	}
	for i := 0; i < n; i++ {
		s.Exercises = append(s.Exercises, Exercise{
			Exercise:    fmt.Sprintf("move-%d", i),
			SetsPlanned: 3,
			RepsPlanned: "10-15",
			Reps:        []int{12, 12, 11},
			SetsDone:    3,
			Hold:        Duration(3 * time.Second),
			Sides:       "both",
			Resistance:  "light band",
		})
	}
	return s
}

// sameSessions compares sessions the way a person would: the same moments
// in the same offsets, the same values.
func sameSessions(t *testing.T, got, want []Session) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("got %d sessions, want %d", len(got), len(want))
	}
	for i := range got {
		g, w := got[i], want[i]
		if !sameTime(g.Started, w.Started) || !sameTime(g.Ended, w.Ended) {
			t.Fatalf("session %d times: got %v..%v, want %v..%v", i, g.Started, g.Ended, w.Started, w.Ended)
		}
		g.Started, g.Ended, w.Started, w.Ended = time.Time{}, time.Time{}, time.Time{}, time.Time{}
		if fmt.Sprintf("%+v", g) != fmt.Sprintf("%+v", w) {
			t.Fatalf("session %d:\n got %+v\nwant %+v", i, g, w)
		}
	}
}

func sameTime(a, b time.Time) bool {
	_, oa := a.Zone()
	_, ob := b.Zone()
	return a.Equal(b) && oa == ob
}

// writeMonth writes sessions as one month file at path, as a save would.
func writeMonth(path string, sessions []Session) error {
	e, err := encodePart(sessions)
	if err != nil {
		return err
	}
	return writePart(path, e)
}
