package ui

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"

	"github.com/postureapp/posture/internal/history"
	"github.com/postureapp/posture/internal/locale"
	"github.com/postureapp/posture/internal/ui/kit"
	"github.com/postureapp/posture/internal/voice"
	"github.com/postureapp/posture/internal/voice/voicetest"
)

// voicePick is the Settings screen's voice picker, in any language.
func voicePick(t *testing.T, o fyne.CanvasObject) *kit.Select {
	var pick *kit.Select
	walk(t, o, func(c fyne.CanvasObject) {
		if s, ok := c.(*kit.Select); ok && s.PlaceHolder == lang.X("settings.voice.pick", "Pick a voice") {
			pick = s
		}
	})
	if pick == nil {
		t.Fatal("no voice picker")
	}
	return pick
}

// Under German, Spanish and French, with no voice chosen (or an English
// one chosen in an English window before), Settings shows the language's
// own voice, offers that language's voices alone and names them in it.
func TestSettingsOffersTheWindowsLanguagesVoices(t *testing.T) {
	speech := openTestSpeech(t)
	for _, c := range []struct {
		l       locale.Lang
		options []string
	}{
		{locale.German, []string{"Deutsch"}},
		{locale.Spanish, []string{"Español", "Español latinoamericano"}},
		{locale.French, []string{"Français (France)", "Français (Belgique)", "Français suisse"}},
	} {
		for _, chosen := range []string{"", "en-us"} {
			t.Run(string(c.l)+"/"+chosen, func(t *testing.T) {
				inLanguage(t, c.l)
				a := test.NewTempApp(t)
				a.Preferences().SetString(prefVoiceName, chosen)
				u := New(a, Config{Catalog: testCatalog(t), Advice: testAdvice(t), Clock: newStepClock(), Speech: speech, Background: inPlace})
				u.showSettings()
				pick := voicePick(t, u.win.Content())
				if pick.Selected != c.options[0] || !slices.Equal(pick.Options, c.options) {
					t.Errorf("the voice shown is %q of %q, want %q of %q", pick.Selected, pick.Options, c.options[0], c.options)
				}
				if got := a.Preferences().String(prefVoiceName); got != chosen {
					t.Errorf("showing the voice changed the choice to %q", got)
				}
			})
		}
	}
}

// A German window's coach says German phrases, every one rendered by
// espeak-ng's German voice, even when an English voice was chosen in an
// English window before.
func TestAGermanWindowsCoachSpeaksGermanInAGermanVoice(t *testing.T) {
	runs := voicetest.RecordEspeak(t)
	speech, err := voice.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	inLanguage(t, locale.German)
	c, advice := catalogIn(t, locale.German)
	a := test.NewTempApp(t)
	a.Preferences().SetString(prefVoiceName, "en-us")
	a.Preferences().SetString(prefVoiceMode, string(voice.Full))
	u := New(a, Config{Catalog: c, Advice: advice, Clock: newStepClock(), Audio: &recordingPlayer{}, Speech: speech,
		History: history.NewStore(t.TempDir()), Background: inPlace})
	p := newPlayer(u, c.Routine("Flow Q"))
	defer p.close()
	waitFor(t, "the phrases", func() bool { n, total := p.coach.Ready(); return n == total })
	var said []string
	for _, r := range voicetest.Renders(runs()) {
		said = append(said, r.Text)
		if !strings.Contains(r.Args, "-v de ") {
			t.Errorf("%q rendered with %q, want the German voice", r.Text, r.Args)
		}
	}
	joined := strings.Join(said, " ")
	for _, german := range []string{"Sätze zu je", "Pause,", "Seite wechseln", "Routine geschafft"} {
		if !strings.Contains(joined, german) {
			t.Errorf("the coach never says %q; said %q", german, said)
		}
	}
	for _, english := range []string{"Next", "sets of", "Rest,", "side", "complete"} {
		if strings.Contains(joined, english) {
			t.Errorf("the German coach says %q; said %q", english, said)
		}
	}
}
