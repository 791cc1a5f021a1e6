package ui

import (
	"fmt"
	"math"
	"reflect"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// The pieces every screen is built from. Fyne lays a container out again
// only when its own size changes, and tells a focused widget every key, so
// each screen would otherwise meet the same three troubles: rows that stay
// where they were after a line appeared or went (relayout), a focused
// widget scrolled out of sight (bringIntoView), and Esc swallowed by
// whatever has the focus (forwardEscape). The widgets below — button,
// entry, selectBox, check, slider — take care of the last two themselves.

// relayout lays o and everything in it out again from the top down, so a
// line shown, hidden or grown anywhere moves what is below it at once,
// and a scroll offset that is now past the end is brought back.
func relayout(o fyne.CanvasObject) {
	switch x := o.(type) {
	case *fyne.Container:
		if x.Layout != nil {
			x.Layout.Layout(x.Objects, x.Size())
		}
		for _, c := range x.Objects {
			relayout(c)
		}
	case *container.Scroll:
		// The scroll's own renderer resizes the content to its new
		// minimum; Scroll.Refresh would also redraw every widget in it.
		x.Base.Refresh()
		clampScroll(x)
		relayout(x.Content)
	case *widget.Card:
		// Its parent has sized it by its new minimum, which laid out its
		// content; Card.Refresh would redraw every widget in it.
		relayout(x.Content)
	case *widget.PopUp:
		x.Refresh() // a dialog grows or shrinks with what it holds
		relayout(x.Content)
	default:
		if c := overlayContent(o); c != nil {
			relayout(c)
		}
	}
}

// refreshTree redraws every widget in o, so a screen that was not on show
// when the theme changed takes the new colours.
func refreshTree(o fyne.CanvasObject) {
	walkTree(o, func(c fyne.CanvasObject, _ []fyne.CanvasObject) bool {
		if w, ok := c.(fyne.Widget); ok {
			w.Refresh()
		}
		return false
	})
}

// walkTree visits o and what it holds, through containers and the
// widgets that hold other objects, with the path from o to each; visit
// returns true to stop.
func walkTree(o fyne.CanvasObject, visit func(c fyne.CanvasObject, path []fyne.CanvasObject) bool) bool {
	var walk func(c fyne.CanvasObject, path []fyne.CanvasObject) bool
	walk = func(c fyne.CanvasObject, path []fyne.CanvasObject) bool {
		if c == nil {
			return false
		}
		path = append(path, c)
		if visit(c, path) {
			return true
		}
		for _, child := range children(c) {
			if walk(child, path) {
				return true
			}
		}
		return false
	}
	return walk(o, nil)
}

func children(o fyne.CanvasObject) []fyne.CanvasObject {
	switch x := o.(type) {
	case *fyne.Container:
		return x.Objects
	case *container.Scroll:
		return []fyne.CanvasObject{x.Content}
	case *widget.Card:
		return []fyne.CanvasObject{x.Content}
	case *widget.PopUp:
		return []fyne.CanvasObject{x.Content}
	case *notice:
		return []fyne.CanvasObject{x.box}
	}
	if c := overlayContent(o); c != nil {
		return []fyne.CanvasObject{c}
	}
	return nil
}

// overlayContent is the pop-up in one of the window's overlays, nil for
// anything else. Fyne wraps every pop-up (each dialog) in a widget of its
// own package, internal/widget.OverlayContainer, whose Content field is
// the only way in.
func overlayContent(o fyne.CanvasObject) fyne.CanvasObject {
	if fmt.Sprintf("%T", o) != "*widget.OverlayContainer" {
		return nil
	}
	f := reflect.ValueOf(o).Elem().FieldByName("Content")
	if !f.IsValid() {
		return nil
	}
	c, _ := f.Interface().(fyne.CanvasObject)
	return c
}

// pathTo is the chain of objects from the window's top dialog (or, with
// none, its content) down to o; nil when o is not on show there.
func pathTo(c fyne.Canvas, o fyne.CanvasObject) []fyne.CanvasObject {
	root := c.Content()
	if top := c.Overlays().Top(); top != nil {
		root = top // a dialog owns the focus while it is open
	}
	var found []fyne.CanvasObject
	walkTree(root, func(x fyne.CanvasObject, path []fyne.CanvasObject) bool {
		if !x.Visible() {
			return false
		}
		if x == o {
			found = append([]fyne.CanvasObject(nil), path...)
			return true
		}
		return false
	})
	return found
}

// viewMargin is the room left above or below a widget brought into view,
// so its focus ring and a bit of what surrounds it show too.
const viewMargin = 8

// bringIntoView scrolls every scroll container around o so that o shows.
func bringIntoView(o fyne.CanvasObject) {
	c := canvasOf(o)
	if c == nil {
		return
	}
	path := pathTo(c, o)
	if path == nil {
		bringIntoViewAt(c, o)
		return
	}
	for i := len(path) - 2; i >= 0; i-- { // innermost scroll first
		s, ok := path[i].(*container.Scroll)
		if !ok {
			continue
		}
		top, bottom := spanIn(path[i+1:], o)
		off := s.Offset
		view := s.Size().Height
		switch {
		case bottom-top+2*viewMargin > view || top-viewMargin < off.Y:
			off.Y = top - viewMargin
		case bottom+viewMargin > off.Y+view:
			off.Y = bottom + viewMargin - view
		}
		off.Y = max(0, min(off.Y, s.Content.Size().Height-view))
		scrollTo(s, off)
	}
}

// bringIntoViewAt scrolls o into view where this package cannot follow
// the path to it (a radio button inside its group): by where the driver
// draws it, within the scroll container whose content holds that place.
func bringIntoViewAt(c fyne.Canvas, o fyne.CanvasObject) {
	d := fyne.CurrentApp().Driver()
	at, h := d.AbsolutePositionForObject(o), o.Size().Height
	root := c.Content()
	if top := c.Overlays().Top(); top != nil {
		root = top
	}
	walkTree(root, func(x fyne.CanvasObject, _ []fyne.CanvasObject) bool {
		s, ok := x.(*container.Scroll)
		if !ok || !s.Visible() {
			return false
		}
		sp := d.AbsolutePositionForObject(s)
		if at.X < sp.X || at.X > sp.X+s.Size().Width || at.Y < sp.Y-s.Offset.Y || at.Y > sp.Y-s.Offset.Y+s.Content.Size().Height {
			return false
		}
		top := at.Y - sp.Y + s.Offset.Y // in the content
		off := s.Offset
		switch {
		case top-viewMargin < off.Y:
			off.Y = top - viewMargin
		case top+h+viewMargin > off.Y+s.Size().Height:
			off.Y = top + h + viewMargin - s.Size().Height
		}
		scrollTo(s, fyne.NewPos(off.X, max(0, min(off.Y, s.Content.Size().Height-s.Size().Height))))
		return true
	})
}

// keepFocusInView brings the focused widget back into view with the box
// around it (a field's caption and problem line) after something above
// or below it changed size: a problem that appeared under the field
// being typed in is read at once.
func keepFocusInView(c fyne.Canvas) {
	f, ok := c.Focused().(fyne.CanvasObject)
	if !ok {
		return
	}
	if path := pathTo(c, f); len(path) >= 2 {
		bringIntoView(path[len(path)-2])
	}
	bringIntoView(f)
}

// followFocus brings into view whatever takes the focus from o, once it
// has: widgets Fyne makes inside its own (a radio button) say nothing
// when they get it.
func followFocus(o fyne.CanvasObject) {
	c := canvasOf(o)
	if c == nil {
		return
	}
	fyne.Do(func() {
		if f, ok := c.Focused().(fyne.CanvasObject); ok && f != o {
			bringIntoView(f)
		}
	})
}

// inView says whether o is not scrolled out of sight. An object this
// package cannot place (inside another widget) counts as in view.
func inView(o fyne.CanvasObject) bool {
	c := canvasOf(o)
	if c == nil {
		return true
	}
	path := pathTo(c, o)
	for i := len(path) - 2; i >= 0; i-- {
		if s, ok := path[i].(*container.Scroll); ok {
			top, bottom := spanIn(path[i+1:], o)
			if top < s.Offset.Y-1 || bottom > s.Offset.Y+s.Size().Height+1 {
				return false
			}
		}
	}
	return true
}

// spanIn is the top and bottom of o inside the first object of path (a
// scroll container's content), which path leads down to o.
func spanIn(path []fyne.CanvasObject, o fyne.CanvasObject) (top, bottom float32) {
	for _, p := range path[1:] {
		top += p.Position().Y
	}
	return top, top + o.Size().Height
}

// scrollStep is how far Up and Down scroll: about two lines.
const scrollStep = 40

// scrollByKey scrolls the first scroll container in root that has more
// than it shows, by a step for Up and Down and by a view for Page Up and
// Page Down; it reports whether ev was one of those keys.
func scrollByKey(root fyne.CanvasObject, ev *fyne.KeyEvent) bool {
	var by func(view float32) float32
	switch ev.Name {
	case fyne.KeyUp:
		by = func(float32) float32 { return -scrollStep }
	case fyne.KeyDown:
		by = func(float32) float32 { return scrollStep }
	case fyne.KeyPageUp:
		by = func(view float32) float32 { return scrollStep - view }
	case fyne.KeyPageDown:
		by = func(view float32) float32 { return view - scrollStep }
	default:
		return false
	}
	walkTree(root, func(x fyne.CanvasObject, path []fyne.CanvasObject) bool {
		s, ok := x.(*container.Scroll)
		if !ok || slices.ContainsFunc(path, func(p fyne.CanvasObject) bool { return !p.Visible() }) {
			return false
		}
		view := s.Size().Height
		if s.Content.Size().Height <= view {
			return false
		}
		y := max(0, min(s.Offset.Y+by(view), s.Content.Size().Height-view))
		scrollTo(s, fyne.NewPos(s.Offset.X, y))
		return true
	})
	return true
}

// clampScroll brings back an offset that is past the end of content that
// got shorter.
func clampScroll(s *container.Scroll) {
	maxY := max(0, s.Content.Size().Height-s.Size().Height)
	if s.Offset.Y > maxY {
		scrollTo(s, fyne.NewPos(s.Offset.X, maxY))
	}
}

// scrollTo moves s to off and tells its OnScrolled, as the wheel and the
// scroll bar do; Fyne's ScrollToOffset does not, and a lazy list follows
// the offset to make the rows that come into view.
func scrollTo(s *container.Scroll, off fyne.Position) {
	if s.Offset == off {
		return
	}
	s.ScrollToOffset(off)
	if s.OnScrolled != nil {
		s.OnScrolled(s.Offset)
	}
}

// scrollAround is the innermost scroll container holding o, nil for none.
func scrollAround(o fyne.CanvasObject) *container.Scroll {
	c := canvasOf(o)
	if c == nil {
		return nil
	}
	path := pathTo(c, o)
	for i := len(path) - 2; i >= 0; i-- {
		if s, ok := path[i].(*container.Scroll); ok {
			return s
		}
	}
	return nil
}

func canvasOf(o fyne.CanvasObject) fyne.Canvas {
	if a := fyne.CurrentApp(); a != nil {
		return a.Driver().CanvasForObject(o)
	}
	return nil
}

// forwardEscape hands Esc to the window's key handler, which closes the
// top dialog or leaves the screen; a focused widget would keep it.
func forwardEscape(o fyne.CanvasObject, ev *fyne.KeyEvent) bool {
	if ev.Name != fyne.KeyEscape {
		return false
	}
	forwardKey(o, ev)
	return true
}

// forwardKey hands a key the focused widget o has no use for to the
// window's key handler, as if nothing had the focus.
func forwardKey(o fyne.CanvasObject, ev *fyne.KeyEvent) {
	if c := canvasOf(o); c != nil && c.OnTypedKey() != nil {
		c.OnTypedKey()(ev)
	}
}

// onShow says whether o is in the window's content or one of its
// dialogs, and shown.
func onShow(c fyne.Canvas, o fyne.CanvasObject) bool {
	return slices.ContainsFunc(layers(c), func(root fyne.CanvasObject) bool { return shownUnder(root, o) })
}

// layers are the window's content and its dialogs, bottom first.
func layers(c fyne.Canvas) []fyne.CanvasObject {
	return append([]fyne.CanvasObject{c.Content()}, c.Overlays().List()...)
}

// shownUnder says whether o is in root with nothing around it hidden.
func shownUnder(root, o fyne.CanvasObject) bool {
	return walkTree(root, func(x fyne.CanvasObject, path []fyne.CanvasObject) bool {
		return x == o && !slices.ContainsFunc(path, func(p fyne.CanvasObject) bool { return !p.Visible() })
	})
}

// button is a widget.Button that shows a ring while it has the focus
// (Fyne's own focus tint does not show on a coloured button), scrolls into
// view when it gets the focus, and does not act on Space or Enter while
// scrolled out of sight: the key brings it into view first. Pressed by
// the keyboard it keeps the focus (Fyne's tap drops it, and the person
// would have to find their place again from the top), and the keys it
// has no use for go to the screen or dialog, so a screen's own keys work
// whatever button has the focus.
type button struct {
	widget.Button
	focused bool
	quiet   bool // taking the focus back: it is where it was, so no scrolling
}

func newButton(text string, icon fyne.Resource, tapped func()) *button {
	b := &button{}
	b.Text, b.Icon, b.OnTapped = text, icon, tapped
	b.ExtendBaseWidget(b)
	return b
}

// newPrimaryButton is a button for the action a screen or dialog is for.
func newPrimaryButton(text string, icon fyne.Resource, tapped func()) *button {
	b := newButton(text, icon, tapped)
	b.Importance = widget.HighImportance
	return b
}

func (b *button) FocusGained() {
	b.focused = true
	b.Button.FocusGained()
	if !b.quiet {
		bringIntoView(b)
	}
}

func (b *button) FocusLost() {
	b.focused = false
	b.Button.FocusLost()
	followFocus(b)
}

func (b *button) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeySpace, fyne.KeyReturn, fyne.KeyEnter:
		if c := canvasOf(b); c == nil || !onShow(c, b) {
			return // the focus stayed on a button that is gone
		}
		if !inView(b) {
			bringIntoView(b)
			return
		}
		b.press()
	default:
		forwardKey(b, ev)
	}
}

