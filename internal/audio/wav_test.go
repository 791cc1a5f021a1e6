package audio

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/faiface/beep/wav"
)

func TestWriteWAVsWritesEveryCueReadableBack(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "new", "folder")
	b := Render()
	paths, err := b.WriteWAVs(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) != len(Cues()) {
		t.Fatalf("wrote %d files for %d cues", len(paths), len(Cues()))
	}
	for i, c := range Cues() {
		if filepath.Base(paths[i]) != string(c)+".wav" {
			t.Errorf("file %d is %s, want %s.wav", i, paths[i], c)
		}
		checkWAV(t, paths[i], len(rendered(t, b, c)))
	}
	leftovers, _ := filepath.Glob(filepath.Join(dir, ".*"))
	if len(leftovers) > 0 {
		t.Errorf("temporary files left behind: %v", leftovers)
	}
}

func checkWAV(t *testing.T, path string, samples int) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s, got, err := wav.Decode(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if got.SampleRate != SampleRate || got.Precision != 2 || got.NumChannels != 1 {
		t.Errorf("%s: format %+v, want 16-bit mono at %d Hz", path, got, SampleRate)
	}
	if s.Len() != samples {
		t.Errorf("%s holds %d samples, the cue has %d", path, s.Len(), samples)
	}
}
