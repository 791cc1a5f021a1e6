package voice

import (
	"slices"
	"testing"
	"time"

	"github.com/postureapp/posture/internal/audio"
	"github.com/postureapp/posture/internal/session"
)

const ms = time.Millisecond

func lengths(m map[string]time.Duration) func(string) (time.Duration, bool) {
	return func(text string) (time.Duration, bool) {
		d, ok := m[text]
		return d, ok
	}
}

func linesOf(lines []Line, seg int) []Line {
	var out []Line
	for _, l := range lines {
		if l.Segment == seg {
			out = append(out, l)
		}
	}
	return out
}

// In a 5 s get-ready the pips start 3 s before the end, so only the name
// fits between the get-ready tune and the first pip: it is said, the dose
// is dropped, and nothing moves a cue.
func TestShortGetReadyKeepsTheNameAndDropsTheDose(t *testing.T) {
	tl := timeline(t, "Upper Back Strength")
	prep := tl.Segments[0]
	got := Place(prep, false, linesOf(Script(tl, Names), 0), lengths(map[string]time.Duration{
		"Band Pull-Apart.": 850 * ms, "Three sets of fifteen.": 1140 * ms,
	}))
	if len(got) != 1 || got[0].Text != "Band Pull-Apart." {
		t.Fatalf("placed %+v, want the name alone", got)
	}
	if want := audio.GetReady.Length() + cueGuard; got[0].At != want {
		t.Errorf("the name starts at %v, want %v: just after the get-ready tune", got[0].At, want)
	}
	if firstPip := prep.Length - 3*time.Second; got[0].At+got[0].Length > firstPip-cueGuard {
		t.Errorf("the name runs to %v, into the pip at %v", got[0].At+got[0].Length, firstPip)
	}
}

// With room for everything, lead lines follow the opening cue in order and
// the tail ends just clear of the first pip.
func TestRestSaysEverythingWhenThereIsRoom(t *testing.T) {
	tl := timeline(t, "Upper Back Strength")
	i := 92 // the rest before band pull-apart's last set
	got := Place(tl.Segments[i], false, linesOf(Script(tl, Names), i), spokenAt)
	if len(got) != 2 || got[0].Text != "Rest, thirty seconds." || got[1].Text != "Last set." {
		t.Fatalf("placed %+v", got)
	}
	if got[0].At != audio.Rest.Length()+cueGuard {
		t.Errorf("rest announced at %v", got[0].At)
	}
	if end := got[1].At + got[1].Length; end != 27*time.Second-cueGuard {
		t.Errorf("\"Last set.\" ends at %v, want just before the first pip at 27s", end)
	}
}

// A rest too short for all its lines keeps what matters: what is next.
func TestShortRestDropsItsLengthBeforeWhatIsNext(t *testing.T) {
	seg := session.Segment{Phase: session.PhaseRest, Length: 5 * time.Second, Set: 1, Sets: 1}
	lines := []Line{
		{Text: "Rest, five seconds.", Slot: Lead, Priority: detailSay},
		{Text: "Next: Arm Circles.", Slot: Lead, Priority: mustSay},
		{Text: "Twenty seconds.", Slot: Lead, Priority: doseSay},
	}
	got := Place(seg, false, lines, lengths(map[string]time.Duration{
		"Rest, five seconds.": 1200 * ms, "Next: Arm Circles.": 1000 * ms, "Twenty seconds.": 800 * ms,
	}))
	if len(got) != 1 || got[0].Text != "Next: Arm Circles." {
		t.Fatalf("placed %+v, want only what is next", got)
	}
}

func TestUnrenderedPhraseIsLeftOut(t *testing.T) {
	seg := session.Segment{Phase: session.PhaseRest, Length: 30 * time.Second, Set: 1, Sets: 2}
	lines := []Line{{Text: "Rest, thirty seconds.", Slot: Lead}, {Text: "Last set.", Slot: Tail}}
	got := Place(seg, false, lines, lengths(map[string]time.Duration{"Last set.": 500 * ms}))
	if len(got) != 1 || got[0].Text != "Last set." {
		t.Fatalf("placed %+v", got)
	}
}