// keyPressed is the button whose action a key press is running, so that
// a dialog the action opens gives it the focus back when it closes.
var keyPressed *button

// press acts as a tap does, then gives b the focus back (Fyne's tap
// drops it) unless the action put it somewhere else or opened a dialog,
// which gives it back when it closes.
func (b *button) press() {
	keyPressed = b
	b.Button.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
	keyPressed = nil
	b.takeFocusBack()
}

// takeFocusBack focuses b again, where it is, if it is still on show, on
// top, and nothing else in its place has the focus.
func (b *button) takeFocusBack() {
	c := canvasOf(b)
	if c == nil || b.Disabled() || !onShow(c, b) || c.Focused() != nil {
		return
	}
	if top := c.Overlays().Top(); top != nil && !shownUnder(top, b) {
		return // under a dialog: it comes back when the dialog closes
	}
	b.quiet = true
	c.Focus(b)
	b.quiet = false
}

func (b *button) CreateRenderer() fyne.WidgetRenderer {
	return newRingRenderer(b.Button.CreateRenderer(), func() bool { return b.focused && !b.Disabled() })
}

// ringRenderer draws a focus ring over another renderer's objects: a
// line in the text colour with a line of the page colour inside it, so it
// shows on a coloured button as on a plain one, in both themes.
type ringRenderer struct {
	fyne.WidgetRenderer
	outer, inner *canvas.Rectangle
	shown        func() bool
	objs         []fyne.CanvasObject
}

