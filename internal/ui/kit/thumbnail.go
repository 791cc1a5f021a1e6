package kit

import (
	"image"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"

	"github.com/postureapp/posture/internal/figure"
)

// thumbPixels is the side, in pixels, a thumbnail is drawn at: twice the
// largest size shown, so it stays sharp on a high-density screen.
const thumbPixels = 112

// thumbnails keeps each exercise's small still picture, drawn once per
// theme: home and the preview make rows as they scroll into view, and
// drawing a figure for every row made would cost more than the row.
type thumbnails struct {
	mu     sync.Mutex
	images map[thumbKey]image.Image
}

type thumbKey struct {
	exercise string
	palette  figure.Palette
}

// maxThumbnails bounds the cache: a library is a few dozen exercises, a
// person's own at most a few hundred; past that, start again.
const maxThumbnails = 1024

var thumbCache thumbnails

// image is exercise's picture at the top of its movement, in the
// theme's colours now.
func (t *thumbnails) image(lib figure.Library, exercise string) image.Image {
	pal := ThemePalette()
	// A tile of the input colour: the picture reads as one thing, and a
	// row's hover shade does not show its square edge.
	pal.Background = theme.Color(theme.ColorNameInputBackground)
	key := thumbKey{exercise, pal}
	t.mu.Lock()
	defer t.mu.Unlock()
	if img, ok := t.images[key]; ok {
		return img
	}
	if t.images == nil || len(t.images) >= maxThumbnails {
		t.images = map[thumbKey]image.Image{}
	}
	img := figure.NewImage(lib.Motion(exercise).At(figure.Moment{Phase: figure.Hold}), thumbPixels, thumbPixels, key.palette)
	t.images[key] = img
	return img
}

// NewThumbnail is exercise's picture at size×size.
func NewThumbnail(lib figure.Library, exercise string, size float32) *canvas.Image {
	img := canvas.NewImageFromImage(thumbCache.image(lib, exercise))
	img.FillMode = canvas.ImageFillContain
	img.ScaleMode = canvas.ImageScaleSmooth
	img.SetMinSize(fyne.NewSquareSize(size))
	return img
}
