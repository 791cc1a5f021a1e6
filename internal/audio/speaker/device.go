//go:build cgo

package speaker

import (
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/faiface/beep"
	"github.com/faiface/beep/speaker"
	"github.com/postureapp/posture/internal/audio"
)

// bufferLen is how much audio the speaker mixes at a time, and so the
// longest a cue waits after Play before its first sample is pulled.
const bufferLen = 10 * time.Millisecond

// openLimit bounds opening: ALSA's blocking open waits for a device that
// another program holds.
const openLimit = 800 * time.Millisecond

// idleGrace is how long the speaker keeps pulling after the last cue ends.
// Parked, it costs no CPU; a session's cues come closer together than this
// except across rests.
const idleGrace = 2 * time.Second

// beep's speaker is one per process, and once started it stays for the
// process's life: closing it is unsafe with oto v0.7.1, whose context
// closes its ALSA handle a second time from its copy goroutine (a
// use-after-free that crashed about one test run in five here; oto issue
// #243), and speaker.Init closes first too. Between uses it is parked
// instead: speaker.Lock() stops its loop pulling, the device runs dry, and
// oto recovers from the underrun on the next write.
var (
	claim   sync.Mutex
	started bool // speaker.Init succeeded; parked unless a device holds it
	inUse   bool
)

// Open starts the sound device (or takes it back from a closed player)
// and renders the cue set. Without a device it returns the silent player
// and the notice to show once.
func Open() (audio.Player, string) {
	if err := claimSpeaker(); err != nil {
		return audio.Silent{}, audio.NoDeviceNotice(err)
	}
	return &device{bank: audio.Render(), level: audio.NewLevel(), grace: idleGrace, parked: true}, ""
}

// device plays cues on beep's speaker; each cue is one more streamer in
// the speaker's mixer, so cues overlap freely.
type device struct {
	bank     *audio.Bank
	level    *audio.Level
	grace    time.Duration
	sounding atomic.Int32 // cues started and not yet ended
	idle     *time.Timer  // parks the speaker once nothing has sounded for grace

	mu     sync.Mutex
	closed bool
	parked bool // this player holds the speaker locked
}

func (d *device) Play(c audio.Cue) {
	if s, ok := d.bank.Streamer(c); ok {
		d.start(s)
	}
}

func (d *device) PlayClip(c *audio.Clip) func() {
	s, stop := audio.Cuttable(c.Streamer())
	d.start(s)
	return stop
}

// start hands s to the speaker's mixer, behind the volume and mute.
func (d *device) start(s beep.Streamer) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.closed {
		return
	}
	d.sounding.Add(1)
	if d.parked {
		speaker.Unlock()
		d.parked = false
	}
	speaker.Play(beep.Seq(d.level.Apply(s), beep.Callback(d.ended)))
}

// ended runs on the speaker's goroutine with the speaker locked, so it
// must not wait for d.mu: Play may hold it while waiting for the speaker.
func (d *device) ended() {
	if d.sounding.Add(-1) == 0 {
		if d.idle == nil {
			d.idle = time.AfterFunc(d.grace, d.parkIfIdle)
		} else {
			d.idle.Reset(d.grace)
		}
	}
}

func (d *device) parkIfIdle() {
	d.mu.Lock()
	defer d.mu.Unlock()
	if !d.closed && !d.parked && d.sounding.Load() == 0 {
		speaker.Lock()
		d.parked = true
	}
}

func (d *device) SetVolume(percent int) { d.level.SetVolume(percent) }
func (d *device) SetMuted(m bool)       { d.level.SetMuted(m) }

// Close silences whatever is sounding and parks the speaker for the next
// Open. It waits only for the speaker's current mix of one buffer.
func (d *device) Close() error {
	d.mu.Lock()
	if d.closed {
		d.mu.Unlock()
		return nil
	}
	d.closed = true
	if !d.parked {
		speaker.Clear()
		speaker.Lock()
		d.parked = true
	}
	d.mu.Unlock()
	releaseSpeaker()
	return nil
}

// claimSpeaker makes the speaker this caller's, starting it the first
// time, or says why it cannot.
func claimSpeaker() error {
	claim.Lock()
	defer claim.Unlock()
	if inUse {
		return errors.New("already in use by this program")
	}
	if !started {
		if err := startSpeaker(); err != nil {
			return err
		}
		started = true
	}
	inUse = true
	return nil
}

// startSpeaker starts the speaker parked, waiting at most openLimit.
// Callers hold claim.
func startSpeaker() error {
	result := make(chan error, 1)
	go func() {
		err := initSpeaker()
		if err == nil {
			speaker.Lock()
		}
		result <- err
	}()
	select {
	case err := <-result:
		return err
	case <-time.After(openLimit):
		inUse = true // until the late answer is in
		go adoptLateSpeaker(result)
		return fmt.Errorf("the device did not answer within %v", openLimit)
	}
}

// adoptLateSpeaker waits out an open that took too long, so that a device
// that opens after all serves the next Open instead of being lost.
func adoptLateSpeaker(result <-chan error) {
	err := <-result
	claim.Lock()
	started = started || err == nil
	inUse = false
	claim.Unlock()
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
