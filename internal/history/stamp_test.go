package history

import (
	"testing"
	"time"
)

// The stamp changes with every save and delete, and only then.
func TestStampFollowsEveryChange(t *testing.T) {
	st := NewStore(t.TempDir())
	empty := st.Stamp()
	start := time.Date(2026, 11, 20, 8, 0, 0, 0, time.UTC)
	s := Session{ID: NewID(start), Routine: "R", Started: start, Ended: start.Add(time.Minute), Status: Completed}
	if _, err := st.Save(s); err != nil {
		t.Fatal(err)
	}
	saved := st.Stamp()
	if saved == empty || st.Stamp() != saved {
		t.Fatalf("a save did not change the stamp, or reading did: %q %q", empty, saved)
	}
	s.Routine = "Q" // the same size, within the same second
	if _, err := st.Save(s); err != nil {
		t.Fatal(err)
	}
	if st.Stamp() == saved {
		t.Fatal("a second save of the month kept its stamp")
	}
	if err := st.Delete(s.ID); err != nil {
		t.Fatal(err)
	}
	if st.Stamp() == saved {
		t.Fatal("a delete kept the stamp")
	}
}
