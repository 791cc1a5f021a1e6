package ui

import (
	"os/exec"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/postureapp/posture/internal/background"
	"github.com/postureapp/posture/internal/locale"
	"github.com/postureapp/posture/internal/remind"
	"github.com/postureapp/posture/internal/ui/kit"
	"github.com/postureapp/posture/internal/voice"
	"github.com/postureapp/posture/internal/wire"
)

// Words a person should not meet on the settings screen: protocol names,
// fractions of a processor, codes beside names.
var technicalWords = []string{"MIT-SCREEN-SAVER", "X server", "processor", "ALSA", "card '0'", "(en-us)", "(America)"}

func assertPlain(t *testing.T, where, text string) {
	t.Helper()
	for _, w := range technicalWords {
		if i := strings.Index(text, w); i >= 0 {
			t.Errorf("%s says %q: …%s…", where, w, text[max(0, i-60):min(len(text), i+len(w)+20)])
		}
	}
}

// Ticking Desk breaks far down Settings leaves the screen where it was,
// with the focus on the box just ticked, rather than jumping to the top.
func TestTickingDeskBreaksKeepsThePlaceInSettings(t *testing.T) {
	u, _ := newReminderApp(t)
	u.win.Resize(fyne.NewSize(480, 640))
	u.showSettings()
	const label = "Desk breaks, after this much keyboard and mouse use:"
	breaks := findMyCheck(t, u.win.Content(), label)
	u.win.Canvas().Focus(breaks)
	scroll := firstScroll(u.win.Content())
	before := scroll.Offset.Y
	if before <= 0 {
		t.Fatalf("the test needs Desk breaks below the first screen (offset %.0f)", before)
	}
	breaks.TypedRune(' ')
	now := findMyCheck(t, u.win.Content(), label)
	if !now.Checked {
		t.Fatal("Space did not tick Desk breaks")
	}
	if s := firstScroll(u.win.Content()); s.Offset.Y != before {
		t.Errorf("after ticking, Settings is scrolled to %.0f, was %.0f", s.Offset.Y, before)
	}
	if u.win.Canvas().Focused() != now {
		t.Errorf("after ticking, the focus is on %T, not on Desk breaks", u.win.Canvas().Focused())
	}
}

func findMyCheck(t *testing.T, o fyne.CanvasObject, text string) *kit.Check {
	t.Helper()
	var found *kit.Check
	walk(t, o, func(c fyne.CanvasObject) {
		if ch, ok := c.(*kit.Check); ok && ch.Text == text && found == nil {
			found = ch
		}
	})
	if found == nil {
		t.Fatalf("no check %q", text)
	}
	return found
}

// What desk breaks count is said in plain words, whatever the desktop's
// source of idle time is called; so is every Motion choice.
func TestSettingsWordingIsPlain(t *testing.T) {
	named := idleText(background.Status{Running: true, Status: wire.Status{IdleSource: "the X server (MIT-SCREEN-SAVER)"}})
	none := idleText(background.Status{Running: true})
	assertPlain(t, "idle time from the X server", named)
	assertPlain(t, "no idle time", none)
	if named == none || !strings.Contains(none, "clock time") {
		t.Errorf("with and without idle time: %q, %q", named, none)
	}
	plan := remind.NewPlan()
	plan.Breaks.On = true
	assertPlain(t, "the reminder status", reminderStatusText(plan, background.Status{Running: true, Status: wire.Status{IdleSource: "the X server (MIT-SCREEN-SAVER)"}}, locale.Default))

	u, _ := newReminderApp(t)
	u.showSettings()
	var motion *kit.Radio
	walk(t, u.win.Content(), func(o fyne.CanvasObject) {
		if r, ok := o.(*kit.Radio); ok && slices.Contains(r.Options, motionBalanced) {
			motion = r
		}
	})
	for _, m := range motionChoices {
		motion.SetSelected(m)
		assertPlain(t, "Settings with motion "+m, allText(t, u.win.Content()))
	}
}

