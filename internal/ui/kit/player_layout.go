package kit

import (
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
)

// PlayerLayout arranges the player's figure, its big phase-and-countdown
// block (hero) and the details under it. Wide windows put the figure on
// the left and hero over details on the right; tall ones, and those whose
// right column would leave the details too little room, put the
// figure and hero side by side on top with the details across the whole
// width below. In a short window the hero's big texts shrink, so the
// countdown, the cue and the first set-up steps all stay in view from a
// 480×640 window with notices to full screen.
type PlayerLayout struct {
	big   []*canvas.Text // the hero's texts that shrink, at full size
	sizes []float32
	scale float32
}

const (
	playerGap = 8
	// detailsRoom is the least height the details should have: the
	// counts, a cue of two lines and a line of the steps.
	detailsRoom = 150
	// columnRoom is the least width of a right column: the cue on one
	// line, mostly.
	columnRoom = 320
	// heroFullAt is the body height from which the hero is full size.
	heroFullAt = 480
)

// NewPlayerLayout lays out the player; big are the hero's texts that
// shrink in a short window, at their full size.
func NewPlayerLayout(big ...*canvas.Text) *PlayerLayout {
	l := &PlayerLayout{big: big, scale: 1}
	for _, t := range big {
		l.sizes = append(l.sizes, t.TextSize)
	}
	return l
}

func wide(size fyne.Size) bool { return size.Width > size.Height*1.1 }

func (l *PlayerLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	fig, hero, details := objs[0], objs[1], objs[2]
	l.scaleHero(hero, size.Height)
	heroH := hero.MinSize().Height
	if wide(size) && size.Width*0.55 >= columnRoom && size.Height-heroH-playerGap >= detailsRoom {
		w := size.Width * 0.45
		place(fig, 0, 0, w, size.Height)
		place(hero, w+playerGap, 0, size.Width-w-playerGap, heroH)
		place(details, w+playerGap, heroH+playerGap, size.Width-w-playerGap, size.Height-heroH-playerGap)
		l.fitBanner(size.Width - w - playerGap)
		return
	}
	half := (size.Width - playerGap) / 2
	topH := max(heroH, min(half, size.Height*0.5))
	place(fig, 0, 0, half, topH)
	place(hero, half+playerGap, 0, half, topH)
	place(details, 0, topH+playerGap, size.Width, size.Height-topH-playerGap)
	l.fitBanner(half)
}

// fitBanner shrinks the first big text, the phase word, to fit a hero w
// wide less the banner's padding: a long word in a narrow window
// ("BEREIT MACHEN", "PRÉPAREZ-VOUS") is made smaller, never cut.
func (l *PlayerLayout) fitBanner(w float32) {
	if len(l.big) == 0 {
		return
	}
	t := l.big[0]
	size := l.sizes[0] * l.scale
	room := w - 4*theme.Padding()
	if text := fyne.MeasureText(t.Text, size, t.TextStyle).Width; text > room && room > 0 {
		size = float32(math.Floor(float64(size * room / text)))
	}
	if t.TextSize != size {
		t.TextSize = size
		t.Refresh()
	}
}

// scaleHero sizes the hero's big texts for a body of height h: full size
// from heroFullAt, down to 60 % of it.
func (l *PlayerLayout) scaleHero(hero fyne.CanvasObject, h float32) {
	scale := min(1, max(0.6, h/heroFullAt))
	scale = float32(math.Round(float64(scale)*20) / 20) // steps of 5 %, so a resize by a pixel redraws nothing
	if scale == l.scale {
		return
	}
	l.scale = scale
	for i, t := range l.big {
		t.TextSize = l.sizes[i] * scale
		t.Refresh()
	}
	hero.Refresh() // a container lays itself out again on Refresh
}

func (l *PlayerLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	fig, hero, details := objs[0].MinSize(), objs[1].MinSize(), objs[2].MinSize()
	w := max(fig.Width+playerGap+hero.Width, details.Width)
	return fyne.NewSize(w, max(fig.Height, hero.Height)+playerGap+details.Height)
}

func place(o fyne.CanvasObject, x, y, w, h float32) {
	o.Move(fyne.NewPos(x, y))
	o.Resize(fyne.NewSize(w, h))
}
