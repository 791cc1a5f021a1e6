package ui

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/postureapp/posture/internal/history"
	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/ui/kit"
)

// absPos is where the driver draws o: its own walk of the window, not
// this package's.
func absPos(o fyne.CanvasObject) fyne.Position {
	return fyne.CurrentApp().Driver().AbsolutePositionForObject(o)
}

// shownIn says whether o lies wholly inside scroll's visible area.
func shownIn(s *container.Scroll, o fyne.CanvasObject) bool {
	top, view := absPos(o).Y, absPos(s).Y
	return top >= view-0.5 && top+o.Size().Height <= view+s.Size().Height+0.5
}

// findMine is the button of ours labelled text below o.
func findMine(t *testing.T, o fyne.CanvasObject, text string) *kit.Button {
	t.Helper()
	var found *kit.Button
	kit.WalkTree(o, func(c fyne.CanvasObject, _ []fyne.CanvasObject) bool {
		if b, ok := c.(*kit.Button); ok && b.Text == text {
			found = b
		}
		return found != nil
	})
	if found == nil {
		t.Fatalf("no button %q", text)
	}
	return found
}

// A problem line that comes or goes under a field moves nothing: its
// room is kept, so nothing below is left where a click would miss it,
// and the rows are where a fresh layout of the whole window puts them.
func TestEditorRowsStayAsProblemsComeAndGo(t *testing.T) {
	u := newEditingApp(t)
	u.duplicateRoutine(u.cfg.Catalog.Routine("Upper Back Strength"))
	e := u.editRoutine(u.cfg.Catalog.Routine("Upper Back Strength (copy)"))
	add := findMine(t, e.content, "Add section")
	before := absPos(add)
	fresh := func() fyne.Position {
		test.LaidOutObjects(u.win.Content()) // Fyne's own layout of every container from the top
		return absPos(add)
	}
	e.typeIn(t, "per_week", "0")
	if e.problemAt("per_week") == "" {
		t.Fatal("0 sessions a week shows no problem")
	}
	if shown := absPos(add); shown != before {
		t.Fatalf("a problem line moved the rows below it: %v then %v", before, shown)
	}
	if want := fresh(); want != before {
		t.Fatalf("with a problem, Add section is at %v; laid out afresh it is at %v", before, want)
	}
	e.typeIn(t, "per_week", "4")
	if got := absPos(add); got != before {
		t.Fatalf("after the problem went Add section is at %v, was %v", got, before)
	}
}

// screensToShow opens each screen a person can reach, in turn.
func screensToShow(t *testing.T, u *App) map[string]func() {
	return map[string]func(){
		"home":     u.showHome,
		"settings": u.showSettings,
		"history":  u.showHistory,
		"editor":   func() { u.editRoutine(u.cfg.Catalog.Routine("Home Upper Back")) },
		"exercise": func() { u.editExercise(nil, u.showHome) },
		"library":  func() { u.showLibrary("Add an exercise", func(*routine.Exercise) {}, u.showHome).list.Select(0) },
		"summary": func() {
			r := u.cfg.Catalog.Routine("Y-T-W Series")
			u.showSummary(r, history.Session{Routine: r.Name, Status: history.Pain, Exercises: []history.Exercise{
				{Exercise: "prone-y-raise", SetsPlanned: 1, SetsDone: 1, Reps: []int{10}},
			}})
		},
	}
}

// No screen asks for more width than a 480-wide window has, so none
// widens the window by itself.
func TestNoScreenWidensANarrowWindow(t *testing.T) {
	u, _, _ := appWithHistory(t, pullApartSession(3, 16), pullApartSession(1, 17))
	u.cfg.AudioNotice = "no audio device: visual cues only (ALSA: cannot find card '0')"
	for name, show := range screensToShow(t, u) {
		u.win.Resize(fyne.NewSize(480, 640))
		show()
		if w := u.win.Content().MinSize().Width; w > 480-2*theme.Padding() {
			t.Errorf("%s needs %.0f wide", name, w)
		}
		if got := u.win.Canvas().Size(); got.Width != 480 {
			t.Errorf("%s widened the window to %.0f", name, got.Width)
		}
	}
}

