package routine

import (
	"fmt"
	"io/fs"
	"path"
	"slices"
)

// Coverage is how much of the built-in content a language's overlays
// translate: every English field left untranslated, and every overlay
// problem (an id, key or list no English matches: the unused).
type Coverage struct {
	Lang    string
	Started bool     // the language has a folder
	Missing []string // "exercises/prone-y-raise.toml: steps", in the order of the files
	Unused  []error  // broken overlays, each with its file, line and key
}

// Coverage checks lang's overlays in fsys against c's built-in English
// and en, the English advice. c must be loaded in English.
func (c *Catalog) Coverage(fsys fs.FS, lang string, en []Advice) Coverage {
	cov := Coverage{Lang: lang}
	if info, err := fs.Stat(fsys, lang); err != nil || !info.IsDir() {
		return cov
	}
	cov.Started = true
	tr := c.ReadTranslation(fsys, lang)
	cov.Unused = tr.Problems
	broken := map[string]bool{}
	for _, p := range tr.Problems {
		if ps, ok := p.(Problems); ok && len(ps) > 0 {
			broken[ps[0].File] = true
		}
	}
	for _, e := range c.Library.All() {
		if !e.BuiltIn {
			continue
		}
		file := path.Join(ExerciseTexts, e.ID+".toml")
		cov.missing(file, broken[path.Join(TranslationsLabel, lang, file)], exerciseGaps(e, tr.Exercises[e.ID]))
	}
	for _, r := range c.Routines {
		if !r.BuiltIn {
			continue
		}
		stem := RoutineFileStem(r)
		file := path.Join(RoutineTexts, stem+".toml")
		cov.missing(file, broken[path.Join(TranslationsLabel, lang, file)], routineGaps(r, tr.Routines[stem]))
	}
	cov.adviceGaps(fsys, lang, en)
	return cov
}

// missing notes the fields of file that gaps names; a broken file (whose
// problems are in Unused) is not counted twice.
func (cov *Coverage) missing(file string, broken bool, gaps []string) {
	if broken {
		return
	}
	for _, g := range gaps {
		cov.Missing = append(cov.Missing, file+": "+g)
	}
}

// exerciseGaps names every field e has in English that t does not
// translate (every one, when there is no overlay).
func exerciseGaps(e *Exercise, t *ExerciseText) []string {
	if t == nil {
		t = &ExerciseText{}
	}
	var gaps []string
	gap := func(field string, english, translated bool) {
		if english && !translated {
			gaps = append(gaps, field)
		}
	}
	gap("name", e.Name != "", t.Name != "")
	gap("summary", e.Summary != "", t.Summary != "")
	gap("muscles", len(e.Muscles) > 0, t.Muscles != nil)
	gap("steps", len(e.Steps) > 0, t.Steps != nil)
	gap("cues", len(e.Cues) > 0, t.Cues != nil)
	gap("safety", len(e.Safety) > 0, t.Safety != nil)
	for _, p := range [][3]string{
		{"phase_names.lift", e.PhaseNames.Lift, t.PhaseNames.Lift}, {"phase_names.hold", e.PhaseNames.Hold, t.PhaseNames.Hold},
		{"phase_names.lower", e.PhaseNames.Lower, t.PhaseNames.Lower}, {"phase_cues.lift", e.PhaseCues.Lift, t.PhaseCues.Lift},
		{"phase_cues.hold", e.PhaseCues.Hold, t.PhaseCues.Hold}, {"phase_cues.lower", e.PhaseCues.Lower, t.PhaseCues.Lower},
	} {
		gap(p[0], p[1] != "", p[2] != "")
	}
	return gaps
}

func routineGaps(r *Routine, t *RoutineText) []string {
	if t == nil {
		t = &RoutineText{}
	}
	var gaps []string
	if t.Name == "" {
		gaps = append(gaps, "name")
	}
	if r.Description != "" && t.Description == "" {
		gaps = append(gaps, "description")
	}
	named := slices.ContainsFunc(r.Sections, func(s Section) bool { return s.Name != "" })
	if named && !r.Flat && t.Sections == nil {
		gaps = append(gaps, "sections")
	}
	return gaps
}

// adviceGaps notes every piece of advice whose title or text lang's
// advice.toml leaves English, or its problems.
func (cov *Coverage) adviceGaps(fsys fs.FS, lang string, en []Advice) {
	texts, err := readAdviceText(fsys, lang, en)
	if err != nil {
		cov.Unused = append(cov.Unused, err)
		return
	}
	for _, a := range en {
		t := texts[a.ID]
		for _, f := range [][2]string{{"title", t.Title}, {"text", t.Text}} {
			if f[1] == "" {
				cov.Missing = append(cov.Missing, fmt.Sprintf("%s: %s.%s", AdviceTexts, a.ID, f[0]))
			}
		}
	}
}
