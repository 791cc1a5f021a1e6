package ui

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/postureapp/posture/internal/background"
	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/ui/kit"
	"github.com/postureapp/posture/internal/wire"
)

// typeShortcut types s as the window does: to the focused widget when it
// takes shortcuts (a text field), else to the window's shortcuts (the test
// canvas does not take them).
func typeShortcut(u *App, s fyne.Shortcut) {
	if f, ok := u.win.Canvas().Focused().(fyne.Shortcutable); ok {
		f.TypedShortcut(s)
		return
	}
	u.shortcuts.TypedShortcut(s)
}

// quitCounter is an app that counts the times it was asked to quit.
type quitCounter struct {
	fyne.App
	quits int
}

func (q *quitCounter) Quit() { q.quits++ }

// newQuitApp is a test app on the test catalog that counts its quits
// and notes when its window closes.
func newQuitApp(t *testing.T) (u *App, q *quitCounter, closed *bool) {
	t.Helper()
	q = &quitCounter{App: test.NewTempApp(t)}
	u = New(q, Config{Catalog: testCatalog(t), Advice: testAdvice(t), Clock: newStepClock(), Background: inPlace})
	closed = new(bool)
	u.win.SetOnClosed(func() { *closed = true })
	return u, q, closed
}

// dialogButton is the button of the dialog on top labelled text.
func dialogButton(t *testing.T, u *App, text string) *kit.Button {
	t.Helper()
	top := u.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatalf("no dialog open, looking for %q", text)
	}
	return findMine(t, top, text)
}

// Every kind of dialog starts with the focus on its default button and
// Enter presses it: the action it is for, or the way out when nothing but
// removing something is on offer. Enter works too when the focus was put
// elsewhere (a click on the dialog's text).
func TestEnterPressesTheDefaultButtonOfEveryDialog(t *testing.T) {
	cases := []struct {
		name    string
		open    func(u *App, did *string) // opens the dialog; its buttons write what they did
		def     string                    // the default button's label
		wantDid string
	}{
		{"safety gate", func(u *App, did *string) {
			u.showAdvice(true, func() { *did = "started" })
		}, "I understand, start", "started"},
		{"confirmation", func(u *App, did *string) {
			u.confirm("Change the routine?", "Reps 10-15 become 8-15.", "Change it", func() { *did = "changed" })
		}, "Change it", "changed"},
		{"removal", func(u *App, did *string) {
			u.ask("Delete routine?", kit.Wrapped("Mine goes."), choice{text: "Keep it", act: func() { *did = "kept" }},
				choice{text: "Delete", danger: true, act: func() { *did = "deleted" }})
		}, "Keep it", "kept"},
		{"information", func(u *App, did *string) {
			u.inform("Exported", "Written to a file.")
			*did = "open"
		}, "Close", "open"},
		{"three choices", func(u *App, did *string) {
			u.ask("Import Mine", kit.Wrapped("You have one."), choice{text: "Cancel"},
				choice{text: "Replace mine", danger: true, act: func() { *did = "replaced" }},
				choice{text: "Import as a copy", primary: true, act: func() { *did = "copied" }})
		}, "Import as a copy", "copied"},
	}
	for _, c := range cases {
		for _, focusElsewhere := range []bool{false, true} {
			u := newTestApp(t, testCatalog(t))
			did := ""
			c.open(u, &did)
			def := dialogButton(t, u, c.def)
			if got := u.win.Canvas().Focused(); got != def {
				t.Fatalf("%s: the focus starts on %v, want %q", c.name, got, c.def)
			}
			if focusElsewhere {
				u.win.Canvas().Unfocus()
			}
			press(u, fyne.KeyReturn)
			if did != c.wantDid || len(u.dialogs) != 0 {
				t.Errorf("%s (focus elsewhere %v): Enter did %q with %d dialogs left, want %q and none", c.name, focusElsewhere, did, len(u.dialogs), c.wantDid)
			}
		}
	}
}

// The warm-up offer and "Stop the session?" are answered by Enter: their
// highlighted choice, not the way out.
func TestEnterAnswersTheWarmUpOfferAndTheStopQuestion(t *testing.T) {
	u := newTestApp(t, testCatalog(t))
	u.prefs.setSafetySeen()
	clock := u.cfg.Clock.(*stepClock)
	never := func() bool { return false }
	u.startRoutine(u.cfg.Catalog.Routine("Upper Back Strength"))
	if u.player != nil || !overlayShows(t, u.win, "Play the Dynamic Warm-up first?") {
		t.Fatal("the warm-up was not offered")
	}
	clock.act(t, never, func() { press(u, fyne.KeyReturn) })
	p := u.player
	if p == nil || p.r.Plans(u.cfg.Catalog.Library)[0][0].Exercise.ID != "neck-roll" {
		t.Fatal("Enter on the warm-up offer did not play the warm-up first")
	}
	clock.act(t, never, func() { press(u, fyne.KeyEscape) })
	if !overlayShows(t, u.win, "Stop the session?") || u.win.Canvas().Focused() != dialogButton(t, u, "Yes") {
		t.Fatal("Esc did not ask to stop with the focus on Yes")
	}
	clock.act(t, func() bool { return p.engine.State().Over }, func() { test.Tap(dialogButton(t, u, "Yes")) })
	if !p.engine.State().Over {
		t.Fatal("Enter on \"Stop the session?\" did not stop")
	}
	p.engine.Wait()
}

