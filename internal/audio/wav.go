package audio

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/faiface/beep"
	"github.com/faiface/beep/wav"

	"github.com/postureapp/posture/internal/store"
)

// WriteWAVs writes every cue into dir as a 16-bit mono WAV file named
// "<cue>.wav", creating dir if needed, and returns the paths in cue order.
// Each file is written whole under a temporary name and then renamed, so
// an interrupted run never leaves a truncated file behind.
func (b *Bank) WriteWAVs(dir string) ([]string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	var paths []string
	for _, c := range Cues() {
		path := filepath.Join(dir, string(c)+".wav")
		if err := b.writeWAV(path, c); err != nil {
			return paths, err
		}
		paths = append(paths, path)
	}
	return paths, nil
}

func (b *Bank) writeWAV(path string, c Cue) error {
	s, ok := b.Streamer(c)
	if !ok {
		return fmt.Errorf("%s: unknown cue %q", path, c)
	}
	return writeWAVFile(path, s)
}

// WriteWAV writes the clip to path as a 16-bit mono WAV file, whole under a
// temporary name and then renamed, as WriteWAVs does.
func (c *Clip) WriteWAV(path string) error { return writeWAVFile(path, c.Streamer()) }

// writeWAVFile goes through store's one atomic writer, whose temporary
// names the voice cache's sweep knows.
func writeWAVFile(path string, s beep.Streamer) error {
	return store.WriteStream(path, func(w io.WriteSeeker) error { return wav.Encode(w, s, format) })
}
