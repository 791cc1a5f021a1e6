package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"

	"github.com/postureapp/posture/internal/history"
	"github.com/postureapp/posture/internal/locale"
)

// mixedWeek is this week (Monday 16 to Friday 20 November) with a
// session that ended in each way: completed, partial, skipped, stopped
// for pain, and one more completed.
func mixedWeek() []history.Session {
	completed := pullApartSession(4, 15)
	partial := pullApartSession(3, 15)
	partial.Exercises[0].SetsDone, partial.Exercises[0].Reps = 1, partial.Exercises[0].Reps[:1]
	skipped := pullApartSession(2, 15)
	skipped.Exercises[0].SetsDone, skipped.Exercises[0].Reps = 0, nil
	pain := pullApartSession(1, 15)
	pain.Status = history.Pain
	return []history.Session{completed, partial, skipped, pain, pullApartSession(0, 15)}
}

// The header says the week against the target in large type with a
// square per session, and a streak of none as what starts one, in
// markup pinned by a golden.
func TestHistoryHeaderMarkup(t *testing.T) {
	test.NewTempApp(t)
	h := newHistoryHeader()
	h.show(history.Summary{ThisWeek: 2, Target: 3})
	w := test.NewWindow(h.box)
	defer w.Close()
	w.Resize(fyne.NewSize(480, 160))
	w.Content().Refresh() // the wrapped lines know their width only once laid out
	test.AssertRendersToMarkup(t, "history_header.xml", w.Canvas())
}

// The History screen says "this week" once: in the header.
func TestHistorySaysThisWeekOnce(t *testing.T) {
	u, _, _ := appWithHistory(t, mixedWeek()...)
	u.win.Resize(fyne.NewSize(480, 640))
	u.showHistory()
	text := uniqueLines(allText(t, u.win.Content()))
	if !strings.Contains(text, "2 of 3 sessions this week") || !strings.Contains(text, "1 more completed session starts yours") {
		t.Errorf("no week against the target, or no friendly streak line:\n%s", text)
	}
	if n := strings.Count(strings.ToLower(text), "this week"); n != 1 {
		t.Errorf("the screen says 'this week' %d times, want once:\n%s", n, text)
	}
}

