package voice

import (
	"context"
	"slices"
	"testing"

	"github.com/postureapp/posture/internal/locale"
	"github.com/postureapp/posture/internal/voice/voicetest"
)

// The coach of a German window renders its German phrases with the
// German voice, whether no voice was chosen or an English one was chosen
// in an English window; the same text in English is kept apart in the
// cache and read by the English voice.
func TestAGermanWindowsPhrasesAreReadByAGermanVoice(t *testing.T) {
	runs := voicetest.RecordEspeak(t)
	speech, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []Phrase{
		{Text: "Pause, dreißig Sekunden.", Rate: DefaultRate, Lang: locale.German},
		{Text: "Pause, dreißig Sekunden.", Voice: "en-us", Rate: DefaultRate, Lang: locale.German},
		{Text: "Pause, dreißig Sekunden.", Voice: "en-us", Rate: DefaultRate, Lang: locale.English},
	} {
		if _, err := speech.Clip(context.Background(), p); err != nil {
			t.Fatal(err)
		}
	}
	var args []string
	for _, r := range voicetest.Renders(runs()) {
		args = append(args, r.Args)
	}
	if want := []string{"--stdout -v de -s 175", "--stdout -v en-us -s 175"}; !slices.Equal(args, want) {
		t.Errorf("espeak-ng ran %q, want %q (the German phrase once, in German, then the English one)", args, want)
	}
}
