// Package routines holds the built-in routines, one TOML file each,
// embedded in the binary.
package routines

import "embed"

// FS holds the built-in routine files at its root.
//
//go:embed *.toml
var FS embed.FS
