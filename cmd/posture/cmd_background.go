package main

import (
	"os"

	"github.com/postureapp/posture/assets"
	"github.com/postureapp/posture/internal/background"
	"github.com/postureapp/posture/internal/desktop"
	"github.com/postureapp/posture/internal/history"
	"github.com/postureapp/posture/internal/locale"
	"github.com/postureapp/posture/internal/store"
	"github.com/postureapp/posture/internal/ui"
	"github.com/postureapp/posture/internal/wire"
)

// reminders is the client for the reminder side of the data folder.
func reminders(e *env, paths store.Paths) *background.Client {
	flag := ""
	if e.dataDir != "" {
		flag = paths.Root
	}
	return background.NewClient(paths, flag)
}

// runBackground is `posture --background`: the light reminder process.
// A second copy, or one with nothing to remind of, ends at once.
func runBackground(e *env) error {
	paths, err := openPaths(e)
	if err != nil {
		return err
	}
	c := reminders(e, paths)
	loc := locale.Choose(savedLanguage(), os.Getenv) // the window's language
	lang := e.contentLang()
	if e.lang == "" {
		lang = loc.Lang
	}
	err = background.Run(background.Config{
		DataDir:   paths.Root,
		PlanPath:  c.PlanPath(),
		StatePath: c.StatePath(),
		Sources:   sources(paths, lang),
		Words:     locale.UIMessages(loc.Lang),
		Locale:    loc,
		History:   history.Open(paths),
		Icon:      assets.Icon,
		Log:       e.stderr,
		Open:      c.Spawn,
		Tray:      true,
		QuitWindow: func() {
			_, _ = desktop.Send(ui.WindowRole, paths.Root, wire.Ask(wire.Quit))
		},
	})
	if background.IsRunning(err) {
		return nil // the running copy reminds
	}
	return err
}
