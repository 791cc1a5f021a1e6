package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"

	"github.com/postureapp/posture/internal/desktop"
	"github.com/postureapp/posture/internal/locale"
	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/ui/kit"
	"github.com/postureapp/posture/internal/voice"
)

// carriedFile is a routine file that carries its own exercise, with
// problems of types, characters and tables given by the routine and the
// exercise; "" for a file that has none.
func carriedFile(routineKeys, exerciseKeys string) string {
	return "format = 1\nname = \"Carry Q\"\n" + routineKeys + "[[step]]\nexercise = \"door-press\"\n" +
		"\n[[exercise]]\nid = \"door-press\"\nname = \"Door Press\"\nkind = \"strength\"\n" + exerciseKeys +
		"[exercise.dose]\nsets = 2\nreps = \"8\"\n"
}

// A refused file's problems about value types, control characters, the
// player's banner, the progression table and [[step]] beside [[section]]
// are in the window's language, with what is allowed; what importing did
// with the exercises a routine carries, the name of a copy, Undo's refusal
// and Rename's clash with a built-in's English name are too.
func TestFileTypeProblemsImportNotesAndUndoSpeakTheLanguage(t *testing.T) {
	broken := map[string]string{
		"types.toml": carriedFile("description = [\"a\"]\n",
			"cues = \"one\"\nsummary = 3\nsafety_note = [\"x\"]\n[exercise.phase_names]\nlift = \"Push the whole door away\"\n"),
		"control.toml":  carriedFile("description = \"a\\u0007b\"\n", "summary = \"a\\u001bb\"\n"),
		"progress.toml": carriedFile("", "[exercise.progression]\nhold = \"0.5s\"\nthen = \"door-press\"\nnext = \"Face Pull\"\nresistance = \"\"\n"),
		"mixed.toml":    "format = 1\nname = \"Mixed Q\"\n[[step]]\nexercise = \"chin-tuck\"\n[[section]]\nname = \"A\"\n[[section.step]]\nexercise = \"chin-tuck\"\n",
		"tables.toml":   "format = 1\nname = \"Tables Q\"\nstep = 3\n",
	}
	for _, l := range []locale.Lang{locale.German, locale.Spanish, locale.French} {
		t.Run(string(l), func(t *testing.T) {
			u, es := editingIn(t, l)
			check := func(where, shown string) {
				checkNoEnglish(t, es, where, asFileHasIt.ReplaceAllString(shown, ""), typeEnglish)
			}
			for _, name := range []string{"types.toml", "control.toml", "progress.toml", "mixed.toml", "tables.toml"} {
				u.importRoutine(name, []byte(broken[name]))
				check("import of "+name, dialogText(t, u.win))
				escape(u)
			}

			u.importRoutine("carry.toml", []byte(carriedFile("", "")))
			check("import of a routine that carries its exercise", dialogText(t, u.win))
			escape(u)

			u.importRoutine("builtin.toml", []byte("format = 1\nname = \"Desk Posture Break\"\n[[step]]\nexercise = \"chin-tuck\"\n"))
			test.Tap(findButton(t, overlayTop(u), lang.X("import.copy", "Import as a copy")))
			escape(u)
			copyName := "Desk Posture Break " + lang.X("import.copy.suffix", "(imported)")
			if u.cfg.Catalog.Routine(copyName) == nil {
				t.Errorf("the copy of an imported built-in is not called %q: %v", copyName, routineNames(u.cfg.Catalog))
			}

			if err := os.WriteFile(filepath.Join(u.cfg.Sources.UserRoutines, "flow-q.toml"), []byte("format = 1\nname = \"Flow Q\"\n[[step]]\nexercise = \"chin-tuck\"\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			u.cfg.Catalog = routine.Load(u.cfg.Sources)
			flow := u.cfg.Catalog.Routine("Flow Q")
			u.askRename(flow)
			in := u.win.Canvas().Focused().(*kit.Entry)
			in.SetText("Desk Posture Break")
			shown := u.cfg.Catalog.Routine("Desk Posture Break").ShownName()
			said := dialogText(t, u.win)
			check("rename to a built-in's English name", strings.ReplaceAll(said, "Desk Posture Break\n", "")) // the field holds what was typed
			if !strings.Contains(said, shown) {
				t.Errorf("the rename's problem does not name the built-in as the window shows it, %q:\n%s", shown, said)
			}
			escape(u)

			if err := u.trashRoutine(flow); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(u.cfg.Sources.UserRoutines, "other.toml"), []byte("format = 1\nname = \"Flow Q\"\n[[step]]\nexercise = \"chin-tuck\"\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			u.cfg.Catalog = routine.Load(u.cfg.Sources)
			u.undoDelete()
			check("undo refused", dialogText(t, u.win))
			escape(u)
		})
	}
}

// asFileHasIt are the words a problem quotes from the file, values and
// keys, which stay as the file has them.
var asFileHasIt = regexp.MustCompile(`"(?:[^"\\]|\\.)*"|[a-z_]+(?:\[\d+\])?(?:\.[a-z_]+(?:\[\d+\])?)*\s?:`)

func routineNames(c *routine.Catalog) []string {
	var out []string
	for _, r := range c.Routines {
		out = append(out, r.Name)
	}
	return out
}

// typeEnglish are words of the English problems and notes the files,
// the copy, Rename and Undo above give.
var typeEnglish = []string{"is not a string", "is not a list", "is not a table", "not a string", "control character", "banner",
	"like \"Push\"", "too short to progress", "names the exercise itself", "is not an exercise id", "cannot be mixed", "put every step",
	"a list of strings", "without control characters", "kebab-case", "light band", "the id of", "list of tables", "[[step]] tables",
	"added the exercise", "Added the exercise", "(imported)", "annot undo", "rename it first", "is taken by another routine", "built-in"}

// Without espeak-ng the Voice section and the player say so in the
// window's language.
func TestNoEspeakIsSaidInTheLanguage(t *testing.T) {
	for _, l := range []locale.Lang{locale.German, locale.Spanish, locale.French} {
		t.Run(string(l), func(t *testing.T) {
			inLanguage(t, l)
			a := test.NewTempApp(t)
			a.Preferences().SetBool(prefSafetySeen, true)
			u := New(a, Config{Catalog: testCatalog(t), Advice: testAdvice(t), Clock: newStepClock(), SpeechNotice: voice.ErrNoEspeak.Error()})
			u.showSettings()
			said := allText(t, u.win.Content())
			if strings.Contains(said, voice.ErrNoEspeak.Error()) || !strings.Contains(said, "espeak-ng") {
				t.Errorf("settings without espeak-ng say:\n%s", said)
			}
			p := newPlayer(u, u.cfg.Catalog.Routine("Upper Back Strength"))
			defer p.close()
			if p.notice.Text == voice.ErrNoEspeak.Error() || !strings.Contains(p.notice.Text, "espeak-ng") {
				t.Errorf("the player says %q", p.notice.Text)
			}
		})
	}
}

// The store's and the desktop's refusals a person meets in the window
// (no folder for routines, no free file name, a month file that would be
// too large, start at login refused) are in the window's language.
func TestFolderMonthAndLoginErrorsSpeakTheLanguage(t *testing.T) {
	errs := []error{
		routine.ErrNoFolder,
		fmt.Errorf("no free file name for %q in %s", "Flow Q", "/data/routines"),
		fmt.Errorf("save %s: it would be %s, over the %s a month file may hold", "/data/history/2026-11.toml", "4.1 MiB", "4 MiB"),
		fmt.Errorf("save %s: session not saved, it would not read back: %v", "/data/history/2026-11.toml", "line 3: bad"),
		fmt.Errorf("autostart: %w starting Posture at login (Background portal)", desktop.ErrPortalDenied),
	}
	for _, l := range []locale.Lang{locale.German, locale.Spanish, locale.French} {
		t.Run(string(l), func(t *testing.T) {
			_, es := editingIn(t, l)
			for _, err := range errs {
				checkNoEnglish(t, es, err.Error(), kit.ErrorText(err), []string{"no folder", "no free file", "would be", "month file", "not saved",
					"read back", "desktop refused", "at login", "portal"})
			}
		})
	}
}
