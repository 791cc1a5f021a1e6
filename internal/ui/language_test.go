package ui

import (
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"

	"github.com/postureapp/posture/assets"
	"github.com/postureapp/posture/internal/background"
	"github.com/postureapp/posture/internal/history"
	"github.com/postureapp/posture/internal/locale"
	"github.com/postureapp/posture/internal/remind"
	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/session"
	"github.com/postureapp/posture/internal/wire"
	"github.com/postureapp/posture/routines"
)

// langFlow has every phase the player shows: get ready, lift, hold,
// lower, rest, a timed hold on each side with the switch between, a
// self-paced set and the end; and a warm-up to offer.
const langFlow = `format = 1
name = "Flow Q"
prepare = "3s"
warmup = "Dynamic Warm-up"

[[section]]
name = "Q1"

  [[section.step]]
  exercise = "prone-y-raise"
  sets = 2
  reps = 1
  hold = "1s"
  tempo = { lift = "1s", lower = "1s" }
  rest = "3s"
  rest_after = "3s"

  [[section.step]]
  exercise = "doorway-stretch"
  sets = 1
  rest_after = "3s"

  [[section.step]]
  exercise = "upper-trap-stretch"
  sets = 1
  rest_after = "3s"

  [[section.step]]
  exercise = "shoulder-blade-squeeze"
  sets = 1
  reps = 8
  pace = "self"
`

// typedNames are the names the test's person typed; they stay as typed
// in every language. Posture is the app's name.
var typedNames = []string{"Flow Q", "Q1", "Posture"}

// catalogIn is the built-in content in l, with langFlow.
func catalogIn(t *testing.T, l locale.Lang) (*routine.Catalog, []routine.Advice) {
	t.Helper()
	c := routine.Load(routine.Sources{BuiltinExercises: assets.ExerciseFiles(), BuiltinRoutines: routines.FS, Translations: assets.TranslationFiles(), Lang: string(l)})
	if len(c.Problems) > 0 {
		t.Fatalf("built-ins in %s do not load: %v", l, c.Problems)
	}
	return withFlowAndAdvice(t, c, l)
}

// withFlowAndAdvice adds langFlow to c and gives the advice in l.
func withFlowAndAdvice(t *testing.T, c *routine.Catalog, l locale.Lang) (*routine.Catalog, []routine.Advice) {
	t.Helper()
	r, err := routine.ParseRoutine("flow.toml", []byte(langFlow), c.Library)
	if err != nil {
		t.Fatal(err)
	}
	c.Routines = append(c.Routines, r)
	advice, err := routine.TranslateAdvice(testAdvice(t), assets.TranslationFiles(), string(l))
	if err != nil {
		t.Fatal(err)
	}
	return c, advice
}

// englishSource finds what is still the English source: a line that is
// an English text of the window's catalogue (placeholders filled with
// anything), or that holds an English text of the built-in content,
// where the language has a translation that differs.
type englishSource struct {
	patterns []*regexp.Regexp
	texts    []*regexp.Regexp // whole words, either case
}

var placeholderRe = regexp.MustCompile(`{{\s*\.\w+\s*}}`)

func newEnglishSource(t *testing.T, l locale.Lang, translated *routine.Catalog, advice []routine.Advice) *englishSource {
	t.Helper()
	en, tr := readCatalogueForms(t, "en"), readCatalogueForms(t, string(l))
	es := &englishSource{}
	for key, forms := range en {
		for _, text := range forms {
			if !differs(text, tr[key]) {
				continue
			}
			parts := placeholderRe.Split(text, -1)
			if !hasLetter(strings.Join(parts, "")) {
				continue // only placeholders and punctuation: no English word
			}
			for i := range parts {
				parts[i] = regexp.QuoteMeta(parts[i])
			}
			es.patterns = append(es.patterns, regexp.MustCompile("(?i)^"+strings.Join(parts, ".+?")+"$"))
		}
	}
	english, _ := catalogIn(t, locale.English)
	englishAdvice := testAdvice(t)
	seen := map[string]bool{}
	for _, s := range contentTexts(translated, advice) {
		seen[s] = true
	}
	for _, s := range contentTexts(english, englishAdvice) {
		if len(s) >= 4 && !seen[s] {
			es.texts = append(es.texts, regexp.MustCompile(`(?i)\b`+regexp.QuoteMeta(s)+`\b`))
		}
	}
	return es
}

// hasLetter says whether s has a letter.
func hasLetter(s string) bool { return strings.IndexFunc(s, unicode.IsLetter) >= 0 }

// differs says whether text has a translation among forms that is not
// itself: a word the same in both languages ("Pause", "band" and
// "Band") is not English.
func differs(text string, forms []string) bool {
	for _, f := range forms {
		if strings.EqualFold(f, text) {
			return false
		}
	}
	return true
}

