package ui

import (
	"os/exec"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/voice"
)

// voiceApp is an app with the voice on in full coaching; audioNotice is
// what it was told about the sound device ("" when there is one).
func voiceApp(t *testing.T, audioNotice string) *App {
	t.Helper()
	if _, err := exec.LookPath("espeak-ng"); err != nil {
		t.Fatal("espeak-ng is missing (make test installs it)")
	}
	speech, err := voice.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	a := test.NewTempApp(t)
	a.Preferences().SetBool(prefSafetySeen, true)
	a.Preferences().SetString(prefVoiceMode, string(voice.Full))
	return New(a, Config{Catalog: testCatalog(t), Advice: testAdvice(t), Clock: newStepClock(), Audio: &recordingPlayer{},
		Speech: speech, AudioNotice: audioNotice, Background: inPlace})
}

// The voice's room (a longer get-ready and rests) is only made when the
// voice can be heard; and home, the routine's page and the player say the
// same time either way.
func TestVoiceRoomOnlyWhenTheVoiceIsHeard(t *testing.T) {
	for _, c := range []struct {
		name, notice string
		roomy        bool
	}{{"no sound device", "no sound device", false}, {"a sound device", "", true}} {
		t.Run(c.name, func(t *testing.T) {
			u := voiceApp(t, c.notice)
			r := u.cfg.Catalog.Routine("Test Flow")
			plain := r.Size(u.cfg.Catalog.Library).Time
			p := newPlayer(u, r) // made, not started: its engine would race the test
			defer p.close()
			if got := p.tl.Total > plain; got != c.roomy {
				t.Errorf("player counts %v for a routine of %v; room for the voice %v, want %v", p.tl.Total, plain, got, c.roomy)
			}
			if (p.coach != nil) != c.roomy {
				t.Errorf("coach %v, want %v", p.coach != nil, c.roomy)
			}
			length := routine.LengthText(p.tl.Total)
			u.showHome()
			if facts := rowFor(t, u.home, "Test Flow").Facts; !strings.HasPrefix(facts, length+" ·") {
				t.Errorf("home says %q, the player counts %s", facts, length)
			}
			u.showPreview(r)
			if text := allText(t, u.win.Content()); !strings.Contains(text, " · "+length+" · ") {
				t.Errorf("the routine's page does not say %s:\n%s", length, text)
			}
		})
	}
}
