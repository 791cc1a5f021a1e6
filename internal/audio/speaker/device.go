//go:build cgo

package speaker

import (
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/faiface/beep"
	"github.com/faiface/beep/speaker"
	"github.com/postureapp/posture/internal/audio"
)

// bufferLen is how much audio the speaker mixes at a time, and so the
// longest a cue waits after Play before its first sample is pulled.
const bufferLen = 10 * time.Millisecond

// waitLimit bounds opening and closing: ALSA's blocking open waits for a
// device another program holds, and a write can wait on a stalled device.
const waitLimit = 800 * time.Millisecond

// beep's speaker is one per process; claim guards who holds it.
var (
	claim sync.Mutex
	inUse bool
)

// Open starts the sound device and renders the cue set. Without a device
// it returns the silent player and the notice to show once.
func Open() (audio.Player, string) {
	if err := claimSpeaker(); err != nil {
		return audio.Silent{}, audio.NoDeviceNotice(err)
	}
	return &device{bank: audio.Render(), level: audio.NewLevel()}, ""
}

// device plays cues on beep's speaker; each cue is one more streamer in
// the speaker's mixer, so cues overlap freely.
type device struct {
	bank  *audio.Bank
	level *audio.Level

	mu     sync.Mutex
	closed bool
}

func (d *device) Play(c audio.Cue) {
	if s, ok := d.bank.Streamer(c); ok {
		d.start(s)
	}
}

// start hands s to the speaker's mixer, behind the volume and mute.
func (d *device) start(s beep.Streamer) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if !d.closed {
		speaker.Play(d.level.Apply(s))
	}
}

func (d *device) SetVolume(percent int) { d.level.SetVolume(percent) }
func (d *device) SetMuted(m bool)       { d.level.SetMuted(m) }

// Close drops whatever is sounding and releases the device. It gives up
// waiting after waitLimit rather than hang the app on its way out.
func (d *device) Close() error {
	d.mu.Lock()
	if d.closed {
		d.mu.Unlock()
		return nil
	}
	d.closed = true
	d.mu.Unlock()
	closed := make(chan struct{})
	go func() {
		speaker.Clear()
		speaker.Close()
		releaseSpeaker()
		close(closed)
	}()
	select {
	case <-closed:
		return nil
	case <-time.After(waitLimit):
		return fmt.Errorf("audio device did not close within %v", waitLimit)
	}
}

// claimSpeaker opens the device, or says why it cannot.
func claimSpeaker() error {
	claim.Lock()
	defer claim.Unlock()
	if inUse {
		return errors.New("already in use by this program")
	}
	result := make(chan error, 1)
	go func() { result <- initSpeaker() }()
	select {
	case err := <-result:
		inUse = err == nil
		return err
	case <-time.After(waitLimit):
		inUse = true // until the late answer is dealt with
		go closeLateSpeaker(result)
		return fmt.Errorf("the device did not answer within %v", waitLimit)
	}
}

// closeLateSpeaker waits out an open that took too long, so a device that
// opens after all is not left running with nobody to close it.
func closeLateSpeaker(result <-chan error) {
	if <-result == nil {
		speaker.Close()
	}
	releaseSpeaker()
}

func releaseSpeaker() {
	claim.Lock()
	inUse = false
	claim.Unlock()
}

// initSpeaker reports ALSA's own first complaint when there is one: it
// says what is missing ("cannot find card '0'"), where beep's error only
// says that something failed.
func initSpeaker() error {
	recordALSAErrors(true)
	defer recordALSAErrors(false)
	err := speaker.Init(audio.SampleRate, audio.SampleRate.N(bufferLen))
	if err == nil {
		return nil
	}
	if msg := firstALSAError(); msg != "" {
		return fmt.Errorf("ALSA: %s", msg)
	}
	return err
}