// Voices read as people name them, each once, and choosing one keeps its
// espeak-ng code.
func TestVoiceNamesAreReadable(t *testing.T) {
	voices := []voice.VoiceInfo{
		{ID: "en-us", Name: "English (America)"},
		{ID: "en-gb", Name: "English (Great Britain)"},
		{ID: "en-us-nyc", Name: "English (America, New York City)"},
		{ID: "chr-US-Qaaa-x-west", Name: "Cherokee "},
		{ID: "yue", Name: "Chinese (Cantonese)"},
		{ID: "yue-x", Name: "Chinese (Cantonese)"},
	}
	got := voiceLabels(voices, locale.English)
	want := []string{"English (US)", "English (UK)", "English (US, New York City)", "Cherokee", "Chinese (Cantonese) (yue)", "Chinese (Cantonese) (yue-x)"}
	if !slices.Equal(got, want) {
		t.Fatalf("voice labels %q, want %q", got, want)
	}
	pick := kit.NewSelect(nil, nil)
	ids := map[string]string{}
	fillVoices(pick, ids, voices, nil, "en-gb", locale.English)
	if pick.Selected != "English (UK)" || ids["English (US)"] != "en-us" {
		t.Fatalf("the picker shows %q, and English (US) is %q", pick.Selected, ids["English (US)"])
	}
}

// Without a sound device Settings says so once, in a plain sentence (the
// system's words stay in the terminal); Test sound says on that same line
// that nothing played, and Test voice says why nothing can be heard.
func TestSettingsWithoutASoundDeviceSayItOnceAndPlainly(t *testing.T) {
	speech := openTestSpeech(t)
	a := test.NewTempApp(t)
	u := New(a, Config{Catalog: testCatalog(t), Advice: testAdvice(t), Clock: newStepClock(), Background: inPlace,
		AudioNotice: "ALSA: cannot find card '0'", Speech: speech})
	u.showSettings()
	soundLines := func() int { return countLabels(t, u.win.Content(), "sound device") }
	assertPlain(t, "Settings without a sound device", allText(t, u.win.Content()))
	if n := soundLines(); n != 1 || !strings.Contains(allText(t, u.win.Content()), noSoundText()) {
		t.Fatalf("Settings has %d lines about the sound device, want the one %q", n, noSoundText())
	}
	test.Tap(findButton(t, u.win.Content(), "Test sound"))
	if n := soundLines(); n != 1 || !strings.Contains(allText(t, u.win.Content()), "Nothing played") {
		t.Errorf("after Test sound: %d lines about the sound device, want one saying nothing played", n)
	}
	test.Tap(findButton(t, u.win.Content(), "Test voice"))
	said := ""
	walk(t, u.win.Content(), func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && l.Visible() && strings.Contains(l.Text, "heard") {
			said = l.Text
		}
	})
	if !strings.Contains(said, "no sound device") {
		t.Errorf("Test voice without a device says %q", said)
	}
}

// With a device, Test voice says on screen what it is saying.
func TestTestVoiceSaysWhatItSays(t *testing.T) {
	speech := openTestSpeech(t)
	rec := &recordingPlayer{}
	a := test.NewTempApp(t)
	u := New(a, Config{Catalog: testCatalog(t), Advice: testAdvice(t), Clock: newStepClock(), Audio: rec, Speech: speech, Background: inPlace})
	u.showSettings()
	test.Tap(findButton(t, u.win.Content(), "Test voice"))
	if !strings.Contains(allText(t, u.win.Content()), "Saying: “"+testPhrase()+"”") || len(rec.clips) != 1 {
		t.Errorf("Test voice played %d clips and says nothing of it on screen", len(rec.clips))
	}
}

// openTestSpeech is the voice with espeak-ng, its cache in a temporary
// folder.
func openTestSpeech(t *testing.T) *voice.Speech {
	t.Helper()
	if _, err := exec.LookPath("espeak-ng"); err != nil {
		t.Fatal("espeak-ng is missing (make test installs it)")
	}
	speech, err := voice.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	return speech
}
