package main

import (
	"image"
	"image/png"
	"os"
	"path/filepath"
	"testing"
)

// Writing a picture never touches a file of the person's that happens to
// be named as a temporary one would be.
func TestWritePNGLeavesNeighboursAlone(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "pose.png")
	mine := file + ".tmp"
	if err := os.WriteFile(mine, []byte("my notes"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := writePNG(file, image.NewGray(image.Rect(0, 0, 4, 3))); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(mine); string(b) != "my notes" {
		t.Errorf("%s now holds %q: writing the picture overwrote it", mine, b)
	}
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil || img.Bounds().Dx() != 4 || img.Bounds().Dy() != 3 {
		t.Errorf("picture read back as %v (%v), want 4x3", img, err)
	}
}