func readCatalogueForms(t *testing.T, l string) map[string][]string {
	t.Helper()
	data, err := assets.UITranslations.ReadFile("translations/" + l + ".json")
	if err != nil {
		t.Fatal(err)
	}
	var raw map[string]any
	if err := json.Unmarshal(data, &raw); err != nil {
		t.Fatal(err)
	}
	out := map[string][]string{}
	for k, v := range raw {
		switch x := v.(type) {
		case string:
			out[k] = []string{x}
		case map[string]any:
			for _, f := range x {
				out[k] = append(out[k], fmt.Sprint(f))
			}
		}
	}
	return out
}

// contentTexts are the built-in exercises' and the advice's texts a
// person reads.
func contentTexts(c *routine.Catalog, advice []routine.Advice) []string {
	var out []string
	for _, e := range c.Library.All() {
		out = append(out, e.Name, e.Summary, e.PhaseCues.Lift, e.PhaseCues.Hold, e.PhaseCues.Lower, e.PhaseNames.Lift, e.PhaseNames.Hold, e.PhaseNames.Lower)
		out = append(out, e.Steps...)
		out = append(out, e.Cues...)
	}
	for _, r := range c.Routines {
		out = append(out, r.ShownName())
	}
	for _, a := range advice {
		out = append(out, a.Title, a.Text)
	}
	return out
}

// check fails on every line of shown that is still the English source.
func (es *englishSource) check(t *testing.T, where, shown string) {
	t.Helper()
	for _, line := range strings.Split(shown, "\n") {
		line = strings.TrimSpace(strings.TrimLeft(line, "•0123456789. "))
		if line == "" || isTyped(line) {
			continue
		}
		for _, p := range es.patterns {
			if p.MatchString(line) {
				t.Errorf("%s: %q is the English source %s", where, short(line), p)
			}
		}
		for _, p := range es.texts {
			if m := p.FindString(line); m != "" {
				t.Errorf("%s: %q holds the English %q", where, short(line), m)
			}
		}
	}
}

func short(s string) string {
	if r := []rune(s); len(r) > 90 {
		return string(r[:90]) + "…"
	}
	return s
}

func isTyped(line string) bool {
	for _, n := range typedNames {
		line = strings.ReplaceAll(line, n, "")
	}
	return strings.Trim(line, " ·:,.") == ""
}

// shownText is everything the window and its dialogs show.
func shownText(t *testing.T, w fyne.Window) string {
	return allText(t, w.Content()) + dialogText(t, w)
}

// dialogText is what the dialogs show, without the screen under them
// (home, which a later wave translates).
func dialogText(t *testing.T, w fyne.Window) string {
	text := ""
	for _, o := range w.Canvas().Overlays().List() {
		text += allText(t, o) + "\n"
	}
	return text
}

// inLanguage sets the environment as a person whose system speaks l.
func inLanguage(t *testing.T, l locale.Lang) {
	// Runs last, after the environment is restored: the tests after this
	// one find Fyne's lang in the language they started with.
	t.Cleanup(func() { _ = lang.AddTranslationsFS(assets.UITranslations, "translations") })
	t.Setenv("LANGUAGE", "") // restored after: the window sets it
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	t.Setenv("LANG", string(l)+"_"+strings.ToUpper(string(l))+".UTF-8")
}

// The player through every phase, its pause and stop question, the
// safety gate and the warm-up offer, the advice, and the reminder
// prompt show no English source text under German, Spanish and French.
func TestPlayerPromptAndAdviceSpeakTheLanguage(t *testing.T) {
	for _, l := range []locale.Lang{locale.German, locale.Spanish, locale.French} {
		t.Run(string(l), func(t *testing.T) {
			inLanguage(t, l)
			c, advice := catalogIn(t, l)
			es := newEnglishSource(t, l, c, advice)
			a := test.NewTempApp(t)
			clock := newStepClock()
			u := New(a, Config{Catalog: c, Advice: advice, Clock: clock, History: history.NewStore(t.TempDir()), Background: inPlace, AudioNotice: "no device"})
			if u.locale.Lang != l {
				t.Fatalf("the window chose %s under LANG=%s", u.locale.Lang, os.Getenv("LANG"))
			}
			walkPlayer(t, u, clock, es)
			u.showAdvice(false, nil)
			es.check(t, "advice", dialogText(t, u.win))
			walkPrompt(t, u, es)
		})
	}
}

func walkPlayer(t *testing.T, u *App, clock *stepClock, es *englishSource) {
	walkPlayerChecking(t, u, clock, func(where string) {
		if u.player == nil { // a dialog over home, which a later wave translates
			es.check(t, where, dialogText(t, u.win))
			return
		}
		es.check(t, where, shownText(t, u.win))
	})
}

