package audio

import (
	"fmt"
	"math"

	"github.com/faiface/beep"
	"github.com/faiface/beep/effects"
	"github.com/faiface/beep/generators"
)

// SampleRate is the rate every cue is rendered at and the device runs at.
const SampleRate beep.SampleRate = 44100

// format is mono 16-bit: what the buffers hold and the WAV files contain.
var format = beep.Format{SampleRate: SampleRate, NumChannels: 1, Precision: 2}

// Bank holds every cue rendered once into memory, so playing one costs no
// synthesis at the moment it must sound. It is read-only after Render and
// safe to share between goroutines.
type Bank struct {
	buffers map[Cue]*beep.Buffer
}

// Render synthesizes the whole cue set from the design table.
func Render() *Bank {
	b := &Bank{buffers: make(map[Cue]*beep.Buffer, len(table))}
	for _, d := range table {
		b.buffers[d.Cue] = renderDesign(d)
	}
	return b
}

// Streamer plays cue c from its start; each call gives an independent
// streamer, so the same cue can overlap itself. ok is false for an unknown cue.
func (b *Bank) Streamer(c Cue) (s beep.StreamSeeker, ok bool) {
	buf, ok := b.buffers[c]
	if !ok {
		return nil, false
	}
	return buf.Streamer(0, buf.Len()), true
}

func renderDesign(d Design) *beep.Buffer {
	parts := make([]beep.Streamer, 0, 2*len(d.Notes))
	for _, n := range d.Notes {
		parts = append(parts, note(n, d.Amp), beep.Silence(SampleRate.N(n.Gap)))
	}
	buf := beep.NewBuffer(format)
	buf.Append(beep.Seq(parts...))
	return buf
}

// note is one faded sine tone. The design table is fixed and checked by
// the tests, so a frequency the generator refuses is a programming error.
func note(n Note, peak float64) beep.Streamer {
	tone, err := generators.SinTone(SampleRate, n.Freq)
	if err != nil {
		panic(fmt.Sprintf("audio: note of %d Hz: %v", n.Freq, err))
	}
	length := SampleRate.N(n.Length)
	faded := &envelope{s: beep.Take(length, tone), length: length, ramp: SampleRate.N(fade)}
	return &effects.Gain{Streamer: faded, Gain: peak - 1}
}

// envelope ramps a streamer of known length up from silence at its start
// and back down to silence at its end with raised-cosine curves, so the
// waveform never jumps and the speaker never clicks.
type envelope struct {
	s            beep.Streamer
	length, ramp int
	pos          int
}

func (e *envelope) Stream(samples [][2]float64) (int, bool) {
	n, ok := e.s.Stream(samples)
	for i := range samples[:n] {
		g := e.gainAt(e.pos + i)
		samples[i][0] *= g
		samples[i][1] *= g
	}
	e.pos += n
	return n, ok
}

func (e *envelope) Err() error { return e.s.Err() }

func (e *envelope) gainAt(i int) float64 {
	edge := min(i, e.length-1-i)
	if edge >= e.ramp {
		return 1
	}
	if edge < 0 {
		return 0
	}
	return (1 - math.Cos(math.Pi*float64(edge)/float64(e.ramp))) / 2
}
