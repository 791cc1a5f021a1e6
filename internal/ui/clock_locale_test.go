package ui

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"

	"github.com/postureapp/posture/assets"
	"github.com/postureapp/posture/internal/history"
	"github.com/postureapp/posture/internal/locale"
)

// inLocale sets the environment as a person's whose system locale is
// name ("en_US.UTF-8").
func inLocale(t *testing.T, name string) {
	t.Cleanup(func() { _ = lang.AddTranslationsFS(assets.UITranslations, "translations") })
	t.Setenv("LANGUAGE", "")
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	t.Setenv("LANG", name)
}

// clockLocales are the locales and how each writes 8:15 in the evening.
var clockLocales = []struct{ name, evening string }{
	{"en_US.UTF-8", "8:15 PM"},
	{"en_GB.UTF-8", "20:15"},
	{"de_DE.UTF-8", "20:15"},
	{"es_ES.UTF-8", "20:15"},
	{"fr_FR.UTF-8", "20:15"},
}

// The Remind me dialog shows its time, and its list of times, on the
// locale's clock and takes what it shows (in the US either clock); home's
// header, the routine's row and page then name the time the same way.
func TestRemindTimesFollowTheLocalesClock(t *testing.T) {
	for _, c := range clockLocales {
		t.Run(c.name, func(t *testing.T) {
			inLocale(t, c.name)
			u, client := newReminderApp(t)
			us := u.locale.Hour12()
			typed := []string{c.evening}
			if us {
				typed = append(typed, "20:15") // the other clock is read too
			}
			for i, text := range typed {
				u.showHome()
				u.askRemind(u.cfg.Catalog.Routine("Upper Back Strength"))
				top := u.win.Canvas().Overlays().Top()
				at, pick := remindDialogFields(t, top)
				proposed, next := map[bool]string{true: "6:00 PM", false: "18:00"}[us], map[bool]string{true: "6:15 PM", false: "18:15"}[us]
				if i > 0 { // the time saved before
					proposed, next = c.evening, map[bool]string{true: "8:30 PM", false: "20:30"}[us]
				}
				if at.Text != proposed || pick.Options[0] != proposed || pick.Options[1] != next {
					t.Fatalf("the dialog shows %q and lists %q first, want %q, %q", at.Text, pick.Options[:2], proposed, next)
				}
				at.SetText(text)
				test.Tap(findButton(t, top, lang.X("remind.dialog.save", "Save")))
				plan, _ := client.Plan()
				if s, ok := plan.Session("Upper Back Strength"); !ok || s.At != 20*60+15 {
					t.Fatalf("typing %q saved %+v", text, plan.Sessions)
				}
				u.showHome()
				if home := allText(t, u.win.Content()); strings.Count(home, c.evening) < 2 {
					t.Errorf("home's header and the routine's row do not both say %q:\n%s", c.evening, home)
				}
				u.showPreview(u.cfg.Catalog.Routine("Upper Back Strength"))
				if page := allText(t, u.win.Content()); !strings.Contains(page, c.evening) {
					t.Errorf("the routine's page does not say %q:\n%s", c.evening, page)
				}
			}
		})
	}
}

// The Remind me dialog's hint and warnings use the locale's clock.
func TestRemindWarningsFollowTheLocalesClock(t *testing.T) {
	for _, c := range []struct{ name, typed, example, warning string }{
		{"en_US.UTF-8", "7:55 AM", "7:30 AM", "7:55 AM is outside the hours reminders may come (8:00 AM–9:00 PM)"},
		{"de_DE.UTF-8", "07:55", "07:30", "07:55 liegt außerhalb der Zeiten, in denen Erinnerungen kommen dürfen (08:00–21:00)"},
	} {
		t.Run(c.name, func(t *testing.T) {
			inLocale(t, c.name)
			u, _ := newReminderApp(t)
			u.askRemind(u.cfg.Catalog.Routine("Upper Back Strength"))
			top := u.win.Canvas().Overlays().Top()
			at, _ := remindDialogFields(t, top)
			if at.PlaceHolder != c.example {
				t.Errorf("the field's example is %q, want %q", at.PlaceHolder, c.example)
			}
			at.SetText("")
			if text := allText(t, top); !strings.Contains(text, c.example) {
				t.Errorf("the empty field's hint has no %q:\n%s", c.example, text)
			}
			at.SetText(c.typed)
			if text := allText(t, top); !strings.Contains(text, c.warning) {
				t.Errorf("no warning %q:\n%s", c.warning, text)
			}
		})
	}
}

// A session in History is dated on the locale's clock.
func TestHistoryRowsFollowTheLocalesClock(t *testing.T) {
	now := time.Date(2026, 11, 22, 21, 0, 0, 0, time.Local)
	s := history.Session{Started: time.Date(2026, 11, 20, 20, 15, 0, 0, time.Local)}
	for _, c := range clockLocales {
		l, _ := locale.Parse(c.name)
		if got := sessionDate(s, now, l); !strings.HasSuffix(got, " "+c.evening) {
			t.Errorf("%s: a session reads %q, want it to end at %q", c.name, got, c.evening)
		}
	}
}
