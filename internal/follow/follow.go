// Package follow carries a session's events to what the person hears and
// what is kept, the part of following a session that is the same in the
// window's player and in `posture run --terminal`: the beep for each
// phase change and countdown (session.CueFor), the voice coach's lines,
// and the record of each exercise done and of the end, handed to the
// history writer. What each shows on screen stays with it.
package follow

import (
	"github.com/postureapp/posture/internal/audio"
	"github.com/postureapp/posture/internal/history"
	"github.com/postureapp/posture/internal/session"
	"github.com/postureapp/posture/internal/voice"
)

// Sound plays a cue: an audio.Player, or the terminal's bell where there
// is no sound device.
type Sound interface{ Play(audio.Cue) }

// Outputs are where a session's events go besides the screen. Any of
// them may be nil: silent, no voice, not saved (a demo played at another
// speed).
type Outputs struct {
	Sound   Sound
	Coach   *voice.Coach
	History *history.Writer
}

// OnEvent hands ev to each output. It runs on the engine's goroutine and
// never waits: the sound, the voice and the writer each do their work on
// their own goroutines.
func (o Outputs) OnEvent(ev session.Event) {
	if c, ok := session.CueFor(ev); ok && o.Sound != nil {
		o.Sound.Play(c)
	}
	if o.Coach != nil {
		o.Coach.OnEvent(ev)
	}
	// Only ExerciseFinished and Finished carry a record; Finished has
	// none when the session stopped while getting ready, which is not
	// logged.
	if ev.Record != nil && o.History != nil {
		o.History.Record(*ev.Record)
	}
}
