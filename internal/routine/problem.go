package routine

import "github.com/postureapp/posture/internal/tomlfile"

// Problem is one thing wrong with a file: FILE:LINE: FIELD: what (allowed).
type Problem = tomlfile.Problem

// Problems is every problem found in one file; it is the error that
// loading and validation return, so all of them are reported at once.
type Problems = tomlfile.Problems
