package kit

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// SearchField is the text field over a list: Up and Down move through
// the list and Enter chooses from it while the person types, and the
// window's shortcuts (Ctrl+Q, Ctrl+W) and Esc pass on. Like the app's
// other text fields it scrolls into view when it gets the focus and lets
// the mouse wheel scroll the page.
//
// Its cursor blinks only for a while after the field gets the focus or a
// key, then stays lit, as GTK's does (gtk-cursor-blink-timeout): Fyne's
// blink fades the cursor frame by frame, and every frame of the fade
// repaints the whole window, which over a long list of routines cost a
// fifth of a core for as long as the field sat focused (#23).
type SearchField struct {
	widget.Entry
	// OnMove is Up (-1) and Down (+1) in the field; nil: the entry's own.
	OnMove func(by int)
	// OnChoose is Enter in the field; nil: the entry's own (OnSubmitted).
	OnChoose func()

	blinkTill time.Time       // the cursor blinks until then, lit after
	heldAt    time.Time       // when the blink was last paused
	hold      *fyne.Animation // runs while focused; nil when not
}

// blinkFor is how long the cursor blinks after the last key, as on GTK.
const blinkFor = 10 * time.Second

// holdEvery is how often the lit cursor is held: within Fyne's 300 ms
// pause of its blink after a key, with a frame or two to spare.
const holdEvery = 200 * time.Millisecond

// holdKey is a key that no widget acts on: typed to the Entry it only
// pauses the blink, as any key does.
var holdKey = &fyne.KeyEvent{Name: fyne.KeyUnknown}

// NewSearchField is an empty search field showing placeholder.
func NewSearchField(placeholder string) *SearchField {
	s := &SearchField{}
	s.ExtendBaseWidget(s)
	s.Wrapping = fyne.TextWrapOff
	s.SetPlaceHolder(placeholder)
	return s
}

// TypedKey moves through the list by Up and Down and chooses by Enter;
// the rest is the entry's.
func (s *SearchField) TypedKey(ev *fyne.KeyEvent) {
	s.wake()
	switch ev.Name {
	case fyne.KeyUp, fyne.KeyDown:
		if s.OnMove != nil {
			s.OnMove(map[fyne.KeyName]int{fyne.KeyUp: -1, fyne.KeyDown: 1}[ev.Name])
			return
		}
	case fyne.KeyReturn, fyne.KeyEnter:
		if s.OnChoose != nil {
			s.OnChoose()
			return
		}
	}
	if !forwardEscape(s, ev) {
		s.Entry.TypedKey(ev)
	}
}

func (s *SearchField) TypedRune(r rune) {
	s.wake()
	s.Entry.TypedRune(r)
}

// TypedShortcut passes the window's shortcuts on; the rest (copy,
// paste…) are the entry's.
func (s *SearchField) TypedShortcut(sc fyne.Shortcut) {
	s.wake()
	if !passWindowShortcut(s, sc) {
		s.Entry.TypedShortcut(sc)
	}
}

// AcceptsTab is false: Tab moves on to the next widget.
func (s *SearchField) AcceptsTab() bool { return false }

func (s *SearchField) FocusGained() {
	s.Entry.FocusGained()
	BringIntoView(s)
	s.wake()
	s.startHolding()
}

func (s *SearchField) FocusLost() {
	s.stopHolding()
	s.Entry.FocusLost()
	followFocus(s)
}

func (s *SearchField) CreateRenderer() fyne.WidgetRenderer {
	return newWheelRenderer(s, s.Entry.CreateRenderer())
}

// wake lets the cursor blink again for blinkFor.
func (s *SearchField) wake() { s.blinkTill = time.Now().Add(blinkFor) }

// startHolding keeps the cursor lit once its blinking time is over, until
// the field loses the focus. The hold is a Fyne animation, so it runs on
// the window's own goroutine, frame by frame beside Fyne's blink (which
// runs as long as the field is focused), without drawing anything itself.
func (s *SearchField) startHolding() {
	if s.hold != nil || !fyne.CurrentApp().Settings().ShowAnimations() {
		return // no animations: Fyne's cursor does not blink
	}
	s.hold = fyne.NewAnimation(time.Second, func(float32) { s.holdIfDue() })
	s.hold.RepeatCount = fyne.AnimationRepeatForever
	s.hold.Start()
}

func (s *SearchField) stopHolding() {
	if s.hold != nil {
		s.hold.Stop()
		s.hold = nil
	}
}

// holdIfDue pauses Fyne's blink, with the cursor lit, once the blinking
// time is over: the pause costs one repaint, the blink one per frame.
func (s *SearchField) holdIfDue() {
	now := time.Now()
	if s.hold == nil || now.Before(s.blinkTill) || now.Sub(s.heldAt) < holdEvery {
		return
	}
	s.heldAt = now
	s.Entry.TypedKey(holdKey)
}
