package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"github.com/postureapp/posture/assets"
	"github.com/postureapp/posture/internal/locale"
	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/ui/kit"
)

// languageValues are the Language setting's values, each language named
// in itself in its label; System follows the system.
var languageValues = []string{locale.System, string(locale.English), string(locale.German), string(locale.Spanish), string(locale.French)}

// applyLanguage makes the window speak the language the preference names,
// or the system's. Fyne's lang package reads the language from the
// environment (LANGUAGE first) and offers no other way to choose it; it
// reads it again each time translations are added, so the choice is put
// in the environment and the catalogues added after it. Screens built
// earlier keep their words, which is why a new choice applies after a
// restart.
func applyLanguage(p fyne.Preferences) locale.Locale {
	pref := p.StringWithFallback(locale.PreferenceKey, locale.System)
	loc := locale.ChooseForProcess(pref)
	if err := lang.AddTranslationsFS(assets.UITranslations, "translations"); err != nil {
		fyne.LogError("the window's translations", err)
	}
	return loc
}

// languageSection is Settings' Language choice. It applies after a
// restart: the screens already built keep their words.
func (u *App) languageSection() fyne.CanvasObject {
	labels := []string{lang.X("settings.language.system", "As the system"), "English", "Deutsch", "Español", "Français"}
	pick := kit.NewLabelledSelect(labels, languageValues, nil)
	current := u.fyneApp.Preferences().StringWithFallback(locale.PreferenceKey, locale.System)
	for i, v := range languageValues {
		if v == current {
			pick.SetSelected(labels[i])
		}
	}
	pick.OnChanged = func(string) { u.fyneApp.Preferences().SetString(locale.PreferenceKey, pick.Value()) }
	return kit.Section(lang.X("settings.language", "Language"), lang.X("settings.language.hint", "The window's language; applies when Posture starts again"), pick)
}

// contentInLanguage loads the built-in content in the window's language
// when the command line loaded it in another (it speaks English unless
// told): the window speaks one language. A catalog built in memory
// (tests) is left as it is.
func (u *App) contentInLanguage() {
	want, src := string(u.locale.Lang), &u.cfg.Sources
	have := src.Lang
	if have == "" {
		have = string(locale.English)
	}
	if src.Translations == nil || src.BuiltinRoutines == nil || have == want {
		return
	}
	src.Lang = want
	u.cfg.Catalog = routine.Load(*src)
	if advice, err := routine.TranslateAdvice(u.cfg.Advice, src.Translations, want); err == nil {
		u.cfg.Advice = advice
	}
}
