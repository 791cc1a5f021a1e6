package ui

import (
	"math"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/postureapp/posture/internal/history"
	"github.com/postureapp/posture/internal/locale"
	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/ui/kit"
)

// The quick check's choices as the tests' English shows them.
const (
	feltRight  = "Felt right"
	feltUneasy = "Discomfort"
	feltPain   = "Pain"
)

// ytwSession is the Y-T-W Series played for rounds rounds (of 3).
func ytwSession(rounds int, status history.Status) history.Session {
	start := historyNow.Add(-time.Hour)
	s := history.Session{ID: history.NewID(start), Routine: "Y-T-W Series", Started: start, Ended: start.Add(9 * time.Minute),
		Status: status, Active: history.Duration(8 * time.Minute)}
	for r := range rounds {
		for _, ex := range []string{"prone-y-raise", "prone-t-raise", "prone-w-raise"} {
			s.Exercises = append(s.Exercises, history.Exercise{Exercise: ex, SetsPlanned: 1, SetsDone: 1, RepsPlanned: "10-15",
				Reps: []int{10 + r}, Hold: history.Duration(2 * time.Second)})
		}
	}
	return s
}

func summaryChecks(t *testing.T, u *App) []*kit.Radio {
	var radios []*kit.Radio
	walk(t, u.win.Content(), func(o fyne.CanvasObject) {
		if r, ok := o.(*kit.Radio); ok {
			radios = append(radios, r)
		}
	})
	return radios
}

// A section played in rounds is summed up as rounds: each exercise once,
// with every round's sets.
func TestSummaryShowsRoundsOnce(t *testing.T) {
	u, _, _ := appWithHistory(t)
	r := u.cfg.Catalog.Routine("Y-T-W Series")
	u.showSummary(r, ytwSession(2, history.Stopped))
	text := allText(t, u.win.Content())
	if !strings.Contains(text, "Y-T-W: 2 of 3 rounds") {
		t.Errorf("no line about the rounds:\n%s", text)
	}
	if n := countLabels(t, u.win.Content(), "Prone Y Raise: 2/2 sets, reps 10 11"); n != 1 {
		t.Errorf("the Y raise shows %d times with both rounds' reps, want once:\n%s", n, text)
	}
	if n := len(summaryChecks(t, u)); n != 3 {
		t.Errorf("%d quick checks, want one per exercise", n)
	}
}

// The quick check of a round-played step takes one rep count per set of
// every round, and writes them back round by round.
func TestQuickCheckOfRoundsWritesEachRound(t *testing.T) {
	u, store, _ := appWithHistory(t)
	rec := ytwSession(2, history.Completed)
	u.writer.Record(rec) // as the player hands it over
	u.writer.Flush(time.Second)
	u.showSummary(u.cfg.Catalog.Routine("Y-T-W Series"), rec)
	var reps []*kit.Entry
	walk(t, u.win.Content(), func(o fyne.CanvasObject) {
		if e, ok := o.(*kit.Entry); ok && strings.HasPrefix(e.PlaceHolder, "reps") {
			reps = append(reps, e)
		}
	})
	reps[0].SetText("12")
	test.Tap(findButton(t, u.win.Content(), "Save check"))
	if !strings.Contains(allText(t, u.win.Content()), "give 2 numbers") {
		t.Fatal("one number for two rounds was taken")
	}
	reps[0].SetText("12 13")
	test.Tap(findButton(t, u.win.Content(), "Save check"))
	saved, _ := store.Load()
	if got := saved[0].Exercises; len(saved) != 1 || got[0].Reps[0] != 12 || got[3].Reps[0] != 13 {
		t.Fatalf("rounds saved as %+v", got)
	}
}

// After "Stop: pain" the exercise it stopped in starts at Pain.
func TestQuickCheckAfterPainStartsAtPain(t *testing.T) {
	u, _, _ := appWithHistory(t)
	u.showSummary(u.cfg.Catalog.Routine("Y-T-W Series"), ytwSession(1, history.Pain))
	radios := summaryChecks(t, u)
	if got := radios[len(radios)-1].Selected; got != feltPain {
		t.Errorf("the exercise stopped for pain starts at %q", got)
	}
	if got := radios[0].Selected; got != feltRight {
		t.Errorf("an exercise before it starts at %q", got)
	}
}