// Moving the focus with Tab scrolls whatever gets it into view, on every
// screen.
func TestTabKeepsTheFocusInView(t *testing.T) {
	u, _, _ := appWithHistory(t, pullApartSession(3, 16), pullApartSession(1, 17))
	for name, show := range screensToShow(t, u) {
		u.win.Resize(fyne.NewSize(480, 640))
		show()
		c := u.win.Canvas()
		seen := 0
		for range 60 {
			c.FocusNext()
			f, ok := c.Focused().(fyne.CanvasObject)
			if !ok {
				continue
			}
			s := kit.ScrollAround(f)
			if s == nil {
				continue
			}
			seen++
			if !shownIn(s, f) {
				t.Errorf("%s: the focused %T at y=%.0f is out of view", name, f, absPos(f).Y)
				break
			}
		}
		if seen == 0 {
			t.Errorf("%s: nothing in its scroll container took the focus", name)
		}
	}
}

// ringShown finds whether b draws its focus ring.
func ringShown(t *testing.T, b *kit.Button) bool {
	for _, o := range test.TempWidgetRenderer(t, b).Objects() {
		if r, ok := o.(*canvas.Rectangle); ok && r.StrokeWidth == kit.RingWidth && r.Visible() && r.StrokeColor == theme.Color(theme.ColorNameForeground) {
			return true
		}
	}
	return false
}

// The buttons a screen is for (Start, Yes, Save) show a ring in the text
// colour while they have the focus, in both themes.
func TestPrimaryButtonsShowAFocusRing(t *testing.T) {
	for _, choice := range []string{kit.ThemeLight, kit.ThemeDark} {
		u := newTestApp(t, testCatalog(t))
		u.setTheme(choice)
		var start *kit.Button
		kit.WalkTree(u.win.Content(), func(o fyne.CanvasObject, _ []fyne.CanvasObject) bool {
			if b, ok := o.(*kit.Button); ok && b.Text == "Start" {
				start = b
			}
			return start != nil
		})
		if ringShown(t, start) {
			t.Fatalf("%s: the ring shows without the focus", choice)
		}
		u.win.Canvas().Focus(start)
		if !ringShown(t, start) {
			t.Errorf("%s: Start shows no ring with the focus", choice)
		}
	}
}

// Space on a focused button that has been scrolled out of sight brings it
// into view; only a second Space, on what the person can see, acts.
func TestSpaceOnAnUnseenButtonOnlyShowsIt(t *testing.T) {
	u := newEditingApp(t)
	u.showHome()
	s := u.home.scroll
	s.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.Delta{DY: -1e6}}) // to the last row
	objs := u.home.list.Objects
	last := kit.ListRowOf(objs[len(objs)-1])
	if last == nil {
		t.Fatal("no routine row last on home")
	}
	start := last.Primary
	u.win.Canvas().Focus(start)
	s.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.Delta{DY: 1e6}}) // the wheel takes the page away
	if shownIn(s, start) {
		t.Fatal("the test needs the button out of view")
	}
	start.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
	if u.win.Canvas().Overlays().Top() != nil || u.player != nil {
		t.Fatal("Space on an unseen button acted")
	}
	if !shownIn(s, start) {
		t.Fatal("Space did not bring the button into view")
	}
	start.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
	if u.win.Canvas().Overlays().Top() == nil && u.player == nil {
		t.Fatal("Space on the button in view did not act")
	}
	if u.player != nil {
		u.showHome()
	}
}

func escape(u *App) { u.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape}) }

