// Package voice is Posture's coach: the short phrases a routine needs
// (the exercise and its dose at get-ready, sides, counts, rests and what
// comes next), spoken by espeak-ng and played among the cue beeps.
//
// Script derives the phrases purely from a session timeline, marking the
// essential ones (the exercise and its dose, sides, the last set, rounds,
// the end), each due in a gap (get-ready, rest, switch) before the work
// it describes. Fit lengthens those gaps, before a session starts, until
// their essential lines fit in their short forms, by Estimate's lengths.
// Place fits a segment's phrases between its cues: after the opening cue
// and before the last-three-seconds pips or the next phase's cue; when
// they do not all fit, other lines give way first, then essential lines
// take their short forms, so a cue is never covered or delayed. Espeak
// renders a phrase by running the espeak-ng command (never anything over
// the network), and Cache keeps each rendering on disk, keyed by text,
// voice and rate, so the same phrase is rendered once. A Coach follows a
// session's events and plays each rendered phrase at its moment through
// the cue player; a phrase not rendered yet is left out.
//
// Nothing here imports Fyne, and nothing slow runs on the caller's
// goroutine: rendering and disk work happen on the Coach's own.
package voice