// The quick check asks only of the exercises done: one skipped with
// Next (no set, no rep) has nothing to feel, so it has no question, and a
// session with every exercise skipped has no quick check; the exercise a
// stop for pain ended in is asked even when nothing of it was done.
func TestQuickCheckLeavesOutSkippedExercises(t *testing.T) {
	u, _, _ := appWithHistory(t)
	r := u.cfg.Catalog.Routine("Y-T-W Series")
	rec := ytwSession(1, history.Stopped)
	rec.Exercises[1].SetsDone, rec.Exercises[1].Reps = 0, nil // the T raise skipped
	u.showSummary(r, rec)
	text := allText(t, u.win.Content())
	if n := len(summaryChecks(t, u)); n != 2 || strings.Contains(text, "Prone T Raise\n"+feltRight) {
		t.Errorf("%d quick checks, want the Y and W raises' alone:\n%s", n, text)
	}
	for i := range rec.Exercises {
		rec.Exercises[i].SetsDone, rec.Exercises[i].Reps = 0, nil
	}
	u.showSummary(r, rec)
	if n := len(summaryChecks(t, u)); n != 0 || strings.Contains(allText(t, u.win.Content()), "Quick check") {
		t.Errorf("a session with every exercise skipped asks %d quick checks", n)
	}
	rec.Status = history.Pain
	u.showSummary(r, rec)
	if radios := summaryChecks(t, u); len(radios) != 1 || radios[0].Selected != feltPain {
		t.Errorf("after a stop for pain in the W raise, with nothing done, the check asks %d exercises", len(radios))
	}
}

// Leaving the summary with quick-check changes not saved asks first.
func TestLeavingWithAnUnsavedCheckAsks(t *testing.T) {
	u, store, _ := appWithHistory(t)
	rec := ytwSession(1, history.Completed)
	u.showSummary(u.cfg.Catalog.Routine("Y-T-W Series"), rec)
	test.Tap(findButton(t, u.win.Content(), "Back to home"))
	if u.win.Content() != u.home.content {
		t.Fatal("an untouched check did not leave at once")
	}
	if row := rowFor(t, u.home, "Y-T-W Series"); u.win.Canvas().Focused() != row.Surface {
		t.Errorf("back home, the focus is on %T, not the row of the routine just played", u.win.Canvas().Focused())
	}
	u.showSummary(u.cfg.Catalog.Routine("Y-T-W Series"), rec)
	summaryChecks(t, u)[0].SetSelected(feltUneasy)
	escape(u)
	if !overlayShows(t, u.win, "did not save it") {
		t.Fatal("leaving with a changed check did not ask")
	}
	escape(u) // Keep editing
	if u.win.Content() == u.home.content {
		t.Fatal("Esc on the question left the summary")
	}
	test.Tap(findButton(t, u.win.Content(), "Back to home"))
	confirm(t, u, "Save and leave")
	if u.win.Content() != u.home.content {
		t.Fatal("Save and leave did not leave")
	}
	saved, _ := store.Load()
	if len(saved) != 1 || saved[0].Exercises[0].Comfort != history.ComfortDiscomfort {
		t.Fatalf("the check was not saved: %+v", saved)
	}
}

// Accepting a suggestion says what changes, writes only that into the
// person's copy (not the app's get-ready length), and the suggestion goes.
func TestAcceptSuggestionChangesOnlyWhatItSays(t *testing.T) {
	u, _, _ := appWithHistory(t, pullApartSession(3, 17), pullApartSession(1, 17))
	u.prefs.p.SetInt(prefPrepare, 30)
	builtin := u.cfg.Catalog.Routine("Upper Back Strength")
	u.showSummary(u.prefs.withPrepare(builtin), pullApartSession(1, 17)) // as the player hands it over
	if !strings.Contains(allText(t, u.win.Content()), "Add reps before resistance") {
		t.Fatalf("no suggestion:\n%s", allText(t, u.win.Content()))
	}
	test.Tap(findButton(t, u.win.Content(), "Accept"))
	msg := allText(t, u.win.Canvas().Overlays().Top())
	if missing := missingGlyphs(t, msg); len(missing) > 0 {
		t.Errorf("the question shows %q, which the window's font cannot draw:\n%s", string(missing), msg)
	}
	for _, want := range []string{`"Upper Back Strength (mine)"`, "Band Pull-Apart: reps from 15–20 to 17–20", "Nothing else changes."} {
		if !strings.Contains(msg, want) {
			t.Errorf("the question lacks %q:\n%s", want, msg)
		}
	}
	confirm(t, u, "Change it")
	mine := u.cfg.Catalog.Routine("Upper Back Strength (mine)")
	if mine == nil {
		t.Fatal("no copy written")
	}
	if mine.PrepareTime() != builtin.PrepareTime() {
		t.Errorf("the copy's get-ready is %v, the routine's own is %v", mine.PrepareTime(), builtin.PrepareTime())
	}
	want := routine.Count{Lo: 17, Hi: 20}
	for _, st := range mine.Steps() {
		if st.Exercise == "band-pull-apart" && st.Reps != want {
			t.Errorf("band pull-apart reps %v, want %v", st.Reps, want)
		}
	}
	if strings.Contains(allText(t, u.win.Content()), "Add reps before resistance") {
		t.Error("the accepted suggestion is still offered on the summary")
	}
	u.showHome()
	if strings.Contains(allText(t, u.win.Content()), "Add reps before resistance") {
		t.Error("the accepted suggestion is still offered on home")
	}
}

