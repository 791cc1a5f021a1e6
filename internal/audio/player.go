package audio

import "fmt"

// Player sounds cues. Play returns at once; a cue mixes over any still
// sounding. Implementations are safe for concurrent use, and every method
// is harmless after Close.
type Player interface {
	Play(Cue)
	// PlayClip sounds c through the same mixer and level as the cues;
	// stop cuts it short (with a fade, so it does not click) and is
	// harmless once c has ended.
	PlayClip(c *Clip) (stop func())
	SetVolume(percent int)
	SetMuted(bool)
	Close() error
}

// NoDeviceNotice is the one message a person sees when cues cannot sound.
func NoDeviceNotice(reason error) string {
	return fmt.Sprintf("no audio device: visual cues only (%v)", reason)
}

// Silent is the player used without a sound device: every cue is dropped,
// so the rest of the app runs unchanged.
type Silent struct{}

func (Silent) Play(Cue)              {}
func (Silent) PlayClip(*Clip) func() { return func() {} }
func (Silent) SetVolume(int)         {}
func (Silent) SetMuted(bool)         {}
func (Silent) Close() error          { return nil }
