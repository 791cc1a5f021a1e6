package ui

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"

	"github.com/postureapp/posture/assets"
	"github.com/postureapp/posture/internal/history"
	"github.com/postureapp/posture/internal/locale"
	"github.com/postureapp/posture/internal/remind"
	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/ui/kit"
	"github.com/postureapp/posture/routines"
)

// The routine editor (a new routine with a strength and a stretch step,
// a problem on show and the question on leaving), the exercise picker,
// the exercise editor and Settings show no English source text under
// German, Spanish and French.
func TestEditorsLibraryAndSettingsSpeakTheLanguage(t *testing.T) {
	for _, l := range []locale.Lang{locale.German, locale.Spanish, locale.French} {
		t.Run(string(l), func(t *testing.T) {
			u, es := editingIn(t, l)
			check := func(where string) { checkNoEnglish(t, es, where, shownText(t, u.win), domainEnglish) }

			e := u.newRoutine()
			check("new routine")
			test.Tap(e.saveBtn) // every problem on show
			check("empty routine saved")
			e.typeIn(t, "name", "Flow Q")
			addStep := lang.X("editor.step.add", "Add exercise")
			test.Tap(findButton(t, u.win.Content(), addStep))
			check("exercise picker")
			pickByID(t, e, "prone-y-raise")
			test.Tap(findButton(t, u.win.Content(), addStep))
			pickByID(t, e, "doorway-stretch")
			e.typeIn(t, "section[1].step[1].sets", "x")
			if e.problemAt("section[1].step[1].sets") == "" {
				t.Fatal("sets of x shows no problem")
			}
			check("routine with a problem")
			test.Tap(findButton(t, e.content, lang.X("nav.back", "Back")))
			check("leave the editor?")
			test.Tap(findButton(t, overlayTop(u), lang.X("editor.leave.keep", "Keep editing")))

			x := u.editExercise(nil, func() {})
			check("new exercise")
			test.Tap(x.save)
			check("new exercise saved empty")

			u.showSettings()
			check("settings")
			test.Tap(findButton(t, u.win.Content(), lang.X("settings.test_sound", "Test sound")))
			check("settings after Test sound")
		})
	}
}

// domainEnglish are words of the domain's English problems the editor
// shows for its own fields (an empty name, sets of "x", a section with
// no steps) and of the step's facts line.
var domainEnglish = []string{"is empty", "(required)", "is not a whole number", "has no steps", "strength ·", "stretch ·"}

// editingIn is an editing app in a window of language l, with what finds
// the English source there.
func editingIn(t *testing.T, l locale.Lang) (*App, *englishSource) {
	t.Helper()
	inLanguage(t, l)
	u := newEditingAppIn(t, l)
	c, advice := catalogIn(t, l)
	return u, newEnglishSource(t, l, c, advice)
}

// checkNoEnglish fails on shown when it is the English source or holds
// one of english.
func checkNoEnglish(t *testing.T, es *englishSource, where, shown string, english []string) {
	t.Helper()
	es.check(t, where, shown)
	for _, e := range english {
		if strings.Contains(shown, e) {
			t.Errorf("%s: the English %q is on show:\n%s", where, e, shown)
		}
	}
}

// newEditingAppIn is newEditingApp with the built-ins in l.
func newEditingAppIn(t *testing.T, l locale.Lang) *App {
	t.Helper()
	src := sourcesIn(t, l)
	a := test.NewTempApp(t)
	a.Preferences().SetBool(prefSafetySeen, true)
	u := New(a, Config{Catalog: routine.Load(src), Advice: testAdvice(t), Clock: newStepClock(), Sources: src, Background: inPlace, AudioNotice: "no device"})
	u.win.Resize(fyne.NewSize(480, 640))
	return u
}

// sourcesIn are the built-ins in l and empty folders of the person's
// own routines and exercises.
func sourcesIn(t *testing.T, l locale.Lang) routine.Sources {
	t.Helper()
	dir := t.TempDir()
	src := routine.Sources{
		BuiltinExercises: assets.ExerciseFiles(),
		BuiltinRoutines:  routines.FS,
		Translations:     assets.TranslationFiles(),
		Lang:             string(l),
		UserRoutines:     filepath.Join(dir, "routines"),
		UserExercises:    filepath.Join(dir, "exercises"),
	}
	for _, d := range []string{src.UserRoutines, src.UserExercises} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	return src
}

