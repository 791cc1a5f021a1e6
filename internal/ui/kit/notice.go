package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Notice is a short line that says something true the person should know
// (no sound device, a demo that is not saved), with a button to dismiss
// it. The player and the home screen share it.
type Notice struct {
	widget.BaseWidget
	Text        *widget.Label // what the notice says
	CloseButton *Button       // puts the notice away
	onDismiss   func()
	box         *fyne.Container
}

// NewNotice makes a notice of something amiss, with a warning sign;
// onDismiss (may be nil) runs after the person closes it, for example to
// remember that they did.
func NewNotice(text string, onDismiss func()) *Notice {
	return newNotice(text, theme.NewColoredResource(theme.WarningIcon(), theme.ColorNameWarning), widget.WarningImportance, onDismiss)
}

// NewInfoNotice makes a notice of news (the app did something by itself
// the person should know of), with an information sign.
func NewInfoNotice(text string, onDismiss func()) *Notice {
	return newNotice(text, theme.InfoIcon(), widget.MediumImportance, onDismiss)
}

func newNotice(text string, sign fyne.Resource, importance widget.Importance, onDismiss func()) *Notice {
	n := &Notice{onDismiss: onDismiss}
	n.Text = widget.NewLabel(text)
	n.Text.Wrapping = fyne.TextWrapWord
	n.Text.Importance = importance
	n.CloseButton = NewButton("", theme.CancelIcon(), n.dismiss)
	n.CloseButton.Importance = widget.LowImportance
	icon := widget.NewIcon(sign)
	n.box = container.NewBorder(nil, nil, container.NewCenter(icon), container.NewCenter(n.CloseButton), n.Text)
	n.ExtendBaseWidget(n)
	return n
}

func (n *Notice) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(n.box) }

func (n *Notice) dismiss() {
	n.Hide()
	if c := canvasOf(n); c != nil && c.Content() != nil {
		Relayout(c.Content())
	}
	if n.onDismiss != nil {
		n.onDismiss()
	}
}
