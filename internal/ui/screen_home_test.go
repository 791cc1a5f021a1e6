package ui

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/ui/kit"
)

func newTestApp(t *testing.T, c *routine.Catalog) *App {
	t.Helper()
	a := test.NewTempApp(t)
	return New(a, Config{Catalog: c, Advice: testAdvice(t), Clock: newStepClock()})
}

// cardTitles lists the routines the home screen shows, in order,
// whether or not their cards are made yet.
func cardTitles(h *home) []string {
	var out []string
	for _, r := range h.shown {
		out = append(out, r.Name)
	}
	return out
}

// rowFor is the row of the routine titled title: the one on show, or
// one made as the list makes it when it is not near the view.
func rowFor(t *testing.T, h *home, title string) *kit.ListRow {
	t.Helper()
	for _, o := range h.list.Objects {
		if r := kit.ListRowOf(o); r != nil && r.Title == title {
			return r
		}
	}
	for i, it := range h.items {
		if it.r != nil && it.r.Name == title {
			return kit.ListRowOf(h.row(i))
		}
	}
	t.Fatalf("home does not list %s", title)
	return nil
}

// chooseFromMenu presses the "⋯" button more and chooses label from the
// menu it opens.
func chooseFromMenu(t *testing.T, u *App, more *kit.Button, label string) {
	t.Helper()
	test.Tap(more)
	var menu *widget.PopUpMenu
	walk(t, u.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		if m, ok := o.(*widget.PopUpMenu); ok && menu == nil {
			menu = m
		}
	})
	if menu == nil {
		t.Fatal("⋯ opened no menu")
	}
	for _, it := range menu.Items {
		if tap, ok := it.(fyne.Tappable); ok && strings.TrimSpace(allText(t, it)) == label {
			test.Tap(tap)
			return
		}
	}
	t.Fatalf("the menu has no %q:\n%s", label, allText(t, menu))
}

// Each routine is one row: its name, time, equipment and weekly target,
// the person's own first, under headings.
func TestHomeListsEveryRoutineWithItsFacts(t *testing.T) {
	c := testCatalog(t)
	c.Routines[len(c.Routines)-1].BuiltIn = false // the test routine is the person's own
	u := newTestApp(t, c)
	titles := cardTitles(u.home)
	if len(titles) != 13 {
		t.Fatalf("home shows %d routines, want 12 built-in and the test one: %v", len(titles), titles)
	}
	ubs := rowFor(t, u.home, "Upper Back Strength")
	for _, want := range []string{"15 min", "band", "3× a week"} {
		if !strings.Contains(ubs.Facts, want) {
			t.Errorf("Upper Back Strength row says %q, missing %q", ubs.Facts, want)
		}
	}
	var headings []string
	for _, it := range u.home.items {
		if it.r == nil {
			headings = append(headings, it.heading)
		}
	}
	want := []string{"New here? Start with this one", "Your routines", "Built-in routines"}
	if !slices.Equal(headings, want) {
		t.Errorf("headings %q, want %q", headings, want)
	}
	if titles[0] != "Desk Posture Break" || titles[1] != c.Routines[len(c.Routines)-1].Name || titles[2] != "10-Minute Posture Workout" {
		t.Errorf("home lists %q: want the first routine, the person's own, then built-ins by name", titles[:3])
	}
}

func TestHomeFilters(t *testing.T) {
	u := newTestApp(t, testCatalog(t))
	h := u.home
	for _, unused := range []string{"Cable", "Bench"} {
		if slices.Contains(h.equipment.Options, unused) {
			t.Errorf("the filter offers %s, which no routine uses: %q", unused, h.equipment.Options)
		}
	}
	if imp := findButton(t, h.content, "Import"); imp.Icon.Name() != theme.DownloadIcon().Name() {
		t.Errorf("Import shows %s, not the download arrow", imp.Icon.Name())
	}
	h.equipment.SetSelected(noEquipment)
	for _, title := range cardTitles(h) {
		if title == "Upper Back Strength" || title == "Home Upper Back" {
			t.Errorf("%s needs a band but passes the no-equipment filter", title)
		}
		if title == "Core Basics" { // as the README says: a wall, a doorway, a chair and the floor
			t.Errorf("%s needs a mat but passes the no-equipment filter", title)
		}
	}
	if !slices.Contains(cardTitles(h), "Beginner, No Equipment") {
		t.Errorf("no-equipment filter hides the beginner routine: %v", cardTitles(h))
	}
	h.equipment.SetSelected("Dumbbells")
	if got := cardTitles(h); len(got) != 1 || got[0] != "Home Upper Back" {
		t.Errorf("dumbbells filter shows %v", got)
	}
	h.equipment.SetSelected(anyEquipment)
	test.Type(h.search, "chin tuck")
	for _, title := range cardTitles(h) {
		r := u.cfg.Catalog.Routine(title)
		if !strings.Contains(string(routine.EncodeRoutine(r)), "chin-tuck") {
			t.Errorf("%s shown for 'chin tuck' but has no chin tucks", title)
		}
	}
	if len(cardTitles(h)) == 0 {
		t.Fatal("search for an exercise name found nothing")
	}
	h.search.SetText("no such thing")
	if len(cardTitles(h)) != 0 || !strings.Contains(allText(t, h.list), "No routine matches") {
		t.Fatal("an empty result is not said")
	}
}

