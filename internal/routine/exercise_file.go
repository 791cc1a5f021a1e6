package routine

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/postureapp/posture/internal/tomlfile"
)

var (
	exerciseKeys    = []string{"format", "id", "name", "kind", "equipment", "muscles", "summary", "steps", "cues", "safety", "sides", "dose", "tempo", "phase_names", "phase_cues", "progression", "floor", "without_floor"}
	doseKeys        = []string{"sets", "reps", "hold", "duration", "rest", "source"}
	phaseKeys       = []string{"lift", "hold", "lower"}
	progressionKeys = []string{"reps", "hold", "lower", "resistance", "next", "then"}
	kinds           = []string{string(Warmup), string(Strength), string(Stretch)}
	sidesValues     = []string{string(NoSides), string(BothSides), string(Alternate)}
)

// ParseExercise reads one exercise file. The error, if any, is Problems
// listing everything wrong with it.
func ParseExercise(file string, data []byte) (*Exercise, error) {
	raw, d, err := parse(file, data)
	if err != nil {
		return nil, err
	}
	e := d.exercise(raw, exerciseKeys)
	e.File = file
	return e, d.Err()
}

// exercise reads an exercise's table: a whole exercise file, or one
// [[exercise]] table of a routine file (d.Prefix says which).
func (d *decoder) exercise(raw map[string]any, keys []string) *Exercise {
	d.CheckKeys(raw, "", keys)
	e := &Exercise{
		ID:        d.str(raw, "id", "", true),
		Name:      d.name(raw, "name", "", true),
		Summary:   d.str(raw, "summary", "", false),
		Equipment: d.strList(raw, "equipment", ""),
		Muscles:   d.strList(raw, "muscles", ""),
		Steps:     d.strList(raw, "steps", ""),
		Cues:      d.strList(raw, "cues", ""),
		Safety:    d.strList(raw, "safety", ""),
		Tempo:     d.tempo(raw, ""),
		Floor:     d.flag(raw, "floor", ""),
	}
	e.WithoutFloor = d.otherID(raw, "without_floor", "", e.ID, "the id of a version done standing or sitting")
	switch {
	case utf8.RuneCountInString(e.ID) > MaxNameLength:
		d.Add("id", fmt.Sprintf("is %d characters long", utf8.RuneCountInString(e.ID)), fmt.Sprintf("at most %d characters", MaxNameLength))
	case e.ID != "" && !idRe.MatchString(e.ID):
		d.Add("id", tomlfile.Echo(e.ID)+" is not kebab-case", `lower-case words joined by "-", like "prone-y-raise"`)
	}
	if k, ok := d.enum(raw, "kind", "", kinds); ok {
		e.Kind = Kind(k)
	} else if _, given := raw["kind"]; !given {
		d.Add("kind", "missing", "one of "+tomlfile.QuoteAll(kinds))
	}
	if s, ok := d.enum(raw, "sides", "", sidesValues); ok {
		e.Sides = Sides(s)
	}
	d.checkEquipment(e.Equipment)
	e.Dose = d.dose(raw)
	e.PhaseNames = d.phaseNames(raw)
	e.PhaseCues = d.phaseCues(raw)
	e.Progression = d.progression(raw, e.ID)
	return e
}

// checkEquipment reports entries that are not known equipment, alone or
// as choices joined by " or ".
func (d *decoder) checkEquipment(entries []string) {
	allowed := "any of " + tomlfile.QuoteAll(Equipment) + `, or choices such as "band or cable"`
	for _, entry := range entries {
		choices := Choices(entry)
		for _, eq := range choices {
			if !slices.Contains(Equipment, eq) {
				d.Add("equipment", tomlfile.Echo(eq)+" is not known equipment", allowed)
			}
		}
		for i, eq := range choices {
			if slices.Contains(choices[:i], eq) {
				d.Add("equipment", tomlfile.Echo(entry)+" names "+tomlfile.Echo(eq)+" twice", allowed)
			}
		}
	}
}

func (d *decoder) dose(raw map[string]any) Dose {
	t := d.table(raw, "dose", "")
	if t == nil {
		return Dose{}
	}
	d.CheckKeys(t, "dose", doseKeys)
	dose := Dose{
		Sets:     d.intIn(t, "sets", "dose", 1, maxSets),
		Reps:     d.count(t, "reps", "dose", 1, maxReps),
		Hold:     d.span(t, "hold", "dose"),
		Duration: d.span(t, "duration", "dose"),
		Rest:     d.dur(t, "rest", "dose", maxRest),
	}
	if s, ok := d.enum(t, "source", "dose", sourceNames()); ok {
		dose.Source = DoseSource(s)
	}
	if !dose.Reps.IsZero() && !dose.Duration.IsZero() {
		d.Add("dose.duration", "a dose has reps or a duration, not both", "reps for rep-based moves, duration for timed ones")
	}
	return dose
}