const ringWidth = 2

func newRingRenderer(r fyne.WidgetRenderer, shown func() bool) *ringRenderer {
	rr := &ringRenderer{WidgetRenderer: r, outer: canvas.NewRectangle(nil), inner: canvas.NewRectangle(nil), shown: shown}
	rr.outer.StrokeWidth, rr.inner.StrokeWidth = ringWidth, ringWidth
	rr.showRing()
	return rr
}

func (r *ringRenderer) Layout(size fyne.Size) {
	r.WidgetRenderer.Layout(size)
	place(r.outer, 0, 0, size.Width, size.Height)
	place(r.inner, ringWidth, ringWidth, size.Width-2*ringWidth, size.Height-2*ringWidth)
}

func (r *ringRenderer) Objects() []fyne.CanvasObject {
	inner := r.WidgetRenderer.Objects()
	if len(r.objs) != len(inner)+2 || (len(inner) > 0 && r.objs[0] != inner[0]) {
		r.objs = append(append(r.objs[:0], inner...), r.inner, r.outer)
	}
	return r.objs
}

func (r *ringRenderer) Refresh() {
	r.WidgetRenderer.Refresh()
	r.objs = nil
	r.showRing()
}

func (r *ringRenderer) showRing() {
	radius := theme.Size(theme.SizeNameInputRadius)
	r.outer.StrokeColor, r.outer.CornerRadius = theme.Color(theme.ColorNameForeground), radius
	r.inner.StrokeColor, r.inner.CornerRadius = theme.Color(theme.ColorNameBackground), max(radius-ringWidth, 0)
	r.outer.Hidden, r.inner.Hidden = !r.shown(), !r.shown()
	r.outer.Refresh()
	r.inner.Refresh()
}

