package audio

import (
	"math"
	"path/filepath"
	"testing"
)

func sine(n int, level float64) []float64 {
	x := make([]float64, n)
	for i := range x {
		x[i] = level * math.Sin(2*math.Pi*220*float64(i)/float64(SampleRate))
	}
	return x
}

func TestClipKeepsItsSamplesTo16Bits(t *testing.T) {
	in := sine(3000, 0.4)
	c := NewClip(in)
	out := c.Samples()
	if len(out) != len(in) || c.Len() != len(in) {
		t.Fatalf("%d samples in, %d out (Len %d)", len(in), len(out), c.Len())
	}
	for i := range in {
		if math.Abs(out[i]-in[i]) > 1.0/32768 {
			t.Fatalf("sample %d: %f in, %f out", i, in[i], out[i])
		}
	}
	if got := c.Length(); got != SampleRate.D(3000) {
		t.Errorf("length %v", got)
	}
}

func TestClipWritesAWAV(t *testing.T) {
	path := filepath.Join(t.TempDir(), "phrase.wav")
	c := NewClip(sine(1234, 0.3))
	if err := c.WriteWAV(path); err != nil {
		t.Fatal(err)
	}
	checkWAV(t, path, 1234)
}

// A phrase cut short fades out within a few milliseconds instead of
// stopping dead, which would click.
func TestCuttableFadesOutWhenStopped(t *testing.T) {
	s, stop := Cuttable(NewClip(sine(44100, 0.45)).Streamer())
	buf := make([][2]float64, 441)
	s.Stream(buf)
	stop()
	stop() // twice is harmless
	var tail []float64
	for {
		n, ok := s.Stream(buf)
		for _, f := range buf[:n] {
			tail = append(tail, f[0])
		}
		if !ok {
			break
		}
	}
	if max := SampleRate.N(cutFade); len(tail) > max {
		t.Fatalf("%d samples after stop, want at most %d", len(tail), max)
	}
	if p := peak(tail[len(tail)-2:]); p > 0.01 {
		t.Errorf("last samples before the end peak at %.3f: it stops with a click", p)
	}
}