// uniqueLines drops the repeats allText gives for a label's own text,
// its rich text and its segments.
func uniqueLines(text string) string {
	seen := map[string]bool{}
	var out []string
	for _, l := range strings.Split(text, "\n") {
		if !seen[l] {
			seen[l] = true
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

func TestStreakTextIsFriendlyAtZero(t *testing.T) {
	cases := []struct {
		s    history.Summary
		want string
	}{
		{history.Summary{ThisWeek: 0, Target: 3}, "Every streak starts with one week: 3 more completed sessions start yours."},
		{history.Summary{ThisWeek: 2, Target: 3}, "Every streak starts with one week: 1 more completed session starts yours."},
		{history.Summary{ThisWeek: 3, Target: 3, Streak: 1}, "Target met: your streak starts now. Meet it next week too to keep it going."},
		{history.Summary{ThisWeek: 1, Target: 3, Streak: 1}, "1-week streak: you met your target last week. 2 more keep it going."},
		{history.Summary{ThisWeek: 4, Target: 3, Streak: 5}, "5-week streak: your target met 5 weeks in a row."},
	}
	for _, c := range cases {
		if got := streakText(c.s); got != c.want {
			t.Errorf("%+v: %q, want %q", c.s, got, c.want)
		}
	}
}

// The legend names every colour the calendar uses, each beside the
// square and icon the calendar draws for it.
func TestCalendarLegendMarkup(t *testing.T) {
	test.NewTempApp(t)
	legend := newCalendarLegend()
	w := test.NewWindow(legend)
	defer w.Close()
	test.AssertRendersToMarkup(t, "calendar_legend.xml", w.Canvas())
	for _, name := range []string{"Completed", "Partial", "Skipped, nothing done", "Stopped for pain", "No session"} {
		if !strings.Contains(allText(t, legend), name) {
			t.Errorf("the legend does not name %q", name)
		}
	}
}

// A day stopped for pain, a partial one and a skipped one each look
// different from a completed day and from each other, in colour and in
// the icon on it.
func TestCalendarDaysShowWhatHappened(t *testing.T) {
	u, _, _ := appWithHistory(t, mixedWeek()...)
	u.showHistory()
	week := u.facts.calendar[len(u.facts.calendar)-1]
	want := []history.DayMark{history.DayCompleted, history.DayPartial, history.DaySkipped, history.DayPain, history.DayCompleted}
	looks := map[dayLook]history.DayMark{}
	for d, m := range want {
		if week[d].Mark != m {
			t.Errorf("%s shows %q, want %q", week[d].Date.Format("Mon 2 Jan"), week[d].Mark.Name(), m.Name())
		}
		look := lookOf(week[d].Mark)
		if other, ok := looks[look]; ok && other != m {
			t.Errorf("%q looks like %q", m.Name(), other.Name())
		}
		if look.glyph == noGlyph {
			t.Errorf("%q has only a colour", m.Name())
		}
		looks[look] = m
	}
}

// Export CSV asks where to save, and writes there the same CSV as
// 'posture history --csv'.
func TestExportCSVButtonWritesTheFile(t *testing.T) {
	sessions := mixedWeek()
	u, _, _ := appWithHistory(t, sessions...)
	u.win.Resize(fyne.NewSize(960, 720))
	dir := t.TempDir()
	fyne.CurrentApp().Preferences().SetString("fyne:fileDialogLastFolder", storage.NewFileURI(dir).String())
	u.showHistory()
	test.Tap(findButton(t, u.win.Content(), "Export CSV"))
	save := findButton(t, u.win.Canvas().Overlays().Top(), "Save")
	test.Tap(save)
	path := filepath.Join(dir, "posture-history.csv")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("the CSV was not written: %v", err)
	}
	var want strings.Builder
	if err := history.WriteCSV(&want, u.sessions); err != nil {
		t.Fatal(err)
	}
	if string(data) != want.String() || strings.Count(string(data), "\n") != len(sessions)+1 {
		t.Fatalf("the file holds\n%s\nwant\n%s", data, want.String())
	}
	if !overlayShows(t, u.win, "5 sessions written to "+path) {
		t.Error("the export does not say where it went")
	}
}

// A session of another year says its year; one of this year does not
// need to.
func TestSessionRowsShowTheYearWhenNotThisOne(t *testing.T) {
	lastYear := pullApartSession(400, 15)
	u, _, _ := appWithHistory(t, lastYear, pullApartSession(1, 15))
	u.win.Resize(fyne.NewSize(960, 2400))
	u.showHistory()
	text := allText(t, u.historyScreen.sessions)
	if !strings.Contains(text, lastYear.Started.Local().Format("Mon 2 Jan 2006 15:04")+" · ") {
		t.Errorf("last year's session has no year:\n%s", text)
	}
	if !strings.Contains(text, pullApartSession(1, 15).Started.Local().Format("Mon 2 Jan 15:04")+" · ") {
		t.Errorf("this year's session is not short:\n%s", text)
	}
}

// The History screen offers the suggestions home does, each with Accept,
// and one accepted goes from the screen.
func TestHistoryOffersSuggestionsToAccept(t *testing.T) {
	u, _, _ := appWithHistory(t, pullApartSession(3, 20), pullApartSession(1, 20))
	u.win.Resize(fyne.NewSize(960, 720))
	u.showHistory()
	if !strings.Contains(allText(t, u.win.Content()), "Time for more resistance") {
		t.Fatalf("no suggestion on History:\n%s", allText(t, u.win.Content()))
	}
	test.Tap(findButton(t, u.win.Content(), "Accept"))
	test.Tap(findButton(t, u.win.Canvas().Overlays().Top(), "Change it"))
	if u.cfg.Catalog.Routine("Upper Back Strength (mine)") == nil {
		t.Fatal("Accept on History wrote no copy")
	}
	if strings.Contains(allText(t, u.win.Content()), "Time for more resistance") {
		t.Error("the accepted suggestion is still on History")
	}
}

// An empty history has nothing to export and no chart to pick from.
func TestEmptyHistoryHasNothingToExportOrChart(t *testing.T) {
	u, _, _ := appWithHistory(t)
	u.showHistory()
	if !findButton(t, u.win.Content(), "Export CSV").Disabled() {
		t.Error("Export CSV is offered with no sessions")
	}
	if u.historyScreen.progress.Visible() {
		t.Error("an empty chart is offered")
	}
	if !strings.Contains(allText(t, u.win.Content()), "3 more completed sessions start yours") {
		t.Errorf("no friendly streak line:\n%s", allText(t, u.win.Content()))
	}
}

// BenchmarkHistoryCalendar makes the 12-week calendar, as each read of
// the history does on the UI goroutine.
func BenchmarkHistoryCalendar(b *testing.B) {
	test.NewTempApp(b)
	var sessions []history.Session
	for i := range 90 {
		sessions = append(sessions, pullApartSession(i, 15))
	}
	cal := history.Calendar(sessions, historyNow, time.Local, calendarWeeks)
	for b.Loop() {
		newCalendar(cal, locale.Locale{})
	}
}

// A week of many sessions draws no more squares than the largest target,
// so the header never asks for more width than a narrow window has.
func TestHeaderSquaresStopAtTheLargestTarget(t *testing.T) {
	test.NewTempApp(t)
	h := newHistoryHeader()
	h.show(history.Summary{ThisWeek: 200, Target: 3, Streak: 2})
	if n := len(h.pips.Objects); n != history.MaxTarget {
		t.Errorf("%d squares for 200 sessions, want %d", n, history.MaxTarget)
	}
	if w := h.box.MinSize().Width; w > 460 {
		t.Errorf("the header needs %.0f px, wider than a 480 px window", w)
	}
}