// entry is a text field that lets a screen's shortcuts (Alt+Up, Ctrl+S…)
// work while the person types in it, scrolls into view when it gets the
// focus, passes Esc on, and lets the mouse wheel scroll the page it is on
// rather than stopping at the field.
type entry struct {
	widget.Entry
	onShortcut func(fyne.Shortcut) bool // nil: only the entry's own shortcuts
	minRows    int                      // a text area's least lines; 0 for one line
}

func newEntry(text string) *entry {
	e := &entry{}
	e.ExtendBaseWidget(e)
	e.Wrapping = fyne.TextWrapOff
	e.SetText(text)
	return e
}

// newTextArea is an entry of several lines that wrap; it grows with its
// text from rows lines up to three times that, so no line shows cut.
func newTextArea(text string, rows int) *entry {
	e := &entry{minRows: rows}
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	e.ExtendBaseWidget(e)
	e.SetText(text)
	e.fitRows()
	return e
}

// fitRows shows as many lines as the text wraps into at the entry's
// width, within its bounds; a text area calls it after each change.
func (e *entry) fitRows() {
	if e.minRows == 0 {
		return
	}
	width := e.Size().Width - 4*theme.InnerPadding()
	if width <= 0 {
		width = 400
	}
	lines := 0
	for _, para := range strings.Split(e.Text, "\n") {
		w := fyne.MeasureText(para, theme.TextSize(), e.TextStyle).Width
		lines += max(1, int(math.Ceil(float64(w/width))))
	}
	e.SetMinRowsVisible(min(max(lines, e.minRows), 3*e.minRows))
}

