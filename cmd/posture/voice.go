package main

import (
	"fmt"
	"slices"

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
