package routine

import (
	"testing"
)

// FuzzParseRoutine feeds arbitrary bytes to the parser: it must never
// panic, and whatever it accepts must save and load back unchanged.
func FuzzParseRoutine(f *testing.F) {
	f.Add([]byte(fullRoutine))
	f.Add([]byte(goodRoutine))
	lib := testLibrary()
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := ParseRoutine("f.toml", data, lib)
		if err != nil {
			if _, ok := err.(Problems); !ok {
				t.Fatalf("error is %T, not Problems", err)
			}
			return
		}
		again, err := ParseRoutine("f.toml", EncodeRoutine(r), lib)
		if err != nil {
			t.Fatalf("accepted file does not survive a save: %v\n%s", err, EncodeRoutine(r))
		}
		if string(EncodeRoutine(again)) != string(EncodeRoutine(r)) {
			t.Fatalf("save is not stable:\n%s\n---\n%s", EncodeRoutine(r), EncodeRoutine(again))
		}
	})
}
