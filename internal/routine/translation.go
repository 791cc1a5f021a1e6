package routine

import (
	"fmt"
	"io/fs"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/postureapp/posture/internal/tomlfile"
)

// A translation of the built-in content is a set of overlay files, one
// per English file, under a language's folder (the embedded
// assets/translations/<lang>/):
//
//	exercises/<id>.toml    name, summary, muscles, steps, cues, safety, [phase_names], [phase_cues]
//	routines/<file>.toml   name, description, sections (the sections' names, in order)
//	advice.toml            [[advice]] id, title, text
//
// An overlay names only what it translates; every field it leaves out
// stays English. Lists hold one entry for each English entry, in the same
// order, so a step or a warning cannot go missing in one language. The
// person's own exercises and routines are never translated.

// Overlay folders and the advice file inside a language's folder.
const (
	ExerciseTexts = "exercises"
	RoutineTexts  = "routines"
	AdviceTexts   = "advice.toml"
)

// ExerciseText is an exercise's translated fields; an empty one (nil for
// a list) keeps the English.
type ExerciseText struct {
	Name, Summary                string
	Muscles, Steps, Cues, Safety []string
	PhaseNames                   PhaseNames
	PhaseCues                    PhaseCues
}

// RoutineText is a routine's translated fields. Its name is shown
// (Routine.Title) but never replaces the English one, which history,
// reminders and warm-ups know the routine by.
type RoutineText struct {
	Name, Description string
	Sections          []string // one per English section, "" to keep its name
}

// AdviceText is one piece of advice, translated.
type AdviceText struct {
	Title, Text string
}

var (
	exerciseTextKeys = []string{"format", "name", "summary", "muscles", "steps", "cues", "safety", "phase_names", "phase_cues"}
	routineTextKeys  = []string{"format", "name", "description", "sections"}
	adviceTextKeys   = []string{"id", "title", "text"}
)

// ParseExerciseText reads the overlay of en, the English exercise.
func ParseExerciseText(file string, data []byte, en *Exercise) (*ExerciseText, error) {
	raw, d, err := parse(file, data)
	if err != nil {
		return nil, err
	}
	d.CheckKeys(raw, "", exerciseTextKeys)
	t := &ExerciseText{
		Name:    d.translatedName(raw, "name", ""),
		Summary: d.translatedText(raw, "summary", "", en.Summary),
		Muscles: d.sameCount(raw, "muscles", en.Muscles),
		Steps:   d.sameCount(raw, "steps", en.Steps),
		Cues:    d.sameCount(raw, "cues", en.Cues),
		Safety:  d.sameCount(raw, "safety", en.Safety),
	}
	names := d.phaseTable(raw, "phase_names", en.PhaseNames)
	t.PhaseNames = PhaseNames{Lift: d.phaseName(names, "lift"), Hold: d.phaseName(names, "hold"), Lower: d.phaseName(names, "lower")}
	cues := d.phaseTable(raw, "phase_cues", PhaseNames(en.PhaseCues))
	t.PhaseCues = PhaseCues{
		Lift:  d.translatedText(cues, "lift", "phase_cues", en.PhaseCues.Lift),
		Hold:  d.translatedText(cues, "hold", "phase_cues", en.PhaseCues.Hold),
		Lower: d.translatedText(cues, "lower", "phase_cues", en.PhaseCues.Lower),
	}
	return t, d.Err()
}

// ParseRoutineText reads the overlay of en, the English routine.
func ParseRoutineText(file string, data []byte, en *Routine) (*RoutineText, error) {
	raw, d, err := parse(file, data)
	if err != nil {
		return nil, err
	}
	d.CheckKeys(raw, "", routineTextKeys)
	t := &RoutineText{
		Name:        d.translatedName(raw, "name", ""),
		Description: d.translatedText(raw, "description", "", en.Description),
	}
	if _, given := raw["sections"]; given {
		t.Sections = d.sectionNames(raw, en)
	}
	return t, d.Err()
}

// sectionNames reads the translated names of en's sections, one each in
// order; a section the English leaves unnamed stays unnamed ("").
func (d *decoder) sectionNames(raw map[string]any, en *Routine) []string {
	if en.Flat {
		d.Add("sections", "the English routine has no sections", "leave it out")
		return nil
	}
	english := make([]string, len(en.Sections))
	for i, s := range en.Sections {
		english[i] = s.Name
	}
	names := d.sameCount(raw, "sections", english)
	for i, n := range names {
		if msg, allowed := nameRule(n); n != "" && msg != "" {
			d.Add("sections", fmt.Sprintf("item %d %s", i+1, msg), allowed)
		}
		if (n == "") != (english[i] == "") {
			d.Add("sections", fmt.Sprintf("item %d is %q where the English section is %q", i+1, n, english[i]), `a name for a named section, "" for one without`)
		}
	}
	return names
}

