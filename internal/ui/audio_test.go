package ui

import (
	"sync"

	"github.com/postureapp/posture/internal/audio"
)

// recordingPlayer remembers what the app asked of the sound.
type recordingPlayer struct {
	mu     sync.Mutex
	volume int
	muted  bool
	played []audio.Cue
	clips  []*audio.Clip
}

func (r *recordingPlayer) Play(c audio.Cue) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.played = append(r.played, c)
}
func (r *recordingPlayer) PlayClip(c *audio.Clip) func() {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.clips = append(r.clips, c)
	return func() {}
}
func (r *recordingPlayer) SetVolume(v int) { r.mu.Lock(); r.volume = v; r.mu.Unlock() }
func (r *recordingPlayer) SetMuted(m bool) { r.mu.Lock(); r.muted = m; r.mu.Unlock() }
func (r *recordingPlayer) Close() error    { return nil }
