package voice

import (
	"context"
	"errors"
	"math"
	"slices"
	"testing"
	"time"

	"github.com/postureapp/posture/internal/audio"
)

// espeak finds the real espeak-ng; make test installs it, so its absence
// is a failure, not a reason to skip.
func espeak(t *testing.T) *Espeak {
	t.Helper()
	e, err := FindEspeak()
	if err != nil {
		t.Fatalf("%v (make test installs it)", err)
	}
	return e
}

func TestWithoutEspeakTheErrorSaysToInstallIt(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	_, err := FindEspeak()
	if !errors.Is(err, ErrNoEspeak) || err.Error() != "no voice: install espeak-ng" {
		t.Fatalf("error %v", err)
	}
}

// A real render: each phrase comes out at the cue sample rate, at its set
// peak without clipping, starting with speech rather than silence, and about as long as
// a person takes to say it.
func TestEspeakRendersPhrasesLikeACue(t *testing.T) {
	e := espeak(t)
	for _, text := range []string{"Band Pull-Apart.", "Rest, thirty seconds.", "One."} {
		clip, err := e.Render(context.Background(), Phrase{Text: text, Voice: "en-us", Rate: DefaultRate})
		if err != nil {
			t.Fatal(err)
		}
		x := clip.Samples()
		if d := clip.Length(); d < 200*time.Millisecond || d > 2500*time.Millisecond {
			t.Errorf("%q lasts %v", text, d)
		}
		if p := peak(x); math.Abs(p-Peak) > 0.02 || p >= 1 {
			t.Errorf("%q peaks at %.3f, want %.3f", text, p, Peak)
		}
		head := audio.SampleRate.N(30 * time.Millisecond)
		if peak(x[:head]) < quiet {
			t.Errorf("%q starts with 30 ms of silence", text)
		}
		if peak(x[:20]) > 0.2 || peak(x[len(x)-20:]) > 0.2 {
			t.Errorf("%q starts or ends abruptly", text)
		}
	}
}

func TestEspeakRefusesWhatIsNotAPhrase(t *testing.T) {
	e := espeak(t)
	long := string(make([]byte, maxText+1))
	for _, p := range []Phrase{
		{Text: long, Voice: "en", Rate: 175},
		{Text: "Hi.", Voice: "en", Rate: 10000},
		{Text: "Hi.", Voice: "--stdout", Rate: 175},
		{Text: "Hi.", Voice: "", Rate: 175},
	} {
		if _, err := e.Render(context.Background(), p); err == nil {
			t.Errorf("rendered %.20q in voice %q at rate %d", p.Text, p.Voice, p.Rate)
		}
	}
}

func TestVoicesListTheSystemLanguageFirst(t *testing.T) {
	e := espeak(t)
	voices, err := e.Voices(context.Background(), "en-gb")
	if err != nil {
		t.Fatal(err)
	}
	if len(voices) < 10 || voices[0].ID != "en-gb" || voices[0].Name == "" {
		t.Fatalf("voices start %v", voices[:min(3, len(voices))])
	}
	us := slices.IndexFunc(voices, func(v VoiceInfo) bool { return v.ID == "en-us" })
	de := slices.IndexFunc(voices, func(v VoiceInfo) bool { return v.ID == "de" })
	if us < 0 || de < 0 || us > de {
		t.Errorf("en-us at %d, de at %d: the rest of English should come before other languages", us, de)
	}
	if DefaultVoice(voices) != "en-gb" {
		t.Errorf("default voice %q", DefaultVoice(voices))
	}
}

func TestDefaultVoiceIsEnglishWhateverTheSystemLanguage(t *testing.T) {
	installed := []VoiceInfo{{ID: "af"}, {ID: "de"}, {ID: "en-029"}, {ID: "en-gb"}, {ID: "en-us"}}
	for lang, want := range map[string]string{"de-de": "en-us", "": "en-us", "en-gb": "en-gb", "en-au": "en-029"} {
		voices := orderVoices(installed, lang)
		if got := DefaultVoice(voices); got != want {
			t.Errorf("system language %q: default %q, want %q (order %v)", lang, got, want, voices)
		}
	}
	if got := DefaultVoice([]VoiceInfo{{ID: "de"}, {ID: "en-gb"}}); got != "en-gb" {
		t.Errorf("without American English: %q", got)
	}
}

func TestLanguageTagFromLocale(t *testing.T) {
	for locale, want := range map[string]string{"en_GB.UTF-8": "en-gb", "de_DE@euro": "de-de", "C": "", "POSIX": "", "fr": "fr"} {
		if got := languageTag(locale); got != want {
			t.Errorf("%q → %q, want %q", locale, got, want)
		}
	}
}

// espeak-ng streams its WAV with the data size unknown; the samples that
// are there are read.
func TestDecodeWAVReadsAStreamedHeader(t *testing.T) {
	wav := []byte("RIFF\xff\xff\xff\x7fWAVEfmt \x10\x00\x00\x00\x01\x00\x01\x00\x22\x56\x00\x00\x44\xac\x00\x00\x02\x00\x10\x00data\xff\xff\xff\x7f\x00\x40\x00\xc0")
	rate, x, err := decodeWAV(wav)
	if err != nil || rate != 22050 || !slices.Equal(x, []float64{0.5, -0.5}) {
		t.Fatalf("rate %d, samples %v, %v", rate, x, err)
	}
	for _, bad := range []string{"", "RIFF0000WAVE", "RIFF\x00\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x02\x00\x22\x56\x00\x00\x44\xac\x00\x00\x04\x00\x10\x00data\x00\x00\x00\x00"} {
		if _, _, err := decodeWAV([]byte(bad)); err == nil {
			t.Errorf("%q decoded", bad)
		}
	}
}