// ParseAdviceText reads the overlay of the advice file, whose English is
// en; the texts are keyed by advice id.
func ParseAdviceText(file string, data []byte, en []Advice) (map[string]AdviceText, error) {
	raw, d, err := parse(file, data)
	if err != nil {
		return nil, err
	}
	d.CheckKeys(raw, "", []string{"format", "advice"})
	ids := make([]string, len(en))
	english := map[string]Advice{}
	for i, a := range en {
		ids[i] = a.ID
		english[a.ID] = a
	}
	out := map[string]AdviceText{}
	for i, t := range d.tables(raw, "advice", "") {
		p := tomlfile.Indexed("", "advice", i)
		d.CheckKeys(t, p, adviceTextKeys)
		id := d.str(t, "id", p, true)
		switch _, seen := out[id]; {
		case id == "":
			continue
		case !slices.Contains(ids, id):
			d.Add(tomlfile.Join(p, "id"), "no English advice has id "+tomlfile.Echo(id), tomlfile.Hint(id, ids, nil))
			continue
		case seen:
			d.Add(tomlfile.Join(p, "id"), tomlfile.Echo(id)+" is translated twice", "one [[advice]] table per id")
		}
		out[id] = AdviceText{Title: d.translatedName(t, "title", p), Text: d.translatedText(t, "text", p, english[id].Text)}
	}
	return out, d.Err()
}

// translatedName reads a name that, when given, must not be empty.
func (d *decoder) translatedName(m map[string]any, key, p string) string {
	_, given := m[key]
	return strings.TrimSpace(d.name(m, key, p, given))
}

// translatedText reads a text that, when given, must not be empty and
// must translate something: english is what the English file says.
func (d *decoder) translatedText(m map[string]any, key, p, english string) string {
	if _, given := m[key]; !given {
		return ""
	}
	if english == "" {
		d.Add(tomlfile.Join(p, key), "the English has none to translate", "leave it out")
		return ""
	}
	return d.str(m, key, p, true)
}

// sameCount reads a translated list, which holds one entry for each of
// english's, in the same order.
func (d *decoder) sameCount(m map[string]any, key string, english []string) []string {
	if _, given := m[key]; !given {
		return nil
	}
	list := d.strList(m, key, "")
	switch {
	case len(english) == 0:
		d.Add(key, "the English has none to translate", "leave it out")
		return nil
	case len(list) != len(english):
		d.Add(key, fmt.Sprintf("has %d items where the English has %d", len(list), len(english)),
			fmt.Sprintf("%d items, each translating the English one in the same place", len(english)))
		return nil
	}
	for i, s := range list {
		if strings.TrimSpace(s) == "" && english[i] != "" {
			d.Add(key, fmt.Sprintf("item %d is empty", i+1), "a translation of "+tomlfile.Echo(english[i]))
		}
	}
	return list
}

// phaseTable reads a [phase_names] or [phase_cues] overlay: it may name
// only the phases the English names.
func (d *decoder) phaseTable(raw map[string]any, key string, english PhaseNames) map[string]any {
	t := d.table(raw, key, "")
	if t == nil {
		return nil
	}
	var known []string
	for _, k := range [][2]string{{"lift", english.Lift}, {"hold", english.Hold}, {"lower", english.Lower}} {
		if k[1] != "" {
			known = append(known, k[0])
		}
	}
	if len(known) == 0 {
		d.Add(key, "the English has none to translate", "leave it out")
		return nil
	}
	d.CheckKeys(t, key, known)
	return t
}

// Apply puts t's translated fields in e; those t leaves empty stay.
func (t *ExerciseText) Apply(e *Exercise) {
	e.Name = or(t.Name, e.Name)
	e.Summary = or(t.Summary, e.Summary)
	e.Muscles = orList(t.Muscles, e.Muscles)
	e.Steps = orList(t.Steps, e.Steps)
	e.Cues = orList(t.Cues, e.Cues)
	e.Safety = orList(t.Safety, e.Safety)
	e.PhaseNames = PhaseNames{Lift: or(t.PhaseNames.Lift, e.PhaseNames.Lift), Hold: or(t.PhaseNames.Hold, e.PhaseNames.Hold), Lower: or(t.PhaseNames.Lower, e.PhaseNames.Lower)}
	e.PhaseCues = PhaseCues{Lift: or(t.PhaseCues.Lift, e.PhaseCues.Lift), Hold: or(t.PhaseCues.Hold, e.PhaseCues.Hold), Lower: or(t.PhaseCues.Lower, e.PhaseCues.Lower)}
}

