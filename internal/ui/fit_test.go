package ui

import (
	"fmt"
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

	"github.com/postureapp/posture/internal/background"
	"github.com/postureapp/posture/internal/history"
	"github.com/postureapp/posture/internal/locale"
	"github.com/postureapp/posture/internal/remind"
	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/ui/kit"
)

// narrowWindow is the smallest window Posture is made for.
var narrowWindow = fyne.NewSize(480, 640)

// Every screen and dialog fits a 480×640 window in English, German,
// Spanish and French: home, every routine's page, History with sessions
// of every outcome, Settings, the routine editor (a built-in's copy and
// a new routine with its problems), the exercise picker and editor, the
// player through every phase with its stop question, the summary with its
// quick check, the safety advice, Remind me, the reminder prompt, and the
// import and export choosers. None asks for more width than the window
// has, so none widens it or is cut at its right edge.
func TestEveryScreenFitsANarrowWindow(t *testing.T) {
	for _, l := range []locale.Lang{locale.English, locale.German, locale.Spanish, locale.French} {
		t.Run(string(l), func(t *testing.T) {
			inLanguage(t, l)
			u, clock := newFittingApp(t, l)
			fits := func(where string) {
				t.Helper()
				fitsNarrow(t, u, where)
			}
			walkFitting(t, u, clock, fits)
		})
	}
}

// fitsNarrow fails when the window's content or a dialog over it needs
// more than a 480-wide window gives it, or the window grew.
func fitsNarrow(t *testing.T, u *App, where string) {
	t.Helper()
	room := narrowWindow.Width - 2*theme.Padding()
	if w := u.win.Content().MinSize().Width; w > room {
		t.Errorf("%s needs %.0f wide, the window gives %.0f; the widest part: %s", where, w, room, widestPart(u.win.Content(), room))
	}
	for _, o := range u.win.Canvas().Overlays().List() {
		if w := o.MinSize().Width; w > narrowWindow.Width {
			t.Errorf("%s: a dialog needs %.0f wide, the window is %.0f; the widest part: %s", where, w, narrowWindow.Width, widestPart(o, narrowWindow.Width-4*theme.Padding()))
		}
	}
	if got := u.win.Canvas().Size(); got.Width != narrowWindow.Width {
		t.Errorf("%s widened the window to %.0f", where, got.Width)
		u.win.Resize(narrowWindow) // so the next screen is judged on its own
	}
}

// widestPart names the innermost part of o that needs more than room,
// with its text, to say what to shorten or wrap.
func widestPart(o fyne.CanvasObject, room float32) string {
	var found fyne.CanvasObject
	depth := -1
	kit.WalkTree(o, func(c fyne.CanvasObject, path []fyne.CanvasObject) bool {
		if c.Visible() && c.MinSize().Width > room && len(path) > depth {
			found, depth = c, len(path)
		}
		return false
	})
	if found == nil {
		return "none alone"
	}
	text := ""
	kit.WalkTree(found, func(c fyne.CanvasObject, _ []fyne.CanvasObject) bool {
		switch x := c.(type) {
		case *widget.Label:
			text += "|" + x.Text
		case *widget.Button:
			text += "|" + x.Text
		case *canvas.Text:
			text += "|" + x.Text
		}
		return false
	})
	return fmt.Sprintf("%T %.0f wide %q", found, found.MinSize().Width, text)
}

// newFittingApp is a 480×640 window in l with the built-ins, the test
// flow, a history of every outcome and reminders kept in a temporary
// folder.
func newFittingApp(t *testing.T, l locale.Lang) (*App, *stepClock) {
	t.Helper()
	t.Setenv("XDG_RUNTIME_DIR", t.TempDir())
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	src := sourcesIn(t, l)
	c, advice := withFlowAndAdvice(t, routine.Load(src), l)
	store := history.NewStore(t.TempDir())
	for _, s := range append(mixedWeek(), ytwSession(2, history.Stopped)) {
		if _, err := store.Save(s); err != nil {
			t.Fatal(err)
		}
	}
	clock := newStepClock()
	a := test.NewTempApp(t)
	u := newWithClock(a, Config{Catalog: c, Sources: src, Advice: advice, History: store, Clock: clock, Background: inPlace,
		Reminders:   &background.Client{DataDir: t.TempDir(), Exe: "true"},
		AudioNotice: "no audio device: visual cues only (ALSA: cannot find card '0')"},
		func() time.Time { return historyNow })
	u.win.Resize(narrowWindow)
	return u, clock
}