// A dialog with a text field starts in the field, and Enter there
// presses the default button.
func TestADialogWithAFieldStartsInIt(t *testing.T) {
	u := newTestApp(t, testCatalog(t))
	in := kit.NewEntry("")
	got := ""
	u.ask("Name it", in, choice{text: "Cancel"}, choice{text: "Save", primary: true, act: func() { got = in.Text }})
	if u.win.Canvas().Focused() != in {
		t.Fatalf("the focus starts on %T, not in the field", u.win.Canvas().Focused())
	}
	test.Type(in, "Mine")
	press(u, fyne.KeyReturn)
	if got != "Mine" || len(u.dialogs) != 0 {
		t.Fatalf("Enter in the field saved %q, %d dialogs left", got, len(u.dialogs))
	}
}

// Ctrl+Q quits from any screen, the search field focused too; Ctrl+W
// closes the dialog on top (from its text field too) or an open list,
// then the window.
func TestCtrlQQuitsAndCtrlWClosesTheTopDialogThenTheWindow(t *testing.T) {
	u, q, closed := newQuitApp(t)
	u.win.Canvas().Focus(u.home.search)
	typeShortcut(u, kit.QuitKey)
	if q.quits != 1 || *closed {
		t.Fatalf("Ctrl+Q in the search field quit %d times (window closed %v), want once", q.quits, *closed)
	}

	u, _, closed = newQuitApp(t)
	u.showAdvice(false, nil)
	typeShortcut(u, kit.CloseKey)
	if *closed || len(u.dialogs) != 0 || u.win.Canvas().Overlays().Top() != nil {
		t.Fatalf("Ctrl+W with a dialog open: window closed %v, %d dialogs left; want the dialog gone, the window open", *closed, len(u.dialogs))
	}
	u.home.equipment.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
	if u.win.Canvas().Overlays().Top() == nil {
		t.Fatal("the test needs the equipment list open")
	}
	typeShortcut(u, kit.CloseKey)
	if *closed || u.win.Canvas().Overlays().Top() != nil {
		t.Fatalf("Ctrl+W with a list open: window closed %v, list open %v; want the list closed, the window open", *closed, u.win.Canvas().Overlays().Top() != nil)
	}
	in := kit.NewEntry("")
	u.ask("Name it", in, choice{text: "Cancel"}, choice{text: "Save", primary: true})
	if u.win.Canvas().Focused() != in {
		t.Fatal("the test needs the dialog's field focused")
	}
	typeShortcut(u, kit.CloseKey)
	if *closed || len(u.dialogs) != 0 {
		t.Fatalf("Ctrl+W in a dialog's text field: window closed %v, %d dialogs left; want the dialog gone", *closed, len(u.dialogs))
	}
	u.win.Canvas().Focus(u.home.search)
	typeShortcut(u, kit.CloseKey)
	if !*closed {
		t.Fatal("Ctrl+W on home did not close the window")
	}
}

// Closing or quitting while a session runs asks "Stop the session?" first:
// No carries on, Yes stops the session and then closes or quits.
func TestClosingDuringASessionAsksFirst(t *testing.T) {
	for _, key := range []*fyneShortcut{{kit.CloseKey, "Ctrl+W"}, {kit.QuitKey, "Ctrl+Q"}} {
		u, q, closed := newQuitApp(t)
		u.prefs.setSafetySeen()
		clock := u.cfg.Clock.(*stepClock)
		never := func() bool { return false }
		var p *player
		clock.act(t, never, func() {
			u.startRoutine(u.cfg.Catalog.Routine("Test Flow"))
			p = u.player
		})
		over := func() bool { return p.engine.State().Over }
		gone := func() bool { return *closed || q.quits > 0 }
		clock.act(t, never, func() { typeShortcut(u, key.s) })
		if gone() || !overlayShows(t, u.win, "Stop the session?") {
			t.Fatalf("%s in a session: closed %v, quit %d, asked %v", key.name, *closed, q.quits, overlayShows(t, u.win, "Stop the session?"))
		}
		clock.act(t, never, func() { test.Tap(dialogButton(t, u, "No")) })
		if gone() || over() {
			t.Fatalf("%s, No: the session or the window ended", key.name)
		}
		clock.act(t, never, func() { typeShortcut(u, key.s) })
		clock.act(t, over, func() { press(u, fyne.KeyReturn) })
		if !gone() || !over() {
			t.Fatalf("%s, Yes: session over %v, window closed %v, quit %d", key.name, over(), *closed, q.quits)
		}
		p.engine.Wait()
	}
}

