package voice

import (
	"context"
	"os/exec"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/postureapp/posture/assets"
	"github.com/postureapp/posture/internal/locale"
	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/session"
	"github.com/postureapp/posture/routines"
)

// builtinsIn loads the built-ins with the shipped translations of lang.
func builtinsIn(t testing.TB, lang locale.Lang) *routine.Catalog {
	t.Helper()
	c := routine.Load(routine.Sources{BuiltinExercises: assets.ExerciseFiles(), BuiltinRoutines: routines.FS,
		Translations: assets.TranslationFiles(), Lang: string(lang)})
	if len(c.Problems) > 0 {
		t.Fatalf("built-in files have problems: %v", c.Problems)
	}
	return c
}

func TestNumbersAgreeWithTheirNouns(t *testing.T) {
	for _, c := range []struct {
		got, want string
	}{
		{german.count(1, minutes), "eine Minute"},
		{german.count(30, seconds), "30 Sekunden"},
		{german.count(1, reps), "eine Wiederholung"},
		{german.duration(90), "eine Minute 30"},
		{spanish.count(1, minutes), "un minuto"},
		{spanish.count(21, seconds), "veintiún segundos"},
		{spanish.count(21, reps), "veintiuna repeticiones"},
		{spanish.count(31, seconds), "treinta y un segundos"},
		{spanish.count(11, reps), "11 repeticiones"},
		{spanish.setsOfReps(3, 21), "3 series de veintiuna"},
		{french.count(1, minutes), "une minute"},
		{french.count(21, seconds), "vingt et une secondes"},
		{french.count(81, reps), "quatre-vingt-une répétitions"},
		{french.count(71, seconds), "71 secondes"},
		{french.count(15, reps), "15 répétitions"},
		{french.duration(61), "une minute 1"},
		{english.duration(61), "one minute one"},
	} {
		if c.got != c.want {
			t.Errorf("%q, want %q", c.got, c.want)
		}
	}
}

func TestScriptSpeaksTheContentsLanguage(t *testing.T) {
	for lang, want := range map[locale.Lang][]string{
		locale.German:  {"3 Sätze zu je 15.", "Pause, 30 Sekunden.", "Letzter Satz.", "Routine geschafft."},
		locale.Spanish: {"3 series de 15.", "Descanso, 30 segundos.", "Última serie.", "Rutina completada."},
		locale.French:  {"3 séries de 15.", "Repos, 30 secondes.", "Dernière série.", "Routine terminée."},
	} {
		c := builtinsIn(t, lang)
		tl := session.Build(c.Routine("Upper Back Strength"), c.Library)
		got := texts(ScriptIn(tl, Full, lang))
		for _, w := range want {
			if !slices.Contains(got, w) {
				t.Errorf("%s: never says %q in %q", lang, w, got)
			}
		}
	}
}

// englishWords are the words of the coach's English phrases; none may
// appear in another language's, unless that language uses the word too
// ("Minute", "Routine", "six").
var englishWords = regexp.MustCompile(`[\pL]+`).FindAllString(strings.Join([]string{
	english.switchTo, english.sides["left"], english.sides["right"], english.lastSet, english.lastRound,
	english.halfway, english.complete, english.rest, english.next, english.round, english.setsOf, english.eachSide,
	english.ownPace, "second seconds minute minutes rep reps one two three four five six seven eight nine ten",
	"eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty",
}, " "), -1)

