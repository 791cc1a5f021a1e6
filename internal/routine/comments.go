package routine

import "github.com/postureapp/posture/internal/tomlfile"

// FileHasComments reports whether the routine file holds comments that
// saving it from the editor would drop; a file that cannot be read has
// none to lose.
func FileHasComments(file string) bool {
	data, err := ReadFile(file)
	return err == nil && tomlfile.HasComments(data)
}