// Apply puts t's translated fields in r: the shown name (Title), the
// description and the sections' names.
func (t *RoutineText) Apply(r *Routine) {
	r.Title = t.Name
	r.Description = or(t.Description, r.Description)
	for i, name := range t.Sections {
		if i < len(r.Sections) {
			r.Sections[i].Name = or(name, r.Sections[i].Name)
		}
	}
}

func or(s, english string) string {
	if s == "" {
		return english
	}
	return s
}

func orList(list, english []string) []string {
	if list == nil {
		return english
	}
	return list
}

// ShownName is the routine's name in the language it was loaded in: its
// Title when translated, else its Name.
func (r *Routine) ShownName() string { return or(r.Title, r.Name) }

// Translate applies the overlays of lang in fsys (a folder per language)
// to the built-in exercises and routines of c. A broken overlay is one of
// c's problems and leaves its file English; lang "" or "en" changes
// nothing.
func (c *Catalog) Translate(fsys fs.FS, lang string) {
	if fsys == nil || lang == "" || lang == "en" {
		return
	}
	texts := c.ReadTranslation(fsys, lang)
	c.Problems = append(c.Problems, texts.Problems...)
	for id, t := range texts.Exercises {
		if e, ok := c.Library.Exercise(id); ok {
			t.Apply(e)
		}
	}
	for _, r := range c.Routines {
		if t := texts.Routines[RoutineFileStem(r)]; t != nil && r.BuiltIn {
			t.Apply(r)
		}
	}
}

// Translation is one language's overlays of the built-in content, read
// and checked against the English.
type Translation struct {
	Exercises map[string]*ExerciseText // by exercise id
	Routines  map[string]*RoutineText  // by the stem of the routine's file name
	Problems  []error                  // one per broken overlay
	Files     []string                 // every overlay file read
}

// ReadTranslation reads every exercise and routine overlay of lang in
// fsys and checks each against c's built-in English.
func (c *Catalog) ReadTranslation(fsys fs.FS, lang string) *Translation {
	tr := &Translation{Exercises: map[string]*ExerciseText{}, Routines: map[string]*RoutineText{}}
	dir := path.Join(lang, ExerciseTexts)
	tr.each(fsys, dir, func(file string, data []byte, stem string) error {
		e, err := c.builtInExercise(file, stem)
		if err != nil {
			return err
		}
		t, err := ParseExerciseText(file, data, e)
		if err == nil {
			tr.Exercises[stem] = t
		}
		return err
	})
	tr.each(fsys, path.Join(lang, RoutineTexts), func(file string, data []byte, stem string) error {
		r, err := c.builtInRoutine(file, stem)
		if err != nil {
			return err
		}
		t, err := ParseRoutineText(file, data, r)
		if err == nil {
			tr.Routines[stem] = t
		}
		return err
	})
	return tr
}

// each reads every .toml file in dir of fsys with the size limit, labelled
// under assets/translations, and hands it to read with its stem.
func (tr *Translation) each(fsys fs.FS, dir string, read func(file string, data []byte, stem string) error) {
	sub, err := fs.Sub(fsys, dir)
	if err != nil {
		return
	}
	for _, name := range tomlFiles(sub) {
		file := path.Join(TranslationsLabel, dir, name)
		tr.Files = append(tr.Files, file)
		data, err := readLimited(sub, name, file)
		if err == nil {
			err = read(file, data, strings.TrimSuffix(name, ".toml"))
		}
		if err != nil {
			tr.Problems = append(tr.Problems, err)
		}
	}
}

// TranslationsLabel is where the embedded translations are, as messages
// name them.
const TranslationsLabel = "assets/translations"

// RoutineFileStem is the name of r's file without its folder and .toml,
// by which a translation names a built-in routine.
func RoutineFileStem(r *Routine) string {
	return strings.TrimSuffix(path.Base(r.File), ".toml")
}

