package main

import (
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
