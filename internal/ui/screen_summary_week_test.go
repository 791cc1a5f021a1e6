package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/postureapp/posture/internal/history"
)

// A completed session is celebrated with where the week stands and the
// streak; the session that meets the target says so.
func TestSummaryCelebratesACompletedSessionWithTheWeek(t *testing.T) {
	u, _, _ := appWithHistory(t, pullApartSession(3, 15))
	rec := pullApartSession(0, 15)
	u.writer.Record(rec) // as the player hands it over
	u.showSummary(u.cfg.Catalog.Routine("Upper Back Strength"), rec)
	text := allText(t, u.win.Content())
	for _, want := range []string{"Well done! Routine complete", "2 of 3 sessions this week", "1 more completed session starts yours"} {
		if !strings.Contains(text, want) {
			t.Errorf("no %q in the summary:\n%s", want, text)
		}
	}

	third := later(pullApartSession(0, 15), 2*time.Hour)
	u.writer.Record(third)
	u.showSummary(u.cfg.Catalog.Routine("Upper Back Strength"), third)
	if text := allText(t, u.win.Content()); !strings.Contains(text, "That makes 3 of 3 this week: your weekly target is met!") {
		t.Errorf("the session that met the target does not say so:\n%s", text)
	}
}

// A session skipped through or only partly done is not praised; it says
// where the week stands, without it.
func TestSummaryOfAPartialSessionIsHonest(t *testing.T) {
	u, _, _ := appWithHistory(t, pullApartSession(3, 15))
	rec := pullApartSession(0, 15)
	rec.Status = history.Stopped
	rec.Exercises[0].SetsDone, rec.Exercises[0].Reps = 1, rec.Exercises[0].Reps[:1]
	u.writer.Record(rec)
	u.showSummary(u.cfg.Catalog.Routine("Upper Back Strength"), rec)
	text := allText(t, u.win.Content())
	if strings.Contains(text, "Well done") || strings.Contains(text, "target is met") {
		t.Errorf("a partial session is praised:\n%s", text)
	}
	for _, want := range []string{"Session stopped", "1 of 3 sessions this week", "Not counted toward your weekly target"} {
		if !strings.Contains(text, want) {
			t.Errorf("no %q in the summary:\n%s", want, text)
		}
	}
}

// later is s done d later, as a session of its own.
func later(s history.Session, d time.Duration) history.Session {
	s.Started, s.Ended = s.Started.Add(d), s.Ended.Add(d)
	s.ID = history.NewID(s.Started)
	return s
}