func TestHomeWarnsAboutBrokenFiles(t *testing.T) {
	c := testCatalog(t)
	c.Problems = append(c.Problems, routine.Problems{{File: "/data/routines/mine.toml", Line: 7, Field: "sets", Msg: "40 is out of range", Allowed: "1-20"}})
	u := newTestApp(t, c)
	text := allText(t, u.win.Content())
	if !strings.Contains(text, "1 file could not be loaded") || !strings.Contains(text, "/data/routines/mine.toml:7: sets: 40 is out of range (1-20)") {
		t.Fatalf("warning missing:\n%s", text)
	}
}

func TestFirstStartShowsSafetyAdviceOnce(t *testing.T) {
	u := newTestApp(t, testCatalog(t))
	clock := u.cfg.Clock.(*stepClock)
	never := func() bool { return false }
	u.home.search.SetText("Desk Posture Break") // a routine that needs no warm-up
	test.Tap(findButton(t, u.win.Content(), "Start"))
	if u.player != nil || !overlayShows(t, u.win, "Stop if it hurts") {
		t.Fatal("first start did not show the safety advice first")
	}
	clock.act(t, never, func() { test.Tap(findButton(t, u.win.Canvas().Overlays().Top(), "I understand, start")) })
	if u.player == nil {
		t.Fatal("accepting the advice did not open the player")
	}
	first := u.player
	clock.act(t, func() bool { return first.engine.State().Over }, u.showHome)
	first.engine.Wait()
	clock.act(t, never, func() { test.Tap(findButton(t, u.win.Content(), "Start")) })
	if u.player == nil || u.win.Canvas().Overlays().Top() != nil {
		t.Fatal("the advice showed a second time")
	}
	second := u.player
	u.showHome()
	second.engine.Wait()
}

func TestSafetyButtonShowsAdvice(t *testing.T) {
	u := newTestApp(t, testCatalog(t))
	test.Tap(findButton(t, u.win.Content(), "Safety"))
	if !overlayShows(t, u.win, "Ask which moves suit you") || !overlayShows(t, u.win, "Warm up first") {
		t.Fatal("safety advice incomplete")
	}
}

func TestSettingsApplyAndPersist(t *testing.T) {
	rec := &recordingPlayer{}
	a := test.NewTempApp(t)
	u := New(a, Config{Catalog: testCatalog(t), Advice: testAdvice(t), Audio: rec, AudioNotice: "no audio device: visual cues only (test)"})
	test.Tap(findButton(t, u.win.Content(), "Settings"))
	content := u.win.Content()
	if !strings.Contains(allText(t, content), noSoundText()) {
		t.Error("settings do not say there is no sound device")
	}
	var volume *kit.Slider
	var mute *kit.Check
	var themes, motion *kit.Radio
	var prepare, perWeek *kit.Select
	walk(t, content, func(o fyne.CanvasObject) {
		switch x := o.(type) {
		case *kit.Slider:
			if volume == nil { // the volume comes first, the voice's speed after
				volume = x
			}
		case *kit.Check:
			if strings.HasPrefix(x.Text, "Mute") {
				mute = x
			}
		case *kit.Radio:
			if slices.Contains(x.Options, motionStill) {
				motion = x
			} else if slices.Contains(x.Options, kit.ThemeDark) {
				themes = x
			}
		case *kit.Select:
			switch {
			case slices.Contains(x.Options, "As the routine says"):
				prepare = x
			case slices.Contains(x.Options, "4"):
				perWeek = x
			}
		}
	})
	volume.SetValue(35)
	mute.SetChecked(true)
	if motion.Selected != motionBalanced {
		t.Errorf("motion starts as %q, want %s", motion.Selected, motionBalanced)
	}
	motion.SetSelected(motionStill)
	prepare.SetSelected("10 seconds")
	perWeek.SetSelected("4")
	themes.SetSelected(kit.ThemeDark)
	test.Tap(findButton(t, content, "Test sound"))
	if rec.volume != 35 || !rec.muted || len(rec.played) != 0 {
		t.Errorf("audio got volume %d muted %v played %v", rec.volume, rec.muted, rec.played)
	}
	if !strings.Contains(allText(t, content), "Nothing played: no sound device was found") {
		t.Error("Test sound without a sound device does not say it cannot play")
	}
	if a.Settings().Theme().Color("background", 0) != kit.NewTheme(kit.ThemeDark).Color("background", 0) {
		t.Error("dark theme not applied at once")
	}
	again := loadSettings(a.Preferences())
	if again.volume() != 35 || !again.muted() || again.prepare() != 10 || again.theme() != kit.ThemeDark || again.motion() != motionStill || u.weeklyTarget() != 4 {
		t.Errorf("settings not kept: %d %v %d %s", again.volume(), again.muted(), again.prepare(), again.theme())
	}
	r := u.cfg.Catalog.Routine("Upper Back Strength")
	if got := again.withPrepare(r).PrepareTime(); got.Seconds() != 10 {
		t.Errorf("get-ready length %v, want 10s", got)
	}
	if r.PrepareTime().Seconds() != 5 {
		t.Error("the setting changed the catalog's routine")
	}
}

