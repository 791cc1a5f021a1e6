// Package audio holds Posture's cue sounds: the name of each cue, the design
// table it is built from, its synthesis into buffers with beep's generators
// and effects, WAV export, and the Player interface with a silent player.
//
// Everything here is pure Go. The player that reaches a sound device lives in
// the speaker subpackage, so the tones can be tested where no device exists.
package audio

// Cue names one sound of the set. The value doubles as its file name stem.
type Cue string

// The cue set, one per moment a person following with closed eyes must hear.
const (
	GetReady    Cue = "get-ready"    // the get-ready countdown begins
	Lift        Cue = "lift"         // start of work: lift, or a timed exercise begins
	Hold        Cue = "hold"         // hold the top position
	Lower       Cue = "lower"        // return slowly
	Rest        Cue = "rest"         // rest between sets or steps
	SwitchSides Cue = "switch-sides" // same exercise, other side
	Pip         Cue = "pip"          // 3 and 2 seconds left of a hold or rest
	FinalPip    Cue = "final-pip"    // 1 second left
	SetDone     Cue = "set-done"     // a set is finished
	RoutineDone Cue = "routine-done" // the whole routine is finished
	Stop        Cue = "stop"         // the session was stopped early
)

// Cues lists every cue in the order a session meets them.
func Cues() []Cue {
	cues := make([]Cue, len(table))
	for i, d := range table {
		cues[i] = d.Cue
	}
	return cues
}
