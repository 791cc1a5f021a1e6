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

// speechClip turns espeak-ng's WAV output into a clip at the cue sample
// rate: silence trimmed from both ends, so the phrase starts the moment it
// is played, and the peak set to the cues' peak, so voice and beeps are
// equally loud at any volume.
func speechClip(wav []byte) (*audio.Clip, error) {
	rate, x, err := decodeWAV(wav)
	if err != nil {
		return nil, err
	}
	x = trimSilence(x, beep.SampleRate(rate).N(edge))
	if len(x) == 0 {
		return nil, errors.New("no sound came out")
	}
	scale(x, audio.CuePeak/peak(x))
	return audio.NewClip(resample(x, rate)), nil
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

// resample converts x from rate to the cue sample rate.
func resample(x []float64, rate int) []float64 {
	if beep.SampleRate(rate) == audio.SampleRate {
		return x
	}
	frames := make([][2]float64, len(x))
	for i, v := range x {
		frames[i] = [2]float64{v, v}
	}
	src := beep.StreamerFunc(func(s [][2]float64) (int, bool) {
		if len(frames) == 0 {
			return 0, false
		}
		n := copy(s, frames)
		frames = frames[n:]
		return n, true
	})
	r := beep.Resample(4, beep.SampleRate(rate), audio.SampleRate, src)
	out := make([]float64, 0, len(x)*int(audio.SampleRate)/rate+1)
	buf := make([][2]float64, 1024)
	for {
		n, ok := r.Stream(buf)
		for _, f := range buf[:n] {
			out = append(out, f[0])
		}
		if !ok {
			return out
		}
	}
}
