package background

import (
	"strings"
	"testing"
	"time"

	"github.com/postureapp/posture/internal/locale"
	"github.com/postureapp/posture/internal/remind"
)

// A notification speaks the person's language: its title, with the
// routine's name quoted as German quotes it, its body with
// the time written as the locale writes it, and its buttons.
func TestNotificationInThePersonsLanguage(t *testing.T) {
	d, s, _, _, _ := newNoticeRig(t)
	d.cfg.Words = locale.UIMessages(locale.German)
	d.cfg.Locale = locale.Locale{Lang: locale.German, Territory: "DE"}
	planned := time.Date(2026, 3, 2, 18, 5, 0, 0, time.UTC) // a Monday
	d.notify(remind.Prompt{Routine: "Neck Release", Planned: planned, Snoozed: true})
	d.notify(remind.Prompt{Routine: "Desk Posture Break", Kind: remind.DeskBreak, Planned: planned})
	session, desk := s.shown[0], s.shown[1]
	if session.Title != "Zeit für „Neck Release“" || !strings.HasPrefix(session.Body, "Verschoben von Mo. 18:05.") {
		t.Errorf("session notification %q / %q", session.Title, session.Body)
	}
	if desk.Title != "Zeit für eine Bewegungspause" {
		t.Errorf("desk break notification %q", desk.Title)
	}
	var labels []string
	for _, a := range session.Actions {
		labels = append(labels, a.Label)
	}
	if strings.Join(labels, "|") != "Starten|10 min später" {
		t.Errorf("buttons %q", labels)
	}
}

func TestTrayTimesInThePersonsLanguage(t *testing.T) {
	d := &daemon{cfg: Config{Words: locale.UIMessages(locale.French), Locale: locale.Locale{Lang: locale.French, Territory: "FR"}}}
	now := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC) // a Monday
	for at, want := range map[time.Time]string{
		now.Add(9 * time.Hour):  "aujourd’hui à 18:00",
		now.Add(33 * time.Hour): "demain à 18:00",
		now.Add(81 * time.Hour): "jeu. 18:00",
	} {
		if got := d.whenText(at, now); got != want {
			t.Errorf("whenText(%v) = %q, want %q", at, got, want)
		}
	}
}
