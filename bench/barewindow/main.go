// Command barewindow is the yardstick bench/player measures Posture's
// player against: a bare Fyne window of the same size whose only change
// is a label that counts once a second. With -hz it redraws faster, and
// with -raster it also repaints a raster of the given share of the
// window each time, to price a frame of the same area as the player's.
// With -entry it holds only a focused text field, whose cursor blinks:
// the yardstick for a focused search box (bench/scale).
package main

import (
	"flag"
	"fmt"
	"image"
	"image/color"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

func main() {
	width := flag.Int("width", 960, "window width")
	height := flag.Int("height", 720, "window height")
	hz := flag.Float64("hz", 1, "label changes a second")
	raster := flag.Float64("raster", 0, "share of the window width taken by a raster redrawn with the label (0 for none)")
	entry := flag.Bool("entry", false, "show only a focused text field")
	flag.Parse()
	if *entry {
		focusedEntry(*width, *height)
		return
	}

	a := app.NewWithID("io.github.postureapp.barewindow")
	w := a.NewWindow("Bare window")
	label := widget.NewLabel("0")
	var content fyne.CanvasObject = container.NewCenter(label)
	var img *canvas.Raster
	n := 0
	if *raster > 0 {
		img = canvas.NewRaster(func(w, h int) image.Image {
			m := image.NewRGBA(image.Rect(0, 0, w, h))
			c := color.RGBA{uint8(n * 7), 0x80, 0x80, 0xff}
			for i := 0; i < len(m.Pix); i += 4 {
				m.Pix[i], m.Pix[i+1], m.Pix[i+2], m.Pix[i+3] = c.R, c.G, c.B, c.A
			}
			return m
		})
		content = container.New(share{*raster}, img, content)
	}
	w.SetContent(content)
	w.Resize(fyne.NewSize(float32(*width), float32(*height)))
	go func() {
		t := time.NewTicker(time.Duration(float64(time.Second) / *hz))
		for range t.C {
			fyne.Do(func() {
				n++
				label.SetText(fmt.Sprint(n))
				if img != nil {
					img.Refresh()
				}
			})
		}
	}()
	w.ShowAndRun()
}

// focusedEntry runs a window holding a text field with the focus.
func focusedEntry(width, height int) {
	a := app.NewWithID("io.github.postureapp.barewindow")
	w := a.NewWindow("Bare window")
	e := widget.NewEntry()
	e.SetPlaceHolder("Search")
	w.SetContent(container.NewVBox(e))
	w.Resize(fyne.NewSize(float32(width), float32(height)))
	a.Lifecycle().SetOnStarted(func() { w.Canvas().Focus(e) })
	w.ShowAndRun()
}

// share puts its first object over the left part of the window.
type share struct{ part float64 }

func (s share) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	objs[0].Resize(fyne.NewSize(size.Width*float32(s.part), size.Height))
	objs[1].Move(fyne.NewPos(size.Width*float32(s.part), 0))
	objs[1].Resize(fyne.NewSize(size.Width*float32(1-s.part), size.Height))
}

func (share) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(100, 100) }