// Each point of the history chart sits over its date, and two sessions on
// one day are told apart by their times.
func TestChartPointsSitOverTheirDates(t *testing.T) {
	same := pullApartSession(2, 16)
	later := same
	later.Started, later.Ended = same.Started.Add(6*time.Hour), same.Ended.Add(6*time.Hour)
	later.ID = history.NewID(later.Started)
	u, _, _ := appWithHistory(t, pullApartSession(5, 15), same, later, pullApartSession(1, 17))
	u.win.Resize(fyne.NewSize(960, 720))
	u.showHistory()
	var c *kit.Chart
	walk(t, u.win.Content(), func(o fyne.CanvasObject) {
		if x, ok := o.(*kit.Chart); ok {
			c = x
		}
	})
	labels := kit.PointLabels(c.Dates)
	if labels[1] == labels[2] || !strings.Contains(labels[1], "\n") {
		t.Fatalf("two sessions on one day read %q and %q", labels[1], labels[2])
	}
	centre := func(o fyne.CanvasObject) float64 { return math.Round(float64(o.Position().X + o.Size().Width/2)) }
	dots, dates := map[float64]bool{}, map[float64]string{}
	for _, o := range test.TempWidgetRenderer(t, c).Objects() {
		switch x := o.(type) {
		case *canvas.Circle:
			dots[centre(x)] = true
		case *canvas.Text:
			if x.Alignment == fyne.TextAlignCenter {
				dates[centre(x)] += x.Text
			}
		}
	}
	if len(dates) < 2 {
		t.Fatalf("%d dates drawn under the points", len(dates))
	}
	for x, text := range dates {
		if !dots[x] {
			t.Errorf("date %q is centred at %.1f, where no point is", text, x)
		}
	}
}

// The summary of a demo says it was not saved, as the player did.
func TestADemoSummarySaysItIsNotSaved(t *testing.T) {
	u := New(test.NewTempApp(t), Config{Catalog: testCatalog(t), Advice: testAdvice(t), Clock: newStepClock(), Speed: 50, Demo: true})
	r := u.cfg.Catalog.Routine("Y-T-W Series")
	u.showSummary(r, ytwSession(1, history.Completed))
	if text := allText(t, u.win.Content()); !strings.Contains(text, "Demo at 50× speed: this session is not saved") {
		t.Fatalf("the demo's summary does not say it is not saved:\n%s", text)
	}
	if text := allText(t, u.win.Content()); strings.Contains(text, "Counts toward") {
		t.Errorf("a demo that is not saved says it counts:\n%s", text)
	}
	walk(t, u.win.Content(), func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && l.Visible() && strings.TrimSpace(l.Text) == "" {
			t.Error("an empty line leaves a gap in the demo's summary")
		}
	})
}