func (e *entry) Resize(size fyne.Size) {
	widthChanged := size.Width != e.Size().Width
	e.Entry.Resize(size)
	if widthChanged && e.minRows > 0 {
		e.fitRows()
	}
}

// TypedShortcut runs the screen's shortcut, or the entry's own (copy, paste…).
func (e *entry) TypedShortcut(s fyne.Shortcut) {
	if e.onShortcut != nil && e.onShortcut(s) {
		return
	}
	e.Entry.TypedShortcut(s)
}

func (e *entry) TypedKey(ev *fyne.KeyEvent) {
	if !forwardEscape(e, ev) {
		e.Entry.TypedKey(ev)
	}
}

// AcceptsTab is false even for several lines: Tab moves to the next
// field, so the keyboard never gets stuck in a text area.
func (e *entry) AcceptsTab() bool { return false }

func (e *entry) FocusGained() {
	e.Entry.FocusGained()
	bringIntoView(e)
}

func (e *entry) FocusLost() {
	e.Entry.FocusLost()
	followFocus(e)
}

func (e *entry) CreateRenderer() fyne.WidgetRenderer {
	return newWheelRenderer(e, e.Entry.CreateRenderer())
}

// wheelRenderer lays a wheelCatcher over a widget, so that the mouse
// wheel over it scrolls the page: Fyne gives the wheel to the innermost
// scrollable thing under the pointer, which for an entry is its own text.
type wheelRenderer struct {
	fyne.WidgetRenderer
	catcher *wheelCatcher
	objs    []fyne.CanvasObject
}

