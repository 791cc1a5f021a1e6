package main

import (
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
