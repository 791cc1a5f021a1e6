package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/postureapp/posture/internal/audio"
	"github.com/postureapp/posture/internal/audio/speaker"
	"github.com/postureapp/posture/internal/session"
	"github.com/postureapp/posture/internal/voice"
)

func init() {
	register(func(e *env) *cobra.Command {
		var out string
		var play, spoken bool
		cmd := &cobra.Command{
			Use:               "sounds [--voice --out DIR ROUTINE]",
			Example:           "  posture sounds --play\n  posture sounds --out cues\n  posture sounds --voice --out phrases upper-back-strength",
			Short:             "write the cue sounds as WAV files, or play them one by one; with --voice, every phrase the coach says in ROUTINE",
			ValidArgsFunction: completeRoutines(e, true),
			RunE:              func(_ *cobra.Command, args []string) error { return runSounds(e, args, out, play, spoken) },
		}
		cmd.Flags().StringVar(&out, "out", "", "write every cue into `DIR` (created if needed) as <cue>.wav, 16-bit mono; replaces files of those names")
		cmd.Flags().BoolVar(&play, "play", false, "play every cue in order, printing its name")
		cmd.Flags().BoolVar(&spoken, "voice", false, "with --out, write every phrase the coach says in ROUTINE (full coaching) instead, as NN-words.wav in the order spoken")
		_ = cmd.MarkFlagDirname("out")
		return cmd
	})
}

// pauseBetweenCues leaves room to tell one cue from the next by ear.
const pauseBetweenCues = 700 * time.Millisecond

func runSounds(e *env, pos []string, out string, play, spoken bool) error {
	if spoken {
		if out == "" || play || len(pos) != 1 {
			return usageErr("--voice needs --out DIR and one ROUTINE, and does not play")
		}
		return writePhrases(e, out, pos[0])
	}
	switch {
	case len(pos) > 0:
		return usageErr("unexpected argument %q", pos[0])
	case out == "" && !play:
		return usageErr("give --out DIR, --play, or both")
	}
	if out != "" {
		if err := writeSounds(e, out); err != nil {
			return err
		}
	}
	if play {
		return playSounds(e)
	}
	return nil
}

func writeSounds(e *env, dir string) error {
	paths, err := audio.Render().WriteWAVs(dir)
	for _, p := range paths {
		fmt.Fprintln(e.stdout, p)
	}
	return err
}

func playSounds(e *env) error {
	p, notice := speaker.Open()
	if notice != "" {
		fmt.Fprintf(e.stderr, "posture sounds: %s\n", notice)
		return exitError{1}
	}
	for _, c := range audio.Cues() {
		fmt.Fprintln(e.stdout, c)
		p.Play(c)
		time.Sleep(c.Length() + pauseBetweenCues)
	}
	return p.Close()
}

// writePhrases renders the script of the routine named by arg through the
// voice cache and writes each phrase into dir, numbered in speaking order.
func writePhrases(e *env, dir, arg string) error {
	speech, err := openSpeech()
	if err != nil {
		fmt.Fprintf(e.stderr, "posture sounds: %v\n", err)
		return exitError{1}
	}
	r, c, _, err := findRoutine(e, arg)
	if err != nil {
		return err
	}
	texts := voice.Texts(voice.Script(session.Build(r, c.Library), voice.Full))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for i, text := range texts {
		clip, err := speech.Clip(context.Background(), voice.Phrase{Text: text, Rate: voice.DefaultRate})
		if err != nil {
			return err
		}
		path := filepath.Join(dir, voice.FileName(i+1, text))
		if err := clip.WriteWAV(path); err != nil {
			return err
		}
		fmt.Fprintln(e.stdout, path)
	}
	return nil
}