// walkPlayerChecking plays langFlow through the safety gate and the
// warm-up offer, every phase, a pause and the stop question, calling
// check at each.
func walkPlayerChecking(t *testing.T, u *App, clock *stepClock, check func(where string)) {
	t.Helper()
	pl := &playing{t: t, u: u, clock: clock, ended: make(chan struct{})}
	u.startRoutine(u.cfg.Catalog.Routine("Flow Q"))
	check("safety gate")
	test.Tap(findButton(t, overlayTop(u), lang.X("advice.first.start", "I understand, start")))
	check("warm-up offer")
	pl.act(func() {
		test.Tap(findButton(t, overlayTop(u), lang.X("warmup.skip", "Skip")))
		pl.p = u.player
		go func() { pl.p.engine.Wait(); close(pl.ended) }()
	})
	phases := map[string]bool{}
	for step := 0; !pl.over() && step < 200; step++ {
		st := pl.p.engine.State()
		phases[string(st.Segment.Phase)] = true
		check("player " + string(st.Segment.Phase))
		switch {
		case step == 0 && st.Segment.Phase == session.PhasePrepare:
			askStopPaused(t, pl, check, "stop question while getting ready",
				"player.stop.nothing", "Nothing has been recorded yet: stopping now leaves no entry in your history.")
		case step == 3:
			pl.tap(pl.p.pauseBtn)
			check("paused")
			pl.tap(pl.p.pauseBtn)
			askStopPaused(t, pl, check, "stop question", "player.stop.title", "Stop the session?")
		case st.Segment.Open():
			pl.key(fyne.KeyD)
		default:
			pl.advance(st.Remaining)
		}
	}
	for _, want := range []string{"prepare", "lift", "hold", "lower", "rest", "switch", "work", "set"} {
		if !phases[want] {
			t.Errorf("the walk never showed phase %s (saw %v)", want, phases)
		}
	}
}

// askStopPaused pauses, asks to stop, checks the question, which must
// show the text of key in the language, answers No and plays on.
func askStopPaused(t *testing.T, pl *playing, check func(where string), where, key, english string) {
	t.Helper()
	pl.tap(pl.p.pauseBtn)
	escape(pl.u) // paused already: the engine is not moved
	asked := dialogText(t, pl.u.win)
	check(where)
	if want := lang.X(key, english); want == english && pl.u.locale.Lang != locale.English || !strings.Contains(asked, want) {
		t.Errorf("%s reads %q, without %q in the language", where, short(asked), english)
	}
	escape(pl.u) // No
	pl.tap(pl.p.pauseBtn)
}

func overlayTop(u *App) fyne.CanvasObject { return u.win.Canvas().Overlays().Top() }

func walkPrompt(t *testing.T, u *App, es *englishSource) {
	t.Helper()
	planned := time.Now().Add(-26 * time.Hour)
	u.showPrompt(
		remind.Prompt{Routine: "Home Upper Back", Planned: planned, Late: true},
		remind.Prompt{Routine: "Desk Posture Break", Kind: remind.DeskBreak, Planned: planned},
		remind.Prompt{Routine: "Y-T-W Series", Planned: time.Now(), Snoozed: true},
	)
	es.check(t, "reminder prompt", allText(t, u.prompt.win.Content())+u.prompt.win.Title())
}

// A key no catalogue holds, or one only English has, shows the English
// with its placeholders filled: never the key, never a crash.
func TestMissingTranslationShowsTheEnglishNotTheKey(t *testing.T) {
	inLanguage(t, locale.French)
	New(test.NewTempApp(t), Config{Catalog: testCatalog(t), Advice: testAdvice(t), Clock: newStepClock()})
	if got := lang.X("no.such.key", "Rest {{.Time}}", map[string]any{"Time": "30s"}); got != "Rest 30s" {
		t.Errorf("a key in no catalogue reads %q", got)
	}
	if got := lang.XN("no.such.plural", "{{.Count}} sets", 3, map[string]any{"Count": 3}); got != "3 sets" {
		t.Errorf("a counted key in no catalogue reads %q", got)
	}
	if got := lang.X("player.stop.title", "Stop the session?"); got != "Arrêter la séance ?" {
		t.Errorf("a translated key reads %q under LANG=fr", got)
	}
}

