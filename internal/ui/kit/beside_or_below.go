package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// BesideOrBelow lays out its objects side by side, tops aligned, when the
// width holds them all, and one under the other when it does not (a
// calendar's legend beside it in a wide window, under it in a narrow
// one). Like Fyne's GridWrap, its height follows the width it was
// last given; its width is always the narrowest, stacked one.
type BesideOrBelow struct{ width float32 }

// besideGap is the space between objects side by side.
func besideGap() float32 { return theme.Padding() * 6 }

func (l *BesideOrBelow) beside(objs []fyne.CanvasObject) bool {
	need := -besideGap()
	for _, o := range objs {
		need += o.MinSize().Width + besideGap()
	}
	return l.width > 0 && need <= l.width
}

// Layout places the objects side by side or stacked, as the width allows.
func (l *BesideOrBelow) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	l.width = size.Width
	beside := l.beside(objs)
	var at fyne.Position
	for _, o := range objs {
		min := o.MinSize()
		o.Move(at)
		if beside {
			o.Resize(min)
			at.X += min.Width + besideGap()
		} else {
			o.Resize(fyne.NewSize(size.Width, min.Height))
			at.Y += min.Height + theme.Padding()
		}
	}
}

// MinSize is the stacked width; the height is the one for the width last
// laid out.
func (l *BesideOrBelow) MinSize(objs []fyne.CanvasObject) fyne.Size {
	beside := l.beside(objs)
	var s fyne.Size
	for i, o := range objs {
		min := o.MinSize()
		s.Width = max(s.Width, min.Width)
		switch {
		case beside:
			s.Height = max(s.Height, min.Height)
		case i > 0:
			s.Height += theme.Padding() + min.Height
		default:
			s.Height = min.Height
		}
	}
	return s
}
