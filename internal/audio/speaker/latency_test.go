//go:build cgo

package speaker

import (
	"math/rand/v2"
	"os"
	"slices"
	"testing"
	"time"

	"github.com/faiface/beep"
	"github.com/postureapp/posture/internal/audio"
)

// BenchmarkCueLatency times, for each of b.N cues, how long passes from the
// boundary's due time until the cue's first sample leaves the speaker's
// mixer: the timer waking late, plus the wait for the speaker's next pull
// (at most bufferLen on a device that runs on its own clock; none for a
// cue that wakes a parked speaker, like the first one here). What sits
// between the mixer and the ear (oto's pipe and mixer, the ALSA or
// PulseAudio buffer) is not in this figure.
//
// It opens the default ALSA device; without one it skips. Two ways to run
// it on a machine without a sound card:
//   - POSTURE_BENCH_NULL_AUDIO=1 uses ALSA's null device. It has no clock,
//     so the speaker spins and pulls come far sooner than from a card.
//   - PulseAudio's clocked null sink paces like a card: load
//     module-null-sink with norewinds=1 (with rewinds it stalled the stream
//     for up to 2 s now and then) and point ALSA's default at pulse.
//
// Run it with -benchtime=300x.
func BenchmarkCueLatency(b *testing.B) {
	if os.Getenv("POSTURE_BENCH_NULL_AUDIO") != "" {
		useALSAConfig(b, nullDevice)
	}
	p, notice := Open()
	d, ok := p.(*device)
	if !ok {
		b.Skipf("%s (set POSTURE_BENCH_NULL_AUDIO=1 to use ALSA's null device)", notice)
	}
	defer d.Close()
	d.SetMuted(true) // nobody needs to hear a few hundred pips
	bank := audio.Render()
	lateness := make([]time.Duration, 0, b.N)
	for b.Loop() {
		// Boundaries fall at any phase of the speaker's pull cycle.
		due := time.Now().Add(time.Millisecond + rand.N(bufferLen))
		time.Sleep(time.Until(due))
		lateness = append(lateness, firstPullAfter(d, bank, due))
	}
	slices.Sort(lateness)
	b.ReportMetric(ms(lateness[len(lateness)/2]), "median-ms")
	b.ReportMetric(ms(lateness[len(lateness)-1]), "max-ms")
}

// firstPullAfter plays a pip at due and returns when its first sample was
// pulled, measured from due.
func firstPullAfter(d *device, bank *audio.Bank, due time.Time) time.Duration {
	pip, _ := bank.Streamer(audio.Pip)
	pulled := make(chan time.Time, 1)
	first := true
	d.start(beep.StreamerFunc(func(s [][2]float64) (int, bool) {
		if first {
			pulled <- time.Now()
			first = false
		}
		return pip.Stream(s)
	}))
	return (<-pulled).Sub(due)
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
