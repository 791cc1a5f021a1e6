package voice

import (
	"math"
	"testing"

	"github.com/postureapp/posture/internal/audio"
)

func tone(freq float64, rate, n int) []float64 {
	x := make([]float64, n)
	for i := range x {
		x[i] = 0.5 * math.Sin(2*math.Pi*freq*float64(i)/float64(rate))
	}
	return x
}

// Resampling espeak-ng's 22 kHz (or any rate) to the cue rate keeps a tone
// at its pitch and level and adds nothing audible: away from the edges,
// the difference from the ideal tone stays below -60 dB through the
// speech band, below -40 dB close to the input's Nyquist frequency.
func TestResampleKeepsPitchAndLevel(t *testing.T) {
	to := int(audio.SampleRate)
	for _, c := range []struct {
		rate  int
		freq  float64
		limit float64
	}{{22050, 440, -60}, {22050, 4000, -60}, {22050, 9000, -40}, {16000, 3000, -60}, {48000, 1000, -60}} {
		in := tone(c.freq, c.rate, c.rate/2)
		out := resample(in, c.rate)
		want := tone(c.freq, to, to/2)
		if len(out) != len(want) {
			t.Fatalf("%d Hz: %d samples, want %d", c.rate, len(out), len(want))
		}
		var errPower float64
		margin := 200
		for i := margin; i < len(out)-margin; i++ {
			errPower += (out[i] - want[i]) * (out[i] - want[i])
		}
		rms := math.Sqrt(errPower / float64(len(out)-2*margin))
		if db := 20 * math.Log10(rms/0.5); db > c.limit {
			t.Errorf("%g Hz tone from %d Hz: error at %.1f dB", c.freq, c.rate, db)
		}
	}
}