// Every phrase of every built-in routine, in every language, in full
// coaching, holds no word of the English phrases once the exercise names
// (the only text not the coach's own) are taken out.
func TestNoPhraseMixesLanguages(t *testing.T) {
	for _, lang := range []locale.Lang{locale.German, locale.Spanish, locale.French} {
		w := wordsFor(lang)
		own := strings.ToLower(strings.Join([]string{w.switchTo, w.sides["left"], w.sides["right"], w.lastSet,
			w.lastRound, w.halfway, w.complete, w.rest, w.next, w.round, w.setsOf, w.eachSide, w.ownPace,
			strings.Join(w.units[0][:], " "), strings.Join(w.units[1][:], " "), strings.Join(w.units[2][:], " ")}, " "))
		c := builtinsIn(t, lang)
		var names []string
		for _, e := range c.Library.All() {
			names = append(names, e.Name)
		}
		slices.SortFunc(names, func(a, b string) int { return len(b) - len(a) }) // longest first
		for _, r := range c.Routines {
			tl := session.Build(r, c.Library)
			for _, text := range Texts(ScriptIn(FitIn(tl, Full, DefaultRate, lang), Full, lang)) {
				rest := text
				for _, n := range names {
					rest = strings.ReplaceAll(rest, n, "")
				}
				for _, word := range regexp.MustCompile(`[\pL]+`).FindAllString(strings.ToLower(rest), -1) {
					if slices.Contains(englishWords, word) && !strings.Contains(" "+own+" ", " "+word+" ") {
						t.Errorf("%s, %s: %q holds the English word %q", lang, r.Name, text, word)
					}
				}
			}
		}
	}
}

func TestScriptInAnUnknownLanguageIsEnglish(t *testing.T) {
	tl := timeline(t, "Upper Back Strength")
	if got, want := texts(ScriptIn(tl, Full, "pt")), texts(Script(tl, Full)); !slices.Equal(got, want) {
		t.Errorf("Portuguese script differs from the English one")
	}
}

var someVoices = []VoiceInfo{{ID: "af"}, {ID: "de"}, {ID: "en-gb"}, {ID: "en-us"}, {ID: "es"}, {ID: "es-419"}, {ID: "fr-be"}, {ID: "fr-fr"}, {ID: "it"}}

func TestTheVoiceFollowsTheContentsLanguage(t *testing.T) {
	for lang, want := range map[locale.Lang]string{locale.German: "de", locale.Spanish: "es", locale.French: "fr-fr", locale.English: "en-us", "": "en-us"} {
		if got := VoiceFor(someVoices, lang); got != want {
			t.Errorf("VoiceFor(%q) = %q, want %q", lang, got, want)
		}
	}
	if got := LangFor([]VoiceInfo{{ID: "en-us"}, {ID: "it"}}, locale.German); got != locale.English {
		t.Errorf("without a German voice the coach should speak English, got %q", got)
	}
	if PhraseLang("fr-be", locale.French) != locale.French || PhraseLang("de", locale.French) != locale.English || PhraseLang("en-gb", locale.German) != locale.English {
		t.Error("PhraseLang: a voice reads its own language's phrases, any other the English ones")
	}
}

// The picker offers the voices that read the content's language, its
// own voice first, and no other: a German voice is never given English
// phrases, nor an English one German.
func TestPickerOffersOnlyTheLanguagesVoices(t *testing.T) {
	ids := func(vs []VoiceInfo) []string {
		out := make([]string, len(vs))
		for i, v := range vs {
			out[i] = v.ID
		}
		return out
	}
	for lang, want := range map[locale.Lang][]string{
		locale.German:  {"de"},
		locale.French:  {"fr-fr", "fr-be"},
		locale.Spanish: {"es", "es-419"},
		locale.English: {"en-us", "en-gb"},
	} {
		if got := ids(Choices(someVoices, lang)); !slices.Equal(got, want) {
			t.Errorf("%s: offered %q, want %q", lang, got, want)
		}
	}
	if got := ids(Choices([]VoiceInfo{{ID: "en-us"}, {ID: "it"}}, locale.German)); !slices.Equal(got, []string{"en-us"}) {
		t.Errorf("without a German voice the English phrases are read by English voices only, offered %q", got)
	}
}

