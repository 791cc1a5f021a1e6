package kit

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// Letters typed on a focused list choose the option that begins with
// them: a letter again moves on to the next with it, more letters narrow
// it down, and a pause starts a new search. Enter opens the list.
func TestTypingChoosesInASelect(t *testing.T) {
	test.NewTempApp(t)
	s := NewSelect([]string{"Afrikaans", "English (Caribbean)", "English (UK)", "English (US)", "Esperanto", "French (France)"}, nil)
	w := test.NewTempWindow(t, s)
	w.Resize(fyne.NewSize(300, 300))
	w.Canvas().Focus(s)
	steps := []struct {
		typed string
		pause bool
		want  string
	}{
		{"e", false, "English (Caribbean)"},
		{"e", false, "English (UK)"},
		{"e", false, "English (US)"},
		{"f", true, "French (France)"},
		{"e", true, "English (Caribbean)"},
		{"s", false, "Esperanto"},
		{"a", true, "Afrikaans"},
	}
	for _, st := range steps {
		if st.pause {
			s.lastTyped = time.Now().Add(-2 * typeAheadPause)
		}
		for _, r := range st.typed {
			s.TypedRune(r)
		}
		if s.Selected != st.want {
			t.Fatalf("after %q (pause %v) the list shows %q, want %q", st.typed, st.pause, s.Selected, st.want)
		}
	}
	s.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if w.Canvas().Overlays().Top() == nil {
		t.Fatal("Enter did not open the list")
	}
}
