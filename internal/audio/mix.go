package audio

import (
	"slices"
	"time"

	"github.com/faiface/beep"
)

// Part is a sound at its moment in a mix: a cue's or a phrase's samples,
// mono, at SampleRate.
type Part struct {
	At      time.Duration
	Samples []float64
}

// Samples is cue c's sound, mono; nil for an unknown cue.
func (b *Bank) Samples(c Cue) []float64 {
	s, ok := b.Streamer(c)
	if !ok {
		return nil
	}
	return (&Clip{buf: bufferOf(s)}).Samples()
}

func bufferOf(s beep.Streamer) *beep.Buffer {
	buf := beep.NewBuffer(format)
	buf.Append(s)
	return buf
}

// WriteMix writes parts laid on one timeline of length total to path as a
// 16-bit mono WAV file: a whole session as a person hears it, to listen
// to or measure. Overlapping parts add up, clipped at full scale. The mix
// is made as it is written, so a session-long file takes no more memory
// than its parts.
func WriteMix(path string, total time.Duration, parts []Part) error {
	parts = slices.Clone(parts)
	slices.SortFunc(parts, func(a, b Part) int { return int(a.At - b.At) })
	return writeWAVFile(path, &mixer{parts: parts, n: SampleRate.N(total)})
}

type mixer struct {
	parts []Part // by start
	n     int    // samples in all
	pos   int
	done  int // parts before this one have ended
}

func (m *mixer) Stream(out [][2]float64) (int, bool) {
	n := min(len(out), m.n-m.pos)
	if n <= 0 {
		return 0, false
	}
	out = out[:n]
	clear(out)
	for m.done < len(m.parts) && m.end(m.parts[m.done]) <= m.pos {
		m.done++
	}
	for _, p := range m.parts[m.done:] {
		start := SampleRate.N(p.At)
		if start >= m.pos+n {
			break
		}
		for i := max(start, m.pos); i < min(start+len(p.Samples), m.pos+n); i++ {
			out[i-m.pos][0] += p.Samples[i-start]
		}
	}
	for i := range out {
		v := max(-1, min(1, out[i][0]))
		out[i] = [2]float64{v, v}
	}
	m.pos += n
	return n, true
}

func (m *mixer) end(p Part) int { return SampleRate.N(p.At) + len(p.Samples) }

func (m *mixer) Err() error { return nil }
