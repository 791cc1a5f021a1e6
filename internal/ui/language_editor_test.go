package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"

	"github.com/postureapp/posture/assets"
	"github.com/postureapp/posture/internal/locale"
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
			inLanguage(t, l)
			u := newEditingAppIn(t, l)
			c, advice := catalogIn(t, l)
			es := newEnglishSource(t, l, c, advice)
			check := func(where string) {
				shown := shownText(t, u.win)
				es.check(t, where, shown)
				for _, english := range domainEnglish {
					if strings.Contains(shown, english) {
						t.Errorf("%s: the domain's English %q is on show", where, english)
					}
				}
			}

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

// newEditingAppIn is newEditingApp with the built-ins in l.
func newEditingAppIn(t *testing.T, l locale.Lang) *App {
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
	a := test.NewTempApp(t)
	a.Preferences().SetBool(prefSafetySeen, true)
	u := New(a, Config{Catalog: routine.Load(src), Advice: testAdvice(t), Clock: newStepClock(), Sources: src, Background: inPlace, AudioNotice: "no device"})
	u.win.Resize(fyne.NewSize(480, 640))
	return u
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
