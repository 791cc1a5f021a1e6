package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/ui/kit"
)

// onPreview says whether the page of the routine named name is on show.
func onPreview(u *App, name string) bool {
	return u.preview != nil && u.win.Content() == u.preview.content && u.preview.r.Name == name
}

func pressKey(u *App, key fyne.KeyName) {
	ev := &fyne.KeyEvent{Name: key}
	if f := u.win.Canvas().Focused(); f != nil {
		f.TypedKey(ev)
		return
	}
	u.win.Canvas().OnTypedKey()(ev)
}

// A click on a routine's row opens its page: what it asks for, and every
// exercise in order under its section's name and rounds, with its dose,
// sides and rests.
func TestPreviewOpensOnClickWithEveryStep(t *testing.T) {
	u := newTestApp(t, testCatalog(t))
	u.win.Resize(fyne.NewSize(960, 720))
	test.Tap(rowFor(t, u.home, "Y-T-W Series").Surface)
	if !onPreview(u, "Y-T-W Series") {
		t.Fatal("a click on the row did not open the routine's page")
	}
	text := allText(t, u.win.Content())
	for _, want := range []string{
		"Prone Y, T and W raises back to back", // the description
		"Built-in routine", "4 exercises", "no equipment", "aims at 3 sessions a week",
		"Start offers the Dynamic Warm-up",
		"Y-T-W · 3 rounds", "Superman",
		"1 set × 10–15 reps, hold 2–3 s · rest 15 s after · from the article",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the page does not say %q:\n%s", want, text)
		}
	}
	order := []string{"Prone Y Raise", "Prone T Raise", "Prone W Raise", "Superman"}
	at := 0
	for _, name := range order {
		i := strings.Index(text[at:], name)
		if i < 0 {
			t.Fatalf("%s missing or out of order:\n%s", name, text)
		}
		at += i
	}
	if strings.Contains(text, "\nEdit\n") {
		t.Error("a built-in routine offers Edit")
	}
}

// Enter on a focused row opens its page, Start on the page starts the
// routine, and Esc goes back to home with the same row focused.
func TestPreviewByKeyboard(t *testing.T) {
	u := newTestApp(t, testCatalog(t))
	u.win.Resize(fyne.NewSize(480, 640))
	row := rowFor(t, u.home, "Forward Head")
	u.win.Canvas().Focus(row.Surface)
	pressKey(u, fyne.KeyReturn)
	if !onPreview(u, "Forward Head") {
		t.Fatal("Enter on the row did not open its page")
	}
	if u.win.Canvas().Focused() != u.preview.start {
		t.Errorf("the page opened with %T focused, not Start", u.win.Canvas().Focused())
	}
	pressKey(u, fyne.KeyEscape)
	if u.win.Content() != u.home.content {
		t.Fatal("Esc did not go back to home")
	}
	back, ok := u.win.Canvas().Focused().(*kit.RowSurface)
	if !ok || back.Row.Title != "Forward Head" || !shownIn(u.home.scroll, back) {
		t.Fatalf("back on home the focus is on %T, not Forward Head's row in view", u.win.Canvas().Focused())
	}
	pressKey(u, fyne.KeyDown)
	pressKey(u, fyne.KeyUp)
	if f, ok := u.win.Canvas().Focused().(*kit.RowSurface); !ok || f.Row.Title != "Forward Head" {
		t.Fatalf("Down then Up left the focus on %T, not Forward Head's row", u.win.Canvas().Focused())
	}
	pressKey(u, fyne.KeySpace)
	if !onPreview(u, "Forward Head") {
		t.Fatal("Space on the row did not open its page")
	}
	pressKey(u, fyne.KeySpace) // Start has the focus
	if !overlayShows(t, u.win, "Stop if it hurts") {
		t.Fatal("Start on the page did not start the routine (the safety advice comes first)")
	}
}

// Back from a routine far down the list returns to the same place.
func TestPreviewBackKeepsHomesPlace(t *testing.T) {
	u := newTestApp(t, manyRoutines(t, 40))
	u.win.Resize(fyne.NewSize(960, 720))
	h := u.home
	h.scroll.ScrollToOffset(fyne.NewPos(0, 1500))
	h.routines.Layout(nil, h.list.Size())
	var row *kit.ListRow
	for _, o := range h.list.Objects {
		if r := kit.ListRowOf(o); r != nil && shownIn(h.scroll, o) {
			row = r
			break
		}
	}
	if row == nil {
		t.Fatal("no row in view after scrolling")
	}
	before := h.scroll.Offset.Y
	test.Tap(row.Surface)
	test.Tap(findButton(t, u.win.Content(), "Back"))
	if u.win.Content() != h.content {
		t.Fatal("Back did not go home")
	}
	focused, ok := u.win.Canvas().Focused().(*kit.RowSurface)
	if !ok || focused.Row.Title != row.Title || !shownIn(h.scroll, focused) {
		t.Fatalf("back on home %T is focused, want %s's row in view", u.win.Canvas().Focused(), row.Title)
	}
	if d := h.scroll.Offset.Y - before; d < -1 || d > 1 {
		t.Errorf("home scrolled from %.0f to %.0f", before, h.scroll.Offset.Y)
	}
}

