package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/postureapp/posture/internal/ui/kit"
)

// walk visits every object below o, through widgets' renderers.
func walk(t *testing.T, o fyne.CanvasObject, visit func(fyne.CanvasObject)) {
	if o == nil {
		return
	}
	visit(o)
	switch x := o.(type) {
	case *fyne.Container:
		for _, c := range x.Objects {
			walk(t, c, visit)
		}
	case fyne.Widget:
		for _, c := range test.TempWidgetRenderer(t, x).Objects() {
			walk(t, c, visit)
		}
	}
}

// allText joins every piece of text below o.
func allText(t *testing.T, o fyne.CanvasObject) string {
	var b strings.Builder
	walk(t, o, func(c fyne.CanvasObject) {
		switch x := c.(type) {
		case *canvas.Text:
			b.WriteString(x.Text + "\n")
		case *widget.Label:
			b.WriteString(x.Text + "\n")
		case *widget.Card:
			b.WriteString(x.Title + "\n" + x.Subtitle + "\n")
		case *kit.RowSurface: // its row's texts in full, not as cut to fit
			b.WriteString(x.Row.Title + "\n" + x.Row.Facts + "\n")
		case *widget.RichText:
			b.WriteString(x.String() + "\n")
		}
	})
	return b.String()
}

func findButton(t *testing.T, o fyne.CanvasObject, text string) *widget.Button {
	t.Helper()
	var found *widget.Button
	walk(t, o, func(c fyne.CanvasObject) {
		b, ok := c.(*widget.Button)
		if mine, isMine := c.(*kit.Button); isMine {
			b, ok = &mine.Button, true
		}
		if ok && b.Text == text && found == nil {
			found = b
		}
	})
	if found == nil {
		t.Fatalf("no button %q", text)
	}
	return found
}

func overlayShows(t *testing.T, w fyne.Window, text string) bool {
	for _, o := range w.Canvas().Overlays().List() {
		if strings.Contains(allText(t, o), text) {
			return true
		}
	}
	return false
}

// countLabels counts the labels below o whose text contains part.
func countLabels(t *testing.T, o fyne.CanvasObject, part string) int {
	n := 0
	walk(t, o, func(c fyne.CanvasObject) {
		if l, ok := c.(*widget.Label); ok && strings.Contains(l.Text, part) {
			n++
		}
	})
	return n
}
