package main

import (
	"fmt"
	"os"
	"path/filepath"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/postureapp/posture/internal/background"
	"github.com/postureapp/posture/internal/desktop"
	"github.com/postureapp/posture/internal/store"
	"github.com/postureapp/posture/internal/ui"
)

func init() {
	register(func(e *env) *cobra.Command {
		return &cobra.Command{
			Use:               "paths",
			Short:             "show every file and folder Posture reads or writes",
			Example:           "  posture paths\n  posture --data /media/usb/posture paths",
			ValidArgsFunction: cobra.NoFileCompletions,
			RunE:              func(_ *cobra.Command, args []string) error { return runPaths(e, args) },
		}
	})
}

// pathLine is one line of posture paths: what, where, and a note.
type pathLine struct{ what, where, note string }

func runPaths(e *env, args []string) error {
	if len(args) > 0 {
		return usageErr("takes no arguments")
	}
	p, err := openPaths(e)
	if err != nil {
		return err
	}
	w := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
	for _, l := range allPaths(p) {
		if l.note != "" {
			l.note = "(" + l.note + ")"
		}
		fmt.Fprintf(w, "%s\t%s\t%s\n", l.what, l.where, l.note)
	}
	return w.Flush()
}

// allPaths lists every file and folder Posture reads or writes: the data
// folder's, the settings and state files, then those the desktop's
// conventions place.
func allPaths(p store.Paths) []pathLine {
	lines := []pathLine{
		{"data", p.Root, "everything below; --data or POSTURE_DATA moves it, with the settings and state"},
		{"routines", p.Routines, "your routines, one TOML file each"},
		{"exercises", p.Exercises, "your exercises, one TOML file each"},
		{"history", p.History, "one TOML file a month, YYYY-MM.toml, each with a .lock beside it"},
		{"config", p.Config, "the settings files below"},
		{"reminders", p.Reminders, "scheduled sessions, desk breaks, the hours reminders may come"},
		{"target", p.Target, "the weekly target"},
		{"state", p.State, "what Posture remembers between runs"},
		{"reminder state", p.ReminderState, "what was reminded and snoozed"},
		{"locks", desktop.LockPath(ui.WindowRole, p.Root), "and " + filepath.Base(desktop.LockPath(background.Role, p.Root)) + ": one window, one background reminder"},
	}
	if p.Config != p.Root {
		lines = append(lines, pathLine{"old copies", p.Root, "reminders.toml.migrated and the like: the files an older Posture kept here, once moved"})
	}
	if dir, err := desktop.SocketDir(); err == nil {
		lines = append(lines, pathLine{"sockets", dir, "how a second start reaches the running copy"})
	}
	if dir, err := store.VoiceCacheDir(); err == nil {
		lines = append(lines, pathLine{"voice", dir, "spoken phrases; safe to delete"})
		lines = append(lines, pathLine{"icon", filepath.Join(filepath.Dir(dir), "icon.png"), "the notifications' icon; safe to delete"})
	}
	if dir, err := os.UserConfigDir(); err == nil {
		lines = append(lines, pathLine{"preferences", filepath.Join(dir, "fyne", ui.AppID, "preferences.json"),
			"Fyne's: volume, theme, get-ready length, voice; .broken beside it when unreadable"})
	}
	if dir, err := os.UserCacheDir(); err == nil {
		lines = append(lines, pathLine{"window cache", filepath.Join(dir, "fyne", ui.AppID), "Fyne's; safe to delete"})
	}
	if path, err := desktop.AutostartPath(); err == nil {
		lines = append(lines, pathLine{"autostart", path, "only while 'posture autostart on'"})
	}
	return append(lines, pathLine{"unsaved", filepath.Join(os.TempDir(), "posture-unsaved-*.toml"),
		"only when 'posture run' could not save a session; 'posture history import' brings it back"})
}
