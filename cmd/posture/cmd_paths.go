package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/postureapp/posture/internal/store"
)

func init() {
	register(func(e *env) *cobra.Command {
		return &cobra.Command{
			Use:               "paths",
			Example:           "  posture paths\n  posture --data /media/usb/posture paths",
			Short:             "show where each kind of file lives",
			ValidArgsFunction: cobra.NoFileCompletions,
			RunE:              func(_ *cobra.Command, args []string) error { return runPaths(e, args) },
		}
	})
}

func runPaths(e *env, args []string) error {
	if len(args) > 0 {
		return usageErr("takes no arguments")
	}
	p, err := store.Open(e.dataDir)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "data       %s\n", p.Root)
	fmt.Fprintf(e.stdout, "routines   %s\n", p.Routines)
	fmt.Fprintf(e.stdout, "exercises  %s\n", p.Exercises)
	fmt.Fprintf(e.stdout, "history    %s\n", p.History)
	if voiceDir, err := store.VoiceCacheDir(); err == nil {
		fmt.Fprintf(e.stdout, "voice      %s (spoken phrases; safe to delete)\n", voiceDir)
	}
	fmt.Fprintln(e.stdout, "settings   Fyne preferences (volume, theme, get-ready length, voice)")
	return nil
}
