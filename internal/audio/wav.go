package audio

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/faiface/beep"
	"github.com/faiface/beep/wav"
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
			return paths, fmt.Errorf("%s: %w", path, err)
		}
		paths = append(paths, path)
	}
	return paths, nil
}

func (b *Bank) writeWAV(path string, c Cue) error {
	s, ok := b.Streamer(c)
	if !ok {
		return fmt.Errorf("unknown cue %q", c)
	}
	return writeWAVFile(path, s)
}

// WriteWAV writes the clip to path as a 16-bit mono WAV file, whole under a
// temporary name and then renamed, as WriteWAVs does.
func (c *Clip) WriteWAV(path string) error { return writeWAVFile(path, c.Streamer()) }

func writeWAVFile(path string, s beep.Streamer) error {
	// Named as store.WriteFile names its temporary files, so that the voice
	// cache's sweep removes one a killed process left.
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())              // no-op once renamed
	if err := tmp.Chmod(0o644); err != nil { // CreateTemp makes it private
		tmp.Close()
		return err
	}
	if err := wav.Encode(tmp, s, format); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