// Esc closes the top dialog only, as its way out does, whether or not a
// button in it has the focus; while a dialog is open the screen under it
// hears no key.
func TestEscClosesTheTopDialog(t *testing.T) {
	u := newTestApp(t, testCatalog(t))
	u.showSettings()
	u.showAdvice(false, nil)
	u.inform("Second", "On top of the advice.")
	if n := len(u.win.Canvas().Overlays().List()); n != 2 {
		t.Fatalf("%d dialogs open, want 2", n)
	}
	escape(u)
	if !overlayShows(t, u.win, "Ask which moves suit you") || overlayShows(t, u.win, "On top of the advice") {
		t.Fatal("Esc did not close just the top dialog")
	}
	if !u.onSettings {
		t.Fatal("Esc reached the screen under the dialog")
	}
	close := findButton(t, u.win.Canvas().Overlays().Top(), "Close")
	var focused *kit.Button
	kit.WalkTree(u.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject, _ []fyne.CanvasObject) bool {
		focused, _ = o.(*kit.Button)
		return focused != nil && &focused.Button == close
	})
	u.win.Canvas().Focus(focused)
	focused.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape}) // a focused widget gets the key first
	if u.win.Canvas().Overlays().Top() != nil {
		t.Fatal("Esc on a focused dialog button did not close the dialog")
	}
	escape(u)
	if u.onSettings {
		t.Fatal("with no dialog open, Esc did not leave Settings")
	}
}

// A dialog that asks first (delete) takes "No" as Esc.
func TestEscIsTheWayOut(t *testing.T) {
	u := newEditingApp(t)
	u.duplicateRoutine(u.cfg.Catalog.Routine("Desk Posture Break"))
	u.showHome()
	u.askDelete(u.cfg.Catalog.Routine("Desk Posture Break (copy)"))
	escape(u)
	if u.win.Canvas().Overlays().Top() != nil || u.cfg.Catalog.Routine("Desk Posture Break (copy)") == nil {
		t.Fatal("Esc did not close the question, keeping the routine")
	}
}

// The mouse wheel over an entry scrolls the form it is in.
func TestWheelOverAnEntryScrollsTheEditor(t *testing.T) {
	u := newEditingApp(t)
	e := u.editRoutine(u.cfg.Catalog.Routine("Home Upper Back"))
	in := e.inputs["section[1].step[1].sets"].(*kit.Entry)
	kit.BringIntoView(in)
	before := e.scroll.Offset.Y
	at := absPos(in).AddXY(10, 10)
	test.Scroll(u.win.Canvas(), at, 0, -120)
	if e.scroll.Offset.Y <= before {
		t.Fatalf("the wheel over an entry left the editor at %.0f (was %.0f)", e.scroll.Offset.Y, before)
	}
}

// A search or filter after scrolling shows its matches from the top, says
// when nothing matches, and a cleared search scrolls to the last card.
func TestHomeFilterShowsMatchesFromTheTop(t *testing.T) {
	u := newTestApp(t, testCatalog(t))
	u.win.Resize(fyne.NewSize(480, 640))
	h := u.home
	h.scroll.ScrollToBottom()
	test.Type(h.search, "chin")
	if h.scroll.Offset.Y != 0 || !shownIn(h.scroll, h.list.Objects[0]) {
		t.Fatalf("after searching the first match is not in view (offset %.0f)", h.scroll.Offset.Y)
	}
	h.scroll.ScrollToBottom()
	h.equipment.SetSelected("Dumbbells")
	if !strings.Contains(allText(t, h.list), "No routine matches “chin” with dumbbells.") || !shownIn(h.scroll, h.list.Objects[0]) {
		t.Fatalf("no match is not said in view:\n%s", allText(t, h.list))
	}
	test.Tap(findButton(t, h.list, "Show every routine"))
	h.scroll.ScrollToBottom()
	last := h.list.Objects[len(h.list.Objects)-1]
	if len(cardTitles(h)) != len(u.cfg.Catalog.Routines) || !shownIn(h.scroll, last) {
		t.Fatalf("after clearing the filter the last card cannot be reached (%d cards)", len(cardTitles(h)))
	}
}

func TestSearchRanksAnExactNameFirst(t *testing.T) {
	u := newTestApp(t, testCatalog(t))
	test.Type(u.home.search, "upper back strength")
	if got := cardTitles(u.home); len(got) == 0 || got[0] != "Upper Back Strength" {
		t.Fatalf("searching a routine's name lists %v", got)
	}
	u.home.search.SetText("upper back")
	if got := cardTitles(u.home); len(got) < 2 || !slices.Contains(got[:2], "Upper Back Strength") || !slices.Contains(got[:2], "Home Upper Back") {
		t.Fatalf("names holding the words do not come first: %v", got)
	}
}

