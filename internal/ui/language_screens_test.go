package ui

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"

	"github.com/postureapp/posture/assets"
	"github.com/postureapp/posture/internal/history"
	"github.com/postureapp/posture/internal/locale"
	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/ui/kit"
	"github.com/postureapp/posture/routines"
)

// Home with its menu, filter and notices, every built-in routine's page,
// History with its calendar, chart and every session's details, the
// summary of a partial and of a painful session, and the Accept dialog
// show no English source text under German, Spanish and French: no
// line or " · " part that is a text of the English catalogue or of the
// English content, and none that reads exactly as it did in English.
func TestHomePreviewHistoryAndSummarySpeakTheLanguage(t *testing.T) {
	english := map[string]bool{}
	t.Run("en", func(t *testing.T) {
		inLanguage(t, locale.English)
		walkScreens(t, func(_, shown string) {
			for _, part := range shownParts(shown) {
				english[part] = true
			}
		})
	})
	if len(english) < 100 {
		t.Fatalf("the English walk saw only %d texts", len(english))
	}
	for _, l := range []locale.Lang{locale.German, locale.Spanish, locale.French} {
		t.Run(string(l), func(t *testing.T) {
			inLanguage(t, l)
			c, advice := catalogIn(t, l)
			es := newEnglishSource(t, l, c, advice)
			same := sameInBoth(t, c, advice)
			walkScreens(t, func(where, shown string) {
				parts := shownParts(shown)
				es.check(t, where, withoutTyped(strings.Join(parts, "\n")))
				for _, p := range parts {
					if english[p] && hasWords(p, same) {
						t.Errorf("%s: %q reads as in English", where, short(p))
					}
				}
			})
		})
	}
}

// shownParts are the lines of shown and the " · " parts of each.
func shownParts(shown string) []string {
	var out []string
	for _, line := range strings.Split(shown, "\n") {
		for _, p := range strings.Split(line, " · ") {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, p)
			}
		}
	}
	return out
}

// wordRe is a run of letters long enough to be a word in a language;
// "min", "s" and "h" are units every one of them writes.
var wordRe = regexp.MustCompile(`\pL{3,}`)

// screensTyped are what the walk's person typed (a search, a band's
// name in the quick check).
var screensTyped = []string{"zzz", "light band"}

// withoutTyped is text without what screensTyped names.
func withoutTyped(text string) string {
	for _, n := range screensTyped {
		text = strings.ReplaceAll(text, n, "")
	}
	return text
}

// hasWords says whether part has a word besides the names typed, the
// content texts a language keeps as in English (same) and the units,
// which read the same in every language.
func hasWords(part string, same []string) bool {
	for _, n := range slices.Concat(typedNames, screensTyped, same) {
		part = strings.ReplaceAll(part, n, "")
	}
	for _, w := range wordRe.FindAllString(part, -1) {
		if w != "min" && w != "CSV" {
			return true
		}
	}
	return false
}

// sameInBoth are the content texts a translation keeps as in English,
// such as an exercise named for a superhero.
func sameInBoth(t *testing.T, translated *routine.Catalog, advice []routine.Advice) []string {
	english, _ := catalogIn(t, locale.English)
	inEnglish := map[string]bool{}
	for _, s := range contentTexts(english, testAdvice(t)) {
		inEnglish[s] = true
	}
	var same []string
	for _, s := range contentTexts(translated, advice) {
		if s != "" && inEnglish[s] {
			same = append(same, s)
		}
	}
	return same
}

