package voice

import (
	"slices"
	"strings"

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

// Choice is one voice as the picker offers it.
type Choice struct {
	VoiceInfo
	// ReadsEnglish is true for a voice of another language than the
	// content's: it is given the English phrases, and the picker says so.
	ReadsEnglish bool
}

// Choices orders voices for the picker when the content is in lang: that
// language's voices first, then English ones, then the rest, each
// marked when it would read the English text. espeak-ng's order is kept
// within each group.
func Choices(voices []VoiceInfo, lang locale.Lang) []Choice {
	if lang == "" {
		lang = locale.English
	}
	rank := func(v VoiceInfo) int {
		switch voiceLang(v.ID) {
		case lang:
			return 0
		case locale.English:
			return 1
		}
		return 2
	}
	ordered := slices.Clone(voices)
	slices.SortStableFunc(ordered, func(a, b VoiceInfo) int { return rank(a) - rank(b) })
	out := make([]Choice, len(ordered))
	for i, v := range ordered {
		out[i] = Choice{VoiceInfo: v, ReadsEnglish: voiceLang(v.ID) != lang}
	}
	return out
}
