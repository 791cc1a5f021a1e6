//go:build cgo

package speaker

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
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

func TestNoDeviceGivesOneQuietNoticeAndASilentPlayer(t *testing.T) {
	useALSAConfig(t, missingCard)
	var p audio.Player
	var notice string
	printed := stderrOf(t, func() {
		within(t, 2*time.Second, "Open without a device", func() { p, notice = Open() })
	})
	if _, ok := p.(audio.Silent); !ok {
		t.Fatalf("got %T without a device, want the silent player", p)
	}
	if !strings.HasPrefix(notice, "no audio device: visual cues only (ALSA: ") {
		t.Errorf("notice %q does not say what happened and why", notice)
	}
	if printed != "" {
		t.Errorf("Open printed to stderr besides the notice:\n%s", printed)
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
	counted := beep.StreamerFunc(func(s [][2]float64) (int, bool) {
		n, ok := cue.Stream(s)
		pulled += n
		return n, ok
	})
	ended := make(chan struct{})
	d.start(beep.Seq(counted, beep.Callback(func() { close(ended) })))
	select {
	case <-ended:
	case <-time.After(5 * time.Second):
		t.Fatal("the cue never reached its end")
	}
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

// stderrOf runs f with file descriptor 2 captured, which is where ALSA's
// C code prints.
func stderrOf(t *testing.T, f func()) string {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	saved, err := syscall.Dup(2)
	if err != nil {
		t.Fatal(err)
	}
	if err := syscall.Dup2(int(w.Fd()), 2); err != nil {
		t.Fatal(err)
	}
	f()
	syscall.Dup2(saved, 2)
	syscall.Close(saved)
	w.Close()
	out, _ := readAll(r)
	return out
}

func readAll(f *os.File) (string, error) {
	defer f.Close()
	var b strings.Builder
	buf := make([]byte, 4096)
	for {
		n, err := f.Read(buf)
		b.Write(buf[:n])
		if err != nil {
			return b.String(), nil
		}
	}
}