type fyneShortcut struct {
	s    fyne.Shortcut
	name string
}

// The exercise picker moves by Up and Down from its search field, and
// Enter there uses the exercise chosen (the first Enter, with none
// chosen, chooses the first match to show it).
func TestTheExercisePickerTakesUpDownAndEnterFromItsSearch(t *testing.T) {
	u := newTestApp(t, testCatalog(t))
	var used *routine.Exercise
	l := u.showLibrary("Add an exercise", func(e *routine.Exercise) { used = e }, u.showHome)
	if u.win.Canvas().Focused() != l.search {
		t.Fatal("the picker does not start in its search field")
	}
	test.Type(l.search, "raise")
	if len(l.shown) < 3 {
		t.Fatalf("the test needs three matches for \"raise\", has %d", len(l.shown))
	}
	press(u, fyne.KeyDown)
	press(u, fyne.KeyDown)
	press(u, fyne.KeyDown)
	press(u, fyne.KeyUp)
	if l.chosen != l.shown[1] || u.win.Canvas().Focused() != l.search {
		t.Fatalf("Down, Down, Down, Up chose %s (focus on %T), want the second match with the focus kept", nameOf(l.chosen), u.win.Canvas().Focused())
	}
	press(u, fyne.KeyReturn)
	if used != l.shown[1] {
		t.Fatalf("Enter used %s, want the second match", nameOf(used))
	}

	used = nil
	l = u.showLibrary("Add an exercise", func(e *routine.Exercise) { used = e }, u.showHome)
	test.Type(l.search, "y raise")
	press(u, fyne.KeyReturn)
	if used != nil || l.chosen != l.shown[0] {
		t.Fatalf("the first Enter used %s and chose %s, want the first match chosen, nothing used", nameOf(used), nameOf(l.chosen))
	}
	press(u, fyne.KeyReturn)
	if used != l.shown[0] {
		t.Fatalf("the second Enter used %s, want the first match %s", nameOf(used), l.shown[0].Name)
	}
}

func nameOf(e *routine.Exercise) string {
	if e == nil {
		return "nothing"
	}
	return e.Name
}

// The Remind me dialog starts in its time field, and Enter there saves,
// as its highlighted Save does.
func TestEnterInTheRemindMeTimeSaves(t *testing.T) {
	u, c := newReminderApp(t)
	u.askRemind(u.cfg.Catalog.Routine("Upper Back Strength"))
	at, ok := u.win.Canvas().Focused().(*kit.Entry)
	if !ok || at.PlaceHolder != timeExample(u.locale) {
		t.Fatalf("the dialog starts on %T, not in its time field", u.win.Canvas().Focused())
	}
	at.SetText("07:30")
	press(u, fyne.KeyReturn)
	plan, err := c.Plan()
	if err != nil {
		t.Fatal(err)
	}
	if s, ok := plan.Session("Upper Back Strength"); !ok || s.At.String() != "07:30" || len(u.dialogs) != 0 {
		t.Fatalf("after Enter: saved %+v, %d dialogs open", plan.Sessions, len(u.dialogs))
	}
}

// Ctrl+Q quits as the tray's Quit does, from home and from the player
// alike: the background process is told to quit too, so no
// `posture --background` is left behind.
func TestCtrlQEndsTheBackgroundToo(t *testing.T) {
	for _, inSession := range []bool{false, true} {
		t.Setenv("XDG_RUNTIME_DIR", t.TempDir())
		c := &background.Client{DataDir: t.TempDir(), Exe: "true"}
		got := standInBackground(t, c.DataDir)
		q := &quitCounter{App: test.NewTempApp(t)}
		u := New(q, Config{Catalog: testCatalog(t), Advice: testAdvice(t), Clock: newStepClock(), Reminders: c, Background: inPlace})
		u.prefs.setSafetySeen()
		clock := u.cfg.Clock.(*stepClock)
		never := func() bool { return false }
		var p *player
		if inSession {
			clock.act(t, never, func() {
				u.startRoutine(u.cfg.Catalog.Routine("Test Flow"))
				p = u.player
			})
		}
		if !inSession {
			typeShortcut(u, kit.QuitKey)
		} else {
			clock.act(t, never, func() { typeShortcut(u, kit.QuitKey) })
			clock.act(t, func() bool { return p.engine.State().Over }, func() { test.Tap(dialogButton(t, u, "Yes")) })
			p.engine.Wait()
		}
		if q.quits != 1 {
			t.Fatalf("in a session %v: Ctrl+Q quit %d times, want once", inSession, q.quits)
		}
		select {
		case req := <-got:
			if req.Verb != wire.Quit {
				t.Fatalf("in a session %v: the background process got %q, want quit", inSession, req.Verb)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("in a session %v: Ctrl+Q left the background process running", inSession)
		}
	}
}