// walkScreens opens each screen on a history of every outcome, in the
// language of the environment, and hands check what it shows.
func walkScreens(t *testing.T, check func(where, shown string)) {
	t.Helper()
	sessions := append(mixedWeek(), ytwSession(2, history.Stopped))
	store := history.NewStore(t.TempDir())
	for _, s := range sessions {
		if _, err := store.Save(s); err != nil {
			t.Fatal(err)
		}
	}
	mine := t.TempDir()
	if err := os.WriteFile(filepath.Join(mine, "flow-q.toml"), []byte(langFlow), 0o600); err != nil {
		t.Fatal(err)
	}
	src := routine.Sources{BuiltinExercises: assets.ExerciseFiles(), BuiltinRoutines: routines.FS, Translations: assets.TranslationFiles(), UserRoutines: mine}
	a := test.NewTempApp(t)
	a.Preferences().SetBool(prefSafetySeen, true)
	u := newWithClock(a, Config{Catalog: routine.Load(src), Sources: src, Advice: testAdvice(t), History: store, Clock: newStepClock(),
		Background: inPlace, AudioNotice: "no device"}, func() time.Time { return historyNow })
	u.win.Resize(fyne.NewSize(960, 6000)) // every row made
	u.showHome()
	check("home", allText(t, u.win.Content()))
	var menu, filter []string
	for _, it := range u.routineMenu(&routine.Routine{Name: "Mine"}) {
		menu = append(menu, it.Label)
	}
	check("routine menu", strings.Join(menu, "\n"))
	filter = append(filter, u.home.equipment.Options...)
	check("equipment filter", strings.Join(filter, "\n"))
	u.home.search.SetText("zzz")
	check("home, nothing found", allText(t, u.win.Content()))
	u.home.search.SetText("")
	walkRenameAndDelete(t, u, check)

	for _, r := range u.cfg.Catalog.Routines {
		u.showPreview(r)
		check("preview of "+r.Name, allText(t, u.win.Content()))
	}

	u.showHistory()
	for _, s := range sessions {
		u.historyScreen.open[s.ID] = true // every session's details
	}
	u.historyScreen.refreshSessions()
	check("history", allText(t, u.win.Content()))

	for _, s := range []history.Session{sessions[1], sessions[3], sessions[5]} {
		u.showSummary(u.cfg.Catalog.Routine(s.Routine), s)
		check("summary of "+s.Routine+" "+string(s.Status), allText(t, u.win.Content()))
	}

	ubs := u.cfg.Catalog.Routine("Upper Back Strength")
	from := history.Target{Exercise: "band-pull-apart", Name: u.exerciseName("band-pull-apart"), Reps: routine.Count{Lo: 15, Hi: 20}, Hold: routine.Span{Lo: time.Second, Hi: time.Second}, Lower: 2 * time.Second}
	to := from
	to.Reps, to.Hold, to.Lower, to.Resistance = routine.Count{Lo: 12, Hi: 15}, routine.Span{Lo: 2 * time.Second, Hi: 3 * time.Second}, 90*time.Second, "TB-2"
	u.showHome()
	u.onAcceptSuggestion(ubs, history.Suggestion{Exercise: "band-pull-apart", From: from, To: to}, nil)
	check("accept", dialogText(t, u.win))
}

// walkRenameAndDelete opens the Rename dialog of the person's routine
// with its name emptied, then deletes the routine and undoes it.
func walkRenameAndDelete(t *testing.T, u *App, check func(where, shown string)) {
	t.Helper()
	flow := u.cfg.Catalog.Routine("Flow Q")
	u.askRename(flow)
	entry, ok := u.win.Canvas().Focused().(*kit.Entry)
	if !ok {
		t.Fatalf("the Rename dialog focuses %T, not its name field", u.win.Canvas().Focused())
	}
	entry.SetText("")
	check("rename", dialogText(t, u.win))
	escape(u)
	u.askDelete(flow)
	check("delete", dialogText(t, u.win))
	test.Tap(findButton(t, overlayTop(u), lang.X("home.menu.delete", "Delete")))
	check("undo bar", allText(t, u.undoBanner()))
	test.Tap(findButton(t, u.undoBanner(), lang.X("home.undo", "Undo")))
	if u.cfg.Catalog.Routine("Flow Q") == nil {
		t.Error("Undo did not bring the deleted routine back")
	}
}

