package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// BusySign is a turning wheel with a word ("Saving…"), shown while work
// runs off the UI goroutine, so the window stays usable and says why a
// result has not come yet.
type BusySign struct {
	// Box is what to place on screen; the driver draws containers and
	// widgets, not a type that embeds one.
	Box   *fyne.Container
	wheel *widget.Activity
	text  *widget.Label
}

// NewBusySign is hidden until started.
func NewBusySign() *BusySign {
	b := &BusySign{wheel: widget.NewActivity(), text: widget.NewLabel("")}
	b.Box = container.NewHBox(b.wheel, b.text)
	b.Box.Hide()
	return b
}

// Start shows the sign with text and turns the wheel.
func (b *BusySign) Start(text string) {
	b.text.SetText(text)
	b.Box.Show()
	b.wheel.Start()
}

// Stop hides the sign.
func (b *BusySign) Stop() {
	b.wheel.Stop()
	b.Box.Hide()
}