// A voice chosen in one language is kept for it; in a window of another
// language that language's own voice reads, as the picker shows.
func TestTheChosenVoiceReadsOnlyItsOwnLanguage(t *testing.T) {
	for _, c := range []struct {
		chosen string
		lang   locale.Lang
		want   string
	}{
		{"", locale.German, "de"},
		{"en-us", locale.German, "de"},
		{"fr-be", locale.French, "fr-be"},
		{"fr-be", locale.Spanish, "es"},
		{"en-gb", locale.English, "en-gb"},
		{"en-gb", "", "en-gb"},
		{"de", locale.English, "en-us"},
		{"pt", locale.English, "en-us"}, // not installed
	} {
		if got := VoiceIn(someVoices, c.chosen, c.lang); got != c.want {
			t.Errorf("VoiceIn(%q, %s) = %q, want %q", c.chosen, c.lang, got, c.want)
		}
	}
}

// Voices are named in the window's language; English keeps espeak-ng's
// names, which are English.
func TestVoiceLabelsAreInTheWindowsLanguage(t *testing.T) {
	for _, c := range []struct {
		v    VoiceInfo
		in   locale.Lang
		want string
	}{
		{VoiceInfo{"de", "German"}, locale.German, "Deutsch"},
		{VoiceInfo{"es-419", "Spanish (Latin America)"}, locale.Spanish, "Español latinoamericano"},
		{VoiceInfo{"fr-be", "French (Belgium)"}, locale.French, "Français (Belgique)"},
		{VoiceInfo{"en-us", "English (America)"}, locale.English, "English (America)"},
		{VoiceInfo{"en-gb-x-rp", "English (Received Pronunciation)"}, locale.German, "English (Received Pronunciation)"},
	} {
		if got := c.v.Label(c.in); got != c.want {
			t.Errorf("%s in %s: %q, want %q", c.v.ID, c.in, got, c.want)
		}
	}
}

// With espeak-ng: the language's voice reads the digits of a phrase as
// that language's number (German "15" as "fünfzehn"), and the fit's
// estimate of every phrase's length is never short of espeak-ng's.
func TestEspeakSpeaksEachLanguagesPhrases(t *testing.T) {
	e := espeak(t)
	voices, err := e.Voices(context.Background(), "")
	if err != nil {
		t.Fatal(err)
	}
	for lang, number := range map[locale.Lang]string{locale.German: "fünfzehn", locale.Spanish: "quince", locale.French: "quinze"} {
		v := VoiceFor(voices, lang)
		if voiceLang(v) != lang {
			t.Fatalf("espeak-ng has no %s voice (%v)", lang, voices)
		}
		word, digits := phonemes(t, v, number), phonemes(t, v, wordsFor(lang).setsOfReps(3, 15)+".")
		if !strings.Contains(digits, word) {
			t.Errorf("%s: %q reads 15 as %q, not as %q (%q)", v, wordsFor(lang).setsOfReps(3, 15), digits, word, number)
		}
		c := builtinsIn(t, lang)
		tl := session.Build(c.Routine("Upper Back Strength"), c.Library)
		for _, text := range Texts(ScriptIn(tl, Full, lang)) {
			clip, err := e.Render(context.Background(), Phrase{Text: text, Voice: v, Rate: DefaultRate, Lang: lang})
			if err != nil {
				t.Fatal(err)
			}
			if est := Estimate(text, DefaultRate); est < clip.Length() {
				t.Errorf("%s: %q takes %v, estimated %v", lang, text, clip.Length().Round(time.Millisecond), est)
			}
		}
	}
}

// phonemes is espeak-ng's phonemes for text in voice, without its stress
// and pause marks.
func phonemes(t *testing.T, voice, text string) string {
	t.Helper()
	out, err := exec.Command("espeak-ng", "-v", voice, "-q", "-x", text).Output()
	if err != nil {
		t.Fatal(err)
	}
	return strings.Map(func(r rune) rune {
		if strings.ContainsRune("',_!| ;\n", r) {
			return -1
		}
		return r
	}, string(out))
}