// A routine that starts with strength work offers its warm-up each time it
// starts, before the player: yes plays the warm-up first, No or Esc not.
func TestStartOffersTheWarmUpFirst(t *testing.T) {
	u := newTestApp(t, testCatalog(t))
	u.prefs.setSafetySeen()
	clock := u.cfg.Clock.(*stepClock)
	never := func() bool { return false }
	card := rowFor(t, u.home, "Upper Back Strength")
	for _, answer := range []string{"Warm up first", "Skip", "Esc"} {
		test.Tap(findButton(t, card.Box, "Start"))
		if u.player != nil || !overlayShows(t, u.win, "Play the Dynamic Warm-up first? It takes 6 min.") {
			t.Fatalf("%s: the warm-up was not offered before the player", answer)
		}
		clock.act(t, never, func() {
			if answer == "Esc" {
				u.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
			} else {
				test.Tap(findButton(t, u.win.Canvas().Overlays().Top(), answer))
			}
		})
		if u.player == nil || u.win.Canvas().Overlays().Top() != nil {
			t.Fatalf("%s: no player, or the question stayed", answer)
		}
		p := u.player
		first := p.r.Plans(u.cfg.Catalog.Library)[0][0].Exercise.ID
		if want := map[bool]string{true: "neck-roll", false: "band-pull-apart"}[answer == "Warm up first"]; first != want || p.r.Name != "Upper Back Strength" {
			t.Errorf("%s: %q starts with %s, want Upper Back Strength starting with %s", answer, p.r.Name, first, want)
		}
		if !strings.Contains(p.phaseWord.Text, "GET READY") {
			t.Errorf("%s: the player shows %q, not the get-ready", answer, p.phaseWord.Text)
		}
		clock.act(t, func() bool { return p.engine.State().Over }, u.showHome)
		p.engine.Wait()
	}
}

// Down and Up walk the rows past the group headings; Up from the first
// row goes back to the search field.
func TestArrowKeysWalkTheRows(t *testing.T) {
	u := newTestApp(t, testCatalog(t))
	u.win.Resize(fyne.NewSize(960, 720))
	h := u.home
	first := kit.ListRowOf(h.routines.Reveal(1)) // item 0 is the newcomer's heading
	c := u.win.Canvas()
	c.Focus(first.Surface)
	first.Surface.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	f, ok := c.Focused().(*kit.RowSurface)
	if !ok || f.Row.Title != h.shown[1].Name {
		t.Fatalf("Down from the first row focused %T, want %s past the heading", c.Focused(), h.shown[1].Name)
	}
	f.TypedKey(&fyne.KeyEvent{Name: fyne.KeyUp})
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyUp})
	if c.Focused() != h.search {
		t.Fatalf("Up from the first row focused %T, not the search", c.Focused())
	}
}

// From the search field, Down goes to the first routine listed and Enter
// opens the best match's page, as in the pickers.
func TestSearchFieldLeadsToTheRoutines(t *testing.T) {
	u := newTestApp(t, testCatalog(t))
	u.win.Resize(fyne.NewSize(960, 720))
	h, c := u.home, u.win.Canvas()
	c.Focus(h.search)
	pressKey(u, fyne.KeyDown)
	if f, ok := c.Focused().(*kit.RowSurface); !ok || f.Row.Title != h.shown[0].Name {
		t.Fatalf("Down from the search focused %T, want %s's row", c.Focused(), h.shown[0].Name)
	}
	pressKey(u, fyne.KeyUp)
	if c.Focused() != h.search {
		t.Fatalf("Up from the first row focused %T, not the search", c.Focused())
	}
	test.Type(h.search, "forward")
	pressKey(u, fyne.KeyReturn)
	if !onPreview(u, "Forward Head") {
		t.Fatalf("Enter in the search for “forward” did not open Forward Head's page (first found: %v)", cardTitles(h))
	}
	pressKey(u, fyne.KeyEscape)
	c.Focus(h.search)
	h.search.SetText("zzz")
	pressKey(u, fyne.KeyReturn)
	if u.win.Content() != h.content {
		t.Error("Enter in a search with no match left home")
	}
}