func newWheelRenderer(owner fyne.CanvasObject, r fyne.WidgetRenderer) *wheelRenderer {
	c := &wheelCatcher{owner: owner}
	c.ExtendBaseWidget(c)
	return &wheelRenderer{WidgetRenderer: r, catcher: c}
}

func (r *wheelRenderer) Layout(size fyne.Size) {
	r.WidgetRenderer.Layout(size)
	r.catcher.Resize(size)
	r.catcher.Move(fyne.NewPos(0, 0))
}

func (r *wheelRenderer) Objects() []fyne.CanvasObject {
	inner := r.WidgetRenderer.Objects()
	if len(r.objs) != len(inner)+1 || (len(inner) > 0 && r.objs[0] != inner[0]) {
		r.objs = append(append(r.objs[:0], inner...), r.catcher)
	}
	return r.objs
}

func (r *wheelRenderer) Refresh() {
	r.WidgetRenderer.Refresh()
	r.objs = nil // the entry may have swapped its objects
}

// wheelCatcher takes the mouse wheel over its owner and scrolls the page
// around the owner instead; taps and the pointer pass through to the owner.
type wheelCatcher struct {
	widget.BaseWidget
	owner fyne.CanvasObject
}

func (w *wheelCatcher) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(canvas.NewRectangle(nil))
}

func (w *wheelCatcher) Scrolled(ev *fyne.ScrollEvent) {
	if s := scrollAround(w.owner); s != nil {
		s.Scrolled(ev)
	}
}

// selectBox is a drop-down list that scrolls into view when it gets the
// focus and passes Esc on.
type selectBox struct {
	widget.Select
	values map[string]string // the value behind each label, when they differ
}

// newLabelledSelect offers values under labels (capitalised, readable);
// value gives the value chosen.
func newLabelledSelect(labels, values []string, changed func(string)) *selectBox {
	s := newSelect(labels, changed)
	s.values = map[string]string{}
	for i, l := range labels {
		s.values[l] = values[i]
	}
	return s
}

// value is the value behind the choice shown.
func (s *selectBox) value() string {
	if v, ok := s.values[s.Selected]; ok {
		return v
	}
	return s.Selected
}

func newSelect(options []string, changed func(string)) *selectBox {
	s := &selectBox{}
	s.Options, s.OnChanged = options, changed
	s.ExtendBaseWidget(s)
	return s
}

func (s *selectBox) FocusGained() {
	s.Select.FocusGained()
	bringIntoView(s)
}

func (s *selectBox) FocusLost() {
	s.Select.FocusLost()
	followFocus(s)
}

func (s *selectBox) TypedKey(ev *fyne.KeyEvent) {
	if !forwardEscape(s, ev) {
		s.Select.TypedKey(ev)
	}
}

// widestOption is the width the select needs to show its longest option
// in full, so no choice is cut short.
func (s *selectBox) widestOption() float32 {
	widest := float32(0)
	for _, o := range s.Options {
		widest = max(widest, fyne.MeasureText(o, theme.TextSize(), fyne.TextStyle{}).Width)
	}
	pad := theme.InnerPadding()
	return widest + pad*4 + theme.IconInlineSize()
}

// check is a checkbox that scrolls into view when it gets the focus and
// passes Esc on.
type check struct{ widget.Check }

func newCheck(text string, changed func(bool)) *check {
	c := &check{}
	c.Text, c.OnChanged = text, changed
	c.ExtendBaseWidget(c)
	return c
}

