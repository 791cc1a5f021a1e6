package kit

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// The shim in overlay.go reads a Fyne internal; this fails when a Fyne
// upgrade changes it, before dialogs stop being laid out and walked.
func TestOverlayContentFindsTheDialog(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewTempWindow(t, widget.NewLabel("screen"))
	w.Resize(fyne.NewSize(400, 300))
	inside := NewButton("In the dialog", nil, func() {})
	pop := widget.NewModalPopUp(inside, w.Canvas())
	pop.Show()
	top := w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("a pop-up shown adds no overlay")
	}
	if got := overlayContent(top); got != pop {
		t.Fatalf("the top overlay's content is %T, want the pop-up: Fyne's OverlayContainer changed, update overlay.go", got)
	}
	if path := PathTo(w.Canvas(), inside); len(path) == 0 || path[len(path)-1] != inside {
		t.Fatal("the button inside the dialog cannot be reached from the window")
	}
	if overlayContent(pop) != nil || overlayContent(nil) != nil {
		t.Fatal("something other than an overlay is taken for one")
	}
}
