package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// fieldGrid lays fields out in columns of equal width, each row as tall
// as its own tallest field, so a problem line under one field moves only
// the rows below it: Fyne's grid makes every row as tall as the tallest
// cell, which left a gap under each other row.
type fieldGrid struct{ cols int }

// NewFieldGrid lays fields out cols to a row, each row as tall as its
// tallest field.
func NewFieldGrid(cols int, fields ...fyne.CanvasObject) *fyne.Container {
	return container.New(fieldGrid{cols: cols}, fields...)
}

func (g fieldGrid) rows(objs []fyne.CanvasObject) [][]fyne.CanvasObject {
	var rows [][]fyne.CanvasObject
	for i := 0; i < len(objs); i += g.cols {
		rows = append(rows, objs[i:min(i+g.cols, len(objs))])
	}
	return rows
}

func rowHeight(row []fyne.CanvasObject) float32 {
	h := float32(0)
	for _, o := range row {
		h = max(h, o.MinSize().Height)
	}
	return h
}

func (g fieldGrid) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	pad := theme.Padding()
	w := (size.Width - pad*float32(g.cols-1)) / float32(g.cols)
	y := float32(0)
	for _, row := range g.rows(objs) {
		h := rowHeight(row)
		for i, o := range row {
			place(o, float32(i)*(w+pad), y, w, h)
		}
		y += h + pad
	}
}

func (g fieldGrid) MinSize(objs []fyne.CanvasObject) fyne.Size {
	pad := theme.Padding()
	w, h := float32(0), float32(0)
	for i, row := range g.rows(objs) {
		if i > 0 {
			h += pad
		}
		h += rowHeight(row)
		for _, o := range row {
			w = max(w, o.MinSize().Width)
		}
	}
	return fyne.NewSize(w*float32(g.cols)+pad*float32(g.cols-1), h)
}
