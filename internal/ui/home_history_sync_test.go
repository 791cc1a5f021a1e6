package ui

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/postureapp/posture/internal/history"
	"github.com/postureapp/posture/internal/store"
)

// A session another program saves while the window is open (`posture
// run ROUTINE --terminal` writes through its own history.Open on the
// same folder) shows on home at the next poll, without a visit to
// History: the week's count and the History screen read it.
func TestHomeShowsASessionSavedByAnotherProgram(t *testing.T) {
	t.Setenv("XDG_RUNTIME_DIR", t.TempDir())
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	paths := store.Layout(t.TempDir())
	a := test.NewTempApp(t)
	u := newWithClock(a, Config{Catalog: testCatalog(t), Advice: testAdvice(t), History: history.Open(paths),
		Clock: newStepClock(), Background: inPlace}, func() time.Time { return historyNow })
	defer func() { _ = u.writer.Close(time.Second) }()
	u.showHome()
	if got := weekText(u.summary()); !strings.Contains(got, "This week: 0 of") {
		t.Fatalf("home starts with %q", got)
	}

	before := u.historyFilesStamp()
	terminal := history.Open(paths)
	for _, s := range []history.Session{pullApartSession(1, 15), pullApartSession(0, 16)} {
		if _, err := terminal.Save(s); err != nil {
			t.Fatal(err)
		}
	}
	u.pollHistory(before)
	if got := u.home.status.Text; !strings.Contains(got, "This week: 2 of") {
		t.Errorf("after another program saved two sessions home's header says %q", got)
	}
	u.showHistory()
	if text := allText(t, u.win.Content()); !strings.Contains(text, "Upper Back Strength") {
		t.Errorf("History does not list the sessions saved elsewhere:\n%s", text)
	}
}
