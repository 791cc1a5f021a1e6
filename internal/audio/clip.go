package audio

import (
	"sync/atomic"
	"time"

	"github.com/faiface/beep"
)

// Clip is a sound made outside the cue set, such as a spoken phrase: mono
// samples at SampleRate, held in memory so that playing it reads no disk.
// It is read-only once made and safe to share between goroutines.
type Clip struct {
	buf *beep.Buffer
}

// NewClip holds samples (full scale ±1) as a clip; values beyond full
// scale are clipped when stored as 16-bit.
func NewClip(samples []float64) *Clip {
	buf := beep.NewBuffer(format)
	// Streamed in, not copied as stereo frames first: a routine's phrases
	// are minutes of sound, and a copy at 16 bytes a sample only to be
	// stored at 2 would grow the heap for nothing.
	buf.Append(&monoStreamer{samples: samples})
	return &Clip{buf: buf}
}

// Streamer plays the clip from its start; each call is independent.
func (c *Clip) Streamer() beep.StreamSeeker { return c.buf.Streamer(0, c.buf.Len()) }

// Len is the clip's length in samples.
func (c *Clip) Len() int { return c.buf.Len() }

// Length is how long the clip sounds.
func (c *Clip) Length() time.Duration { return SampleRate.D(c.buf.Len()) }

// Samples returns the clip as mono samples, as stored.
func (c *Clip) Samples() []float64 {
	out := make([]float64, 0, c.buf.Len())
	s := c.Streamer()
	frames := make([][2]float64, 512)
	for {
		n, ok := s.Stream(frames)
		for _, f := range frames[:n] {
			out = append(out, f[0])
		}
		if !ok {
			return out
		}
	}
}

// CuePeak is the peak level of every cue, so that a clip can be made as
// loud as the beeps it plays among.
const CuePeak = amp

// monoStreamer plays mono samples, clipped to full scale, on both
// channels.
type monoStreamer struct {
	samples []float64
}

func (m *monoStreamer) Stream(frames [][2]float64) (int, bool) {
	if len(m.samples) == 0 {
		return 0, false
	}
	n := min(len(frames), len(m.samples))
	for i, v := range m.samples[:n] {
		v = max(-1, min(1, v))
		frames[i] = [2]float64{v, v}
	}
	m.samples = m.samples[n:]
	return n, true
}

func (m *monoStreamer) Err() error { return nil }

// cutFade is how long a clip takes to fall silent when cut short: long
// enough not to click, short enough to clear the way for the next cue.
const cutFade = 5 * time.Millisecond

// Cuttable wraps s so that calling stop fades it out over cutFade and ends
// it. stop may be called from any goroutine, any number of times.
func Cuttable(s beep.Streamer) (_ beep.Streamer, stop func()) {
	c := &cuttable{s: s, fadeLen: SampleRate.N(cutFade), left: -1}
	return c, func() { c.cut.Store(true) }
}

type cuttable struct {
	s       beep.Streamer
	cut     atomic.Bool
	fadeLen int
	left    int // samples of fade still to play; -1 until cut
}

func (c *cuttable) Stream(samples [][2]float64) (int, bool) {
	if c.left < 0 && c.cut.Load() {
		c.left = c.fadeLen
	}
	if c.left == 0 {
		return 0, false
	}
	if c.left > 0 {
		samples = samples[:min(len(samples), c.left)]
	}
	n, ok := c.s.Stream(samples)
	if c.left > 0 {
		for i := range samples[:n] {
			g := float64(c.left-i) / float64(c.fadeLen+1)
			samples[i][0] *= g
			samples[i][1] *= g
		}
		c.left -= n
	}
	return n, ok
}

func (c *cuttable) Err() error { return c.s.Err() }