// The command line loads the content in English unless told; the window
// shows it in its own language.
func TestWindowShowsTheContentInItsLanguage(t *testing.T) {
	inLanguage(t, locale.German)
	src := routine.Sources{BuiltinExercises: assets.ExerciseFiles(), BuiltinRoutines: routines.FS, Translations: assets.TranslationFiles()}
	u := New(test.NewTempApp(t), Config{Catalog: routine.Load(src), Sources: src, Advice: testAdvice(t), Clock: newStepClock()})
	e, ok := u.cfg.Catalog.Library.Exercise("chin-tuck")
	german, _ := catalogIn(t, locale.German)
	want, _ := german.Library.Exercise("chin-tuck")
	if !ok || e.Name != want.Name || e.Name == "Chin Tuck" {
		t.Errorf("the window's chin-tuck is %q, want the German %q", e.Name, want.Name)
	}
	if u.cfg.Advice[0].Title == testAdvice(t)[0].Title {
		t.Errorf("the window's advice stays English: %q", u.cfg.Advice[0].Title)
	}
}

// At 480×640 the player's banner word and exercise name, longest in
// German and French ("BEREIT MACHEN", "Étirement dans l'encadrement de
// porte"), fit their space in every phase, and the player asks for no
// more than the window's width.
func TestBannerWordFitsANarrowWindowInEveryLanguage(t *testing.T) {
	for _, l := range []locale.Lang{locale.German, locale.Spanish, locale.French} {
		t.Run(string(l), func(t *testing.T) {
			inLanguage(t, l)
			c, advice := catalogIn(t, l)
			clock := newStepClock()
			u := New(test.NewTempApp(t), Config{Catalog: c, Advice: advice, Clock: clock, History: history.NewStore(t.TempDir()), Background: inPlace})
			u.win.Resize(fyne.NewSize(480, 640))
			walkPlayerChecking(t, u, clock, func(where string) {
				p := u.player
				if p == nil || !strings.HasPrefix(where, "player") && where != "paused" {
					return
				}
				for _, w := range []*canvas.Text{p.phaseWord, p.name} {
					if text := fyne.MeasureText(w.Text, w.TextSize, w.TextStyle).Width; text > w.Size().Width+0.5 {
						t.Errorf("%s: %q is %.0f wide in a space of %.0f", where, w.Text, text, w.Size().Width)
					}
				}
				if min := u.win.Content().MinSize().Width; min > 480 {
					t.Errorf("%s: the player needs %.0f of a 480 window's width", where, min)
				}
			})
		})
	}
}

// Settings' reminder status and a session's days and time follow the
// language and the locale.
func TestReminderTextsInTheLanguage(t *testing.T) {
	inLanguage(t, locale.German)
	c, advice := catalogIn(t, locale.German)
	u := New(test.NewTempApp(t), Config{Catalog: c, Advice: advice, Clock: newStepClock()})
	es := newEnglishSource(t, locale.German, c, advice)
	plan := remind.NewPlan()
	plan.Breaks.On = true
	plan.SetSession(remind.Session{Routine: "Home Upper Back", Days: remind.DaysOf(time.Monday) | remind.DaysOf(time.Wednesday), At: 18 * 60})
	next := wire.FromPrompt(remind.Prompt{Routine: "Desk Posture Break", Kind: remind.DeskBreak, Planned: time.Now().Add(time.Hour)})
	for _, st := range []background.Status{{}, {Running: true}, {Running: true, Status: wire.Status{Next: &next}}} {
		es.check(t, "reminder status", reminderStatusText(plan, st, u.locale, u.shownRoutineName))
	}
	plan.SetSession(remind.Session{Routine: "Desk Posture Break", Days: remind.DaysOf(time.Friday), At: 9 * 60})
	desk, _ := plan.Session("Desk Posture Break")
	line := allText(t, u.sessionRow(desk))
	es.check(t, "a session's line", line)
	if !strings.Contains(line, c.Routine("Desk Posture Break").ShownName()) {
		t.Errorf("a session's line reads %q, not the routine's German name", line)
	}
	_, shown := u.routineNames()
	es.check(t, "the desk break's routine choice", strings.Join(shown, "\n"))
	if !slices.IsSortedFunc(shown, routine.CompareNames) {
		t.Errorf("the desk break's routine choice is not in the order of its names: %q", shown)
	}
	if got := sessionWhenIn(plan.Sessions[0], u.locale); got != "Mo. Mi. um 18:00" {
		t.Errorf("a session's days and time read %q", got)
	}
	// Seven days are said as one word, not "Mo. Di. Mi. Do. Fr. Sa. So.".
	daily := remind.Session{Routine: "Desk Posture Break", Days: remind.DaysOf(time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday, time.Saturday, time.Sunday), At: 18 * 60}
	if got := sessionWhenIn(daily, u.locale); got != "täglich um 18:00" {
		t.Errorf("a daily session reads %q", got)
	}
	if got := everyLabel(45); got != "45 Minuten" {
		t.Errorf("the desk break interval reads %q", got)
	}
}
