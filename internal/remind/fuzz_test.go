package remind

import (
	"bytes"
	"errors"
	"testing"

	"github.com/postureapp/posture/internal/tomlfile"
	"github.com/postureapp/posture/internal/tomlfile/filetest"
)

// FuzzParsePlan feeds arbitrary bytes to the reminders.toml reader: it
// never panics, every problem is on its line of the file, and a plan it accepts
// saves and reads back the same.
func FuzzParsePlan(f *testing.F) {
	f.Add(Encode(NewPlan()))
	f.Add([]byte("format = 1\n[quiet]\nfrom = \"08:00\"\nto = \"21:00\"\n[breaks]\non = true\nevery = \"50m\"\nroutine = \"Desk Posture Break\"\n" +
		"[[session]]\nroutine = \"Upper Back Strength\"\ndays = [\"mon\", \"wed\", \"fri\"]\nat = \"18:00\"\n"))
	f.Add([]byte("format = 2\nfuture = {}\n"))
	f.Add([]byte("format = 1 # note \"\"\"\n[quiet]\nfrom = \"8:00\"\n[[session]]\nroutine = \"A\"\ndays = [\"mon\", \"fry\"]\nat = \"18:00\"\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Parse("r.toml", data)
		if err != nil {
			var ps tomlfile.Problems
			if !errors.As(err, &ps) || len(ps) == 0 {
				t.Fatalf("error is %T, not Problems of the file: %v", err, err)
			}
			filetest.Placed(t, "r.toml", data, ps)
			return
		}
		again, err := Parse("r.toml", Encode(p))
		if err != nil {
			t.Fatalf("accepted plan does not survive a save: %v\n%s", err, Encode(p))
		}
		if !bytes.Equal(Encode(again), Encode(p)) {
			t.Fatalf("save is not stable:\n%s\n---\n%s", Encode(p), Encode(again))
		}
	})
}
