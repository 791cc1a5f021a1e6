package routine_test

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/postureapp/posture/assets"
	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/routines"
)

// loadIn loads the built-ins, and the person's routines in dir when not
// empty, with the overlays of files in lang.
func loadIn(t *testing.T, lang string, files map[string]string, userRoutines string) *routine.Catalog {
	t.Helper()
	fsys := fstest.MapFS{}
	for name, text := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(text)}
	}
	return routine.Load(routine.Sources{BuiltinExercises: assets.ExerciseFiles(), BuiltinRoutines: routines.FS,
		UserRoutines: userRoutines, Translations: fsys, Lang: lang})
}

const yRaiseDE = `format = 1
name = "Y-Heben in Bauchlage"
cues = ["Die Schulterblätter heben die Arme", "Nacken neutral", "Klein und sauber"]
`

func TestTranslateReplacesOnlyTheFieldsAnOverlayNames(t *testing.T) {
	c := loadIn(t, "de", map[string]string{"de/exercises/prone-y-raise.toml": yRaiseDE}, "")
	if len(c.Problems) > 0 {
		t.Fatalf("problems: %v", c.Problems)
	}
	e, _ := c.Library.Exercise("prone-y-raise")
	if e.Name != "Y-Heben in Bauchlage" || e.Cues[0] != "Die Schulterblätter heben die Arme" {
		t.Errorf("not translated: %q %q", e.Name, e.Cues)
	}
	if !strings.HasPrefix(e.Steps[0], "Lie face down") || !strings.HasPrefix(e.Summary, "Lying face down") {
		t.Errorf("untranslated fields should stay English: %q / %q", e.Steps[0], e.Summary)
	}
	other, _ := c.Library.Exercise("prone-t-raise")
	if other.Name != "Prone T Raise" {
		t.Errorf("an exercise without an overlay changed: %q", other.Name)
	}
	en := loadIn(t, "en", map[string]string{"de/exercises/prone-y-raise.toml": yRaiseDE}, "")
	if e, _ := en.Library.Exercise("prone-y-raise"); e.Name != "Prone Y Raise" {
		t.Errorf("English catalog took the German overlay: %q", e.Name)
	}
}

func TestTranslatedRoutineKeepsItsNameAsItsIdentity(t *testing.T) {
	overlay := "format = 1\nname = \"Dynamisches Aufwärmen\"\ndescription = \"Zum Aufwärmen.\"\nsections = [\"Aufwärmen\"]\n"
	dir := t.TempDir()
	own := "format = 1\nname = \"Mine\"\n[[section]]\nname = \"Warm-up\"\n[[section.step]]\nexercise = \"neck-roll\"\nduration = \"20s\"\n"
	writeFile(t, dir, "dynamic-warm-up.toml", own)
	c := loadIn(t, "de", map[string]string{"de/routines/dynamic-warm-up.toml": overlay}, dir)
	r := c.Routine("Dynamic Warm-up")
	if r == nil || !r.BuiltIn {
		t.Fatalf("the built-in is no longer found by its English name; problems %v", c.Problems)
	}
	if r.ShownName() != "Dynamisches Aufwärmen" || r.Description != "Zum Aufwärmen." || r.Sections[0].Name != "Aufwärmen" {
		t.Errorf("not translated: %q %q %q", r.ShownName(), r.Description, r.Sections[0].Name)
	}
	mine := c.Routine("Mine")
	if mine == nil || mine.ShownName() != "Mine" || mine.Sections[0].Name != "Warm-up" {
		t.Errorf("the person's routine with a built-in's file name was translated: %+v", mine)
	}
	if up := c.Routine("Upper Back Strength"); up == nil || up.ShownName() != "Upper Back Strength" {
		t.Errorf("a routine without an overlay should show its English name")
	}
}