// A search for a routine's name in the window's language finds it first.
func TestSearchFindsTheShownName(t *testing.T) {
	inLanguage(t, locale.German)
	src := routine.Sources{BuiltinExercises: assets.ExerciseFiles(), BuiltinRoutines: routines.FS, Translations: assets.TranslationFiles(), UserRoutines: t.TempDir()}
	a := test.NewTempApp(t)
	u := New(a, Config{Catalog: routine.Load(src), Sources: src, Advice: testAdvice(t), Background: inPlace})
	want := u.cfg.Catalog.Routine("Desk Posture Break").ShownName()
	if want == "Desk Posture Break" {
		t.Fatal("the desk break has no German name")
	}
	u.home.search.SetText(strings.Fields(want)[0])
	if len(u.home.shown) == 0 || u.home.shown[0].Name != "Desk Posture Break" {
		t.Errorf("searching %q lists %v first, want the desk break (%q)", strings.Fields(want)[0], u.home.shown, want)
	}
}

// Duplicating a built-in in the window's language names the copy as the
// person reads the original, with the language's word for a copy, in a
// file whose name keeps to plain letters, digits and dashes.
func TestDuplicateNamesTheCopyInTheLanguage(t *testing.T) {
	for l, word := range map[locale.Lang]string{locale.German: "(Kopie)", locale.Spanish: "(copia)", locale.French: "(copie)"} {
		t.Run(string(l), func(t *testing.T) {
			inLanguage(t, l)
			src := routine.Sources{BuiltinExercises: assets.ExerciseFiles(), BuiltinRoutines: routines.FS, Translations: assets.TranslationFiles(), UserRoutines: t.TempDir()}
			u := New(test.NewTempApp(t), Config{Catalog: routine.Load(src), Sources: src, Advice: testAdvice(t), Background: inPlace})
			desk := u.cfg.Catalog.Routine("Desk Posture Break")
			want := desk.ShownName() + " " + word
			u.duplicateRoutine(desk)
			dup := u.cfg.Catalog.Routine(want)
			if dup == nil || dup.BuiltIn {
				var names []string
				for _, r := range u.cfg.Catalog.Routines {
					names = append(names, r.Name)
				}
				t.Fatalf("no copy called %q among %q", want, names)
			}
			if !regexp.MustCompile(`^[a-z0-9-]+\.toml$`).MatchString(filepath.Base(dup.File)) {
				t.Errorf("the copy's file is %q", filepath.Base(dup.File))
			}
		})
	}
}

// The Accept dialog writes "exercise: change" with the language's colon:
// French sets a narrow no-break space before it.
func TestAcceptLinesUseTheLanguagesColon(t *testing.T) {
	inLanguage(t, locale.French)
	c, advice := catalogIn(t, locale.French)
	New(test.NewTempApp(t), Config{Catalog: c, Advice: advice, Clock: newStepClock()})
	ubs := c.Routine("Upper Back Strength")
	from := history.Target{Exercise: "band-pull-apart", Name: "Écartement", Reps: routine.Count{Lo: 15, Hi: 20}}
	to := from
	to.Reps = routine.Count{Lo: 12, Hi: 15}
	text := changeText(ubs, ubs, history.Suggestion{Exercise: "band-pull-apart", From: from, To: to}, 1, locale.Locale{Lang: locale.French}, locale.UIMessages(locale.French))
	if !strings.Contains(text, "• Écartement\u202f: ") {
		t.Errorf("the change line reads %q", text)
	}
}

// Fyne's file chooser puts its title's two words in English order
// ("Speichern Datei"); Posture gives it the whole title in the language.
func TestFileChooserTitlesReadInTheLanguage(t *testing.T) {
	inLanguage(t, locale.German)
	c, advice := catalogIn(t, locale.German)
	u := New(test.NewTempApp(t), Config{Catalog: c, Advice: advice, Clock: newStepClock(), Background: inPlace})
	for want, open := range map[string]func(){
		"Datei öffnen":    u.chooseImport,
		"Datei speichern": func() { u.chooseExport(c.Routine("Desk Posture Break")) },
	} {
		open()
		if shown := dialogText(t, u.win); !strings.Contains(shown, want) {
			t.Errorf("the file chooser's title is not %q: %q", want, short(strings.ReplaceAll(shown, "\n", " | ")))
		}
		escape(u)
	}
}