func (c *check) FocusGained() {
	c.Check.FocusGained()
	bringIntoView(c)
}

func (c *check) FocusLost() {
	c.Check.FocusLost()
	followFocus(c)
}

func (c *check) TypedKey(ev *fyne.KeyEvent) {
	if !forwardEscape(c, ev) {
		c.Check.TypedKey(ev)
	}
}

// slider is a slider that scrolls into view when it gets the focus and
// passes Esc on.
type slider struct{ widget.Slider }

func newSlider(lo, hi float64) *slider {
	s := &slider{}
	s.Min, s.Max, s.Step = lo, hi, 1
	s.Orientation = widget.Horizontal
	s.ExtendBaseWidget(s)
	return s
}

func (s *slider) FocusGained() {
	s.Slider.FocusGained()
	bringIntoView(s)
}

func (s *slider) FocusLost() {
	s.Slider.FocusLost()
	followFocus(s)
}

func (s *slider) TypedKey(ev *fyne.KeyEvent) {
	if !forwardEscape(s, ev) {
		s.Slider.TypedKey(ev)
	}
}

// notice is a short line that says something true the person should know
// (no sound device, a demo that is not saved), with a button to dismiss
// it. The player and the home screen share it.
type notice struct {
	widget.BaseWidget
	text      *widget.Label
	close     *button
	onDismiss func()
	box       *fyne.Container
}

// newNotice makes a notice; onDismiss (may be nil) runs after the person
// closes it, for example to remember that they did.
func newNotice(text string, onDismiss func()) *notice {
	n := &notice{onDismiss: onDismiss}
	n.text = widget.NewLabel(text)
	n.text.Wrapping = fyne.TextWrapWord
	n.text.Importance = widget.WarningImportance
	n.close = newButton("", theme.CancelIcon(), n.dismiss)
	n.close.Importance = widget.LowImportance
	icon := widget.NewIcon(theme.NewColoredResource(theme.WarningIcon(), theme.ColorNameWarning))
	n.box = container.NewBorder(nil, nil, container.NewCenter(icon), container.NewCenter(n.close), n.text)
	n.ExtendBaseWidget(n)
	return n
}

func (n *notice) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(n.box) }

func (n *notice) dismiss() {
	n.Hide()
	if c := canvasOf(n); c != nil && c.Content() != nil {
		relayout(c.Content())
	}
	if n.onDismiss != nil {
		n.onDismiss()
	}
}

// wrapped is a label whose text wraps at the width it is given.
func wrapped(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// section is a titled card whose explanation wraps, so no card asks for
// more width than a narrow window has (a card's own subtitle never wraps).
func section(title, explanation string, content ...fyne.CanvasObject) *widget.Card {
	body := container.NewVBox()
	if explanation != "" {
		note := wrapped(explanation)
		note.SizeName = theme.SizeNameCaptionText
		body.Add(note)
	}
	for _, o := range content {
		body.Add(o)
	}
	return widget.NewCard(title, "", body)
}

// list is a list that passes Esc on, so the screen can close with the
// list focused, and chooses the item in focus on Enter as on Space.
type list struct{ widget.List }

func newList(length func() int, create func() fyne.CanvasObject, update func(widget.ListItemID, fyne.CanvasObject)) *list {
	l := &list{}
	l.Length, l.CreateItem, l.UpdateItem = length, create, update
	l.ExtendBaseWidget(l)
	return l
}

func (l *list) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter {
		ev = &fyne.KeyEvent{Name: fyne.KeySpace}
	}
	if !forwardEscape(l, ev) {
		l.List.TypedKey(ev)
	}
}

// screen lays out a screen: a bar on top, the content filling the rest,
// a bar at the bottom (either bar may be nil). Tab goes through them in
// that order; Fyne's border container would list the content first.
func screen(top, bottom, content fyne.CanvasObject) *fyne.Container {
	c := container.NewBorder(top, bottom, nil, nil, content)
	c.Objects = slices.DeleteFunc([]fyne.CanvasObject{top, content, bottom}, func(o fyne.CanvasObject) bool { return o == nil })
	return c
}