// The person's own routine offers Edit on its page, and its menu holds
// everything the old card's buttons did.
func TestPreviewOfOwnRoutineOffersEveryAction(t *testing.T) {
	u := newEditingApp(t)
	u.importRoutine("/a/mine.toml", []byte(mine))
	confirm(t, u, "Close")
	test.Tap(rowFor(t, u.home, "Mine").Surface)
	if !onPreview(u, "Mine") {
		t.Fatal("the own routine's page did not open")
	}
	findButton(t, u.win.Content(), "Edit")
	chooseFromMenu(t, u, findMoreButton(t, u.win.Content()), "Rename")
	if !overlayShows(t, u.win, `Rename "Mine"`) {
		t.Fatal("Rename from the page's menu asked nothing")
	}
	top := u.win.Canvas().Overlays().Top()
	var in *kit.Entry
	walk(t, top, func(o fyne.CanvasObject) {
		if e, ok := o.(*kit.Entry); ok {
			in = e
		}
	})
	in.SetText("Mine again")
	test.Tap(findButton(t, top, "Rename"))
	if !onPreview(u, "Mine again") {
		t.Fatal("after a rename the page does not show the new name")
	}
	chooseFromMenu(t, u, findMoreButton(t, u.win.Content()), "Delete")
	confirm(t, u, "Delete")
	if u.win.Content() != u.home.content {
		t.Fatal("deleting from the page left the page of a routine that is gone")
	}
}

// findMoreButton is the first "⋯" button below o.
func findMoreButton(t *testing.T, o fyne.CanvasObject) *kit.Button {
	t.Helper()
	var more *kit.Button
	walk(t, o, func(c fyne.CanvasObject) {
		if b, ok := c.(*kit.Button); ok && more == nil && b.Icon != nil && b.Icon.Name() == theme.MoreHorizontalIcon().Name() {
			more = b
		}
	})
	if more == nil {
		t.Fatal("no ⋯ button")
	}
	return more
}

// The page says when the routine's reminder comes (#26).
func TestPreviewShowsTheReminder(t *testing.T) {
	u, _ := newReminderApp(t)
	test.Tap(rowFor(t, u.home, "Upper Back Strength").Surface)
	if text := allText(t, u.win.Content()); !strings.Contains(text, "No reminder set") {
		t.Fatalf("a routine without a reminder does not say so:\n%s", text)
	}
	chooseFromMenu(t, u, findMoreButton(t, u.win.Content()), "Remind me")
	top := u.win.Canvas().Overlays().Top()
	at, _ := remindDialogFields(t, top)
	at.SetText("07:30")
	test.Tap(findButton(t, top, "Save"))
	// Set before the reminder hours (from 08:00), it comes when they
	// start, as home's header says.
	if text := allText(t, u.win.Content()); !strings.Contains(text, "Reminder: Mon Wed Fri at 08:00") {
		t.Errorf("the page does not say when the reminder just set comes:\n%s", text)
	}
}

func TestPreviewMarkup(t *testing.T) {
	u := newTestApp(t, testCatalog(t))
	u.win.Resize(fyne.NewSize(480, 640))
	u.showPreview(u.cfg.Catalog.Routine("Y-T-W Series"))
	test.AssertRendersToMarkup(t, "preview.xml", u.win.Canvas())
}

// On a person's own routine the page says a step's numbers are set in
// the routine when its step writes them, even at the article's values,
// and from the article only where the step takes the exercise's dose.
func TestPreviewSaysWhereAnOwnRoutinesDoseComesFrom(t *testing.T) {
	c := testCatalog(t)
	own, err := routine.ParseRoutine("mine.toml", []byte(`format = 1
name = "Mine Q"

[[step]]
exercise = "prone-y-raise"
reps = "10-15"

[[step]]
exercise = "prone-t-raise"
`), c.Library)
	if err != nil {
		t.Fatal(err)
	}
	c.Routines = append(c.Routines, own)
	u := newTestApp(t, c)
	u.win.Resize(fyne.NewSize(960, 720))
	u.showPreview(own)
	text := allText(t, u.win.Content())
	if n := strings.Count(uniqueLines(text), "your own numbers"); n != 1 {
		t.Errorf("%d steps say their numbers are set in the routine, want the Y raise's alone:\n%s", n, text)
	}
	if n := strings.Count(uniqueLines(text), "from the article"); n != 1 {
		t.Errorf("%d steps say their numbers are from the article, want the T raise's alone:\n%s", n, text)
	}
}