func (d *decoder) phaseCues(raw map[string]any) PhaseCues {
	t := d.table(raw, "phase_cues", "")
	if t == nil {
		return PhaseCues{}
	}
	d.CheckKeys(t, "phase_cues", phaseKeys)
	return PhaseCues{
		Lift:  d.str(t, "lift", "phase_cues", false),
		Hold:  d.str(t, "hold", "phase_cues", false),
		Lower: d.str(t, "lower", "phase_cues", false),
	}
}

// maxPhaseName keeps a phase's name as short as "SWITCH SIDES", the
// longest word the player's banner already shows.
const maxPhaseName = 12

func (d *decoder) phaseNames(raw map[string]any) PhaseNames {
	t := d.table(raw, "phase_names", "")
	if t == nil {
		return PhaseNames{}
	}
	d.CheckKeys(t, "phase_names", phaseKeys)
	return PhaseNames{
		Lift:  d.phaseName(t, "lift"),
		Hold:  d.phaseName(t, "hold"),
		Lower: d.phaseName(t, "lower"),
	}
}

func (d *decoder) phaseName(t map[string]any, key string) string {
	v, given := t[key]
	if !given {
		return ""
	}
	s := d.str(t, key, "phase_names", false)
	path := "phase_names." + key
	allowed := fmt.Sprintf("a word or two of at most %d letters, like \"Push\"", maxPhaseName)
	switch {
	case !isString(v): // str has said so
	case strings.TrimSpace(s) == "":
		d.Add(path, "is empty", allowed)
	case utf8.RuneCountInString(s) > maxPhaseName || strings.ContainsAny(s, "\n\t"):
		d.Add(path, tomlfile.Echo(s)+" does not fit the player's banner", allowed)
	}
	return s
}

func isString(v any) bool {
	_, ok := v.(string)
	return ok
}

func (d *decoder) progression(raw map[string]any, id string) Progression {
	t := d.table(raw, "progression", "")
	if t == nil {
		return Progression{}
	}
	d.CheckKeys(t, "progression", progressionKeys)
	p := Progression{
		Reps:       d.intIn(t, "reps", "progression", 1, maxReps),
		Hold:       d.longest(t, "hold"),
		Lower:      d.longest(t, "lower"),
		Resistance: strings.TrimSpace(d.str(t, "resistance", "progression", false)),
		Next:       d.otherID(t, "next", "progression", id, "the id of a harder exercise"),
		Then:       d.otherID(t, "then", "progression", id, "the id of an exercise to try next"),
	}
	if v, given := t["resistance"]; given && isString(v) && p.Resistance == "" {
		d.Add("progression.resistance", "is empty", `what to start with, like "light band"`)
	}
	if len(t) == 0 {
		d.Add("progression", "is empty", "one or more of "+tomlfile.QuoteAll(progressionKeys))
	}
	return p
}

// otherID reads the id of another exercise, such as the harder one a
// progression moves on to.
func (d *decoder) otherID(t map[string]any, key, path, id, what string) string {
	other := d.str(t, key, path, false)
	p := tomlfile.Join(path, key)
	switch {
	case other == "":
	case !idRe.MatchString(other):
		d.Add(p, tomlfile.Echo(other)+" is not an exercise id", `a kebab-case id, like "incline-push-up"`)
	case other == id:
		d.Add(p, "names the exercise itself", what)
	}
	return other
}

// flag reads a true or false value; missing is false.
func (d *decoder) flag(m map[string]any, key, path string) bool {
	v, ok := m[key]
	if !ok {
		return false
	}
	b, isBool := v.(bool)
	if !isBool {
		d.Add(tomlfile.Join(path, key), fmt.Sprintf("%s is not true or false", tomlType(v)), "true or false")
	}
	return b
}

func sourceNames() []string {
	out := make([]string, len(DoseSources))
	for i, s := range DoseSources {
		out[i] = string(s)
	}
	return out
}

// References are the ids of other exercises e names: its harder
// version, the one to try after it, the one done without the floor.
func (e *Exercise) References() [][2]string {
	var out [][2]string
	for _, r := range [][2]string{{"progression.next", e.Progression.Next}, {"progression.then", e.Progression.Then}, {"without_floor", e.WithoutFloor}} {
		if r[1] != "" {
			out = append(out, r)
		}
	}
	return out
}

// longest reads a progression's limit on a hold or a lower.
func (d *decoder) longest(t map[string]any, key string) time.Duration {
	p := tomlfile.Join("progression", key)
	v := d.dur(t, key, "progression", maxTimed)
	if v == nil {
		return 0
	}
	if *v < minTimed {
		d.Add(p, fmt.Sprintf("%s is too short to progress to", FormatDuration(*v)), "1s-10m, like \"5s\"")
		return 0
	}
	return *v
}

// RepBased reports whether the exercise counts reps by default.
func (e *Exercise) RepBased() bool { return !e.Dose.Reps.IsZero() }

// Neutral is the exercise shown for an id the library does not have, so a
// routine that names a deleted custom exercise still opens.
func Neutral(id string) *Exercise {
	return &Exercise{ID: id, Name: id, Kind: Strength}
}