func TestHalfwayInTheMiddleOfALongHoldUnlessItTouchesAPhrase(t *testing.T) {
	seg := session.Segment{Phase: session.PhaseWork, Length: 20 * time.Second}
	half := []Line{{Text: "Halfway.", Slot: Middle}}
	got := Place(seg, false, half, spokenAt)
	if len(got) != 1 || got[0].At != 10*time.Second {
		t.Fatalf("placed %+v, want halfway at 10s", got)
	}
	crowded := append([]Line{{Text: "Left side.", Slot: Lead}}, half...)
	got = Place(seg, false, crowded, lengths(map[string]time.Duration{"Left side.": 9500 * ms, "Halfway.": 500 * ms}))
	if len(got) != 1 || got[0].Text != "Left side." {
		t.Fatalf("placed %+v, want halfway dropped", got)
	}
}

// The rule, over every built-in routine in full coaching: no phrase covers
// a cue (pips, the next phase's cue, its own segment's cue) or comes
// within cueGuard of one, none leaves its segment, and none overlaps
// another.
func TestNoPhraseEverCoversACue(t *testing.T) {
	c := builtins(t)
	for _, r := range c.Routines {
		tl := session.Build(r, c.Library)
		script := Script(tl, Full)
		placed, offered := 0, 0
		for i, s := range tl.Segments {
			last := i == len(tl.Segments)-1
			lines := linesOf(script, i)
			offered += len(lines)
			got := Place(s, last, lines, spokenAt)
			placed += len(got)
			for j, p := range got {
				if p.At < 0 || (!last && p.At+p.Length > s.Length) {
					t.Errorf("%s: %q at %v+%v leaves segment %d of %v", r.Name, p.Text, p.At, p.Length, i, s.Length)
				}
				for _, c := range session.PlannedCues(s) {
					if p.At < c.At+c.Cue.Length()+cueGuard && c.At < p.At+p.Length+cueGuard {
						t.Errorf("%s: %q at %v+%v covers %s at %v in segment %d", r.Name, p.Text, p.At, p.Length, c.Cue, c.At, i)
					}
				}
				if !last && p.At+p.Length+cueGuard > s.Length {
					t.Errorf("%s: %q runs into the next phase's cue", r.Name, p.Text)
				}
				for _, q := range got[:j] {
					if p.At < q.At+q.Length && q.At < p.At+p.Length {
						t.Errorf("%s: %q and %q overlap", r.Name, p.Text, q.Text)
					}
				}
			}
		}
		if placed == 0 || placed == offered {
			t.Errorf("%s: %d of %d lines placed; the check proves nothing unless some fit and some do not", r.Name, placed, offered)
		}
	}
}

// When a rest is short, what gives way goes in order: first the rest's
// length, then "Next: X." becomes "X.", and only then would an essential
// line go; each step is taken only as far as needed.
func TestShortRestGivesWayInOrder(t *testing.T) {
	seg := session.Segment{Phase: session.PhaseRest, Length: 6 * time.Second, Set: 1, Sets: 1}
	lines := []Line{
		{Text: "Rest, six seconds.", Slot: Lead, Priority: detailSay},
		{Text: "Next: Arm Circles.", Short: "Arm Circles.", Slot: Lead, Priority: mustSay, Essential: true},
		{Text: "Twenty seconds.", Slot: Lead, Priority: doseSay, Essential: true},
	}
	start, end := window(seg, false)
	room := end - start // 2.36 s between the set-done tune and the first pip
	for _, c := range []struct {
		next, short, dose time.Duration
		want              []string
	}{
		{800 * ms, 500 * ms, 700 * ms, []string{"Next: Arm Circles.", "Twenty seconds."}},
		{room - 500*ms, 500 * ms, 600 * ms, []string{"Arm Circles.", "Twenty seconds."}},
		{room, room - 100*ms, 600 * ms, []string{"Arm Circles."}},
	} {
		got, dropped := PlaceAll(seg, false, lines, lengths(map[string]time.Duration{
			"Rest, six seconds.": 1200 * ms, "Next: Arm Circles.": c.next, "Arm Circles.": c.short, "Twenty seconds.": c.dose,
		}))
		if !slices.Equal(texts(linesOfPlaced(got)), c.want) {
			t.Errorf("with %v for the name (%v short) and %v for the dose, said %q, want %q", c.next, c.short, c.dose, texts(linesOfPlaced(got)), c.want)
		}
		if len(got)+len(dropped) != len(lines) {
			t.Errorf("%d said and %d dropped of %d lines", len(got), len(dropped), len(lines))
		}
	}
}

func linesOfPlaced(ps []Placed) []Line {
	out := make([]Line, len(ps))
	for i, p := range ps {
		out[i] = p.Line
	}
	return out
}
