package main

import (
	"fmt"
	"io"
	"os"

	"github.com/postureapp/posture/assets"
	"github.com/postureapp/posture/internal/locale"
	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/store"
	"github.com/postureapp/posture/routines"
)

// openCatalog loads the built-in and the person's exercises and routines.
// Broken user files are in the catalog's Problems; they never stop it.
func openCatalog(e *env) (*routine.Catalog, store.Paths, error) {
	paths, err := store.Open(e.dataDir)
	if err != nil {
		return nil, store.Paths{}, err
	}
	return routine.Load(sources(paths, e.contentLang())), paths, nil
}

// sources names the built-in files, their translations in lang and the
// person's folders.
func sources(paths store.Paths, lang locale.Lang) routine.Sources {
	return routine.Sources{
		Translations:     assets.TranslationFiles(),
		Lang:             string(lang),
		BuiltinExercises: assets.ExerciseFiles(),
		BuiltinRoutines:  routines.FS,
		UserExercises:    paths.Exercises,
		UserRoutines:     paths.Routines,
		Root:             paths.Root,
	}
}

// contentLang is the language the built-in content is shown in: --lang,
// where "system" follows the language chosen in the window's settings or
// else the environment; English without it, as the command line has
// always spoken.
func (e *env) contentLang() locale.Lang {
	switch e.lang {
	case "":
		return locale.English
	case locale.System:
		return locale.Choose(savedLanguage(), os.Getenv).Lang
	}
	return locale.Choose(e.lang, os.Getenv).Lang
}

// loadAdvice is the built-in advice in lang; a broken translation is
// reported on stderr and the advice stays English.
func loadAdvice(stderr io.Writer, lang locale.Lang) ([]routine.Advice, error) {
	advice, err := routine.ParseAdvice("assets/advice.toml", assets.Advice)
	if err != nil {
		return nil, err
	}
	translated, err := routine.TranslateAdvice(advice, assets.TranslationFiles(), string(lang))
	if err != nil {
		fmt.Fprintln(stderr, "posture:", err)
	}
	return translated, nil
}

// namedRoutine finds a built-in or saved routine by its name in any case,
// or by its file name without .toml ("dynamic-warm-up" for "Dynamic
// Warm-up"), the form shell completion offers.
func namedRoutine(c *routine.Catalog, name string) *routine.Routine {
	if r := c.Routine(name); r != nil {
		return r
	}
	for _, r := range c.Routines {
		if routine.FileName(r.Name) == routine.FileName(name) {
			return r
		}
	}
	return nil
}
