// Package figure draws the exercise pictogram: a human figure built from
// fixed-length bones and joint angles, seen from the side, the front, the
// back or above, with props, tinted working muscles, a glow between the
// shoulder blades during a hold, and an arrow for the direction of movement.
//
// Each exercise's keyframes live beside its exercise file as
// <id>.pose.toml (the format is described in posefile.go). A widget uses it
// like this:
//
//	lib, err := figure.Load(assets.ExerciseFiles(), ".") // err names file, line, field
//	m := lib.Motion(id)           // a neutral standing figure if id has no poses
//	mo := figure.Moment{Phase: figure.Lift, Progress: 0.4, Side: figure.Left}
//	p := m.At(mo)                 // timed exercises: Phase m.TimedPhase(), Elapsed
//	if m.Moves(mo.Phase) { /* redraw at about 30 frames a second */ }
//	if !p.Equal(last) { figure.Render(p, img, palette) } // palette from the theme
//
// Rendering is pure Go and deterministic; a 300×300 frame takes about a
// millisecond (BenchmarkRender). Nothing here imports Fyne.
package figure
