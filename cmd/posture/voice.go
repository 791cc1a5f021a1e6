package main

import (
	"fmt"
	"slices"

	"github.com/spf13/cobra"

	"github.com/postureapp/posture/internal/store"
	"github.com/postureapp/posture/internal/voice"
)

// openSpeech finds espeak-ng and the voice cache. The error is the one
// line to show a person: "no voice: install espeak-ng", or why there is
// no cache folder.
func openSpeech() (*voice.Speech, error) {
	dir, err := store.VoiceCacheDir()
	if err != nil {
		return nil, err
	}
	return voice.Open(dir)
}

// voiceFlag is --voice: alone it turns the voice on (names and sides),
// --voice=full adds the counts, --voice=off (or --no-voice) turns it off.
type voiceFlag struct{ mode voice.Mode }

func (f *voiceFlag) String() string {
	if f == nil || f.mode == "" {
		return string(voice.Names)
	}
	return string(f.mode)
}

func (f *voiceFlag) Set(v string) error {
	switch v {
	case "true", "on":
		f.mode = voice.Names
	case "false":
		f.mode = voice.Off
	default:
		if !slices.Contains(voice.Modes(), voice.Mode(v)) {
			return fmt.Errorf("%q: allowed are names, full and off", v)
		}
		f.mode = voice.Mode(v)
	}
	return nil
}

func (f *voiceFlag) IsBoolFlag() bool { return true }

// voiceWord takes the mode written after --voice with a space ("run NAME
// --voice full"): a flag whose value is optional takes only what follows
// "=", so the word arrives among the arguments. It is taken when --voice
// was given and exactly one of two arguments is a mode; otherwise two
// arguments are a usage mistake that shows the spelling that works.
func voiceWord(args []string, given bool, mode voice.Mode) ([]string, voice.Mode, error) {
	if len(args) != 2 || !given {
		return args, mode, nil
	}
	isMode := func(a string) bool { return slices.Contains(voice.Modes(), voice.Mode(a)) }
	if n := len(slices.DeleteFunc(slices.Clone(args), func(a string) bool { return !isMode(a) })); n != 1 {
		return nil, mode, usageErr("needs one ROUTINE; to choose the voice, write --voice=MODE (names, full or off)")
	}
	i := slices.IndexFunc(args, isMode)
	return slices.Delete(slices.Clone(args), i, i+1), voice.Mode(args[i]), nil
}

// noVoiceFlag is --no-voice, the same as --voice=off.
type noVoiceFlag struct{ v *voiceFlag }

func (f noVoiceFlag) String() string   { return "false" }
func (f noVoiceFlag) IsBoolFlag() bool { return true }
func (f noVoiceFlag) Set(v string) error {
	if v == "true" {
		f.v.mode = voice.Off
	}
	return nil
}

func (f *voiceFlag) Type() string  { return "mode" }
func (f noVoiceFlag) Type() string { return "bool" }

// addVoiceFlags gives cmd --voice[=names|full|off] and --no-voice, both
// taking no value when given alone, as before.
func addVoiceFlags(cmd *cobra.Command, spoken *voiceFlag) {
	cmd.Flags().Var(spoken, "voice", "in the terminal, a coach's voice: names and sides (the default), full (with counts) or off; needs espeak-ng")
	cmd.Flags().Lookup("voice").NoOptDefVal = string(voice.Names)
	cmd.Flags().Var(noVoiceFlag{spoken}, "no-voice", "in the terminal, beeps only: the same as --voice=off")
	cmd.Flags().Lookup("no-voice").NoOptDefVal = "true"
	_ = cmd.RegisterFlagCompletionFunc("voice", func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
		modes := voice.Modes()
		out := make([]cobra.Completion, len(modes))
		for i, m := range modes {
			out[i] = string(m)
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	})
}
