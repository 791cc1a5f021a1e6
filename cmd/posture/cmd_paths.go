package main

import (
	"fmt"
	"os"
	"path/filepath"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/postureapp/posture/internal/background"
	"github.com/postureapp/posture/internal/desktop"
	"github.com/postureapp/posture/internal/history"
	"github.com/postureapp/posture/internal/remind"
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
	p, err := store.Open(e.dataDir)
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

// allPaths lists every file and folder Posture reads or writes, the data
// folder's first, then those the desktop's conventions place.
func allPaths(p store.Paths) []pathLine {
	lines := []pathLine{
		{"data", p.Root, "everything below; --data or POSTURE_DATA moves it"},
		{"routines", p.Routines, "your routines, one TOML file each"},
		{"exercises", p.Exercises, "your exercises, one TOML file each"},
		{"history", p.History, "one TOML file a month, YYYY-MM.toml, each with a .lock beside it"},
		{"target", history.NewStore(p.History).TargetPath(), "the weekly target"},
		{"reminders", filepath.Join(p.Root, remind.FileName), "scheduled sessions, desk breaks, quiet hours"},
		{"reminder state", filepath.Join(p.Root, remind.StateFileName), "what was reminded and snoozed"},
		{"locks", desktop.LockPath(ui.WindowRole, p.Root), "and " + filepath.Base(desktop.LockPath(background.Role, p.Root)) + ": one window, one background reminder"},
	}
	if dir, err := desktop.SocketDir(); err == nil {
		lines = append(lines, pathLine{"sockets", dir, "how a second start reaches the running copy"})
	}
	if dir, err := store.VoiceCacheDir(); err == nil {
		lines = append(lines, pathLine{"voice", dir, "spoken phrases; safe to delete"})
	}
	if dir, err := os.UserConfigDir(); err == nil {
		lines = append(lines, pathLine{"settings", filepath.Join(dir, "fyne", ui.AppID, "preferences.json"),
			"volume, theme, get-ready length, voice"})
	}
	if dir, err := os.UserCacheDir(); err == nil {
		lines = append(lines, pathLine{"window cache", filepath.Join(dir, "fyne", ui.AppID), "Fyne's; safe to delete"})
	}
	if path, err := desktop.AutostartPath(); err == nil {
		lines = append(lines, pathLine{"autostart", path, "only while 'posture autostart on'"})
	}
	return lines
}
