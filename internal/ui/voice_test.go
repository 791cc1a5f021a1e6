package ui

import (
	"os/exec"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/postureapp/posture/internal/ui/kit"
	"github.com/postureapp/posture/internal/voice"
)

// selects finds the settings screen's voice mode and voice pickers.
func voiceSelects(t *testing.T, o fyne.CanvasObject) (mode, pick *widget.Select) {
	walk(t, o, func(c fyne.CanvasObject) {
		if mine, ok := c.(*kit.Select); ok {
			s := &mine.Select
			switch {
			case slices.Contains(s.Options, voiceModeLabels()[voice.Full]):
				mode = s
			case s.PlaceHolder == "Finding voices…" || s.PlaceHolder == "Pick a voice":
				pick = s
			}
		}
	})
	return mode, pick
}

// Without espeak-ng the Voice section says so and offers only the mode,
// and the first session says it once; the second does not.
func TestWithoutEspeakTheWindowSaysSoOnce(t *testing.T) {
	a := test.NewTempApp(t)
	a.Preferences().SetBool(prefSafetySeen, true)
	u := New(a, Config{Catalog: testCatalog(t), Advice: testAdvice(t), Clock: newStepClock(), SpeechNotice: voice.ErrNoEspeak.Error()})
	u.showSettings()
	if !strings.Contains(allText(t, u.win.Content()), "no voice: install espeak-ng") {
		t.Error("settings do not say espeak-ng is missing")
	}
	mode, pick := voiceSelects(t, u.win.Content())
	if mode == nil || pick != nil {
		t.Fatalf("mode picker %v, voice picker %v without espeak-ng", mode != nil, pick != nil)
	}
	// Players made but not started: their engines would race this test.
	r := u.cfg.Catalog.Routine("Upper Back Strength")
	first := newPlayer(u, r)
	defer first.close()
	if !first.notice.Visible() || first.notice.Text != "no voice: install espeak-ng" {
		t.Errorf("first session shows %q", first.notice.Text)
	}
	second := newPlayer(u, r)
	defer second.close()
	if second.notice.Visible() {
		t.Errorf("second session says it again: %q", second.notice.Text)
	}
}

func TestVoiceSettingsPersist(t *testing.T) {
	u := newTestApp(t, testCatalog(t))
	u.showSettings()
	mode, _ := voiceSelects(t, u.win.Content())
	mode.SetSelected(voiceModeLabels()[voice.Full])
	if got := loadSettings(u.fyneApp.Preferences()).voice(); got.Mode != voice.Full || got.Rate != voice.DefaultRate || got.Voice != "" {
		t.Errorf("voice settings %+v", got)
	}
	mode.SetSelected(voiceModeLabels()[voice.Off])
	p := newPlayer(u, u.cfg.Catalog.Routine("Upper Back Strength"))
	defer p.close()
	if p.coach != nil {
		t.Error("a coach with the voice off")
	}
}

// With espeak-ng: the voices are listed, the system's language first, and
// Test voice speaks through the cue player; a session gets a coach.
func TestVoiceSectionListsVoicesAndTestsTheVoice(t *testing.T) {
	if _, err := exec.LookPath("espeak-ng"); err != nil {
		t.Fatal("espeak-ng is missing (make test installs it)")
	}
	dir := t.TempDir()
	speech, err := voice.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	rec := &recordingPlayer{}
	a := test.NewTempApp(t)
	a.Preferences().SetBool(prefSafetySeen, true)
	u := New(a, Config{Catalog: testCatalog(t), Advice: testAdvice(t), Clock: newStepClock(), Audio: rec, Speech: speech, Background: inPlace})
	u.showSettings()
	_, pick := voiceSelects(t, u.win.Content())
	if pick == nil {
		t.Fatal("no voice picker")
	}
	if len(pick.Options) == 0 || pick.Disabled() {
		t.Fatal("voices known, yet not listed")
	}
	if !strings.HasPrefix(pick.Selected, "English") {
		t.Errorf("voice shown %q, want an English one by default", pick.Selected)
	}
	pick.SetSelected(pick.Options[len(pick.Options)-1])
	if loadSettings(a.Preferences()).voice().Voice == "" {
		t.Error("picking a voice did not keep it")
	}
	test.Tap(findButton(t, u.win.Content(), "Test voice"))
	if len(rec.clips) != 1 {
		t.Errorf("Test voice played %d clips", len(rec.clips))
	}
	p := newPlayer(u, u.cfg.Catalog.Routine("Upper Back Strength"))
	defer p.close()
	if p.coach == nil {
		t.Fatal("no coach for the session")
	}
	waitFor(t, "the phrases", func() bool { n, total := p.coach.Ready(); return n == total })
}

func waitFor(t *testing.T, what string, ok func() bool) {
	t.Helper()
	for deadline := time.Now().Add(20 * time.Second); !ok(); time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("%s never came", what)
		}
	}
}
