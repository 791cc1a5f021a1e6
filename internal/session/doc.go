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
// The Clock is an interface: Real is the monotonic wall clock, Fake jumps
// straight to each deadline so a 30-minute routine plays in microseconds,
// and Scaled speeds either up for demos.
package session
