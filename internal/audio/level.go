package audio

import (
	"math"
	"sync/atomic"

	"github.com/faiface/beep"
)

// Level is the output volume and mute switch shared by every cue a player
// sounds. It is read on every buffer the device pulls, so a change is heard
// at once, even in the middle of a cue. Safe for concurrent use.
type Level struct {
	gain  atomic.Uint64 // float64 bits of the volume's linear gain
	muted atomic.Bool
}

// NewLevel starts at full volume, not muted.
func NewLevel() *Level {
	l := &Level{}
	l.SetVolume(100)
	return l
}

// SetVolume takes a percentage, clamped to 0-100. Loudness is heard roughly
// as the square of amplitude, so the square makes 50 % sound half-way.
func (l *Level) SetVolume(percent int) {
	p := float64(max(0, min(100, percent))) / 100
	l.gain.Store(math.Float64bits(p * p))
}

// SetMuted silences every cue while on, keeping the volume for later.
func (l *Level) SetMuted(m bool) { l.muted.Store(m) }

// Gain is the factor applied to samples now.
func (l *Level) Gain() float64 {
	if l.muted.Load() {
		return 0
	}
	return math.Float64frombits(l.gain.Load())
}

// Apply wraps s so that its samples follow the level. A change glides
// across one pulled buffer instead of jumping, which would click.
func (l *Level) Apply(s beep.Streamer) beep.Streamer {
	return &levelled{s: s, level: l, last: l.Gain()}
}

type levelled struct {
	s     beep.Streamer
	level *Level
	last  float64
}

func (v *levelled) Stream(samples [][2]float64) (int, bool) {
	n, ok := v.s.Stream(samples)
	target := v.level.Gain()
	for i := range samples[:n] {
		g := v.last + (target-v.last)*float64(i+1)/float64(n)
		samples[i][0] *= g
		samples[i][1] *= g
	}
	if n > 0 {
		v.last = target
	}
	return n, ok
}

func (v *levelled) Err() error { return v.s.Err() }
