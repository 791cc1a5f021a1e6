// Package assets holds what ships inside the binary: the exercise library
// (with the illustrations' pose files beside it), the general advice and
// the app icon.
package assets

import (
	"embed"
	"io/fs"
)

// Exercises holds exercises/*.toml: one exercise per file, and each
// exercise's pose keyframes as <id>.pose.toml.
//
//go:embed exercises/*.toml
var Exercises embed.FS

// Advice is advice.toml: the articles' general and safety advice.
//
//go:embed advice.toml
var Advice []byte

// Translations holds the overlays that translate the built-in content,
// a folder per language: <lang>/exercises/<id>.toml,
// <lang>/routines/<file>.toml and <lang>/advice.toml (see
// routine.Catalog.Translate). <lang>.json beside the folders is reserved
// for the window's own strings (Fyne's lang catalogues).
//
//go:embed translations
var Translations embed.FS

// TranslationFiles is Translations with the translations folder as its
// root: a folder per language.
func TranslationFiles() fs.FS {
	sub, err := fs.Sub(Translations, "translations")
	if err != nil {
		panic(err) // the folder is embedded above; this cannot happen
	}
	return sub
}

// ExerciseFiles is Exercises with the exercises folder as its root.
func ExerciseFiles() fs.FS {
	sub, err := fs.Sub(Exercises, "exercises")
	if err != nil {
		panic(err) // the folder is embedded above; this cannot happen
	}
	return sub
}

// Icon is the app icon, a 512×512 PNG.
//
//go:embed icon.png
var Icon []byte

// UITranslations holds the window's own strings, translations/<lang>.json
// in go-i18n's JSON (the catalogues Fyne's lang package reads): en.json is
// the source, de.json, es.json and fr.json its translations.
//
//go:embed translations/*.json
var UITranslations embed.FS
