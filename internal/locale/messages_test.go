package locale

import (
	"strings"
	"testing"
	"testing/fstest"
)

var testCatalogue = fstest.MapFS{
	"en.json": {Data: []byte(`{"greet": "Hello {{.Name}}", "sets": {"one": "{{.Count}} set", "other": "{{.Count}} sets"}, "only.en": "Only in English"}`)},
	"de.json": {Data: []byte(`{"greet": "Hallo {{.Name}}", "sets": {"one": "{{.Count}} Satz", "other": "{{.Count}} Sätze"}}`)},
	"fr.json": {Data: []byte(`{"sets": {"one": "{{.Count}} série", "many": "{{.Count}} séries", "other": "{{.Count}} séries"}}`)},
}

func TestMessagesTranslateWithPlaceholdersAndPlurals(t *testing.T) {
	de, err := NewMessages(testCatalogue, German)
	if err != nil {
		t.Fatal(err)
	}
	if got := de.X("greet", "Hello {{.Name}}", map[string]any{"Name": "Ana"}); got != "Hallo Ana" {
		t.Errorf("greet in German = %q", got)
	}
	for n, want := range map[int]string{1: "1 Satz", 2: "2 Sätze", 0: "0 Sätze"} {
		if got := de.XN("sets", "{{.Count}} sets", n, nil); got != want {
			t.Errorf("sets(%d) in German = %q, want %q", n, got, want)
		}
	}
	fr, _ := NewMessages(testCatalogue, French)
	for n, want := range map[int]string{0: "0 série", 1: "1 série", 2: "2 séries"} {
		if got := fr.XN("sets", "{{.Count}} sets", n, nil); got != want {
			t.Errorf("sets(%d) in French = %q, want %q (French counts 0 as one)", n, got, want)
		}
	}
}

// A text missing from a catalogue, or a key no catalogue has, reads in
// English with its placeholders filled: never the key, never a panic.
func TestMessagesMissingFallsBackToEnglishNeverTheKey(t *testing.T) {
	fr, _ := NewMessages(testCatalogue, French)
	if got := fr.X("greet", "Hello {{.Name}}", map[string]any{"Name": "Ana"}); got != "Hello Ana" {
		t.Errorf("untranslated greet = %q", got)
	}
	if got := fr.X("no.such.key", "Rest {{.Time}}", map[string]any{"Time": "30s"}); got != "Rest 30s" {
		t.Errorf("unknown key = %q", got)
	}
	var none *Messages
	if got := none.XN("sets", "{{.Count}} sets", 3, nil); got != "3 sets" {
		t.Errorf("nil Messages = %q", got)
	}
	es, err := NewMessages(testCatalogue, Spanish) // no es.json at all
	if err != nil {
		t.Fatal(err)
	}
	if got := es.X("only.en", "Only in English", nil); strings.Contains(got, "only.en") || got != "Only in English" {
		t.Errorf("no catalogue for the language: %q", got)
	}
}

func TestBuiltInCataloguesLoad(t *testing.T) {
	for _, l := range Supported {
		m := UIMessages(l)
		if m.Lang() != l {
			t.Errorf("UIMessages(%s) fell back to %s: a catalogue does not parse", l, m.Lang())
		}
	}
	if got := UIMessages(German).X("phase.hold", "Hold", nil); got != "Halten" {
		t.Errorf("phase.hold in German = %q", got)
	}
}

func TestPutInEnvLetsAChosenLanguageWinOverC(t *testing.T) {
	cases := []struct {
		name   string
		env    map[string]string
		chosen bool
		want   map[string]string
	}{
		{"system, LANG de", map[string]string{"LANG": "de_DE.UTF-8"}, false, map[string]string{"LANGUAGE": "de", "LANG": "de_DE.UTF-8"}},
		{"chosen under LC_ALL=C", map[string]string{"LC_ALL": "C", "LANG": "en_US.UTF-8"}, true, map[string]string{"LANGUAGE": "de", "LC_ALL": "de_DE.UTF-8", "LANG": "en_US.UTF-8"}},
		{"chosen under LANG=POSIX", map[string]string{"LANG": "POSIX"}, true, map[string]string{"LANGUAGE": "de", "LANG": "de_DE.UTF-8"}},
		{"system under C stays", map[string]string{"LANG": "C"}, false, map[string]string{"LANGUAGE": "de", "LANG": "C"}},
	}
	for _, c := range cases {
		env := map[string]string{}
		for k, v := range c.env {
			env[k] = v
		}
		PutInEnv(Locale{Lang: German, Territory: "DE"}, c.chosen, func(k, v string) error { env[k] = v; return nil }, func(k string) string { return env[k] })
		for k, want := range c.want {
			if env[k] != want {
				t.Errorf("%s: %s = %q, want %q", c.name, k, env[k], want)
			}
		}
	}
}
