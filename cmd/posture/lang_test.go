package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The command line shows the built-in content in English whatever the
// locale, and in the language --lang names.
func TestLangFlagTranslatesTheBuiltInContent(t *testing.T) {
	t.Setenv("LC_ALL", "")
	t.Setenv("LANGUAGE", "")
	t.Setenv("LANG", "de_DE.UTF-8")
	_, out, _ := posture(t, t.TempDir(), "exercises", "--show", "prone-y-raise")
	if !strings.Contains(out, "Prone Y Raise") || strings.Contains(out, "Bauchlage") {
		t.Errorf("without --lang the content should stay English:\n%s", out)
	}
	for lang, want := range map[string][]string{
		"de":     {"Y-Heben in Bauchlage", "Recken Sie den Kopf nicht nach oben"},
		"system": {"Y-Heben in Bauchlage"},
		"fr":     {"Élévation en Y à plat ventre", "Ne relevez pas la tête"},
		"es":     {"Elevación en Y boca abajo", "No estires la cabeza hacia arriba"},
	} {
		code, out, errs := posture(t, t.TempDir(), "--lang", lang, "exercises", "--show", "prone-y-raise")
		for _, w := range want {
			if code != 0 || !strings.Contains(out, w) {
				t.Errorf("--lang %s: exit %d, %q not in:\n%s%s", lang, code, w, out, errs)
			}
		}
	}
}

// --lang system (and sounds --voice, which follows the system) takes the
// language chosen in the window's settings over the locale's.
func TestLangSystemFollowsTheSavedChoice(t *testing.T) {
	config := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", config)
	t.Setenv("LC_ALL", "")
	t.Setenv("LANGUAGE", "")
	t.Setenv("LANG", "de_DE.UTF-8")
	dir := preferencesPath(config)
	if err := os.MkdirAll(filepath.Dir(dir), 0o755); err != nil {
		t.Fatal(err)
	}
	for saved, want := range map[string]string{`{"language": "fr"}`: "Élévation en Y", `{"language": "system"}`: "Y-Heben", `{"volume": 80}`: "Y-Heben", `not json`: "Y-Heben"} {
		if err := os.WriteFile(dir, []byte(saved), 0o644); err != nil {
			t.Fatal(err)
		}
		_, out, errs := posture(t, t.TempDir(), "--lang", "system", "exercises", "--show", "prone-y-raise")
		if !strings.Contains(out, want) {
			t.Errorf("preferences %s: want %q in:\n%s%s", saved, want, out, errs)
		}
	}
}
