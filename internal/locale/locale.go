// Package locale picks the language Posture speaks and writes in, from the
// environment as POSIX and gettext read it or from the person's choice,
// and writes dates and times the way that locale does. It knows Posture's
// four languages as tables (the CLDR's words and patterns for them), so it
// needs neither cgo nor the system's locale data, which a desktop often
// lacks for languages its person does not use.
package locale

import (
	"os"
	"slices"
	"strings"
)

// Lang is a language Posture has content and phrases for: an ISO 639-1
// code.
type Lang string

// The languages Posture speaks. English is the source of every text.
const (
	English Lang = "en"
	German  Lang = "de"
	Spanish Lang = "es"
	French  Lang = "fr"
)

// Supported lists every language, English first.
var Supported = []Lang{English, German, Spanish, French}

// PreferenceKey is the preference that holds the person's choice of
// language: a Lang, or "" (or System) to follow the system.
const PreferenceKey = "language"

// System is the preference's value for following the system's locale.
const System = "system"

// Locale is a language with the territory that decides its formats: the
// first day of the week and the clock (en with "US": Sunday, 12-hour).
type Locale struct {
	Lang      Lang
	Territory string // ISO 3166 code in capitals, such as "GB"; "" when none was said
}

// Default is the locale when nothing says otherwise.
var Default = Locale{Lang: English}

// String writes the locale as a POSIX name without its encoding: "de_AT".
func (l Locale) String() string {
	if l.Territory == "" {
		return string(l.Lang)
	}
	return string(l.Lang) + "_" + l.Territory
}

// Parse reads a locale name such as "de_DE.UTF-8", "fr-CA", "es" or
// "en_GB.UTF-8@euro"; ok is false for C, POSIX, an empty name and a
// language Posture does not speak.
func Parse(name string) (l Locale, ok bool) {
	name, _, _ = strings.Cut(name, ".")
	name, _, _ = strings.Cut(name, "@")
	lang, territory, _ := strings.Cut(strings.ReplaceAll(name, "-", "_"), "_")
	l = Locale{Lang: Lang(strings.ToLower(lang)), Territory: strings.ToUpper(territory)}
	if !slices.Contains(Supported, l.Lang) {
		return Default, false
	}
	if !isTerritory(l.Territory) {
		l.Territory = ""
	}
	return l, true
}

// isTerritory accepts a two-letter region or a three-digit UN M.49 area.
func isTerritory(s string) bool {
	if len(s) != 2 && len(s) != 3 {
		return false
	}
	for _, r := range s {
		if (r < 'A' || r > 'Z') && (r < '0' || r > '9') {
			return false
		}
	}
	return true
}

// FromEnv is the locale the environment asks for, read as gettext reads
// it: the messages' locale is LC_ALL, else LC_MESSAGES, else LANG; when it
// is set and not C or POSIX, LANGUAGE's colon-separated list of
// preferences comes first. The first supported language wins; the
// territory, when the winning entry names none, comes from the messages'
// locale if that is the same language. English when none is supported.
func FromEnv(getenv func(string) string) Locale {
	messages := firstSet(getenv, "LC_ALL", "LC_MESSAGES", "LANG")
	base, baseOK := Parse(messages)
	if messages != "" && !isCLocale(messages) {
		for _, entry := range strings.Split(getenv("LANGUAGE"), ":") {
			if l, ok := Parse(entry); ok {
				if l.Territory == "" && baseOK && base.Lang == l.Lang {
					l.Territory = base.Territory
				}
				return l
			}
		}
	}
	if baseOK {
		return base
	}
	return Default
}

// Choose is the locale for a preference: the language it names (with the
// system's territory when that is the same language), or the system's
// when it is "", System or a language Posture does not speak.
func Choose(preference string, getenv func(string) string) Locale {
	sys := FromEnv(getenv)
	if preference == "" || preference == System {
		return sys
	}
	l, ok := Parse(preference)
	if !ok {
		return sys
	}
	if l.Territory == "" && sys.Lang == l.Lang {
		l.Territory = sys.Territory
	}
	return l
}

func firstSet(getenv func(string) string, keys ...string) string {
	for _, k := range keys {
		if v := getenv(k); v != "" {
			return v
		}
	}
	return ""
}

func isCLocale(name string) bool {
	name, _, _ = strings.Cut(name, ".")
	return name == "C" || name == "POSIX"
}

// PutInEnv makes l the language the environment asks for, for libraries
// that read it there (Fyne's lang package reads LANGUAGE, then LC_ALL,
// LC_MESSAGES and LANG, with no other way to choose): LANGUAGE becomes
// l's language. When the person chose l (chosen), a C or POSIX messages
// locale, which turns LANGUAGE off, becomes l too.
func PutInEnv(l Locale, chosen bool, setenv func(key, value string) error, getenv func(string) string) {
	_ = setenv("LANGUAGE", string(l.Lang))
	if !chosen {
		return
	}
	for _, key := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := getenv(key); v != "" {
			if isCLocale(v) {
				_ = setenv(key, l.String()+".UTF-8")
			}
			return
		}
	}
}

// ChooseForProcess is Choose for this process's environment, which it
// then changes with PutInEnv so that the libraries reading it agree.
func ChooseForProcess(preference string) Locale {
	l := Choose(preference, os.Getenv)
	PutInEnv(l, preference != "" && preference != System, os.Setenv, os.Getenv)
	return l
}