// selectText is what a select shows of its choice.
func selectText(t *testing.T, s *kit.Select) string {
	var text string
	walk(t, s, func(o fyne.CanvasObject) {
		if x, ok := o.(*canvas.Text); ok && x.Text != "" {
			text = x.Text
		}
	})
	return text
}

func inputBackground(t *testing.T, s *kit.Select) any {
	for _, o := range test.TempWidgetRenderer(t, s).Objects() {
		if r, ok := o.(*canvas.Rectangle); ok && r.FillColor != nil {
			return r.FillColor
		}
	}
	return nil
}

// The equipment filter shows each choice in full, capitalised, and takes
// a new theme chosen while Settings was on show.
func TestEquipmentFilterReadsWellAndFollowsTheTheme(t *testing.T) {
	u := newTestApp(t, testCatalog(t))
	sel := u.home.equipment
	for _, size := range []fyne.Size{fyne.NewSize(1280, 800), fyne.NewSize(480, 640)} {
		u.win.Resize(size)
		for _, o := range sel.Options {
			if o[:1] != strings.ToUpper(o[:1]) {
				t.Errorf("choice %q is not capitalised", o)
			}
			sel.SetSelected(o)
			if got := selectText(t, sel); got != o {
				t.Errorf("at %v the filter shows %q for %q", size, got, o)
			}
		}
	}
	u.setTheme(kit.ThemeDark)
	u.showSettings()
	u.setTheme(kit.ThemeLight)
	u.showHome()
	if got, want := inputBackground(t, sel), kit.NewTheme(kit.ThemeLight).Color(theme.ColorNameInputBackground, 0); got != want {
		t.Errorf("after switching to light in Settings the filter is %v, want %v", got, want)
	}
}

// Without a sound device the home screen says so in a line that can be
// dismissed, and Test sound says it cannot play.
func TestHomeSaysThereIsNoSound(t *testing.T) {
	a := test.NewTempApp(t)
	u := New(a, Config{Catalog: testCatalog(t), Advice: testAdvice(t), AudioNotice: "ALSA: cannot find card '0'"})
	u.win.Resize(fyne.NewSize(480, 640))
	if !strings.Contains(allText(t, u.win.Content()), noSoundText()) {
		t.Fatal("home does not say there is no sound")
	}
	var n *kit.Notice
	kit.WalkTree(u.win.Content(), func(o fyne.CanvasObject, _ []fyne.CanvasObject) bool {
		n, _ = o.(*kit.Notice)
		return n != nil
	})
	before := absPos(u.home.search).Y
	test.Tap(n.CloseButton)
	if n.Visible() || absPos(u.home.search).Y >= before {
		t.Fatal("dismissing the line did not remove it and close the gap")
	}
}

// A demo at another speed saves nothing, but the history screen still
// shows the sessions saved before.
func TestDemoShowsTheSavedHistory(t *testing.T) {
	store := history.NewStore(t.TempDir())
	if _, err := store.Save(pullApartSession(1, 15)); err != nil {
		t.Fatal(err)
	}
	a := test.NewTempApp(t)
	u := newWithClock(a, Config{Catalog: testCatalog(t), Advice: testAdvice(t), History: store, Demo: true, Speed: 10,
		Clock: newStepClock(), Background: inPlace}, func() time.Time { return historyNow })
	if u.writer != nil {
		t.Fatal("a demo would save its sessions")
	}
	if !strings.Contains(allText(t, u.win.Content()), "not saved") {
		t.Error("home does not say the demo is not saved")
	}
	u.showHistory()
	if n := countLabels(t, u.win.Content(), "Upper Back Strength · completed"); n != 1 {
		t.Fatalf("the demo's history shows %d sessions, want the 1 saved", n)
	}
}

