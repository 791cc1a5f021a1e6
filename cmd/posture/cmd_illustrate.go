package main

import (
	"fmt"
	"image"
	"image/png"
	"io"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/postureapp/posture/assets"
	"github.com/postureapp/posture/internal/figure"
	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/store"
)

// illustrateOptions are the flags of posture illustrate.
type illustrateOptions struct {
	out, gallery string
	size         int
	dark         bool
}

func init() {
	register(func(e *env) *cobra.Command {
		var o illustrateOptions
		cmd := &cobra.Command{
			Use:               "illustrate",
			Example:           "  posture illustrate --out pictures --size 600\n  posture illustrate --out pictures --gallery all.png",
			Short:             "draw every exercise's key positions as PNG pictures",
			ValidArgsFunction: cobra.NoFileCompletions,
			RunE:              func(_ *cobra.Command, args []string) error { return runIllustrate(e, args, o) },
		}
		cmd.Flags().StringVar(&o.out, "out", "", "write <id>-start.png, <id>-end.png (and -mid…) for every exercise into `DIR`, created if needed; replaces files of those names")
		cmd.Flags().IntVar(&o.size, "size", 300, "picture width and height in `pixels`, 64 to 2048")
		cmd.Flags().BoolVar(&o.dark, "dark", false, "draw on a dark background, as the dark theme shows the figures")
		cmd.Flags().StringVar(&o.gallery, "gallery", "", "also write one PNG `FILE` with every exercise's end position and name, in a grid")
		_ = cmd.MarkFlagDirname("out")
		_ = cmd.MarkFlagFilename("gallery", "png")
		return cmd
	})
}

func runIllustrate(e *env, args []string, o illustrateOptions) error {
	switch {
	case len(args) > 0:
		return usageErr("unexpected argument %q", args[0])
	case o.out == "" && o.gallery == "":
		return usageErr("give --out DIR, --gallery FILE, or both")
	case o.size < 64 || o.size > 2048:
		return usageErr("--size %d is outside 64 to 2048", o.size)
	}
	lib, err := figure.Load(assets.ExerciseFiles(), ".")
	if err != nil {
		return err
	}
	exercises := routine.Load(routine.Sources{BuiltinExercises: assets.ExerciseFiles()}).Library.All()
	pal := figure.DefaultPalette()
	if o.dark {
		pal = figure.DarkPalette()
	}
	if o.out != "" {
		if err := writeKeyPictures(e, lib, exercises, o.out, o.size, pal); err != nil {
			return err
		}
	}
	if o.gallery != "" {
		return writeGallery(e, lib, exercises, o.gallery, pal)
	}
	return nil
}

func writeKeyPictures(e *env, lib figure.Library, exercises []*routine.Exercise, dir string, size int, pal figure.Palette) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, ex := range exercises {
		m := lib.Motion(ex.ID)
		for i, key := range m.KeyNames() {
			file := filepath.Join(dir, ex.ID+"-"+key+".png")
			if err := writePNG(file, figure.NewImage(m.KeyPose(i, figure.NoSide), size, size, pal)); err != nil {
				return err
			}
			fmt.Fprintln(e.stdout, file)
		}
	}
	return nil
}

// galleryColumns and gallerySize make a sheet that fits a README's width.
const galleryColumns, gallerySize = 6, 200

func writeGallery(e *env, lib figure.Library, exercises []*routine.Exercise, file string, pal figure.Palette) error {
	cells := make([]figure.Cell, 0, len(exercises))
	for _, ex := range exercises {
		m := lib.Motion(ex.ID)
		cells = append(cells, figure.Cell{Label: ex.Name, Pose: m.KeyPose(len(m.KeyNames())-1, figure.NoSide)})
	}
	if err := writePNG(file, figure.Sheet(cells, galleryColumns, gallerySize, pal)); err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, file)
	return nil
}

// writePNG writes through store's atomic writer, so a failed write never
// leaves half a picture under the real name.
func writePNG(file string, img image.Image) error {
	return store.WriteStream(file, func(w io.WriteSeeker) error { return png.Encode(w, img) })
}
