package voice

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/postureapp/posture/internal/locale"
)

// voiceLang is the language a voice reads by its id ("fr-fr" is
// French), "" for one the coach has no phrases in.
func voiceLang(id string) locale.Lang {
	primary, _, _ := strings.Cut(strings.ToLower(id), "-")
	primary, _, _ = strings.Cut(primary, "+") // a variant: "de+f3"
	if slices.Contains(locale.Supported, locale.Lang(primary)) {
		return locale.Lang(primary)
	}
	return ""
}

// PhraseLang is the language the coach's phrases are in when voice reads
// them and the content is in content: the content's language when the
// voice speaks it, else English, which is what a voice of another
// language is given (see Choices).
func PhraseLang(voice string, content locale.Lang) locale.Lang {
	if voice == "" || voiceLang(voice) == content {
		return content
	}
	return locale.English
}

// VoiceFor is the voice to speak lang in until the person picks one: the
// language's own voice ("de", "es", "fr-fr") when installed, or its first
// voice; English (see DefaultVoice) when lang has none or is English.
func VoiceFor(voices []VoiceInfo, lang locale.Lang) string {
	if lang == "" || lang == locale.English {
		return DefaultVoice(voices)
	}
	for _, want := range []string{string(lang), string(lang) + "-" + string(lang)} {
		if slices.ContainsFunc(voices, func(v VoiceInfo) bool { return v.ID == want }) {
			return want
		}
	}
	if i := slices.IndexFunc(voices, func(v VoiceInfo) bool { return voiceLang(v.ID) == lang }); i >= 0 {
		return voices[i].ID
	}
	return DefaultVoice(voices)
}

// LangFor is the language to script the coach in for content: the
// content's own when one of voices speaks it, else English, so that no
// voice reads a language it was not made for.
func LangFor(voices []VoiceInfo, content locale.Lang) locale.Lang {
	return PhraseLang(VoiceFor(voices, content), content)
}

// VoiceIn is the voice that reads phrases in lang (see LangFor) when
// the person chose chosen ("" for no choice): chosen when it is installed
// and speaks lang, else lang's own (see VoiceFor). A choice made while
// the window spoke another language waits for that language to come back,
// so no voice ever reads a language it was not made for.
func VoiceIn(voices []VoiceInfo, chosen string, lang locale.Lang) string {
	if lang == "" {
		lang = locale.English
	}
	installed := len(voices) == 0 || slices.ContainsFunc(voices, func(v VoiceInfo) bool { return v.ID == chosen })
	if chosen != "" && installed && voiceLang(chosen) == lang {
		return chosen
	}
	return VoiceFor(voices, lang)
}

// Choices are the voices the picker offers when the content is in lang:
// those that read the coach's phrases (LangFor's language), the one
// VoiceFor picks first, then espeak-ng's order. Voices of other languages
// are left out: the phrases are in one language, and a voice made for
// another would read them with its own spelling rules.
func Choices(voices []VoiceInfo, lang locale.Lang) []VoiceInfo {
	phrases := LangFor(voices, lang)
	first := VoiceFor(voices, lang)
	var out []VoiceInfo
	for _, v := range voices {
		if voiceLang(v.ID) == phrases {
			out = append(out, v)
		}
	}
	slices.SortStableFunc(out, func(a, b VoiceInfo) int {
		return cmpBool(b.ID == first, a.ID == first)
	})
	return out
}

// cmpBool orders false before true.
func cmpBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}

// Label is v's name for a window in lang. espeak-ng names its voices in
// English, so an English window shows that name; another names a voice
// of a language and a region ("fr-ch") as the CLDR does in its language
// ("Français suisse"), and any other by espeak-ng's name.
func (v VoiceInfo) Label(in locale.Lang) string {
	if in == "" || in == locale.English {
		return v.Name
	}
	tag, err := language.Parse(v.ID)
	if err != nil || len(tag.Variants()) > 0 || len(tag.Extensions()) > 0 {
		return v.Name
	}
	name := display.Tags(language.Make(string(in))).Name(tag)
	if name == "" {
		return v.Name
	}
	first, size := utf8.DecodeRuneInString(name)
	return string(unicode.ToUpper(first)) + name[size:]
}