// builtInRoutine is the built-in routine whose file is stem.toml, which
// the overlay file translates.
func (c *Catalog) builtInRoutine(file, stem string) (*Routine, error) {
	for _, r := range c.Routines {
		if r.BuiltIn && RoutineFileStem(r) == stem {
			return r, nil
		}
	}
	return nil, tomlfile.One(file, 0, "", "no built-in routine is in "+tomlfile.Echo(stem+".toml"), tomlfile.Hint(stem, c.builtInStems(), nil))
}

// builtInExercise is the built-in exercise with id stem, which the
// overlay file translates.
func (c *Catalog) builtInExercise(file, stem string) (*Exercise, error) {
	if e, ok := c.Library.Exercise(stem); ok && e.BuiltIn {
		return e, nil
	}
	return nil, tomlfile.One(file, 0, "", "no built-in exercise has id "+tomlfile.Echo(stem), tomlfile.Hint(stem, c.builtInIDs(), nil))
}

func (c *Catalog) builtInStems() []string {
	var out []string
	for _, r := range c.Routines {
		if r.BuiltIn {
			out = append(out, RoutineFileStem(r))
		}
	}
	return out
}

func (c *Catalog) builtInIDs() []string {
	var out []string
	for _, e := range c.Library.All() {
		if e.BuiltIn {
			out = append(out, e.ID)
		}
	}
	return out
}

// TranslateAdvice is all with the texts of lang's advice overlay in fsys
// put in; the error is the overlay's problems, when it has any, and all
// then stays English.
func TranslateAdvice(all []Advice, fsys fs.FS, lang string) ([]Advice, error) {
	if fsys == nil || lang == "" || lang == "en" {
		return all, nil
	}
	texts, err := readAdviceText(fsys, lang, all)
	if err != nil {
		return all, err
	}
	out := slices.Clone(all)
	for i, a := range out {
		if t, ok := texts[a.ID]; ok {
			out[i].Title, out[i].Text = or(t.Title, a.Title), or(t.Text, a.Text)
		}
	}
	return out, nil
}

// TranslationFile says whether file is a translation overlay, by where it
// sits: .../translations/<lang>/exercises/<id>.toml,
// .../translations/<lang>/routines/<file>.toml or
// .../translations/<lang>/advice.toml. kind is ExerciseTexts,
// RoutineTexts or AdviceTexts; stem is the id or routine file it
// translates.
func TranslationFile(file string) (lang, kind, stem string, ok bool) {
	parts := strings.Split(filepath.ToSlash(filepath.Clean(file)), "/")
	n := len(parts)
	switch {
	case n >= 3 && parts[n-1] == AdviceTexts && parts[n-3] == "translations":
		return parts[n-2], AdviceTexts, "", true
	case n >= 4 && parts[n-4] == "translations" && (parts[n-2] == ExerciseTexts || parts[n-2] == RoutineTexts) && strings.HasSuffix(parts[n-1], ".toml"):
		return parts[n-3], parts[n-2], strings.TrimSuffix(parts[n-1], ".toml"), true
	}
	return "", "", "", false
}

// CheckTranslation checks data, the overlay file (see TranslationFile),
// against c's built-in English and en, the English advice.
func (c *Catalog) CheckTranslation(file string, data []byte, en []Advice) error {
	_, kind, stem, ok := TranslationFile(file)
	if !ok {
		return tomlfile.One(file, 0, "", "not a translation file", "translations/<lang>/exercises/<id>.toml, translations/<lang>/routines/<file>.toml or translations/<lang>/advice.toml")
	}
	switch kind {
	case AdviceTexts:
		_, err := ParseAdviceText(file, data, en)
		return err
	case ExerciseTexts:
		e, err := c.builtInExercise(file, stem)
		if err == nil {
			_, err = ParseExerciseText(file, data, e)
		}
		return err
	}
	r, err := c.builtInRoutine(file, stem)
	if err == nil {
		_, err = ParseRoutineText(file, data, r)
	}
	return err
}

// readAdviceText reads lang's advice overlay in fsys against en, the
// English advice; none (an empty map) when the language has no advice.toml.
func readAdviceText(fsys fs.FS, lang string, en []Advice) (map[string]AdviceText, error) {
	name := path.Join(lang, AdviceTexts)
	if _, missing := fs.Stat(fsys, name); missing != nil {
		return map[string]AdviceText{}, nil // not translated yet
	}
	file := path.Join(TranslationsLabel, name)
	data, err := readLimited(fsys, name, file)
	if err != nil {
		return nil, err
	}
	return ParseAdviceText(file, data, en)
}