func TestBrokenOverlaysAreProblemsWithFileLineAndKey(t *testing.T) {
	cases := map[string]struct{ file, text, want string }{
		"unknown id":      {"de/exercises/prone-y-rase.toml", "format = 1\nname = \"X\"\n", `assets/translations/de/exercises/prone-y-rase.toml: no built-in exercise has id "prone-y-rase" (did you mean "prone-y-raise"?)`},
		"unknown key":     {"de/exercises/prone-y-raise.toml", "format = 1\nnmae = \"X\"\n", `prone-y-raise.toml:2: nmae: unknown key (did you mean "name"?)`},
		"wrong type":      {"de/exercises/prone-y-raise.toml", "format = 1\n\nsteps = \"Liegen\"\n", `prone-y-raise.toml:3: steps: a string is not a list`},
		"wrong length":    {"de/exercises/prone-y-raise.toml", "format = 1\ncues = [\"eins\", \"zwei\"]\n", `prone-y-raise.toml:2: cues: has 2 items where the English has 3 (3 items`},
		"empty item":      {"de/exercises/prone-y-raise.toml", "format = 1\ncues = [\"eins\", \"\", \"drei\"]\n", `prone-y-raise.toml:2: cues: item 2 is empty`},
		"no English":      {"de/exercises/prone-y-raise.toml", "format = 1\n[phase_names]\nlift = \"Heben\"\n", `prone-y-raise.toml:2: phase_names: the English has none to translate`},
		"phase too long":  {"de/exercises/floor-push-up.toml", "format = 1\n[phase_names]\nlift = \"Hochdrückbewegung\"\n", `floor-push-up.toml:3: phase_names.lift: "Hochdrückbewegung" does not fit the player's banner`},
		"unknown routine": {"de/routines/upper-back-strenght.toml", "format = 1\n", `no built-in routine is in "upper-back-strenght.toml" (did you mean "upper-back-strength"?)`},
		"section count":   {"de/routines/dynamic-warm-up.toml", "format = 1\nsections = [\"A\", \"B\"]\n", `dynamic-warm-up.toml:2: sections: has 2 items where the English has 1`},
		"no format":       {"de/routines/dynamic-warm-up.toml", "name = \"A\"\n", `dynamic-warm-up.toml:1: format: missing`},
		"hostile size":    {"de/routines/dynamic-warm-up.toml", "format = 1\ndescription = \"" + strings.Repeat("a", 1<<20) + "\"\n", `dynamic-warm-up.toml: file is over 1 MiB, too large to read`},
	}
	for name, tc := range cases {
		c := loadIn(t, "de", map[string]string{tc.file: tc.text}, "")
		if len(c.Problems) != 1 || !strings.Contains(c.Problems[0].Error(), tc.want) {
			t.Errorf("%s: problems %v, want one with %q", name, c.Problems, tc.want)
		}
	}
	c := loadIn(t, "de", map[string]string{"de/exercises/prone-y-raise.toml": "format = 1\nname = \"Y\"\ncues = [\"a\"]\n"}, "")
	if e, _ := c.Library.Exercise("prone-y-raise"); e.Name != "Prone Y Raise" {
		t.Errorf("a broken overlay should leave the exercise English, got %q", e.Name)
	}
}

func TestAdviceOverlayTranslatesByID(t *testing.T) {
	en, err := routine.ParseAdvice("assets/advice.toml", assets.Advice)
	if err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{"de/advice.toml": {Data: []byte("format = 1\n[[advice]]\nid = \"warm-up-first\"\ntitle = \"Erst aufwärmen\"\n")}}
	de, err := routine.TranslateAdvice(en, fsys, "de")
	if err != nil {
		t.Fatal(err)
	}
	if de[0].Title != "Erst aufwärmen" || de[0].Text != en[0].Text || de[1].Title != en[1].Title {
		t.Errorf("advice overlay: %q %q", de[0].Title, de[1].Title)
	}
	if en[0].Title == de[0].Title {
		t.Errorf("the English advice was changed in place")
	}
	bad := fstest.MapFS{"de/advice.toml": {Data: []byte("format = 1\n[[advice]]\nid = \"warm-up-frist\"\ntitle = \"X\"\n")}}
	_, err = routine.TranslateAdvice(en, bad, "de")
	if err == nil || !strings.Contains(err.Error(), `assets/translations/de/advice.toml:3: advice[1].id: no English advice has id "warm-up-frist" (did you mean "warm-up-first"?)`) {
		t.Errorf("unknown advice id: %v", err)
	}
}

