// Package figure draws the exercise pictogram: a 2D human figure built from
// fixed-length segments and joint angles, seen from the side, the front or
// above, with props, tinted working muscles and a movement arrow.
//
// Each exercise's keyframes live beside its exercise file as
// <id>.pose.toml (see posefile.go for the format). Load reads them into a
// Library; Library.Motion gives an exercise's Motion (a neutral standing
// figure when it has no pose file); Motion.At gives the Pose for a moment of
// a session (phase, progress, side); Render draws a Pose into an image with
// the caller's Palette. Nothing here imports Fyne: the widget in internal/ui
// drives it.
package figure