// pickByID chooses the exercise with id in the open picker and uses it.
func pickByID(t *testing.T, e *editor, id string) {
	t.Helper()
	l := e.picker
	if l == nil || e.ui.win.Content() != l.content {
		t.Fatal("the library is not on screen")
	}
	test.Type(l.search, id)
	for i, ex := range l.shown {
		if ex.ID == id {
			l.list.Select(i)
			test.Tap(l.pickBtn)
			return
		}
	}
	t.Fatalf("the library does not find %s", id)
}

// A routine file refused on import (an unknown key, a bad value, an
// exercise id that is not one, a name a built-in has, broken TOML), a
// file that failed to load listed on home, a time the reminder cannot
// read and a session the disk was too full to save speak the window's
// language: file, line and field stay as written, what is wrong and what
// is allowed are translated.
func TestFileProblemsAndStoreErrorsSpeakTheLanguage(t *testing.T) {
	broken := map[string]string{
		"values.toml":  "format = 1\nname = \"Flow Q\"\nsetz = 2\n\n[[step]]\nexercise = \"prone-y-rise\"\nsets = \"x\"\n",
		"syntax.toml":  "format = 1\nname = \"Flow Q\n",
		"builtin.toml": "format = 1\nname = \"Desk Posture Break\"\n\n[[step]]\nexercise = \"chin-tuck\"\n",
	}
	for _, l := range []locale.Lang{locale.German, locale.Spanish, locale.French} {
		t.Run(string(l), func(t *testing.T) {
			u, es := editingIn(t, l)
			check := func(where, shown string) { checkNoEnglish(t, es, where, shown, fileEnglish) }
			for _, name := range []string{"values.toml", "syntax.toml", "builtin.toml"} {
				u.importRoutine(name, []byte(broken[name]))
				// The name the file gives is quoted as the file has it.
				check("import of "+name, strings.ReplaceAll(dialogText(t, u.win), "Desk Posture Break", ""))
				escape(u)
			}
			if err := os.WriteFile(filepath.Join(u.cfg.Sources.UserRoutines, "values.toml"), []byte(broken["values.toml"]), 0o644); err != nil {
				t.Fatal(err)
			}
			u.cfg.Catalog = routine.Load(u.cfg.Sources)
			u.showHome()
			check("home with a broken file", allText(t, u.home.warnings()))

			_, err := remind.ParseClock("25:99")
			check("a time the reminder cannot read", kit.ErrorText(err))

			full := fmt.Errorf("save %s: %w", "/data/history/2026-11.toml", &fs.PathError{Op: "write", Path: "/data/history/.tmp-1", Err: syscall.ENOSPC})
			u.showUnsaved(&history.SaveError{Session: history.Session{Routine: "Desk Posture Break", Started: time.Now()}, Err: full})
			check("session not saved", dialogText(t, u.win))
			escape(u)
		})
	}
}

// fileEnglish are words of the English problems a refused file, a full
// disk and a bad time of day give.
var fileEnglish = []string{"unknown key", "did you mean", "is not a whole number", "no exercise with id", "Not imported", "has problems",
	"TOML syntax", "a built-in routine is called", "change the name", "not a time of day", "no space left", "could not be saved", "is not saved yet",
	"Try again", "Later", "Close"}

// The editor's hint and the routine's page write a step's time alike in
// every language ("15–20 s", never "15s-20s" beside "15-20 s"), with the
// language's decimal mark.
func TestEditorAndPageWriteTimesAlike(t *testing.T) {
	for _, l := range []locale.Lang{locale.English, locale.German, locale.Spanish, locale.French} {
		t.Run(string(l), func(t *testing.T) {
			inLanguage(t, l)
			u := newEditingAppIn(t, l)
			e := editDraft(t, u, "format = 1\nname = \"Times\"\n[[step]]\nexercise = \"doorway-stretch\"\n")
			hint := e.inputs["section[1].step[1].duration"].(*kit.Entry).PlaceHolder
			if !strings.HasSuffix(hint, " 15–20 s") {
				t.Errorf("the editor hints %q for the stretch's time", hint)
			}
			plan := (&routine.Routine{}).Resolve(routine.Step{Exercise: "doorway-stretch"}, u.cfg.Catalog.Library)
			page := stepDose(plan, u.locale)
			if !strings.Contains(page, "15–20 s") {
				t.Errorf("the page says %q for the same time", page)
			}
			comma := map[locale.Lang]string{locale.English: "1.5 s"}[l]
			if comma == "" {
				comma = "1,5 s"
			}
			if got := u.locale.Duration(1500 * time.Millisecond); got != comma {
				t.Errorf("1.5 seconds read %q, want %q", got, comma)
			}
		})
	}
}
