//go:build !cgo

package speaker

import (
	"errors"

	"github.com/postureapp/posture/internal/audio"
)

// Open without cgo cannot reach ALSA, so cues stay silent.
func Open() (audio.Player, string) {
	return audio.Silent{}, audio.NoDeviceNotice(errors.New("built without cgo"))
}
