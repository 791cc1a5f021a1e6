package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeCatalogues(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

var testUses = map[string][]use{
	"greet": {{Key: "greet", Fallback: "Hello {{.Name}}", Pos: "a.go:1"}},
	"sets":  {{Key: "sets", Fallback: "{{.Count}} sets", Plural: true, Pos: "a.go:2"}},
}

const enJSON = `{"greet": "Hello {{.Name}}", "sets": {"one": "{{.Count}} set", "other": "{{.Count}} sets"}, "old": "Old"}`

func TestCheckPassesCompleteCataloguesAndListsUnused(t *testing.T) {
	dir := writeCatalogues(t, map[string]string{
		"en.json": enJSON,
		"de.json": `{"greet": "Hallo {{.Name}}", "sets": {"one": "{{.Count}} Satz", "other": "{{.Count}} Sätze"}}`,
		"es.json": `{"greet": "Hola {{.Name}}", "sets": {"one": "{{.Count}} serie", "many": "{{.Count}} series", "other": "{{.Count}} series"}}`,
		"fr.json": `{"greet": "Bonjour {{.Name}}", "sets": {"one": "{{.Count}} série", "many": "{{.Count}} séries", "other": "{{.Count}} séries"}}`,
	})
	problems, unused, err := check(dir, testUses)
	if err != nil || len(problems) > 0 {
		t.Fatalf("complete catalogues: %v %v", err, problems)
	}
	if strings.Join(unused, ",") != "en: old" {
		t.Errorf("unused %v, want en: old", unused)
	}
}

func TestCheckFailsOnMissingKeysWrongPlaceholdersAndPluralForms(t *testing.T) {
	dir := writeCatalogues(t, map[string]string{
		"en.json": enJSON,
		"de.json": `{"greet": "Hallo {{.Nom}}"}`,
		"es.json": `{"greet": "Hola {{.Name}}", "sets": {"one": "{{.Count}} serie"}}`,
		"fr.json": `{"greet": "Bonjour {{.Name}}", "sets": {"one": "{{.Count}} série", "many": "{{.Count}} séries", "other": "{{.Count}} séries"}, "extra": "x"}`,
	})
	problems, _, err := check(dir, testUses)
	if err != nil {
		t.Fatal(err)
	}
	all := strings.Join(problems, "\n")
	for _, want := range []string{`de: missing "sets"`, `de: "greet" (other) has placeholders [Nom]`, `es: "sets" has no form for 0`, `fr: "extra" is not in en.json`} {
		if !strings.Contains(all, want) {
			t.Errorf("problems lack %q:\n%s", want, all)
		}
	}
	changed := map[string][]use{"greet": {{Key: "greet", Fallback: "Hi {{.Name}}", Pos: "b.go:3"}}}
	problems, _, _ = check(dir, changed)
	if !strings.Contains(strings.Join(problems, "\n"), `en: "greet" is "Hello {{.Name}}" in en.json but "Hi {{.Name}}" at b.go:3`) {
		t.Errorf("a fallback that differs from en.json is not caught: %v", problems)
	}
}

func TestScanFindsTheRealCallsAndTheirKeys(t *testing.T) {
	found, err := scanUses("../..", "internal", "cmd")
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{"player.stop.title", "phase.hold", "tray.quit", "remind.title"} {
		if len(found[key]) == 0 {
			t.Errorf("no use of %s found", key)
		}
	}
}