// walkFitting opens every screen and dialog in turn, calling fits at
// each, and closes each dialog before the next.
func walkFitting(t *testing.T, u *App, clock *stepClock, fits func(where string)) {
	t.Helper()
	closeDialogs := func() {
		for _, o := range u.win.Canvas().Overlays().List() {
			o.Hide()
			u.win.Canvas().Overlays().Remove(o)
		}
		u.dialogs = nil
	}
	dialogOver := func(where string, open func()) {
		t.Helper()
		open()
		if u.win.Canvas().Overlays().Top() == nil {
			t.Errorf("%s: no dialog opened", where)
		}
		fits(where)
		closeDialogs()
	}

	u.showHome()
	fits("home")
	u.keepReplaced(routine.Saved{Replaced: []routine.Trashed{{Name: "Morning Pull (mine)"}}})
	fits("home offering Undo")
	for _, s := range painfulYTW() {
		s.Started, s.Ended = s.Started.Add(30*time.Minute), s.Ended.Add(30*time.Minute) // after the walk's own Y-T-W
		s.ID = history.NewID(s.Started)
		if _, err := u.cfg.History.Save(s); err != nil {
			t.Fatal(err)
		}
	}
	u.reloadHistory()
	u.showHome()
	if _, sugs := u.suggestions(); len(sugs) == 0 {
		t.Error("no suggestion on home after a pain stop")
	}
	fits("home after a pain stop")
	ubs := u.cfg.Catalog.Routine("Upper Back Strength")
	dialogOver("remind me", func() { u.askRemind(ubs) })
	dialogOver("safety advice", func() { u.showAdvice(false, nil) })
	dialogOver("import", u.chooseImport)
	dialogOver("export", func() { u.chooseExport(ubs) })
	dialogOver("delete question", func() { u.askDelete(ubs) })
	for _, r := range u.cfg.Catalog.Routines {
		u.showPreview(r)
		fits("page of " + r.Name)
	}

	u.showHistory()
	for _, s := range u.sessions {
		u.historyScreen.open[s.ID] = true // every session's details
	}
	u.historyScreen.refreshSessions()
	fits("history")
	dialogOver("CSV export", u.chooseCSVExport)
	u.showSettings()
	fits("settings")

	u.editRoutine(ubs)
	fits("editor of " + ubs.Name)
	e := u.newRoutine()
	fits("new routine")
	test.Tap(e.saveBtn)
	fits("new routine with its problems")
	addStep := lang.X("editor.step.add", "Add exercise")
	test.Tap(findButton(t, u.win.Content(), addStep))
	fits("exercise picker")
	pickByID(t, e, "prone-y-raise")
	test.Tap(findButton(t, u.win.Content(), addStep))
	pickByID(t, e, "doorway-stretch")
	e.typeIn(t, "section[1].step[1].sets", "x")
	fits("routine with a strength and a stretch step and a problem")
	test.Tap(findButton(t, e.content, lang.X("nav.back", "Back")))
	fits("leave the editor?")
	closeDialogs()
	x := u.editExercise(nil, u.showHome)
	fits("new exercise")
	test.Tap(x.save)
	fits("new exercise with its problems")
	y, _ := u.cfg.Catalog.Library.Exercise("prone-y-raise")
	u.editExercise(y, u.showHome)
	fits("exercise editor of a built-in")

	u.fyneApp.Preferences().SetBool(prefSafetySeen, false)
	u.showHome()
	walkPlayerChecking(t, u, clock, fits)
	fits("summary")
	u.showSummary(u.cfg.Catalog.Routine("Y-T-W Series"), ytwSession(2, history.Pain))
	fits("summary of a painful session")

	planned := time.Now().Add(-26 * time.Hour)
	u.showPrompt(
		remind.Prompt{Routine: "Home Upper Back", Planned: planned, Late: true},
		remind.Prompt{Routine: "Desk Posture Break", Kind: remind.DeskBreak, Planned: planned},
		remind.Prompt{Routine: "Y-T-W Series", Planned: time.Now(), Snoozed: true},
	)
	if w := u.prompt.win.Content().MinSize().Width; w > narrowWindow.Width {
		t.Errorf("the reminder prompt needs %.0f wide", w)
	}
}

// At 480 wide, every routine row on home keeps its time and weekly target
// whole in every language: a long list of equipment gives way first
// ("banda elástica +2"), not the end of the line.
func TestHomeRowsKeepTheWeeklyTargetWhenNarrow(t *testing.T) {
	for _, l := range []locale.Lang{locale.English, locale.German, locale.Spanish, locale.French} {
		t.Run(string(l), func(t *testing.T) {
			inLanguage(t, l)
			u, _ := newFittingApp(t, l)
			u.win.Resize(fyne.NewSize(narrowWindow.Width, 4000)) // every row made
			u.showHome()
			rows := 0
			for _, o := range u.home.list.Objects {
				row := kit.ListRowOf(o)
				if row == nil {
					continue
				}
				rows++
				r := u.cfg.Catalog.Routine(u.home.shown[slices.IndexFunc(u.home.shown, func(r *routine.Routine) bool { return r.ShownName() == row.Title })].Name)
				target := lang.XN("home.row.target", "{{.Count}}× a week", r.Target(), map[string]any{"Count": r.Target()})
				shown := rowFacts(row)
				if !strings.HasPrefix(shown, routine.LengthText(r.Size(u.cfg.Catalog.Library).Time)+" · ") || !strings.Contains(shown, target) {
					t.Errorf("%s reads %q: its time or %q is cut off", row.Title, shown, target)
				}
			}
			if rows < 10 {
				t.Fatalf("home made %d rows", rows)
			}
		})
	}
}

// rowFacts is the facts line of row as drawn, after it was fitted.
func rowFacts(row *kit.ListRow) string {
	var texts []string
	kit.WalkTree(row.Box, func(c fyne.CanvasObject, _ []fyne.CanvasObject) bool {
		if x, ok := c.(*canvas.Text); ok {
			texts = append(texts, x.Text)
		}
		return false
	})
	if len(texts) < 2 {
		return ""
	}
	return texts[1]
}
