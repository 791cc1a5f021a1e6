// Package assets holds what ships inside the binary: the exercise library
// (with the illustrations' pose files beside it), the general advice and
// the app icon.
package assets

import (
	"embed"
	"io/fs"
)

// Exercises holds exercises/*.toml: one exercise per file, and each
// exercise's pose keyframes as <id>.pose.toml.
//
//go:embed exercises/*.toml
var Exercises embed.FS

// Advice is advice.toml: the articles' general and safety advice.
//
//go:embed advice.toml
var Advice []byte

// ExerciseFiles is Exercises with the exercises folder as its root.
func ExerciseFiles() fs.FS {
	sub, err := fs.Sub(Exercises, "exercises")
	if err != nil {
		panic(err) // the folder is embedded above; this cannot happen
	}
	return sub
}

// Icon is the app icon, a 512×512 PNG.
//
//go:embed icon.png
var Icon []byte
