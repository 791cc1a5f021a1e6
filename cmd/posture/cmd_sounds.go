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
	"github.com/postureapp/posture/internal/locale"
	"github.com/postureapp/posture/internal/voice"
)

func init() {
	register(func(e *env) *cobra.Command {
		var out, mix string
		var play, spoken bool
		cmd := &cobra.Command{
			Use:               "sounds [--voice [--out DIR] [--mix FILE] ROUTINE]",
			Example:           "  posture sounds --play\n  posture sounds --out cues\n  posture sounds --voice --out phrases upper-back-strength\n  posture sounds --voice --mix session.wav forward-head",
			Short:             "write the cue sounds as WAV files, or play them one by one; with --voice, what the coach says in ROUTINE and when",
			ValidArgsFunction: completeRoutines(e, true),
			RunE:              func(_ *cobra.Command, args []string) error { return runSounds(e, args, out, mix, play, spoken) },
		}
		cmd.Flags().StringVar(&out, "out", "", "write every cue into `DIR` (created if needed) as <cue>.wav, 16-bit mono; replaces files of those names")
		cmd.Flags().BoolVar(&play, "play", false, "play every cue in order, printing its name")
		cmd.Flags().BoolVar(&spoken, "voice", false, "list every phrase the coach says in ROUTINE (full coaching) at its planned time, and what gives way; with --out, write each as NN-words.wav in the order spoken instead")
		cmd.Flags().StringVar(&mix, "mix", "", "with --voice, also write the whole session as one WAV `FILE`, phrases and beeps at their planned times")
		_ = cmd.MarkFlagDirname("out")
		return cmd
	})
}

// pauseBetweenCues leaves room to tell one cue from the next by ear.
const pauseBetweenCues = 700 * time.Millisecond

func runSounds(e *env, pos []string, out, mix string, play, spoken bool) error {
	if spoken {
		if e.lang == "" {
			e.lang = locale.System // the coach speaks the person's language
		}
		if play || len(pos) != 1 {
			return usageErr("--voice needs one ROUTINE, and does not play")
		}
		if out != "" {
			return writePhrases(e, out, pos[0])
		}
		return listPhrases(e, pos[0], mix)
	}
	switch {
	case mix != "":
		return usageErr("--mix needs --voice and a ROUTINE")
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
// A phrase that fails is reported and the rest are still written; a cache
// that cannot be written is said once.
func writePhrases(e *env, dir, arg string) error {
	speech, plain, err := voiceSession(e, arg)
	if err != nil {
		return err
	}
	lang := speech.LangFor(e.contentLang())
	tl := voice.FitIn(plain, voice.Full, voice.DefaultRate, lang)
	texts := voice.Texts(voice.ScriptIn(tl, voice.Full, lang))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	failed := 0
	for i, text := range texts {
		if err := writePhrase(speech, filepath.Join(dir, voice.FileName(i+1, text)), voice.Phrase{Text: text, Rate: voice.DefaultRate, Lang: lang}); err != nil {
			fmt.Fprintf(e.stderr, "posture sounds: %v\n", err)
			failed++
			continue
		}
		fmt.Fprintln(e.stdout, filepath.Join(dir, voice.FileName(i+1, text)))
	}
	if err := speech.Unkept(); err != nil {
		fmt.Fprintf(e.stderr, "posture sounds: phrases not kept for next time: %v\n", err)
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d phrases not written", failed, len(texts))
	}
	return nil
}

func writePhrase(speech *voice.Speech, path string, p voice.Phrase) error {
	clip, err := speech.Clip(context.Background(), p)
	if err != nil {
		return err
	}
	return clip.WriteWAV(path)
}