// Issue #26: Next through a whole routine gives a summary that says it
// was skipped and does not count; played through, it counts.
func TestSummarySaysASkippedRoutineDoesNotCount(t *testing.T) {
	u, _, _ := appWithHistory(t)
	r := u.cfg.Catalog.Routine("Y-T-W Series")
	skipped := ytwSession(3, history.Completed)
	for i := range skipped.Exercises {
		skipped.Exercises[i].SetsDone, skipped.Exercises[i].Reps = 0, nil
	}
	u.showSummary(r, skipped)
	text := allText(t, u.win.Content())
	for _, want := range []string{"Routine skipped", "Not counted toward your weekly target: 9 of 9 exercises skipped."} {
		if !strings.Contains(text, want) {
			t.Errorf("no %q in the summary:\n%s", want, text)
		}
	}
	if strings.Contains(text, "Routine complete") {
		t.Errorf("a skipped routine is called complete:\n%s", text)
	}
	u.showSummary(r, ytwSession(3, history.Completed))
	if text := allText(t, u.win.Content()); !strings.Contains(text, "Routine complete") || !strings.Contains(text, "Counts toward your weekly target.") {
		t.Errorf("a routine played through:\n%s", text)
	}
}

// Saving "Discomfort" says so in a line with the advice a click away;
// only "Pain" puts the whole safety advice over the summary.
func TestSavedDiscomfortHintsAndPainShowsTheAdvice(t *testing.T) {
	u, _, _ := appWithHistory(t)
	u.showSummary(u.cfg.Catalog.Routine("Y-T-W Series"), ytwSession(1, history.Completed))
	summaryChecks(t, u)[0].SetSelected(feltUneasy)
	test.Tap(findButton(t, u.win.Content(), "Save check"))
	if overlayShows(t, u.win, "Safety") {
		t.Fatal("saving Discomfort put the safety advice over the summary")
	}
	text := allText(t, u.win.Content())
	if !strings.Contains(text, "Discomfort noted") || !strings.Contains(text, "Stop if it turns into pain") {
		t.Errorf("saving Discomfort does not say what happens next:\n%s", text)
	}
	test.Tap(findButton(t, u.win.Content(), "Safety advice"))
	if !overlayShows(t, u.win, "pain") {
		t.Fatal("the Safety advice button does not open the advice")
	}
	escape(u)
	summaryChecks(t, u)[0].SetSelected(feltPain)
	test.Tap(findButton(t, u.win.Content(), "Save check"))
	if !overlayShows(t, u.win, "pain") {
		t.Error("saving Pain did not show the safety advice")
	}
}

// After saving "Discomfort" in a 480-wide German window, the saved line
// runs under the buttons across the whole card, so it wraps between
// words; squeezed between Save and Safety advice it broke words apart
// ("Gespeiche" / "rt.").
func TestSavedCheckLineTakesTheCardsWidth(t *testing.T) {
	inLanguage(t, locale.German)
	u, _ := newFittingApp(t, locale.German)
	u.showSummary(u.cfg.Catalog.Routine("Y-T-W Series"), ytwSession(1, history.Completed))
	summaryChecks(t, u)[0].SetSelected(comfortLabel(history.ComfortDiscomfort))
	test.Tap(findButton(t, u.win.Content(), lang.X("summary.check.save", "Save check")))
	want := lang.X("summary.check.saved_discomfort", "")
	var saved *widget.Label
	var card fyne.CanvasObject // the check's rows: the first around the line holding a choice too
	kit.WalkTree(u.win.Content(), func(o fyne.CanvasObject, path []fyne.CanvasObject) bool {
		if l, ok := o.(*widget.Label); ok && l.Text == want {
			saved = l
			for i := len(path) - 2; i >= 0 && card == nil; i-- {
				if holdsRadio(path[i]) {
					card = path[i]
				}
			}
			return true
		}
		return false
	})
	if saved == nil || card == nil {
		t.Fatalf("no saved line %q in the quick check", want)
	}
	if got, room := saved.Size().Width, card.Size().Width; got < room-2*theme.Padding() {
		t.Errorf("the saved line is %.0f wide in a card %.0f wide", got, room)
	}
	if shown, words := strings.Fields(strings.Join(shownRows(t, saved), " ")), strings.Fields(want); !slices.Equal(shown, words) {
		t.Errorf("the saved line breaks words: its rows are %q", shownRows(t, saved))
	}
}

func holdsRadio(o fyne.CanvasObject) bool {
	return kit.WalkTree(o, func(c fyne.CanvasObject, _ []fyne.CanvasObject) bool {
		_, ok := c.(*kit.Radio)
		return ok
	})
}

// shownRows is the text of each row a label draws, as wrapped.
func shownRows(t *testing.T, l *widget.Label) []string {
	var rows []string
	walk(t, l, func(o fyne.CanvasObject) {
		if x, ok := o.(*canvas.Text); ok && x.Text != "" {
			rows = append(rows, x.Text)
		}
	})
	return rows
}
