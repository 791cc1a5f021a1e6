package audio

import (
	"math"
	"testing"

	"github.com/faiface/beep"
)

// constant streams full-scale samples of value 1 forever.
var constant = beep.StreamerFunc(func(s [][2]float64) (int, bool) {
	for i := range s {
		s[i] = [2]float64{1, 1}
	}
	return len(s), true
})

func pull(s beep.Streamer, n int) [][2]float64 {
	buf := make([][2]float64, n)
	s.Stream(buf)
	return buf
}

func TestVolumeAndMuteApplyToTheNextPull(t *testing.T) {
	l := NewLevel()
	s := l.Apply(constant)
	if got := pull(s, 64)[63][0]; got != 1 {
		t.Fatalf("full volume gives %v, want 1", got)
	}
	l.SetVolume(50)
	buf := pull(s, 64)
	if got := buf[63][0]; math.Abs(got-0.25) > 1e-9 {
		t.Fatalf("50 %% ends the next pull at %v, want 0.25", got)
	}
	if buf[0][0] <= 0.25 {
		t.Fatalf("the change jumped instead of gliding: first sample %v", buf[0][0])
	}
	l.SetMuted(true)
	pull(s, 64)
	if got := pull(s, 64); got[0][0] != 0 || got[63][1] != 0 {
		t.Fatalf("muted still sounds: %v", got[0])
	}
	l.SetMuted(false)
	pull(s, 64)
	if got := pull(s, 64)[10][0]; math.Abs(got-0.25) > 1e-9 {
		t.Fatalf("unmuting gives %v, want the kept volume 0.25", got)
	}
}

func TestVolumeClampsToItsRange(t *testing.T) {
	l := NewLevel()
	l.SetVolume(250)
	if g := l.Gain(); g != 1 {
		t.Errorf("volume 250 gives gain %v, want 1", g)
	}
	l.SetVolume(-3)
	if g := l.Gain(); g != 0 {
		t.Errorf("volume -3 gives gain %v, want 0", g)
	}
}

func TestLevelledCueEndsWithItsSource(t *testing.T) {
	s, _ := Render().Streamer(Pip)
	want := s.Len()
	n, total := 0, 0
	levelled := NewLevel().Apply(s)
	buf := make([][2]float64, 300)
	for ok := true; ok; {
		n, ok = levelled.Stream(buf)
		total += n
	}
	if total != want {
		t.Fatalf("levelled pip gave %d samples, the pip has %d", total, want)
	}
}
