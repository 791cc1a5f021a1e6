package voice

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"time"

	"github.com/faiface/beep"

	"github.com/postureapp/posture/internal/audio"
)

// decodeWAV reads 16-bit mono PCM from a WAV file's bytes. A data chunk
// may claim more than there is, as espeak-ng's streamed output does; the
// samples present are read.
func decodeWAV(data []byte) (rate int, samples []float64, err error) {
	if len(data) < 12 || string(data[0:4]) != "RIFF" || string(data[8:12]) != "WAVE" {
		return 0, nil, errors.New("not a WAV file")
	}
	le := binary.LittleEndian
	for pos := 12; pos+8 <= len(data); {
		id, size := string(data[pos:pos+4]), int(le.Uint32(data[pos+4:]))
		body := data[pos+8:]
		switch id {
		case "fmt ":
			if size < 16 || len(body) < 16 {
				return 0, nil, errors.New("WAV format chunk too short")
			}
			kind, channels, bits := le.Uint16(body), le.Uint16(body[2:]), le.Uint16(body[14:])
			if kind != 1 || channels != 1 || bits != 16 {
				return 0, nil, fmt.Errorf("WAV is format %d with %d channels of %d bits; want PCM, mono, 16-bit", kind, channels, bits)
			}
			rate = int(le.Uint32(body[4:]))
		case "data":
			if rate < 8000 || rate > 192000 {
				return 0, nil, fmt.Errorf("WAV sample rate %d Hz, or no format before the data", rate)
			}
			body = body[:min(len(body), size)&^1]
			samples = make([]float64, len(body)/2)
			for i := range samples {
				samples[i] = float64(int16(le.Uint16(body[2*i:]))) / 32768
			}
			return rate, samples, nil
		}
		if size < 0 || size > len(body) {
			break
		}
		pos += 8 + size + size&1
	}
	return 0, nil, errors.New("WAV file has no sound data")
}

// quiet is the level below which speech counts as silence at its edges
// (-46 dBFS, as the cue tests use), and edge is the margin kept around the
// first and last sound so no consonant is clipped.
const (
	quiet = 0.005
	edge  = 10 * time.Millisecond
)

// Peak is the level a phrase's loudest sample is set to: twice the cues'
// peak (-1 dBFS). Speech is mostly quieter than its peaks (its RMS sits
// some 16 dB below, a steady tone's 3 dB), so at the cues' own peak a voice
// sounds far softer than the beeps around it; at twice it comes close, and
// since Place keeps phrases clear of the cues the two never add up.
const Peak = 2 * audio.CuePeak

// speechClip turns espeak-ng's WAV output into a clip at the cue sample
// rate: silence trimmed from both ends, so the phrase starts the moment it
// is played, and its peak set to Peak. The volume setting then applies to
// voice and beeps alike.
func speechClip(wav []byte) (*audio.Clip, error) {
	rate, x, err := trimmedSpeech(wav)
	if err != nil {
		return nil, err
	}
	scale(x, Peak/peak(x))
	return audio.NewClip(resample(x, rate)), nil
}

// trimmedSpeech is espeak-ng's WAV output decoded, its silence trimmed
// from both ends: as long as the clip made from it.
func trimmedSpeech(wav []byte) (rate int, x []float64, err error) {
	rate, x, err = decodeWAV(wav)
	if err != nil {
		return 0, nil, err
	}
	x = trimSilence(x, beep.SampleRate(rate).N(edge))
	if len(x) == 0 {
		return 0, nil, errors.New("no sound came out")
	}
	return rate, x, nil
}

func trimSilence(x []float64, margin int) []float64 {
	first, last := -1, -1
	for i, v := range x {
		if math.Abs(v) >= quiet {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return nil
	}
	return x[max(first-margin, 0):min(last+margin+1, len(x))]
}

func peak(x []float64) float64 {
	p := 0.0
	for _, v := range x {
		p = max(p, math.Abs(v))
	}
	return p
}

func scale(x []float64, g float64) {
	for i := range x {
		x[i] *= g
	}
}

// lobes is how many zero crossings of the sinc the resampling kernel
// spans on each side: 8 keeps images of the voice near -90 dB.
const lobes = 8

// resample converts x from rate to the cue sample rate with a windowed
// sinc kernel, one precomputed per phase, so a phrase takes a few
// milliseconds. beep's resampler showed images at -65 dB at its usual
// quality, and at a quality that hid them took 3 s of CPU for this
// routine's phrases.
func resample(x []float64, rate int) []float64 {
	to := int(audio.SampleRate)
	if rate == to {
		return x
	}
	g := gcd(rate, to)
	up, down := to/g, rate/g // output sample j lies at input position j*down/up
	scale := min(1, float64(to)/float64(rate))
	half := int(math.Ceil(lobes / scale))
	kernels := make([][]float64, up)
	for p := range kernels {
		kernels[p] = kernel(float64(p)/float64(up), half, scale)
	}
	y := make([]float64, len(x)*up/down)
	for j := range y {
		pos := j * down
		first := pos/up - half + 1
		sum := 0.0
		for i, h := range kernels[pos%up] {
			if k := first + i; k >= 0 && k < len(x) {
				sum += x[k] * h
			}
		}
		y[j] = sum
	}
	return y
}

// kernel holds the weights of the 2·half input samples around a point
// frac of the way past one of them, low-passed at scale times the input's
// Nyquist frequency and shaped by a Lanczos window.
func kernel(frac float64, half int, scale float64) []float64 {
	k := make([]float64, 2*half)
	for i := range k {
		d := frac + float64(half-1-i)
		k[i] = scale * sinc(scale*d) * sinc(d/float64(half))
	}
	return k
}

func sinc(x float64) float64 {
	if x == 0 {
		return 1
	}
	return math.Sin(math.Pi*x) / (math.Pi * x)
}

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}