// The window opens at the size it had when last closed.
func TestWindowRemembersItsSize(t *testing.T) {
	a := test.NewTempApp(t)
	u := New(a, Config{Catalog: testCatalog(t), Advice: testAdvice(t)})
	if got := u.win.Canvas().Size(); got != firstWindowSize {
		t.Fatalf("first run opens at %v", got)
	}
	u.win.Resize(fyne.NewSize(700, 560))
	u.onCloseMain()
	again := New(a, Config{Catalog: testCatalog(t), Advice: testAdvice(t)})
	if got := again.win.Canvas().Size(); got != fyne.NewSize(700, 560) {
		t.Fatalf("reopened at %v, want 700x560", got)
	}
}

// Settings keeps the weekly target beside the history, where the command
// line reads it.
func TestWeeklyTargetIsKeptBesideTheHistory(t *testing.T) {
	u, store, _ := appWithHistory(t)
	u.showSettings()
	var perWeek *kit.Select
	walk(t, u.win.Content(), func(o fyne.CanvasObject) {
		if s, ok := o.(*kit.Select); ok && slices.Contains(s.Options, "7") {
			perWeek = s
		}
	})
	perWeek.SetSelected("5")
	if n, err := store.Target(); n != 5 || err != nil {
		t.Fatalf("the file says %d (%v), want 5", n, err)
	}
	u.showHome()
	if !strings.Contains(weekText(u.summary()), "of 5 sessions") {
		t.Errorf("home counts against %q", weekText(u.summary()))
	}
}

// A target set before it moved beside the history is carried over.
func TestWeeklyTargetMovesFromPreferences(t *testing.T) {
	store := history.NewStore(t.TempDir())
	a := test.NewTempApp(t)
	a.Preferences().SetInt(prefPerWeek, 6)
	u := newWithClock(a, Config{Catalog: testCatalog(t), Advice: testAdvice(t), History: store, Background: inPlace}, func() time.Time { return historyNow })
	if n, _ := store.Target(); n != 6 || u.weeklyTarget() != 6 {
		t.Fatalf("the old setting of 6 became %d in the file, %d on screen", n, u.weeklyTarget())
	}
}

// BenchmarkEditorKeystroke is one character typed in the editor of the
// longest built-in routine: checks, problem lines and the relayout of the
// whole screen.
func BenchmarkEditorKeystroke(b *testing.B) {
	t := &testing.T{}
	u := newEditingApp(t)
	e := u.editRoutine(u.cfg.Catalog.Routine("Home Upper Back"))
	in := e.inputs["section[2].step[1].reps"].(*kit.Entry)
	u.win.Canvas().Focus(in)
	b.ResetTimer()
	for i := range b.N {
		in.SetText(fmt.Sprint(10 + i%5))
	}
}

// BenchmarkRelayoutEditor is the relayout alone, for comparison.
func BenchmarkRelayoutEditor(b *testing.B) {
	t := &testing.T{}
	u := newEditingApp(t)
	u.editRoutine(u.cfg.Catalog.Routine("Home Upper Back"))
	b.ResetTimer()
	for range b.N {
		u.relayout()
	}
}

// Tab starts at the top bar, as a person reads, and Esc from a focused
// entry leaves the screen as Esc anywhere does.
func TestTabStartsAtTheTopAndEscLeavesFromAnEntry(t *testing.T) {
	u := newEditingApp(t)
	c := u.win.Canvas()
	c.FocusNext()
	if b, ok := c.Focused().(*kit.Button); !ok || b.Text != "History" {
		t.Fatalf("the first Tab on home reaches %T %v", c.Focused(), c.Focused())
	}
	e := u.newRoutine()
	if c.Focused() != e.inputs["name"] {
		t.Fatalf("a new routine opens with %T focused, not its Name", c.Focused())
	}
	c.Unfocus()
	c.FocusNext()
	if b, ok := c.Focused().(*kit.Button); !ok || b.Text != "Back" {
		t.Fatalf("the first Tab in the editor reaches %T", c.Focused())
	}
	name := e.inputs["name"].(*kit.Entry)
	c.Focus(name)
	name.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if u.win.Content() != u.home.content {
		t.Fatal("Esc in the name field did not leave the untouched editor")
	}
}
