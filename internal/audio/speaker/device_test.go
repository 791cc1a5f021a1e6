//go:build cgo

package speaker

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/faiface/beep"
	"github.com/postureapp/posture/internal/audio"
)

// nullDevice points ALSA at its null device, which takes samples and
// discards them: playback runs with no sound card. It never waits for a
// clock, so the speaker spins a core while open; keep such tests short.
const nullDevice = "pcm.!default { type null }\n"

// missingCard is how a machine without a sound card looks to ALSA.
const missingCard = "</usr/share/alsa/alsa.conf>\ndefaults.pcm.card 7\ndefaults.ctl.card 7\n"

func useALSAConfig(t testing.TB, text string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "asound.conf")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("ALSA_CONFIG_PATH", path)
}

// within fails the test if f has not returned after limit: it guards
// against hangs, it does not time anything.
func within(t *testing.T, limit time.Duration, what string, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() { f(); close(done) }()
	select {
	case <-done:
	case <-time.After(limit):
		t.Fatalf("%s still blocked after %v", what, limit)
	}
}

func openDevice(t *testing.T) *device {
	t.Helper()
	useALSAConfig(t, nullDevice)
	p, notice := Open()
	d, ok := p.(*device)
	if !ok {
		t.Fatalf("ALSA's null device did not open: %s", notice)
	}
	return d
}

// The speaker, once started, lasts for the process, so the check without a
// device runs in a fresh process of this test binary; its stderr is where
// ALSA would print.
func TestNoDeviceGivesOneQuietNoticeAndASilentPlayer(t *testing.T) {
	if os.Getenv(childEnv) != "" {
		checkNoDevice(t)
		return
	}
	useALSAConfig(t, missingCard)
	cmd := exec.Command(os.Args[0], "-test.run=^"+t.Name()+"$", "-test.v")
	cmd.Env = append(os.Environ(), childEnv+"=1")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%v\n%s", err, stdout.String())
	}
	if stderr.Len() > 0 {
		t.Errorf("printed to stderr besides the notice:\n%s", stderr.String())
	}
}

const childEnv = "POSTURE_AUDIO_TEST_CHILD"

func checkNoDevice(t *testing.T) {
	var p audio.Player
	var notice string
	within(t, 2*time.Second, "Open without a device", func() { p, notice = Open() })
	if _, ok := p.(audio.Silent); !ok {
		t.Fatalf("got %T without a device, want the silent player", p)
	}
	if !strings.HasPrefix(notice, "no audio device: visual cues only (ALSA: ") {
		t.Errorf("notice %q does not say what happened and why", notice)
	}
	p.Play(audio.Hold)
	if err := p.Close(); err != nil {
		t.Errorf("closing the silent player: %v", err)
	}
}

func TestNullDevicePlaysACueToItsEnd(t *testing.T) {
	d := openDevice(t)
	defer d.Close()
	cue, _ := d.bank.Streamer(audio.SetDone)
	var pulled int
	waitEnd(t, d, beep.StreamerFunc(func(s [][2]float64) (int, bool) {
		n, ok := cue.Stream(s)
		pulled += n
		return n, ok
	}))
	if pulled != cue.Len() {
		t.Fatalf("the speaker pulled %d samples of a %d-sample cue", pulled, cue.Len())
	}
}

func TestClosingWhileACuePlaysReleasesTheDevice(t *testing.T) {
	d := openDevice(t)
	d.SetVolume(30)
	d.Play(audio.RoutineDone)
	d.Play(audio.Pip)
	within(t, 2*time.Second, "Close during a cue", func() {
		if err := d.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	d.Play(audio.Stop) // after Close: dropped, no panic
	if err := d.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
	again := openDevice(t)
	if err := again.Close(); err != nil {
		t.Errorf("closing the reopened device: %v", err)
	}
}

// waitEnd plays s on d and waits until its last sample has been pulled.
func waitEnd(t *testing.T, d *device, s beep.Streamer) {
	t.Helper()
	ended := make(chan struct{})
	d.start(beep.Seq(s, beep.Callback(func() { close(ended) })))
	select {
	case <-ended:
	case <-time.After(5 * time.Second):
		t.Fatal("the cue never reached its end")
	}
}

func isParked(d *device) bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.parked
}

// With nothing to sound the speaker stops pulling (and spinning, on the
// null device), and the next cue wakes it.
func TestIdleSpeakerParksAndWakesForTheNextCue(t *testing.T) {
	d := openDevice(t)
	defer d.Close()
	d.grace = 20 * time.Millisecond
	pip, _ := d.bank.Streamer(audio.Pip)
	waitEnd(t, d, pip)
	deadline := time.Now().Add(5 * time.Second)
	for !isParked(d) {
		if time.Now().After(deadline) {
			t.Fatal("the speaker still pulls with nothing sounding")
		}
		time.Sleep(5 * time.Millisecond)
	}
	lift, _ := d.bank.Streamer(audio.Lift)
	waitEnd(t, d, lift)
	if lift.Position() != lift.Len() {
		t.Fatalf("after waking, %d of %d samples played", lift.Position(), lift.Len())
	}
}

func TestOnlyOneDevicePlayerAtATime(t *testing.T) {
	d := openDevice(t)
	defer d.Close()
	p, notice := Open()
	if _, ok := p.(audio.Silent); !ok || !strings.Contains(notice, "already in use") {
		t.Fatalf("second Open gave %T with notice %q", p, notice)
	}
}

func TestDevicePlayerIsSafeForConcurrentUse(t *testing.T) {
	d := openDevice(t)
	var wg sync.WaitGroup
	for i := range 4 {
		wg.Go(func() {
			for j := range 20 {
				d.Play(audio.Cues()[(i+j)%len(audio.Cues())])
				d.SetVolume(j * 5)
				d.SetMuted(j%3 == 0)
			}
		})
	}
	wg.Go(func() {
		time.Sleep(time.Millisecond)
		d.Close()
	})
	wg.Wait()
}
