package audio

import (
	"math"
	"testing"
	"time"
)

func TestEveryNamedCueHasADesign(t *testing.T) {
	named := []Cue{GetReady, Lift, Hold, Lower, Rest, SwitchSides, Pip, FinalPip, SetDone, RoutineDone, Stop}
	for _, c := range named {
		if _, ok := designOf(c); !ok {
			t.Errorf("cue %q has no design", c)
		}
	}
	if len(Cues()) != len(named) {
		t.Errorf("the set has %d cues, %d are named", len(Cues()), len(named))
	}
}

func TestCueLengthMatchesDesign(t *testing.T) {
	b := Render()
	for _, d := range table {
		got := SampleRate.D(len(rendered(t, b, d.Cue)))
		if diff := got - d.Length(); diff < -time.Millisecond || diff > time.Millisecond {
			t.Errorf("%s lasts %v, designed %v", d.Cue, got, d.Length())
		}
	}
}

// Each note is measured in the rendered audio where the design places it,
// away from its fades, and must be within 2 % of its designed pitch.
func TestNoteFrequenciesMatchDesign(t *testing.T) {
	b := Render()
	ramp := SampleRate.N(fade)
	for _, d := range table {
		x := rendered(t, b, d.Cue)
		at := 0
		for i, n := range d.Notes {
			length := SampleRate.N(n.Length)
			f := zeroCrossingFreq(x[at+ramp : at+length-ramp])
			if math.Abs(f-float64(n.Freq)) > 0.02*float64(n.Freq) {
				t.Errorf("%s note %d sounds at %.1f Hz, designed %d Hz", d.Cue, i+1, f, n.Freq)
			}
			at += length + SampleRate.N(n.Gap)
		}
	}
}

// The rhythm heard — how many tones and when each starts — follows the design.
func TestRhythmMatchesDesign(t *testing.T) {
	b := Render()
	for _, d := range table {
		got := bursts(rendered(t, b, d.Cue))
		if len(got) != len(d.Notes) {
			t.Errorf("%s: %d separate tones heard, designed %d", d.Cue, len(got), len(d.Notes))
			continue
		}
		var onset time.Duration
		for i, n := range d.Notes {
			heard := SampleRate.D(got[i].start)
			if heard-onset < 0 || heard-onset > 2*time.Millisecond {
				t.Errorf("%s note %d starts at %v, designed %v", d.Cue, i+1, heard, onset)
			}
			onset += n.Length + n.Gap
		}
	}
}

func TestPeaksBelowFullScaleYetAudible(t *testing.T) {
	b := Render()
	for _, c := range Cues() {
		if p := peak(rendered(t, b, c)); p >= 0.9 || p < 0.2 {
			t.Errorf("%s peaks at %.3f, want 0.2 to 0.9", c, p)
		}
	}
}

// A cue that starts or stops on a non-zero sample clicks; the first and
// last 2 ms must stay below -26 dBFS.
func TestCueEdgesNearSilence(t *testing.T) {
	b := Render()
	edge := SampleRate.N(2 * time.Millisecond)
	for _, c := range Cues() {
		x := rendered(t, b, c)
		if p := peak(x[:edge]); p > 0.05 {
			t.Errorf("%s: first 2 ms peak at %.3f", c, p)
		}
		if p := peak(x[len(x)-edge:]); p > 0.05 {
			t.Errorf("%s: last 2 ms peak at %.3f", c, p)
		}
	}
}

// Two cues are told apart by ear when they have a different number of
// tones, or some tone differs by about a semitone or more in pitch, or by
// a third or more in length. Everything here comes from the rendered audio.
func TestCuesPairwiseDistinct(t *testing.T) {
	b := Render()
	heard := map[Cue][]burst{}
	for _, c := range Cues() {
		heard[c] = bursts(rendered(t, b, c))
	}
	cues := Cues()
	for i, a := range cues {
		for _, c := range cues[i+1:] {
			if !distinct(heard[a], heard[c]) {
				t.Errorf("%s and %s sound alike", a, c)
			}
		}
	}
}

func distinct(a, b []burst) bool {
	if len(a) != len(b) {
		return true
	}
	for i := range a {
		if math.Abs(a[i].freq-b[i].freq) >= 0.05*min(a[i].freq, b[i].freq) {
			return true
		}
		la, lb := a[i].length(), b[i].length()
		if float64(max(la, lb)) >= 1.3*float64(min(la, lb)) {
			return true
		}
	}
	return false
}

func TestUnknownCueHasNoStreamer(t *testing.T) {
	if _, ok := Render().Streamer("whistle"); ok {
		t.Fatal("a cue outside the set gave a streamer")
	}
}
