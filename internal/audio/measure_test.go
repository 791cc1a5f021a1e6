package audio

import (
	"math"
	"testing"
	"time"
)

// rendered streams cue c out of the bank as plain samples (left channel;
// the cues are mono).
func rendered(t *testing.T, b *Bank, c Cue) []float64 {
	t.Helper()
	s, ok := b.Streamer(c)
	if !ok {
		t.Fatalf("cue %q not in the bank", c)
	}
	var out []float64
	buf := make([][2]float64, 512)
	for {
		n, ok := s.Stream(buf)
		for _, x := range buf[:n] {
			out = append(out, x[0])
		}
		if !ok {
			return out
		}
	}
}

// zeroCrossingFreq estimates the frequency of a steady tone from the time
// between its first and last upward zero crossings, interpolated between
// samples for sub-sample precision.
func zeroCrossingFreq(x []float64) float64 {
	first, last, count := -1.0, -1.0, 0
	for i := 1; i < len(x); i++ {
		if x[i-1] < 0 && x[i] >= 0 {
			at := float64(i-1) + x[i-1]/(x[i-1]-x[i])
			if first < 0 {
				first = at
			}
			last = at
			count++
		}
	}
	if count < 2 {
		return 0
	}
	periods := float64(count - 1)
	return periods * float64(SampleRate) / (last - first)
}

// burst is one stretch of sound between silences, found in the audio
// alone, without the design.
type burst struct {
	start, end int // samples
	freq       float64
}

func (b burst) length() time.Duration { return SampleRate.D(b.end - b.start) }

// bursts splits audio at every run of at least 5 ms below -46 dBFS.
func bursts(x []float64) []burst {
	const quiet = 0.005
	minGap := SampleRate.N(5 * time.Millisecond)
	var out []burst
	start, silentRun := -1, 0
	for i, v := range x {
		if math.Abs(v) >= quiet {
			if start < 0 {
				start = i
			}
			silentRun = 0
			continue
		}
		silentRun++
		if start >= 0 && silentRun == minGap {
			out = append(out, burst{start: start, end: i - minGap + 1})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, burst{start: start, end: len(x) - silentRun})
	}
	for i := range out {
		out[i].freq = zeroCrossingFreq(x[out[i].start:out[i].end])
	}
	return out
}

func peak(x []float64) float64 {
	p := 0.0
	for _, v := range x {
		p = max(p, math.Abs(v))
	}
	return p
}

func TestZeroCrossingFreqReadsAKnownSine(t *testing.T) {
	x := make([]float64, 2000)
	for i := range x {
		x[i] = math.Sin(2 * math.Pi * 437.5 * float64(i) / float64(SampleRate))
	}
	if f := zeroCrossingFreq(x); math.Abs(f-437.5) > 0.1 {
		t.Fatalf("measured %.2f Hz for a 437.5 Hz sine", f)
	}
}
