// Package session turns a routine into a timeline of segments and plays it
// against a clock.
//
// Build expands a routine into segments: get ready, every phase of every
// rep (lift, hold, lower), timed moves, self-paced sets, rests, side
// switches and done, each with its planned offset and length and the text
// the screen and the sound need.
//
// A Player plays a Timeline on its own goroutine. Every boundary is
// computed as anchor + planned offset, where the anchor moves only when the
// person pauses, skips or finishes a self-paced set, so timer lateness never
// adds up. The Player reports what happens through Options.OnEvent, called
// on the engine's goroutine, and State gives a snapshot from any goroutine.
// At the end it produces the history.Session record of what was done.
//
// The player plays against a clock.Timer: clock.Real in the app,
// clock.Fake in tests, clock.Scaled for demos.
package session
