package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/postureapp/posture/assets"
	"github.com/postureapp/posture/internal/background"
	"github.com/postureapp/posture/internal/locale"
	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/store"
	"github.com/postureapp/posture/routines"
)

// openCatalog loads the built-in and the person's exercises and routines.
// Broken user files are in the catalog's Problems; they never stop it.
func openCatalog(e *env) (*routine.Catalog, store.Paths, error) {
	paths, err := openPaths(e)
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

// openPaths resolves where every file lives, moving the settings and
// state files of an older Posture to their folders, and says what moved.
// A background reminder of an older Posture still running on those files
// is stopped first and started again, as this version, after the move.
func openPaths(e *env) (store.Paths, error) {
	restart := false
	paths, err := store.OpenMoving(e.dataDir, func(p store.Paths) { restart = stopBackground(reminders(e, p)) })
	for _, m := range paths.Moves {
		switch {
		case m.Err != nil:
			fmt.Fprintf(e.stderr, "posture: %v; %s is used where it is for now\n", m.Err, m.From)
		case m.KeptAs != "":
			fmt.Fprintf(e.stderr, "posture: moved %s to %s (the old file is kept as %s)\n", m.From, m.To, filepath.Base(m.KeptAs))
		}
	}
	if restart && err == nil {
		if serr := reminders(e, paths).StartBackground(); serr != nil {
			fmt.Fprintf(e.stderr, "posture: the background reminder stopped for the move and did not start again: %v\n", serr)
		}
	}
	return paths, err
}

// stopBackground asks the running background reminder, if any, to quit,
// and waits up to five seconds for it to go; true when one was running.
func stopBackground(c *background.Client) bool {
	if !c.Running() {
		return false
	}
	c.Stop()
	for range 100 {
		if !c.Running() {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	return true
}
