package main

import (
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
)

// translated are the languages whose catalogue must hold every key.
var translated = []string{"de", "es", "fr"}

// counts are numbers that reach every plural form of the four languages.
var counts = []int{0, 1, 2, 3, 5, 21, 100, 1000000}

var placeholder = regexp.MustCompile(`{{\s*\.(\w+)\s*}}`)

// entry is one key of a catalogue: its plain text, or its plural forms.
type entry map[string]string

// readCatalogue reads <lang>.json as key -> forms ("other" for a plain text).
func readCatalogue(dir, lang string) (map[string]entry, []byte, error) {
	path := filepath.Join(dir, lang+".json")
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	out := map[string]entry{}
	for k, v := range raw {
		var s string
		if json.Unmarshal(v, &s) == nil {
			out[k] = entry{"other": s}
			continue
		}
		var forms map[string]string
		if err := json.Unmarshal(v, &forms); err != nil {
			return nil, nil, fmt.Errorf("%s: key %q: a text or an object of plural forms (one, other, ...): %w", path, k, err)
		}
		out[k] = forms
	}
	return out, data, nil
}

// check compares the catalogues in dir with the uses found in the code.
func check(dir string, uses map[string][]use) (problems, unused []string, err error) {
	en, enData, err := readCatalogue(dir, "en")
	if err != nil {
		return nil, nil, err
	}
	for _, key := range slices.Sorted(maps.Keys(uses)) {
		us := uses[key]
		e, ok := en[key]
		if !ok {
			problems = append(problems, fmt.Sprintf("en: missing %q (%s)", key, us[0].Pos))
			continue
		}
		for _, u := range us {
			if u.Fallback != e["other"] {
				problems = append(problems, fmt.Sprintf("en: %q is %q in en.json but %q at %s", key, e["other"], u.Fallback, u.Pos))
			}
			if u.Plural && e["one"] == "" {
				problems = append(problems, fmt.Sprintf("en: %q is counted at %s but has no \"one\" form", key, u.Pos))
			}
		}
	}
	for _, key := range slices.Sorted(maps.Keys(en)) {
		if _, ok := uses[key]; !ok {
			unused = append(unused, "en: "+key)
		}
	}
	for _, lang := range translated {
		problems = append(problems, checkLanguage(dir, lang, en, enData, uses)...)
	}
	return problems, unused, nil
}

// checkLanguage finds what lang's catalogue misses or gets wrong.
func checkLanguage(dir, lang string, en map[string]entry, enData []byte, uses map[string][]use) []string {
	cat, data, err := readCatalogue(dir, lang)
	if err != nil {
		return []string{fmt.Sprintf("%s: %v", lang, err)}
	}
	var problems []string
	bundle := i18n.NewBundle(language.English)
	bundle.RegisterUnmarshalFunc("json", json.Unmarshal)
	if _, err := bundle.ParseMessageFileBytes(enData, "en.json"); err != nil {
		return []string{fmt.Sprintf("en.json: %v", err)}
	}
	if _, err := bundle.ParseMessageFileBytes(data, lang+".json"); err != nil {
		return []string{fmt.Sprintf("%s.json: %v", lang, err)}
	}
	loc := i18n.NewLocalizer(bundle, lang)
	for _, key := range slices.Sorted(maps.Keys(en)) {
		t, ok := cat[key]
		if !ok {
			if _, used := uses[key]; used {
				problems = append(problems, fmt.Sprintf("%s: missing %q (English: %q)", lang, key, en[key]["other"]))
			}
			continue
		}
		want := names(en[key]["other"])
		for form, text := range t {
			if got := names(text); !slices.Equal(got, want) {
				problems = append(problems, fmt.Sprintf("%s: %q (%s) has placeholders %v, the English %v", lang, key, form, got, want))
			}
		}
		if len(en[key]) > 1 {
			problems = append(problems, pluralProblems(loc, lang, key)...)
		}
	}
	for _, key := range slices.Sorted(maps.Keys(cat)) {
		if _, ok := en[key]; !ok {
			problems = append(problems, fmt.Sprintf("%s: %q is not in en.json", lang, key))
		}
	}
	return problems
}

// pluralProblems asks for key with counts that reach every plural form
// lang has and says which fail.
func pluralProblems(loc *i18n.Localizer, lang, key string) []string {
	var problems []string
	for _, n := range counts {
		_, tag, err := loc.LocalizeWithTag(&i18n.LocalizeConfig{MessageID: key, PluralCount: n, TemplateData: map[string]any{"Count": n}})
		if err != nil || tag.String() != lang {
			problems = append(problems, fmt.Sprintf("%s: %q has no form for %d: %v", lang, key, n, err))
			break
		}
	}
	return problems
}

// names lists a text's placeholders, sorted, once each.
func names(text string) []string {
	var out []string
	for _, m := range placeholder.FindAllStringSubmatch(text, -1) {
		out = append(out, m[1])
	}
	slices.Sort(out)
	return slices.Compact(out)
}
