// Package speaker sounds the cue set on the computer's sound device through
// beep's speaker (oto over ALSA, so it needs cgo). Open falls back to a
// silent player with one notice when there is no device, and so does a
// build without cgo.
package speaker