func writeFile(t *testing.T, dir, name, text string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestCoverageListsEveryMissingFieldAndEveryUnusedOverlay(t *testing.T) {
	c := routine.Load(routine.Sources{BuiltinExercises: assets.ExerciseFiles(), BuiltinRoutines: routines.FS})
	advice, _ := routine.ParseAdvice("assets/advice.toml", assets.Advice)
	fsys := fstest.MapFS{
		"xx/exercises/prone-y-raise.toml": {Data: []byte(yRaiseDE)},
		"xx/exercises/prone-y-rase.toml":  {Data: []byte("format = 1\nname = \"Y\"\n")},
		"xx/routines/forward-head.toml":   {Data: []byte("format = 1\nname = \"Kopf\"\ndescrption = \"x\"\n")},
	}
	cov := c.Coverage(fsys, "xx", advice)
	if !cov.Started {
		t.Fatal("a language with a folder is started")
	}
	for _, want := range []string{"exercises/prone-y-raise.toml: summary", "exercises/prone-y-raise.toml: steps",
		"exercises/prone-y-raise.toml: safety", "exercises/prone-y-raise.toml: phase_cues.hold", "exercises/wall-slide.toml: phase_names.lift",
		"routines/daily-pull-aparts.toml: sections", "advice.toml: stop-on-pain.text"} {
		if !slices.Contains(cov.Missing, want) {
			t.Errorf("missing %q not listed", want)
		}
	}
	for _, translated := range []string{"exercises/prone-y-raise.toml: name", "exercises/prone-y-raise.toml: cues", "routines/forward-head.toml: name"} {
		if slices.Contains(cov.Missing, translated) {
			t.Errorf("%q is translated, yet listed as missing", translated)
		}
	}
	if len(cov.Unused) != 2 || !strings.Contains(fmt.Sprint(cov.Unused), `prone-y-rase`) || !strings.Contains(fmt.Sprint(cov.Unused), `descrption: unknown key`) {
		t.Errorf("unused: %v", cov.Unused)
	}
	if c.Coverage(fsys, "yy", advice).Started {
		t.Error("a language without a folder is not started")
	}
}

func TestShippedTranslationsAreComplete(t *testing.T) {
	c := routine.Load(routine.Sources{BuiltinExercises: assets.ExerciseFiles(), BuiltinRoutines: routines.FS})
	advice, _ := routine.ParseAdvice("assets/advice.toml", assets.Advice)
	for _, lang := range []string{"de", "es", "fr"} {
		cov := c.Coverage(assets.TranslationFiles(), lang, advice)
		if cov.Started && (len(cov.Missing) > 0 || len(cov.Unused) > 0) {
			t.Errorf("%s: missing %v, unused %v", lang, cov.Missing, cov.Unused)
		}
	}
}

// A translated name is said by that language's voice, which reads an
// English name by its own spelling rules (the German voice says "Face
// Pull" as [fa:k@ pUl]): no translated name keeps a word of the English
// one but for the few every language uses, and those that are the
// language's own words too (French "rotation", Spanish fitness's "core").
func TestTranslatedNamesAreInTheirLanguage(t *testing.T) {
	shared := []string{"superman", "y", "t", "w", "band", "posture", "10", "rotation", "extension", "core"}
	en := routine.Load(routine.Sources{BuiltinExercises: assets.ExerciseFiles(), BuiltinRoutines: routines.FS})
	words := func(s string) []string {
		return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return r == ' ' || r == '-' || r == ',' || r == ':' })
	}
	for _, lang := range []string{"de", "es", "fr"} {
		c := routine.Load(routine.Sources{BuiltinExercises: assets.ExerciseFiles(), BuiltinRoutines: routines.FS,
			Translations: assets.TranslationFiles(), Lang: lang})
		pairs := map[string]string{}
		for _, e := range en.Library.All() {
			tr, _ := c.Library.Exercise(e.ID)
			pairs[e.Name] = tr.Name
		}
		for i, r := range en.Routines {
			pairs[r.Name] = c.Routines[i].ShownName()
		}
		for english, translated := range pairs {
			for _, w := range words(translated) {
				if slices.Contains(words(english), w) && !slices.Contains(shared, w) {
					t.Errorf("%s: %q keeps %q of the English %q", lang, translated, w, english)
				}
			}
		}
	}
}
