package main

import (
	"fmt"
	"time"

	"github.com/postureapp/posture/internal/audio"
	"github.com/postureapp/posture/internal/audio/speaker"
)

func init() {
	register(command{
		name:    "sounds",
		summary: "write the cue sounds as WAV files, or play them one by one",
		usage:   "--out DIR | --play",
		run:     runSounds,
	})
}

// pauseBetweenCues leaves room to tell one cue from the next by ear.
const pauseBetweenCues = 700 * time.Millisecond

func runSounds(e *env, args []string) error {
	fs := newFlags(e, commands["sounds"])
	out := fs.String("out", "", "write every cue into `DIR` (created if needed) as <cue>.wav, 16-bit mono; replaces files of those names")
	play := fs.Bool("play", false, "play every cue in order, printing its name")
	if err := fs.Parse(args); err != nil {
		return err
	}
	switch {
	case fs.NArg() > 0:
		return usageErr("unexpected argument %q", fs.Arg(0))
	case *out == "" && !*play:
		return usageErr("give --out DIR, --play, or both")
	}
	if *out != "" {
		if err := writeSounds(e, *out); err != nil {
			return err
		}
	}
	if *play {
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
