package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"
	"github.com/spf13/cobra/doc"
)

// manExtra goes into posture(1) after the description: what --help leaves
// to the README. The man page is written in markdown that go-md2man reads.
const manExtra = `

# FILES

Your routines, exercises and history live in *$XDG_DATA_HOME/posture/*
(normally *~/.local/share/posture/*), in *routines/*, *exercises/* and
*history/YYYY-MM.toml* (a month past 1.5 MiB goes on in *YYYY-MM.2.toml*,
*YYYY-MM.3.toml* ...), all plain TOML. The reminders (*reminders.toml*)
and the weekly target (*target.toml*) are settings, in
*$XDG_CONFIG_HOME/posture/* (normally *~/.config/posture/*); what the
reminders remember (*reminders-state.toml*) is state, in
*$XDG_STATE_HOME/posture/* (normally *~/.local/state/posture/*). Files an
older Posture kept in the data folder are moved there once, the old file
kept as *NAME.migrated*. With **--data** or **POSTURE_DATA**, all of them
stay together in that one folder. **posture paths** lists every file and
folder Posture reads or writes. Other settings live in the Fyne
preferences of *io.github.postureapp.posture*.

# ENVIRONMENT

**POSTURE_DATA** chooses the one folder for everything, as **--data** does.
**XDG_DATA_HOME**, **XDG_CONFIG_HOME**, **XDG_STATE_HOME**,
**XDG_CACHE_HOME** and **XDG_RUNTIME_DIR** place the folders as the XDG
base directory specification says.

# EXIT STATUS

0 when the command did what was asked, 1 when it failed or a session was
stopped, 2 for a mistake in the command line (an unknown command, option,
routine or exercise, or a missing argument), 3 when a session was stopped
for pain. With **--json**, the exit status is the same.

# JSON

**list**, **plan**, **exercises**, **remind** and **history** take
**--json** and write one JSON document, whose first field is its schema
version; */usr/share/doc/posture/cli-json.md* or docs/cli-json.md in the
source describes every field.`

func init() {
	register(func(e *env) *cobra.Command {
		var out string
		cmd := &cobra.Command{
			Use:    "man",
			Short:  "write the manual pages, one per command, into a folder",
			Hidden: true, // a build step (make man), not for people
			Args:   noArgs,
			RunE: func(cmd *cobra.Command, _ []string) error {
				return writeManPages(e, cmd.Root(), out)
			},
		}
		cmd.Flags().StringVar(&out, "out", "", "write posture.1 and posture-COMMAND.1 into `DIR`, created if needed")
		_ = cmd.MarkFlagRequired("out")
		return cmd
	})
}

// writeManPages writes the pages from the same command tree as --help;
// SOURCE_DATE_EPOCH, when set, dates them, so builds are reproducible.
func writeManPages(e *env, root *cobra.Command, dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	root.Long += manExtra
	root.DisableAutoGenTag = true
	root.InitDefaultVersionFlag()
	// No Title: cobra then heads each page with its own command path
	// (POSTURE-LIST(1)), as man and whatis expect.
	header := &doc.GenManHeader{Section: "1", Source: "Posture " + version, Manual: "Posture Manual"}
	if err := doc.GenManTree(root, header, dir); err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, dir)
	return nil
}
