package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"

	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/ui/kit"
)

// press types a key to what has the focus, as the window does.
func press(u *App, name fyne.KeyName) {
	ev := &fyne.KeyEvent{Name: name}
	if f := u.win.Canvas().Focused(); f != nil {
		f.TypedKey(ev)
	} else {
		u.win.Canvas().OnTypedKey()(ev)
	}
}

// A button pressed by the keyboard keeps the focus, and gets it back
// when the dialog it opened closes: the person carries on from where they
// were, not from the top of the screen.
func TestAButtonPressedByKeyKeepsTheFocus(t *testing.T) {
	u := newTestApp(t, testCatalog(t))
	safety := findMine(t, u.win.Content(), "Safety")
	c := u.win.Canvas()
	c.Focus(safety)
	press(u, fyne.KeySpace)
	if !overlayShows(t, u.win, "Ask which moves suit you") {
		t.Fatal("Space on Safety did not show the advice")
	}
	press(u, fyne.KeyEscape)
	if c.Overlays().Top() != nil {
		t.Fatal("Esc did not close the advice")
	}
	if c.Focused() != safety || !ringShown(t, safety) {
		t.Fatalf("after the dialog the focus is on %T, not on Safety with its ring", c.Focused())
	}
	press(u, fyne.KeyReturn)
	if !overlayShows(t, u.win, "Ask which moves suit you") {
		t.Fatal("Enter on Safety, focused again, did not show the advice")
	}
}

// Esc leaves a screen from a radio button too, and the arrows choose.
func TestEscLeavesFromARadioAndArrowsChoose(t *testing.T) {
	u := newTestApp(t, testCatalog(t))
	u.showSettings()
	var themes *kit.Radio
	walk(t, u.win.Content(), func(o fyne.CanvasObject) {
		if r, ok := o.(*kit.Radio); ok && r.Options[0] == kit.ThemeSystem {
			themes = r
		}
	})
	c := u.win.Canvas()
	c.Focus(themes)
	press(u, fyne.KeyRight)
	if themes.Selected != kit.ThemeLight || u.prefs.theme() != kit.ThemeLight {
		t.Fatalf("Right chose %q (kept %q), want %s", themes.Selected, u.prefs.theme(), kit.ThemeLight)
	}
	press(u, fyne.KeyEscape)
	if u.onSettings || u.win.Content() != u.home.content {
		t.Fatal("Esc on the theme choice did not leave Settings")
	}
}

// Text with nothing to Tab to scrolls by keyboard: the safety advice by
// Down and Page Down, whether or not its button has the focus.
func TestTheAdviceScrollsByKeyboard(t *testing.T) {
	u := newTestApp(t, testCatalog(t))
	u.win.Resize(fyne.NewSize(480, 640))
	u.showAdvice(false, nil)
	var s *container.Scroll
	kit.WalkTree(u.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject, _ []fyne.CanvasObject) bool {
		s, _ = o.(*container.Scroll)
		return s != nil
	})
	press(u, fyne.KeyDown)
	if s.Offset.Y != kit.ScrollStep {
		t.Fatalf("Down scrolled the advice to %.0f, want %d", s.Offset.Y, kit.ScrollStep)
	}
	var closeBtn *kit.Button
	kit.WalkTree(u.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject, _ []fyne.CanvasObject) bool {
		closeBtn, _ = o.(*kit.Button)
		return closeBtn != nil
	})
	u.win.Canvas().Focus(closeBtn)
	press(u, fyne.KeyPageDown)
	if want := kit.ScrollStep + s.Size().Height - kit.ScrollStep; s.Offset.Y != min(want, s.Content.Size().Height-s.Size().Height) {
		t.Fatalf("Page Down from the focused button scrolled to %.0f", s.Offset.Y)
	}
	if u.win.Canvas().Overlays().Top() == nil {
		t.Fatal("Page Down closed the advice")
	}
}

// In the exercise library Enter uses the exercise in focus, as Space does.
func TestEnterChoosesInTheLibrary(t *testing.T) {
	u := newTestApp(t, testCatalog(t))
	var chosen *routine.Exercise
	l := u.showLibrary("Add an exercise", func(e *routine.Exercise) { chosen = e }, u.showHome)
	u.win.Canvas().Focus(l.list)
	press(u, fyne.KeyDown)
	press(u, fyne.KeyReturn)
	if l.chosen == nil || l.chosen != l.shown[1] {
		t.Fatalf("Enter chose %v, want the second exercise", l.chosen)
	}
	l.pickBtn.OnTapped()
	if chosen != l.shown[1] {
		t.Fatal("the chosen exercise was not used")
	}
}

// A problem that appears under the field being typed in is scrolled
// into view with it, even when the field sat at the bottom edge.
func TestAProblemUnderTheFieldTypedInShows(t *testing.T) {
	u := newEditingApp(t)
	e := u.editRoutine(u.cfg.Catalog.Routine("Home Upper Back"))
	in := e.inputs["section[2].step[1].sets"].(*kit.Entry)
	u.win.Canvas().Focus(in)
	top := absPos(in).Y - absPos(e.scroll).Y + e.scroll.Offset.Y
	e.scroll.ScrollToOffset(fyne.NewPos(0, top+in.Size().Height-e.scroll.Size().Height))
	if !shownIn(e.scroll, in) {
		t.Fatal("the test needs the field in view")
	}
	in.SetText("")
	test.Type(in, "0")
	msg := e.lines.ByPath["section[2].step[1].sets"]
	if msg.Text == "" {
		t.Fatalf("no problem shown for 0 sets (%q)", in.Text)
	}
	if !msg.Visible() || !shownIn(e.scroll, msg) || !shownIn(e.scroll, in) {
		t.Fatalf("the problem %q under the field is out of view", msg.Text)
	}
}
